"""Counts of allies said in words as the short answer to a question: a question in the future
('how many allies will be at two percent'), of 'NATO countries', or of allies 'paying what they
should'; a question asked again in other words after an answer that gave no number ('Which is
how many?'); and a follow-up ('And last year?') after a count whose sentence goes on with one
of no figures, or with one restating the count and claiming nothing ('Twenty-three of
thirty-two, yes'). The answer counts at the question's level and year: a wrong one is
contradicted when the question said both, and left unverifiable when a follow-up asks again
of an earlier year. And a share's unit said once carries to the next ally's bare number in the
same sentence ('Portugal is at 1.55 percent and Belgium at 1.30').

Official values: allies at or above 2.00% of GDP, counted from `milex.observations(
"share_of_gdp", ally, years=[year], edition=edition)` for every ally, rounded to two decimals:
2024 edition (17 June 2024): 23 in 2024, 6 in 2021; 2025 edition (28 August 2025): 18 in
2024, 30 in 2025 (of the 30 allies with a figure); 2019 edition (25 June 2019): 7 in 2019.
Shares (2024 edition, Table 3): Portugal 2024 1.55 (cell N33), Belgium 2024 1.30 (N12).
"""

from __future__ import annotations

import pytest

import milex


def _counts(text: str, date: str) -> list[tuple[float, int | None, str]]:
    return [
        (c.claim.value, c.claim.year, c.verdict)
        for c in milex.check(text, date=date).claims
        if c.claim.kind == "count_meeting"
    ]


@pytest.mark.parametrize(
    "said, value, verdict",
    [("Twenty-three", 23.0, "supported"), ("Twenty-five", 25.0, "contradicted")],
)
def test_a_question_in_the_future_tense_asks_the_count(said, value, verdict):
    text = (
        "PRESS: How many allies will be at two percent this year?\n"
        f"SECRETARY GENERAL: {said}, by our count."
    )
    assert _counts(text, "2024-06-20") == [(value, 2024, verdict)]


def test_a_question_of_nato_countries_and_of_allies_paying_what_they_should():
    text = "INTERVIEWER: How many NATO countries meet two percent this year?\nGUEST: Twenty-three."
    assert _counts(text, "2024-07-01") == [(23.0, 2024, "supported")]
    text = "REPORTER: How many allies are paying what they should?\nPRESIDENT: Seven, as of now."
    assert _counts(text, "2019-07-10") == [(7.0, 2019, "supported")]


@pytest.mark.parametrize(
    "said, value, verdict",
    [("Twenty-three", 23.0, "supported"), ("Twenty-six", 26.0, "contradicted")],
)
def test_a_count_asked_again_in_other_words(said, value, verdict):
    text = (
        "Q: How many allies met two percent last year?\nA: Most of them did.\n"
        f"Q: Which is how many?\nA: {said}, on the June figures."
    )
    assert _counts(text, "2025-02-12") == [(value, 2024, verdict)]
    # (asked with no count question before, it asks nothing: 'two of them' is no count)
    text = "Q: Which is how many?\nA: Two of them, I think."
    assert _counts(text, "2025-02-12") == []


@pytest.mark.parametrize(
    "said, value, verdict",
    [("Eighteen", 18.0, "supported"), ("Twenty-two", 22.0, "contradicted")],
)
def test_a_follow_up_after_a_count_whose_paragraph_goes_on(said, value, verdict):
    text = (
        "How many NATO countries spend 2% now?\n"
        "On the August numbers, all 30 allies with a 2025 estimate are at or above the line. "
        "Germany has no figure yet.\n"
        f"And last year?\n{said}."
    )
    assert _counts(text, "2025-09-10") == [(30.0, 2025, "supported"), (value, 2024, verdict)]


@pytest.mark.parametrize("said, verdict", [("1.30", "supported"), ("1.03", "contradicted")])
def test_a_share_unit_said_once_carries_to_the_next_ally_at_its_number(said, verdict):
    text = f"MINISTER: Portugal is at 1.55 percent and Belgium at {said} this year."
    found = {
        (c.claim.subject, c.claim.value, c.verdict)
        for c in milex.check(text, date="2024-07-01").claims
        if c.claim.kind == "share_of_gdp"
    }
    assert found == {("Portugal", 1.55, "supported"), ("Belgium", float(said), verdict)}


@pytest.mark.parametrize(
    "said, value, verdict", [("Six", 6.0, "supported"), ("Nine", 9.0, "unverifiable")]
)
def test_a_follow_up_after_a_sentence_restating_the_count(said, value, verdict):
    # (a wrong count of an earlier year, asked again, is left unverifiable, as the follow-ups
    # of test_claims_spoken_count_questions are)
    text = (
        "HOST: Twenty-three allies reached two percent last year. GUEST: Twenty-three of "
        "thirty-two, yes, and Iceland counts in the thirty-two. HOST: And in 2021? "
        f"GUEST: {said}."
    )
    assert _counts(text, "2025-07-02") == [(23.0, 2024, "supported"), (value, 2021, verdict)]
