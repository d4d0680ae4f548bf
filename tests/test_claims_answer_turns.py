"""A transcript's answer takes what its question asked about. A bare number said in words
with decimals ('One point four nine this year') in the turn right after a question about an
ally's share of GDP is that ally's share of GDP; a bare number opening the turn after 'how
many allies are at two percent?' is a count of allies at that level. When the question names
no measure ('HOST: France?'), the bare number is a share of GDP only as a guess: supported
when the data agree, else unverifiable.

Official values (NATO 2024 edition, 17 June 2024): `milex.observations("share_of_gdp",
"Italy", years=[2024], edition=2024)` 1.49%; `milex.observations("share_of_gdp", "France",
years=[2024], edition=2024)` 2.06%; allies at or above 2% of GDP in 2024: 23 of 32 (the
edition's Table 3, as `milex.check` counts it).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-09-12"


def _at(text: str, value: float) -> list:
    return [c for c in milex.check(text, date=DAY).claims if abs(c.claim.value - value) < 1e-9]


@pytest.mark.parametrize(("said", "value", "verdict"), [
    ("One point four nine", 1.49, "supported"),
    ("One point nine four", 1.94, "contradicted"),
])  # fmt: skip
def test_answer_takes_the_share_and_ally_of_the_question(said, value, verdict):
    text = (f"PRESENTER: Italy spends what, two percent?\n"
            f"GUEST: No. {said} this year, on NATO's figures.")  # fmt: skip
    (claim,) = _at(text, value)
    assert (claim.verdict, claim.claim.subject, claim.claim.year) == (verdict, "Italy", 2024)
    assert claim.claim.measure == "share_of_gdp"


def test_answer_to_an_addressed_question_takes_its_share():
    text = ("ANCHOR: Clara, is France really above two percent?\n"
            "GUEST: Yes. Two point oh six this year.")  # fmt: skip
    (claim,) = _at(text, 2.06)
    assert (claim.verdict, claim.claim.subject, claim.claim.year) == ("supported", "France", 2024)


@pytest.mark.parametrize(("said", "value", "verdict"), [
    ("Twenty-three.", 23.0, "supported"),
    ("Twenty-six.", 26.0, "contradicted"),
])  # fmt: skip
def test_answer_counts_the_allies_asked_about(said, value, verdict):
    text = ("MODERATOR: Secretary General, how many allies are above two percent this year?\n"
            f"SECRETARY GENERAL: {said}")  # fmt: skip
    (claim,) = _at(text, value)
    assert (claim.verdict, claim.claim.kind, claim.claim.year) == (verdict, "count_meeting", 2024)


@pytest.mark.parametrize(("said", "value", "verdict"), [
    ("Two point oh six", 2.06, "supported"),
    ("Two point six oh", 2.6, "unverifiable"),
])  # fmt: skip
def test_question_naming_no_measure_leaves_the_answer_a_guess(said, value, verdict):
    # read as a share of GDP (spoken figures of that size are shares), but only a guess: it
    # agrees, or it is unverifiable, never contradicted (test_claims_spoken_bare_shares.py)
    text = f"HOST: France?\nGUEST: {said} this year."
    (claim,) = _at(text, value)
    assert (claim.verdict, claim.claim.subject, claim.claim.year) == (verdict, "France", 2024)
