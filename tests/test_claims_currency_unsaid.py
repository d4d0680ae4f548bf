"""A sum of spending with no currency ('NATO puts Rome's outlay at 28.6 billion') is read in
the ally's own currency and in US dollars: wrong in both, it is contradicted; right in only
one, it is supported in that one, and the explanation says which; when a reading cannot be
checked (a national budget, unattributed), the sum is unverifiable.

Official values, looked up with `milex.observations(..., edition=2024)` (NATO 2024 edition,
17 June 2024): Italy 2023 EUR 31,303 m and USD 33,857 m; France 2024 EUR 59,600 m and
USD 64,271 m; Poland 2014 USD 10,107 m and PLN 31,874 m.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-07-10"


def only(text: str):
    (check,) = [c for c in milex.check(text, date=DAY).claims if c.claim.kind == "spending_amount"]
    return check


@pytest.mark.parametrize(
    "text, verdict, currency",
    [
        ("According to NATO, Italy's defence outlay in 2023 came to 31.3 billion.", "supported",
         "EUR"),
        ("According to NATO, Italy's defence outlay in 2023 came to 33.9 billion.", "supported",
         "USD"),
        ("NATO's tables put French defence spending for 2024 at 59,6 billion.", "supported", "EUR"),
        ("Poland spent 10.1 billion on defence in 2014, NATO's figures show.", "supported", "USD"),
    ],
)  # fmt: skip
def test_a_sum_right_in_one_currency_is_supported_in_it(text, verdict, currency):
    check = only(text)
    assert check.verdict == verdict
    assert f"read in {currency}" in check.explanation


@pytest.mark.parametrize(
    "text",
    [
        "According to NATO, Italy's defence outlay in 2023 came to 28.6 billion.",
        "NATO's tables put French defence spending for 2024 at 52,1 billion.",
    ],
)
def test_a_sum_wrong_in_both_currencies_is_contradicted(text):
    check = only(text)
    assert check.verdict == "contradicted"
    assert "EUR" in check.explanation and "USD" in check.explanation


def test_an_unattributed_sum_that_may_be_a_national_budget_stays_unverifiable():
    # 29 billion: wrong in US dollars (33.9), and in euros perhaps Italy's own budget
    check = only("Italy spent 29 billion on defence in 2023.")
    assert check.verdict == "unverifiable"
    assert "in which currency" in check.explanation


def test_a_population_is_no_sum_of_spending():
    found = milex.check("Poland, a country of 37 million, fields some 216,000 troops.", date=DAY)
    assert all(c.verdict != "contradicted" for c in found.claims)
