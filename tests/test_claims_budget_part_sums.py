"""A sum said to go to one part of a budget ('USD 314bn went to procurement', 'spent EUR 20bn
on new equipment') is that part's, which no table holds as an amount: never judged as the
ally's whole spending (it had been contradicted against the total).

SIPRI's April 2025 release, looked up with milex.observations("spending_usd_current",
"United States", years=[2024], source="sipri"): the United States 2024 = USD 997.31 bn.
"""

import milex

DATE = "2025-06-01"


def _claims(text):
    return milex.check(text, date=DATE).claims


def test_a_sum_spent_on_procurement_is_no_total():
    (c,) = _claims("The US spent USD 314bn on procurement in 2024, SIPRI says.")
    assert c.verdict == "unverifiable"
    assert "part of the budget" in c.explanation


def test_the_total_beside_a_part_is_still_judged():
    right, part = _claims(
        "SIPRI says the US spent USD 997bn in 2024, and USD 314bn went to procurement."
    )
    assert (right.claim.value, right.verdict) == (997, "supported")
    assert part.verdict == "unverifiable"
    wrong, part = _claims(
        "SIPRI says the US spent USD 850bn in 2024, and USD 314bn went to procurement."
    )
    assert (wrong.claim.value, wrong.verdict) == (850, "contradicted")  # 997.31


def test_a_sum_spent_on_defence_is_the_total():
    (c,) = _claims("The US spent USD 650bn on defence in 2024, SIPRI says.")
    assert c.verdict == "contradicted"  # 997.31
