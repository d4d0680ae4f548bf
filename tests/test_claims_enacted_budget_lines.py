"""A sum a legislature enacted, or a discretionary funding line, is a national budget figure:
on its own definition of defence, never NATO's, so it is not contradicted by NATO's total (it
is unverifiable, said to be a budget line). NATO's own figure in the next sentence is still
judged, and a wrong one still contradicted.

Values (milex.observations("spending_usd_current", "United States", years=[2026],
edition=2026), NATO's 2026 edition of 7 July 2026): United States 2026 USD 1,032,849 m.
"""

from __future__ import annotations

import pytest

import milex

_DATE = "2026-08-01"


def _amounts(text: str):
    return [c for c in milex.check(text, date=_DATE).claims if c.claim.kind == "spending_amount"]


@pytest.mark.parametrize(
    "text",
    [
        "Washington enacted about $880 billion for the military for fiscal 2026, level with "
        "last year.",
        "Washington provided roughly $880 billion in discretionary national defense funding "
        "for fiscal 2026.",
    ],
)
def test_an_enacted_or_discretionary_sum_is_a_budget_line(text):
    [claim] = _amounts(text)
    assert claim.verdict == "unverifiable"
    assert "budget" in claim.explanation


def test_nato_figure_after_an_enacted_line_is_still_judged():
    text = ("Washington enacted about $880 billion for the military for fiscal 2026. NATO puts "
            "US defence expenditure for 2026 at $1,033 billion.")  # fmt: skip
    assert [c.verdict for c in _amounts(text)] == ["unverifiable", "supported"]


def test_a_wrong_nato_figure_after_an_enacted_line_is_contradicted():
    text = ("Washington enacted about $880 billion for the military for fiscal 2026. NATO puts "
            "US defence expenditure for 2026 at $1,250 billion.")  # fmt: skip
    assert [c.verdict for c in _amounts(text)] == ["unverifiable", "contradicted"]
