"""Titles over lists and tables, and tables whose columns are in different units.

- A title whose part after a label's colon counts the things it lists ('Latest figures: how
  the 29 allies stood in 2019 (share of GDP)', 'Graphic: the world's four biggest military
  budgets, 2024, US$ bn.') still heads the lines under it: the count names a known set (after
  'the' or a possessive), it is no figure of the title's own; a label's caption ('Chart:',
  'Graphic:') may end with a stop.
- Under a title in US dollars, countries outside the alliance are read too: SIPRI's table
  holds them.
- A table whose header row gives one column as a share of GDP and another in US dollars
  ('| Ally | % of GDP | US$ bn |') reads the dollar column as sums in that unit.

Official values:
- NATO June 2019 edition, share of GDP 2019 (`milex.observations("share_of_gdp", "Canada",
  years=[2019], edition=2019)`): Canada 1.27, Italy 1.22, Norway 1.70, Portugal 1.41.
- NATO 2024 edition, current US$ 2024 (`milex.observations("spending_usd_current",
  "Netherlands", years=[2024], edition=2024)`, in millions): Netherlands 21,460, Norway
  10,606, Denmark 9,940; share of GDP 2024: Netherlands 2.05, Norway 2.20, Denmark 2.37.
- SIPRI April 2025 release, current US$ 2024 (`milex.observations("spending_usd_current",
  "Japan", years=[2024], source="SIPRI")`, millions): Saudi Arabia 80,331, United Kingdom
  81,763, France 64,675, Japan 55,274.
"""

from __future__ import annotations

import milex


def _by_subject(text: str, day: str) -> dict:
    return {c.claim.subject: c for c in milex.check(text, date=day).claims}


def test_a_title_counting_the_allies_it_lists_still_heads_the_list():
    got = _by_subject(
        "Latest figures: how the 29 allies stood in 2019 (share of GDP, estimates)\n"
        "Norway 1.70\nCanada 1.27\nPortugal 1.52\nItaly 1.22",
        "2019-07-01",
    )
    assert got["Norway"].verdict == "supported" and got["Norway"].claim.year == 2019
    assert got["Canada"].verdict == "supported"
    assert got["Portugal"].verdict == "contradicted"  # 1.41
    assert got["Italy"].verdict == "supported"


def test_a_labelled_caption_with_a_stop_heads_dollar_rows_of_any_country():
    got = _by_subject(
        "Graphic: The world's four biggest military budgets after the US, China and Russia, "
        "2024, current US$ bn.\nUnited Kingdom 81.8\nSaudi Arabia 80.3\nFrance 64.7\nJapan 55.3",
        "2025-04-28",
    )
    assert got["United Kingdom"].verdict == "supported"
    assert got["United Kingdom"].claim.kind == "spending_amount"
    assert got["Saudi Arabia"].verdict == "supported"
    assert got["Japan"].verdict == "supported"


def test_a_table_with_a_share_column_and_a_dollar_column():
    text = (
        "Three northern allies, NATO estimates for 2024:\n"
        "| Ally | % of GDP | US$ bn (current) |\n"
        "| Netherlands | 2.05 | 21.5 |\n"
        "| Norway | 2.20 | 10.6 |\n"
        "| Denmark | 2.37 | 12.9 |"
    )
    claims = milex.check(text, date="2024-07-08").claims
    amounts = {c.claim.subject: c for c in claims if c.claim.kind == "spending_amount"}
    shares = {c.claim.subject: c for c in claims if c.claim.kind == "share_of_gdp"}
    assert (
        amounts["Netherlands"].verdict == "supported" and amounts["Netherlands"].claim.year == 2024
    )
    assert amounts["Norway"].verdict == "supported"
    assert amounts["Denmark"].verdict == "contradicted"  # 9.94 bn
    assert all(c.verdict == "supported" for c in shares.values()) and len(shares) == 3
