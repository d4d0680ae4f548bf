"""A pair of figures after ', and' that names no time ('..., and Latvia at 3.73%, from 3.36%')
repeats the shape of the pair before it, which dated a level and its earlier level with two
years ('Norway at 3.35% of GDP in 2025, up from 2.27% in 2024'): the level is of the later
year, the earlier level of the earlier one.

Official values (NATO, Defence Expenditure of NATO Countries, 2025 edition, 28 August 2025),
looked up with milex.observations("share_of_gdp", ally, years=[2024, 2025], edition=2025):
Norway 2024 2.27, 2025 3.35; Latvia 2024 3.36, 2025 3.73.
"""

from __future__ import annotations

import milex

DAY = "2025-10-01"  # the 2025 edition is current


def _verdicts(text: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked]


def test_elided_pair_takes_the_two_years_of_the_pair_before():
    got = _verdicts(
        "NATO's new tables put Norway at 3.35% of GDP in 2025, up from 2.27% in 2024, and "
        "Latvia at 3.73%, from 3.36%."
    )
    assert (3.73, "Latvia", 2025, "supported") in got
    assert (3.36, "Latvia", 2024, "supported") in got


def test_wrong_earlier_level_of_an_elided_pair_is_contradicted():
    # Latvia's 2024 share is 3.36, not 3.05
    got = _verdicts(
        "NATO's new tables put Norway at 3.35% of GDP in 2025, up from 2.27% in 2024, and "
        "Latvia at 3.73%, from 3.05%."
    )
    assert (3.05, "Latvia", 2024, "contradicted") in got
    assert (3.73, "Latvia", 2025, "supported") in got
