"""The claim checker on a bare number that NATO is said to expect for a year, after counts of
allies meeting the guideline ('six met it in 2021; the alliance expects 23 this year'): the
alliance's estimate of the same count for that year, judged as a count.

Official values: NATO's 2024 edition (17 June 2024), Table 3: allies at or above 2.00% of GDP,
counted from `milex.observations("share_of_gdp", ally, years=[year], edition=2024)` over
the allies: 2021 6, 2023 10, 2024 23.
"""

from __future__ import annotations

import milex

DAY = "2024-10-05"


def counts(text: str) -> list[tuple[str, int | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.year, c.claim.value) for c in report.claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_the_alliance_expects_a_count_this_year():
    # 2023: 10, 2024: 23
    got = counts("Ten allies reached the 2% guideline in 2023; the alliance expects 23 this year.")
    assert ("supported", 2023, 10.0) in got
    assert ("supported", 2024, 23.0) in got


def test_nato_expects_a_count_for_a_named_year():
    # 2021: 6, 2024: 23
    got = counts("Only six allies met the 2% goal in 2021; NATO expects 23 for 2024.")
    assert ("supported", 2024, 23.0) in got


def test_a_wrong_expected_count_is_contradicted():
    # 2024: 23, not 17
    got = counts("Ten allies reached the 2% guideline in 2023; the alliance expects 17 this year.")
    assert ("contradicted", 2024, 17.0) in got
