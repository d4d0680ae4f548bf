"""Lines that set two releases side by side:

- under a header saying one year's estimates moved between releases ("How the 2024 figures
  were revised between NATO's reports (% of GDP):"), a line "Spain: 1.28 -> 1.43" gives the
  earlier release's figure first, judged on the edition before the day's, and the day's
  figure second (tables.read_items); under a header naming no revision, such a line is a
  move between years the header does not give, left unread;
- a table's header row of sources with no figure ("Country | NATO (June 2024 est.) | SIPRI")
  heads its columns (interpret.read_article reads a line of cells, extract.sentences keeps
  "est.)" inside its cell).

Official values (milex.observations("share_of_gdp", ally, years=[2024], edition=...)):
2024 edition: Spain 1.28, Norway 2.20, Portugal 1.55; 2025 edition (28 August 2025): Spain
1.43, Norway 2.27, Portugal 1.58. SIPRI (April 2025, source="SIPRI"): Spain 1.43, Norway
2.09, Portugal 1.53.
"""

from __future__ import annotations

import milex


def claims(text: str, date: str) -> list[tuple[float, str, str | None, int | None, str]]:
    return [(c.claim.value, c.verdict, c.claim.subject, c.claim.year, c.claim.source)
            for c in milex.check(text, date=date).claims]  # fmt: skip


def test_arrows_under_a_header_of_revised_estimates():
    got = claims("How the 2024 figures were revised between NATO's reports (% of GDP):\n"
                 "- Spain: 1.28 -> 1.43\n- Norway: 2.20 -> 2.72\n- Portugal: 1.45 → 1.58",
                 "2025-09-10")  # fmt: skip
    assert got == [
        (1.28, "supported", "Spain", 2024, "NATO"),  # the 2024 edition's
        (1.43, "supported", "Spain", 2024, "NATO"),  # the 2025 edition's
        (2.2, "supported", "Norway", 2024, "NATO"),
        (2.72, "contradicted", "Norway", 2024, "NATO"),  # 2.27
        (1.45, "contradicted", "Portugal", 2024, "NATO"),  # 1.55 in the 2024 edition
        (1.58, "supported", "Portugal", 2024, "NATO"),
    ]
    # under a header naming no revision: a move between years the header does not give
    got = claims("Defence spending in 2024 (% of GDP):\n- Spain: 1.28 -> 1.43", "2025-09-10")
    assert not any(v == 1.28 for v, *_ in got)


def test_a_header_row_of_sources_with_an_abbreviation_in_a_cell():
    got = claims("Defence spending as % of GDP, 2024\n"
                 "Country | NATO (June 2024 est.) | SIPRI (April 2025)\n"
                 "Spain | 1.28 | 1.43\nNorway | 2.20 | 2.90", "2025-05-06")  # fmt: skip
    assert got == [
        (1.28, "supported", "Spain", 2024, "NATO"),
        (1.43, "supported", "Spain", 2024, "SIPRI"),
        (2.2, "supported", "Norway", 2024, "NATO"),
        (2.9, "contradicted", "Norway", 2024, "SIPRI"),  # 2.09
    ]
