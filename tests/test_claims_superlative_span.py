"""A span of years a superlative ranks in is not the span of the change: in 'spending climbed
44.09% in real terms, the steepest jump of the 2014-2024 period' the 44.09% is one year's real
change, the steepest of those years, not the change since 2014 (Table 4).

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), Türkiye 2024 real
change (Table 3): 44.09 (estimate); real change since 2014 (Table 4): 128.74.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2024-06-20").claims if c.claim.value == value]


@pytest.mark.parametrize(("level", "verdict"), [("44.09", "supported"), ("39.5", "contradicted")])
@pytest.mark.parametrize(
    "rank",
    [
        "the sharpest rise of the 2014-2024 period",
        "the biggest annual increase in the 2014-2024 series",
    ],
)
def test_superlative_over_a_span_is_one_years_change(level, verdict, rank):
    text = f"This year Türkiye's military spending climbed {level}% in real terms, {rank}."
    found = _of(text, float(level))
    assert len(found) == 1
    assert found[0].claim.measure == "real_change" and found[0].claim.year == 2024
    assert found[0].verdict == verdict


def test_a_change_over_a_span_stays_since_its_start():
    found = _of("Türkiye's real spending grew 128.7% in 2014-2024.", 128.7)
    assert len(found) == 1 and found[0].claim.measure == "real_change_since_2014"
    assert found[0].verdict == "supported"
