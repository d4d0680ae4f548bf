"""'The allied average' is NATO as a whole, as 'the NATO average' is: a figure set against
it after one ally's figure is the alliance's share of GDP, not that ally's.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), share of GDP
2024: NATO total 2.71, United States 3.38, Germany 2.12 (estimates); NATO total 2023: 2.53
(a '2.5%' with no year stated could be last year's, hence the years stated below).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2024-10-01").claims if c.claim.value == value]


@pytest.mark.parametrize(("figure", "verdict"), [("2.71", "supported"), ("2.5", "contradicted")])
@pytest.mark.parametrize(
    "frame",
    [
        "Washington puts 3.38% of GDP into its forces this year, above the allied average of {f}%.",
        "Germany, at 2.12%, still trails the allied average of {f}% this year.",
    ],
)
def test_allied_average_is_the_alliance(frame, figure, verdict):
    found = _of(frame.format(f=figure), float(figure))
    assert len(found) == 1 and found[0].claim.subject == "NATO"
    assert found[0].claim.year == 2024 and found[0].verdict == verdict
