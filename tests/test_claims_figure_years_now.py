"""'Poland's figure for 2024 has been cut, from 4.12% in last year's report to 3.79% now': the
year named with the figure ('the figure for 2024', 'its 2024 estimate') stays the year of both
figures; 'now' dates the release that gives the second (the day's), not a year of its own
(years._figure_year), and the report named for the first is not the second's
(clause._named_edition).

Values from NATO's tables, looked up with milex.observations("share_of_gdp", "Poland",
years=[2024], edition=...): 4.12 (2024 edition), 3.79 (2025 edition).
"""

from __future__ import annotations

import pytest

import milex


def found(text: str) -> dict:
    return {c.claim.value: (c.verdict, c.claim.year)
            for c in milex.check(text, date="2025-09-05").claims}  # fmt: skip


@pytest.mark.parametrize(("share", "verdict"), [("3.79", "supported"), ("3.59", "contradicted")])
@pytest.mark.parametrize("named", ["Poland's figure for 2024", "Poland's 2024 estimate"])
def test_now_dates_the_release_not_the_year(named, share, verdict):
    got = found(f"{named} has been cut, from 4.12% in last year's report to {share}% now.")
    assert got[4.12] == ("supported", 2024)
    assert got[float(share)] == (verdict, 2024)
