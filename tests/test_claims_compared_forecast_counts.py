"""The claim checker on a count set against what an earlier release forecast for the same year
('18 allies made 2% in 2024, down from the 23 forecast a year earlier'): a lead of comparison,
'the' and a bare number followed by a verb of estimating is the earlier release's count of the
same year, judged on that release, not a count of the year before.

Official counts are NATO's, Table 3 (share of GDP), allies at or above 2% in 2024: 23 in the
2024 edition (17 June 2024), 18 in the 2025 edition (28 August 2025), counted from
`milex.observations("share_of_gdp", ally, years=[2024], edition=...)` for each ally.
"""

from __future__ import annotations

import milex

DAY = "2025-09-03"  # the 2025 edition is current; the 2024 edition is the one before


def counts(text: str) -> list[tuple[str, int | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.year, c.claim.value) for c in report.claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_the_earlier_forecast_is_of_the_same_year():
    # 2024 edition: 23 for 2024 (not the 2025 edition's 2023 count, which is 10)
    got = counts("Just 18 members reached the goal in 2024, down from the 23 projected the "
                 "year before.")  # fmt: skip
    assert ("supported", 2024, 18.0) in got
    assert ("supported", 2024, 23.0) in got
    assert not any(y == 2023 for _v, y, _x in got)


def test_a_wrong_earlier_forecast_is_contradicted_by_that_release():
    # 2024 edition: 23 for 2024, not 20
    got = counts("Just 18 members reached the goal in 2024, against the 20 forecast a year "
                 "earlier.")  # fmt: skip
    assert ("contradicted", 2024, 20.0) in got
