"""The claim checker on lists under a header of shares of GDP that names no year ('GDP%:',
'Defence, % GDP:'): each ally's lone bare figure is read in the latest year at the text's date,
as a figure in the present tense with no time words is, so a right one is supported and a
wrong one contradicted. A figure with its own unit under such a header is left to its own
sentence (its frame and tense decide).

Official values in the comments are NATO's Table 3 (share of GDP, %), read with
`milex.observations("share_of_gdp", ally, years=[2024], edition=2024)`; on 1 September 2024
the 2024 edition (17 June 2024) is the latest, its latest year 2024.
"""

from __future__ import annotations

import milex


def claims(text: str, day: str) -> list[tuple[str, str, float | None, int | None]]:
    """(verdict, subject, value, year) of every claim with a subject."""
    report = milex.check(text, date=day)
    return [(c.verdict, str(c.claim.subject), c.claim.value, c.claim.year)
            for c in report.claims if c.claim.subject]  # fmt: skip


def test_code_rows_under_gdp_percent_with_no_year():
    # 2024 edition: Poland 2024 = 4.12, Denmark 2024 = 2.37
    found = claims("Defence, GDP%: POL 4.12, DNK 2.37", "2024-09-01")
    assert ("supported", "Poland", 4.12, 2024) in found
    assert ("supported", "Denmark", 2.37, 2024) in found


def test_a_wrong_row_under_gdp_percent_is_contradicted():
    # 2024 edition: Italy 2024 = 1.49 (not 1.1), Canada 2024 = 1.37
    found = claims("Where they stand, GDP %: ITA 1.1 | CAN 1.37", "2024-09-01")
    assert ("contradicted", "Italy", 1.1, 2024) in found
    assert ("supported", "Canada", 1.37, 2024) in found


def test_named_allies_on_one_line_under_percent_gdp():
    # 2024 edition: Poland 2024 = 4.12, Denmark 2024 = 2.37, Italy 2024 = 1.49 (not 1.9)
    found = claims("Latest alliance numbers, % GDP: Poland 4.12; Denmark 2.37; Italy 1.9",
                   "2024-09-01")  # fmt: skip
    assert ("supported", "Poland", 4.12, 2024) in found
    assert ("supported", "Denmark", 2.37, 2024) in found
    assert ("contradicted", "Italy", 1.9, 2024) in found
