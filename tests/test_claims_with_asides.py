"""A figure after an aside ', with a real rise of N%,' goes on from the figure before the
aside, not from the aside's: 'reached 2.37% of GDP, with a real rise of 20.7%, after 2.01%
in 2023' gives 2.01 as the earlier share of GDP, not as an earlier real change. Without the
aside ('rose 20.7%, after 2.01%') the change goes on being read as a change.

Official values, looked up with `milex.observations(..., "Denmark", years=[2023, 2024],
edition=2024)`: NATO 2024 edition (17 June 2024): Denmark share_of_gdp 2023 2.01 (2.0140),
2024 2.37; real_change 2024 20.66.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-06-21"


@pytest.mark.parametrize(("level", "verdict"), [("2.01", "supported"), ("2.31", "contradicted")])
def test_figure_after_a_with_aside_takes_the_outer_measure(level, verdict):
    text = ("The committee heard that Danish defence outlays came to 2.37% of GDP this year, "
            f"with a real rise of 20.7%, after {level}% in 2023.")  # fmt: skip
    found = {c.claim.value: c for c in milex.check(text, date=DAY).claims}
    assert found[20.7].claim.kind == "real_change"
    got = found[float(level)]
    assert (got.claim.kind, got.claim.subject, got.claim.year) == ("share_of_gdp", "Denmark", 2023)
    assert got.verdict == verdict
