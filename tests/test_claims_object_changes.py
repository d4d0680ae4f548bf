"""A verb of raising or cutting, its object (what is spent), then the figure with no 'by'
('are raising real spending 15.9% this year', 'cut its defence spending 1.4%'): the figure is
the change, not a share of GDP; a level reached ('raised spending to 2%') is not.

Official values (NATO 2025 edition, 28 August 2025, `milex.observations("real_change",
"NATO Europe and Canada", years=[2025], edition=2025)`): European allies and Canada 2025 real
change +15.94%; Hungary 2025 -1.37%.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-10-01"


@pytest.mark.parametrize(
    "text, value, verdict",
    [
        ("European allies and Canada are raising real spending 15.9% this year.", 15.9,
         "supported"),
        ("European allies and Canada are raising real spending 25.9% this year.", 25.9,
         "contradicted"),
        ("Hungary cut its defence spending 1.4% this year, in real terms.", -1.4, "supported"),
        ("Hungary cut its defence spending 6.4% this year, in real terms.", -6.4, "contradicted"),
    ],
)  # fmt: skip
def test_the_figure_after_a_raised_object_is_a_change(text: str, value: float, verdict: str):
    claims = [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]
    assert [(c.claim.kind, c.verdict) for c in claims] == [("real_change", verdict)]


def test_a_level_raised_to_is_no_change() -> None:
    claims = milex.check("Hungary raised its defence spending to 2.2% of GDP this year.",
                         date=DAY).claims  # fmt: skip
    assert [c.claim.kind for c in claims if c.claim.value == 2.2] == ["share_of_gdp"]


def test_a_figure_that_is_itself_cut_is_no_change() -> None:
    # Albania 2024 in NATO's 2024 edition: 2.03% of GDP; "cut the 2.03%" revises that
    # estimate: the figure is a level, never a fall of 2.03% in spending
    text = ("In the 2026 report Albania's 2024 figure is 1.35% of GDP, down from 1.70% in the "
            "2025 report, which had itself cut the 2.03% estimated in 2024.")  # fmt: skip
    claims = milex.check(text, date="2026-07-08").claims
    assert not [c for c in claims if c.claim.kind == "real_change"]
