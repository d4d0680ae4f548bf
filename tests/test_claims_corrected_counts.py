"""The claim checker on a count that a sentence corrects with an earlier release's ('only 18
allies reached 2% in 2024, not the 23 announced a year ago'): 'not the' and a bare number
followed by a verb of announcing or estimating is that release's count for the same year, and
is judged on the release before the one current at the date, not on the new one.

Official counts in the comments are NATO's, from Table 3 (share of GDP): for 2024, 23 allies at
or above 2% in the 2024 edition (17 June 2024) and 18 in the 2025 edition (28 August 2025),
read with `milex.observations("share_of_gdp", ally, years=[2024], edition=...)` for each ally.
"""

from __future__ import annotations

import milex

DAY = "2025-09-05"  # the 2025 edition is current; the 2024 edition is the one before


def counts(text: str) -> list[tuple[str, int | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.year, c.claim.value) for c in report.claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_the_count_corrected_is_the_earlier_releases():
    # 2024: 18 in the 2025 edition, 23 in the 2024 edition
    got = counts("In the new tables only 18 allies reached 2% in 2024, not the 23 estimated "
                 "a year earlier.")  # fmt: skip
    assert ("supported", 2024, 18.0) in got
    assert ("supported", 2024, 23.0) in got


def test_a_wrong_earlier_count_is_contradicted_by_that_release():
    # 2024 edition: 23 for 2024, not 21
    got = counts("In the new tables only 18 allies reached 2% in 2024, not the 21 announced "
                 "a year earlier.")  # fmt: skip
    assert ("contradicted", 2024, 21.0) in got
