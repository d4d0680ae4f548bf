"""The claim checker on a year followed by an aside that describes it: 'In 2017, the year
after the Warsaw summit, Italy spent 1.20%', 'In 2020, her last year as minister, Germany
spent 1.51%'. The aside restates the year it follows: its 'the year after' or 'last year'
dates no figure, which stays in the year written.

Official values: NATO's 2024 edition (17 June 2024), Table 3, read with
`milex.observations("share_of_gdp", ally, years=[...], edition=2024)`: Italy 2017 1.20, 2018
1.23; Germany 2020 1.51, 2023 1.64.
"""

from __future__ import annotations

import milex

DAY = "2024-09-15"


def shares(text: str) -> list[tuple[str, int | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.year, c.claim.value) for c in report.claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


def test_the_year_before_in_an_aside_does_not_move_the_year():
    # Italy 2017: 1.20 (2018 would be 1.23)
    got = shares("In 2017, the year after the Warsaw summit, Italy spent 1.20% of GDP.")
    assert ("supported", 2017, 1.2) in got


def test_last_year_in_an_aside_does_not_date_the_figure():
    # Germany 2020: 1.51 (2023, 'last year' from the date, would be 1.64)
    got = shares("In 2020, her last year as minister, Germany spent 1.51% of GDP.")
    assert ("supported", 2020, 1.51) in got


def test_a_wrong_figure_is_contradicted_in_the_year_written():
    # Germany 2020: 1.51, not 1.8
    got = shares("In 2020, the chancellor's last year in office, Germany spent 1.8% of GDP.")
    assert ("contradicted", 2020, 1.8) in got
