"""'Almost no ally', 'hardly any ally', 'barely any of the allies' are vague counts of a few
at most, not of exactly none: supported when NATO counts 0 to 3 allies at the level,
unverifiable when it counts a few more (how few the words allow is unsaid), contradicted
only when half of the allies or more are at the level. 'No ally' is still exactly none.

Counts (milex's tables, as its verdicts report them): NATO 2024 edition (17 June 2024):
at or above 2% in 2014, 3 of 28 allies; in 2024, 23 of 32; at or above 3.5% in 2024, 1;
at or above 3% in 2024, 5. NATO 2019 edition (25 June 2019): at or above 2% in 2014, 3.
"""

from __future__ import annotations

import pytest

import milex


def _count(text: str, day: str) -> list:
    return [c for c in milex.check(text, date=day).claims if c.claim.kind == "count_meeting"]


@pytest.mark.parametrize(
    ("text", "day", "verdict"),
    [
        ("Back in 2014, almost no ally devoted 2% of GDP to defence.", "2024-09-01", "supported"),
        ("Hardly any ally reached 3.5% of GDP in 2024.", "2024-09-01", "supported"),
        ("Barely any of the allies met the 2% guideline in 2014.", "2019-09-01", "supported"),
        ("Hardly any ally reached 3% of GDP in 2024.", "2024-09-01", "unverifiable"),
    ],
)  # fmt: skip
def test_vague_count_of_none(text, day, verdict):
    found = _count(text, day)
    assert len(found) == 1 and found[0].verdict == verdict
    # half of the allies or more at the level: a vague count of none is wrong
    found = _count("Almost no ally met the 2% guideline in 2024.", "2024-09-01")
    assert len(found) == 1 and found[0].verdict == "contradicted"
    # 'no ally' is still exactly none (3 in 2014)
    found = _count("No ally met the 2% guideline in 2014.", "2024-09-01")
    assert len(found) == 1 and found[0].verdict == "contradicted"
