"""A body named after a figure by an attribution ('according to the EDA'), with no other figure
of its form between them, is the figure's source, even when another body is named nearer
before it as the source of an earlier figure ('..., NATO estimates, ...'). milex holds no EDA
data: that figure is unverifiable, while NATO's figure stays judged.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), United States
2024 spending, current USD: 967,707 million (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2025-03-10").claims if c.claim.value == value]


@pytest.mark.parametrize(("us", "verdict"), [("968", "supported"), ("900", "contradicted")])
def test_attribution_after_the_figure_names_its_source(us, verdict):
    text = (f"Washington spent ${us} billion on defence in 2024, NATO estimates, about three "
            "times the EUR 330 billion the EU's members were set to spend according to the "
            "European Defence Agency.")  # fmt: skip
    eda = _of(text, 330)
    assert eda and all(c.verdict == "unverifiable" and c.claim.source != "NATO" for c in eda)
    nato = _of(text, float(us))
    assert len(nato) == 1 and nato[0].verdict == verdict
