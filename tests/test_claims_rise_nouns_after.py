"""A change whose noun follows the figure ('a 50% surge in 2023', 'a 12% jump'): the figure
is the rise, a real change, not a share of GDP too large to be one.

Values cited are NATO's 2024 edition (17 June 2024), Table 3, real change for Denmark:
2023 = 50.04, 2024 = 20.66 (milex.observations("real_change", "Denmark", years=[2023, 2024],
edition=2024)).
"""

from __future__ import annotations

import pytest

import milex


def verdicts(text: str, day: str) -> dict[str, tuple[str, str | None, int | None]]:
    report = milex.check(text, date=day)
    return {c.claim.text: (c.verdict, c.claim.kind, c.claim.year) for c in report.claims}


@pytest.mark.parametrize(
    ("noun", "figure", "verdict"),
    [
        ("surge", "50%", "supported"),
        ("surge", "40%", "contradicted"),
    ],
)
def test_a_rise_noun_after_the_figure(noun, figure, verdict):
    got = verdicts(
        f"Danish real-terms growth of 20.7% this year comes after a {figure} {noun} in 2023.",
        "2024-06-19",
    )
    assert got["20.7%"] == ("supported", "real_change", 2024)
    assert got[figure] == (verdict, "real_change", 2023)
