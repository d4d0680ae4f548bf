"""Two shapes of the rhetorical question. A figure alone after a question in its paragraph
('Belgium? 1.30%.') answers it: it is of the ally the question names, not a stray figure of
nobody (but not after a question with a verb of its own: 'What should Italy aim for? 3.5%.').
And a question on 'why' takes what it asks about as given ('Why does Italy spend only 1.49%?'
states that Italy spends 1.49%), so its figure is judged; 'Why not 3%?' proposes.

Official values, looked up with `milex.observations("share_of_gdp", ..., years=[2024],
edition=2024)`: NATO 2024 edition (17 June 2024), 2024 estimates: Belgium 1.30, Hungary 2.11,
Italy 1.49.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-08-25"


def _found(text: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=DAY).claims}


@pytest.mark.parametrize(("level", "verdict"), [("1.30", "supported"), ("1.90", "contradicted")])
def test_a_bare_figure_answers_the_question_before_it(level, verdict):
    found = _found(f"Hungary? Just over 2% this year. Belgium? {level}%. Hardly a model ally.")
    assert (found[float(level)].claim.subject, found[float(level)].claim.year) == ("Belgium", 2024)
    assert found[float(level)].verdict == verdict
    # after a question with a verb of its own the bare figure takes that question's frame
    for asked in ("Will Canada reach 2% this year? 3%? Nobody can say.",
                  "What should Italy aim for? 3.5%."):  # fmt: skip
        assert all(c.verdict != "contradicted" for c in milex.check(asked, date=DAY).claims)


@pytest.mark.parametrize(("level", "verdict"), [("1.49", "supported"), ("1.79", "contradicted")])
def test_a_why_question_takes_its_figure_as_given(level, verdict):
    found = _found(f"Why does Italy still spend only {level}% of GDP on defence this year?")
    assert (found[float(level)].claim.subject, found[float(level)].verdict) == ("Italy", verdict)
    assert all(c.verdict != "contradicted" for c in milex.check("Why not 3%?", date=DAY).claims)
