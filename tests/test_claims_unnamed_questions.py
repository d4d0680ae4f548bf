"""A question turn that names no one ('Q: Was that a first?') asks about the subject of the
turn before it, so the answer after it goes on with that subject: its figures are that ally's,
in the years the answer gives them.

Official values (NATO 2025 edition, 28 August 2025, `milex.observations("share_of_gdp",
"Canada", years=[2014, 2024, 2025], edition=2025)`): Canada 2014 1.01, 2024 1.47
(estimate), 2025 2.01 (estimate).
"""

from __future__ import annotations

import milex

DAY = "2025-09-12"

INTERVIEW = (
    "Q: What do the new NATO tables say?\n"
    "A: That Ottawa's defence effort reaches 2.01% of GDP this year.\n\n"
    "Q: Was that ever done before?\n"
    "A: Not in this series. The earlier peak was {high}%, last year, and the trough "
    "{low}%, in 2014."
)


def _at(text: str, value: float):
    (claim,) = [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]
    return claim


def test_answer_after_an_unnamed_question_keeps_the_subject():
    text = INTERVIEW.format(high="1.47", low="1.01")
    high, low = _at(text, 1.47), _at(text, 1.01)
    assert (high.claim.subject, high.claim.year, high.verdict) == ("Canada", 2024, "supported")
    assert (low.claim.subject, low.claim.year, low.verdict) == ("Canada", 2014, "supported")
    # a question naming its own ally sets that subject instead:
    text = INTERVIEW.replace("Was that ever done before?", "And what about Italy?").format(
        high="1.47", low="1.01"
    )
    assert _at(text, 1.01).claim.subject != "Canada"


def test_a_wrong_figure_in_the_answer_is_contradicted():
    text = INTERVIEW.format(high="1.47", low="1.31")
    low = _at(text, 1.31)
    assert (low.claim.subject, low.claim.year, low.verdict) == ("Canada", 2014, "contradicted")


def test_a_question_with_a_figure_of_its_own_is_not_the_ally_before():
    # Estonia 2024: 3.43 (NATO 2024 edition, 17 June 2024); "the 5%" asked about is The
    # Hague's total, not Estonia's share of GDP
    text = (
        "Only Poland spends more than 3.5%: 4.12% of GDP in 2024. Estonia comes next at 3.43%.\n"
        "And the 5%?\n"
        "That total adds 1.5% for security spending such as infrastructure, due by 2035."
    )
    claims = milex.check(text, date="2025-06-20").claims
    assert not [c for c in claims if c.claim.value == 5.0 and c.claim.subject == "Estonia"]
