"""Figures said in words, as transcripts and podcasts write speech: tens and units as two words
('twenty one allies'), a whole number and a third ('one and a third', 1.33), a decimal
hyphenated into one word ('one-point-five-five'), a share given with 'of GDP' and no
'percent' ('three point oh eight of GDP'), and a bare spoken share right after one of the
groups NATO's tables give ('Europe and Canada, roughly two point oh two'), or after an ally
stressed by a word between ('The US itself is at three point three eight'), or opening the
answer's next sentence after a share said in words ('... one point five percent of GDP this
year. One point four nine, to be exact.'). Number words that are no figures stay unread ('one
of GDP's parts', 'a four-point plan', 'at one point', 'One of the lowest').

Official values (NATO 2024 edition, 17 June 2024, Table 3, looked up with
`milex.observations("share_of_gdp", name, years=[2024], edition=2024)`): Portugal 1.55 (cell
N33), Greece 3.08 (N22), United States 3.38 (N41), Canada 1.37 (N14), Italy 1.49 (N24), NATO
Total 2.71 (N43), NATO Europe and Canada 2.02 (N42); allies at or above 2.00 in 2024: 23
(counted from the same table).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-09-01"  # the 2024 edition is current; "this year" is 2024


def _claims(text: str, kind: str = "share_of_gdp") -> list[tuple[str | None, float, str]]:
    return [
        (c.claim.subject, c.claim.value, c.verdict)
        for c in milex.check(text, date=DAY).claims
        if c.claim.kind == kind
    ]


@pytest.mark.parametrize(
    "said, value, verdict",
    [("twenty three", 23.0, "supported"), ("twenty one", 21.0, "contradicted")],
)
def test_tens_and_units_in_two_words_are_one_count(said, value, verdict):
    text = f"PANELLIST: so {said} allies reach two percent this year, at one point nobody did."
    assert _claims(text, "count_meeting") == [("NATO", value, verdict)]


@pytest.mark.parametrize(
    "said, value, verdict",
    [
        ("one-point-five-five", 1.55, "supported"),
        ("one-point-nine-five percent of GDP", 1.95, "contradicted"),
    ],  # fmt: skip
)
def test_a_decimal_hyphenated_into_one_word(said, value, verdict):
    text = f"COMMENTATOR: Portugal is at {said} this year, with a four-point plan to go further."
    assert _claims(text) == [("Portugal", value, verdict)]


@pytest.mark.parametrize(
    "said, value, verdict",
    [("three point oh eight", 3.08, "supported"), ("three point eight oh", 3.8, "contradicted")],
)
def test_a_share_said_with_of_gdp_and_no_percent(said, value, verdict):
    text = f"ANALYST: Greece spends {said} of GDP this year. Arms are one of GDP's smaller parts."
    assert _claims(text) == [("Greece", value, verdict)]
    # (written in digits too)
    assert _claims("Greece spent 3.08 of GDP this year, its ministry said.") == [
        ("Greece", 3.08, "supported")
    ]


@pytest.mark.parametrize(
    "said, value, verdict",
    [("two point oh two", 2.02, "supported"), ("two point two oh", 2.2, "contradicted")],
)
def test_a_bare_share_after_a_group_of_allies_in_the_same_answer(said, value, verdict):
    text = (
        "HOST: And the alliance overall?\nGUEST: The alliance as a whole, two point seven one "
        f"percent of GDP this year. Europe and Canada roughly {said}."
    )
    found = _claims(text)
    assert ("NATO", 2.71, "supported") in found
    assert ("Europe and Canada", value, verdict) in found


@pytest.mark.parametrize(
    "said, value, verdict",
    [
        ("three point three eight", 3.38, "supported"),
        ("three point eight three", 3.83, "contradicted"),
    ],  # fmt: skip
)
def test_a_bare_share_after_an_ally_stressed_by_itself(said, value, verdict):
    text = (
        "HOST: Canada is at one point three seven percent of GDP this year.\n"
        f"GUEST: The US itself is at {said}."
    )
    assert _claims(text) == [("Canada", 1.37, "supported"), ("United States", value, verdict)]


@pytest.mark.parametrize(
    "said, value, verdict",
    [("One point four nine", 1.49, "supported"), ("One point nine four", 1.94, "contradicted")],
)
def test_a_spoken_figure_opening_the_next_sentence_of_the_answer(said, value, verdict):
    # Italy 2024 (2024 edition, cell N24): 1.49; the sentence before said the unit
    text = (
        "HOST: What about Italy?\n"
        f"GUEST: Italy spends one point five percent of GDP this year. {said}, to be exact. "
        "One of the lowest."
    )
    assert _claims(text) == [("Italy", 1.5, "supported"), ("Italy", value, verdict)]


@pytest.mark.parametrize(
    "said, value, verdict",
    [("roughly one and a third", 1.33, "supported"), ("one and two thirds", 1.67, "contradicted")],
)
def test_a_whole_number_and_a_third_is_read_to_two_decimals(said, value, verdict):
    # Canada 2024 (2024 edition, cell N14): 1.37, within 'roughly' of 1.33
    text = f"COMMENTATOR: Canada sits at {said} percent of GDP this year."
    assert _claims(text) == [("Canada", value, verdict)]
