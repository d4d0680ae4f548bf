"""Bare numbers listed under a header that names US dollars and no share ('Defence spending
in 2024 (US$ billion):' then '- Germany: 97.7'; 'per head ... (US dollars, 2015 prices)'
then '- France: 801') are sums in US dollars at the header's scale and prices, judged as a
'$97.7 billion' beside the ally would be. A header naming a share too is not read so.

Official values (NATO 2024 edition, 17 June 2024, `milex.observations(
"spending_usd_current", "Germany", years=[2024], edition=2024)` and
`milex.observations("spending_per_capita_usd_constant", "France", years=[2024],
edition=2024)`): current USD 2024: Germany 97,686 m, Italy 34,462 m; per head at constant
2015 prices, 2024: France 801.38, Italy 505.33.
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"


def _by_subject(text: str) -> dict:
    return {c.claim.subject: c for c in milex.check(text, date=DAY).claims}


def test_sums_per_head_under_a_dollar_header_with_its_prices():
    got = _by_subject(
        "Defence spending per head in 2024 (US dollars, 2015 prices):\n- France: 801\n- Italy: 620"
    )
    assert got["France"].claim.kind == "spending_amount"
    assert got["France"].verdict == "supported"
    assert got["Italy"].verdict == "contradicted"  # 505.33


def test_totals_under_a_billions_of_dollars_header():
    got = _by_subject("Defence spending in 2024 (US$ billion):\n- Germany: 97.7\n- Italy: 79.7")
    assert got["Germany"].claim.unit == "USD bn" and got["Germany"].verdict == "supported"
    assert got["Italy"].verdict == "contradicted"  # 34.46 bn
    # a header that also names a share is not read as dollars:
    got = milex.check("Defence spending in 2024 (% of GDP, US$ billion)\nGermany 97.7", date=DAY)
    assert all(c.verdict != "contradicted" for c in got.claims)
    assert not [c for c in got.claims if c.claim.kind == "spending_amount"]


def test_a_table_column_headed_in_dollars_per_head():
    got = _by_subject(
        "| Ally | Spending per capita, 2024 (US$, 2015 prices) |\n|---|---|\n"
        "| France | 801 |\n| Italy | 620 |"
    )
    assert got["France"].verdict == "supported"
    assert got["Italy"].verdict == "contradicted"
