"""Counts of the allies meeting a level in shapes that leave out their noun and verb: the
answer to a question of how many ('the answer was three'), a scorecard's line ('The score
now: 23.'), and a bare verb repeating the count of the sentence before ('Today 23 are.').

Counts from NATO's 2024 edition (17 June 2024), Table 3, allies at or above 2.00% of GDP:
2014: 3 (United States, United Kingdom, Greece); 2024e: 23 of 32.
"""

from __future__ import annotations

from tests.conftest import claims_of


def counts(text: str, date: str = "2024-07-01") -> dict:
    return {(c.claim.year, c.claim.value): c.verdict
            for c in claims_of("count_meeting", text, date)}  # fmt: skip


def test_the_answer_to_how_many():
    got = counts("How many of the 32 allies reach 2% of GDP? In 2014 the answer was three. "
                 "This year it is 23.")  # fmt: skip
    assert got == {(2014, 3.0): "supported", (2024, 23.0): "supported"}
    got = counts("How many of the 32 allies reach 2% of GDP? In 2014 the answer was six.")
    assert got == {(2014, 6.0): "contradicted"}


def test_a_scorecard_line_after_a_count():
    got = counts("The start: three allies at 2% in 2014.\nThe score now: 23.")
    assert got == {(2014, 3.0): "supported", (2024, 23.0): "supported"}
    got = counts("The start: three allies at 2% in 2014.\nThe score now: 19.")
    assert got[(2024, 19.0)] == "contradicted"


def test_a_bare_verb_repeats_the_count_before():
    got = counts("In 2014 only three allies met the 2% guideline. Today 23 are.")
    assert got == {(2014, 3.0): "supported", (2024, 23.0): "supported"}
    got = counts("In 2014 only three allies met the 2% guideline. Today 12 are.")
    assert got[(2024, 12.0)] == "contradicted"
