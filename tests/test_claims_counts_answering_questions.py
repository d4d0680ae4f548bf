"""Counts of allies given as the answer to a question: the question holds the verb, the level
and the year ("How many will reach 2% this year?", "Who is still below 2%?", "Which allies
clear the 3.5% core goal?"), the answer only the number ("21.", "Nine allies, from ...",
"Two: Poland and ...").

Values from NATO's tables (Table 3), looked up with milex.observations("share_of_gdp",
years=[year], edition=edition) and counted at two decimals among the allies (not the
aggregates):
- 2024 edition (17 June 2024): 23 of the 31 allies with figures at or above 2% in 2024
  (estimates), 8 below; 6 at or above 2% in 2021.
- 2019 edition (25 June 2019): 7 allies at or above 2% in 2019 (estimates).
- 2025 edition (28 August 2025): 3 allies at or above 3.5% in 2025 (Poland, Lithuania,
  Latvia).
"""

from __future__ import annotations

import pytest

import milex


def _counts(text: str, date: str) -> list:
    return [(c.claim.value, c.claim.year, c.claim.threshold, c.claim.comparator, c.verdict)
            for c in milex.check(text, date=date).claims if c.claim.kind == "count_meeting"]  # fmt: skip


@pytest.mark.parametrize(("said", "value", "verdict"), [("23", 23.0, "supported"),
                                                        ("20", 20.0, "contradicted")])  # fmt: skip
def test_a_bare_number_in_digits_answers_how_many(said, value, verdict):
    # (a line of digits alone was read as no one's figure, even right after the question)
    text = f"Quick facts\nHow many allies are set to reach 2% in 2024? {said}."
    assert _counts(text, "2024-06-30") == [(value, 2024, 2.0, ">=", verdict)]


@pytest.mark.parametrize(("said", "value", "verdict"), [("Six", 6.0, "supported"),
                                                        ("Fifteen", 15.0, "contradicted")])  # fmt: skip
def test_how_many_with_no_noun_before_its_verb(said, value, verdict):
    text = f"Explainer\nHow many hit the 2% mark in 2021? {said}."
    assert _counts(text, "2024-06-30") == [(value, 2021, 2.0, ">=", verdict)]
    # (but a noun of something else before the verb asks no count of allies)
    assert _counts(f"How many billions did Berlin add in 2024? {said}.", "2024-06-30") == []


def test_how_many_with_a_bare_auxiliary_for_the_verb():
    text = (
        "Q: Do all allies reach the 2% floor this year?\nA: Not quite.\n"
        "Q: How many did in 2021?\nA: 6."
    )
    assert _counts(text, "2024-06-30") == [(6.0, 2021, 2.0, ">=", "supported")]


@pytest.mark.parametrize(("said", "value", "verdict"), [("Seven", 7.0, "supported"),
                                                        ("Ten", 10.0, "contradicted")])  # fmt: skip
def test_who_meets_it_answered_by_a_count(said, value, verdict):
    text = (
        "What does the guideline ask?\nThat each ally spends 2% of GDP on defence.\n"
        f"Who reaches it this year?\n{said} allies, with Britain at 2.1%."
    )
    # (the figure after the count is Britain's own level, not the level counted at)
    assert _counts(text, "2019-07-05") == [(value, 2019, 2.0, ">=", verdict)]


@pytest.mark.parametrize(("said", "value", "verdict"), [("Eight", 8.0, "supported"),
                                                        ("Five", 5.0, "contradicted")])  # fmt: skip
def test_who_falls_short_answered_by_a_count_is_below(said, value, verdict):
    text = f"Who still falls short of 2% this year?\n{said} allies, Canada and Spain among them."
    assert _counts(text, "2024-06-30") == [(value, 2024, 2.0, "<", verdict)]


@pytest.mark.parametrize(("said", "value", "verdict"), [("Three", 3.0, "supported"),
                                                        ("Five", 5.0, "contradicted")])  # fmt: skip
def test_which_allies_meet_a_level_answered_by_a_count_and_a_list(said, value, verdict):
    text = f"Which allies already clear the 3.5% core goal?\n{said}: Poland, Lithuania and Latvia."
    assert _counts(text, "2025-09-20") == [(value, 2025, 3.5, ">=", verdict)]


@pytest.mark.parametrize(("said", "value", "verdict"), [("eight", 8.0, "supported"),
                                                        ("twelve", 12.0, "contradicted")])  # fmt: skip
def test_letter_labels_and_a_lead_naming_the_figures(said, value, verdict):
    # ("Q." and "A." with full stops, and "On the alliance's June figures," before the count)
    text = (
        "Q. Which allies remain below 2% this year?\n"
        f"A. On the alliance's June figures, {said} allies, Canada and Spain among them."
    )
    assert _counts(text, "2024-06-30") == [(value, 2024, 2.0, "<", verdict)]
