"""The claim checker on a time inside an aside set off by commas right after an ally's name,
with a figure of its own ('Croatia, short of the goal last year at 1.74%, has climbed to
1.81%'): the time dates the aside's figure, not the main clause's, which is read as the
present (the latest year of the edition current at the date).

Official values are NATO's 2024 edition (17 June 2024), Table 3, read with
`milex.observations("share_of_gdp", ally, years=[year], edition=2024)`: Croatia 2023 1.74,
2024 1.81; Portugal 2023 1.48, 2024 1.55.
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"


def shares(text: str) -> list[tuple[str, int | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.year, c.claim.value) for c in report.claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


def test_the_main_clause_is_not_dated_by_the_aside():
    # Croatia 2023: 1.74 (the aside's year); 2024: 1.81 (the main clause's)
    got = shares("Croatia, short of the goal last year at 1.74%, has climbed to 1.81%.")
    assert ("supported", 2023, 1.74) in got
    assert ("supported", 2024, 1.81) in got


def test_a_wrong_main_figure_is_contradicted_in_its_own_year():
    # Portugal 2024: 1.55, not 1.9 (2023: 1.48)
    got = shares("Portugal, under it last year at 1.48%, has risen to 1.9%.")
    assert ("contradicted", 2024, 1.9) in got
