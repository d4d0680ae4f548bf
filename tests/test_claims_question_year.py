"""A follow-up question that names no one and only a year ('Q: And in 2024?') asks the same
of that year: the answer after it is the subject's figure before, for the year the question
names (the answer had been left unread: the year made the question look like a figure of
its own, and the subject was dropped).

NATO's 2026 edition: milex.observations("share_of_gdp", "Italy", years=[2024, 2026],
edition=2026) = 1.52 and 2.10.
"""

import milex

DATE = "2026-08-10"


def _answers(text):
    return [(c.claim.subject, c.claim.year, c.verdict)
            for c in milex.check(text, date=DATE).claims if c.claim.value in (1.52, 1.9)]  # fmt: skip


def test_a_year_asked_after_an_answer_dates_the_next_answer():
    turns = (
        "Q: What does Italy put into defence?\nA: 2.10% of GDP in 2026.\nQ: And in 2024?\nA: {}%."
    )
    assert _answers(turns.format("1.52")) == [("Italy", 2024, "supported")]
    assert _answers(turns.format("1.9")) == [("Italy", 2024, "contradicted")]  # 1.52


def test_a_bare_number_answering_the_year_asked_is_the_same_share():
    turns = (
        "Q: What does Italy put into defence?\nA: 2.10% of GDP in 2026.\nQ: And in 2024?\nA: {}."
    )
    assert _answers(turns.format("1.52")) == [("Italy", 2024, "supported")]
    assert _answers(turns.format("1.9")) == [("Italy", 2024, "contradicted")]
