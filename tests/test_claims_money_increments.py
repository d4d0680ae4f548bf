"""Money added to a budget ("an additional $20 billion", "the extra money, $20 billion",
"$20 billion more", "$20 billion in new money") is an increment, never the whole of what an
ally spends: it is not compared with NATO's total (unverifiable, saying so). A sum with no word
of addition is still judged.

Values (milex.observations("spending_usd_current", "United States", years=[2024],
edition=2024), NATO's 2024 edition of 17 June 2024): United States 2024 USD 967,707 m.
"""

from __future__ import annotations

import pytest

import milex

_DATE = "2024-10-01"


def _amounts(text: str):
    return [c for c in milex.check(text, date=_DATE).claims if c.claim.kind == "spending_amount"]


@pytest.mark.parametrize(
    "text",
    [
        "The extra money, roughly $970 billion, lifts American defence spending in 2024.",
        "Washington will spend an additional $970 billion on defence in 2024.",
        "The United States spent $970 billion more on defence in 2024.",
        "The United States found $970 billion in new money for defence in 2024.",
    ],
)
def test_an_increment_is_not_total_spending(text):
    [claim] = _amounts(text)
    assert claim.verdict == "unverifiable"
    assert "added" in claim.explanation


def test_the_same_sum_without_a_word_of_addition_is_judged():
    # the increment is set apart; a total, right or wrong, is still compared with NATO's
    [added] = _amounts("Washington will spend an additional $968 billion on defence in 2024.")
    [right] = _amounts("The United States spent $968 billion on defence in 2024, NATO says.")
    [wrong] = _amounts("The United States spent $800 billion on defence in 2024, NATO says.")
    assert (added.verdict, right.verdict, wrong.verdict) == (
        "unverifiable",
        "supported",
        "contradicted",
    )
