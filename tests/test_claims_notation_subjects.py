"""How a figure is written and whose it is: a dot between thousands in text with decimal
commas, a round count of people, the group 'Europe and Canada', a rank by money beside a
share in brackets, a company's share price after an ally's figure, and a summit's name before
its guideline.

Values from NATO's 2024 edition (17 June 2024) unless said otherwise.
"""

from __future__ import annotations

import pytest

import milex


def verdicts(text: str, date: str) -> dict:
    return {(c.claim.kind, c.claim.subject, c.claim.value): c.verdict
            for c in milex.check(text, date=date).claims}  # fmt: skip


def by_value(text: str, date: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=date).claims}


# --- a round count of people is bounded like an amount of money -----------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Canada 2024e: 77.056 thousand personnel; 100,000 overstates it by 30%
        ("Canada's armed forces number about 100,000 personnel.", "contradicted"),
        ("Canada's regular force numbers 100,000, NATO figures show.", "contradicted"),
        ("Canada's armed forces number roughly 77,000 personnel.", "supported"),
        # Poland 2024e: 216.081 thousand; 200,000 is 8% short, more than an amount's 5%
        ("Poland fields 200,000 troops, NATO says.", "contradicted"),
        ("Poland fields some 216,000 troops, NATO says.", "supported"),
        # Germany 2024e: 185.641 thousand, within 5% of 'about 180,000'
        ("Germany has about 180,000 soldiers, NATO says.", "supported"),
    ],
)
def test_a_round_headcount_is_within_five_percent(text, verdict):
    got = [c for c in milex.check(text, date="2024-07-01").claims if c.claim.kind == "personnel"]
    assert [c.verdict for c in got] == [verdict]
    if verdict == "contradicted" and "about" not in text:
        assert "within 5%" in got[0].tolerance  # the bound says so
