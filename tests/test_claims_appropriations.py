"""What a legislature appropriates or authorises for defence is a line of the national budget,
on the country's own definition: NATO's figure for the year need not match it, so it is never
called wrong against NATO's (but the same amount said to be what the country spent on NATO's
count still is).

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), United States
2024 defence expenditure in current USD: 967.71 bn (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers in Washington appropriated $850 billion for the military in fiscal 2024.",
        "The 2024 defense authorization bill authorizes $850 billion for the armed forces.",
        "Congress's 2024 appropriations for defense came to some $850 billion.",
    ],
)
def test_an_appropriation_is_not_natos_figure(text):
    found = _of(text, "2024-07-01", 850.0)
    assert found and all(c.verdict != "contradicted" for c in found)


@pytest.mark.parametrize(("amount", "verdict"), [("968", "supported"), ("850", "contradicted")])
def test_what_the_us_spent_on_natos_count_is_judged(amount, verdict):
    found = _of(f"NATO estimates the United States spent ${amount} billion on defence in 2024.",
                "2024-07-01", float(amount))  # fmt: skip
    assert len(found) == 1 and found[0].verdict == verdict
