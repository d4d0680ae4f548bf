"""A count of every ally (or most of them) said in a relative clause whose object is the
guideline named just before it: "the 2% threshold, which all allies reached in 2024" counts
the allies at or above that guideline, as "all allies reached the 2% threshold" does.

Counts (NATO's 2024 edition of 17 June 2024: 23 of 32 allies at or above 2% in 2024; NATO's
2025 edition of 28 August 2025: 18 of 32 in 2024, and no 2025 figure for Germany, so "all"
for 2025 cannot be confirmed).
"""

from __future__ import annotations

import milex


def _counts(text: str, date: str) -> list[tuple[float, int | None, str]]:
    return [(c.claim.value, c.claim.year, c.verdict) for c in milex.check(text, date=date).claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_most_allies_reaching_the_threshold_named_before_which():
    text = "NATO's 2% threshold, which most allies reached this year, is no longer enough."
    assert _counts(text, "2024-09-10") == [(16.0, 2024, "supported")]


def test_all_allies_reaching_the_threshold_named_before_which_is_contradicted():
    text = "The 2% benchmark, which all allies managed to reach in 2024, is now a floor."
    assert _counts(text, "2025-09-10") == [(32.0, 2024, "contradicted")]


def test_every_ally_in_a_year_without_full_figures_is_unverifiable():
    text = "The 2% benchmark, which every member state reached in 2025, is now a floor."
    assert _counts(text, "2025-09-10") == [(32.0, 2025, "unverifiable")]
