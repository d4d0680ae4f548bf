"""A count that opens its sentence as 'N of them', naming no one, right after a sentence of
the same paragraph that spoke of allies by a noun ('Never have so many allies spent 2%.
This year 23 of them have reached the goal.'), counts those allies; after a sentence of
something else ('Sanctions have hit Russia hard.') it is no count of allies.

Official values (NATO 2024 edition, 17 June 2024, its count of allies at or above 2% of GDP
in 2024, as `milex.check` reports it): 23 of 32 (31 with figures).
"""

from __future__ import annotations

import milex

DAY = "2024-07-02"
BEFORE = "Never have so many allies spent 2% of GDP on defence. "


def _counts(text: str) -> list:
    return [c for c in milex.check(text, date=DAY).claims if c.claim.kind == "count_meeting"]


def test_of_them_after_a_sentence_about_allies_is_a_count():
    (claim,) = _counts(BEFORE + "This year 23 of them have reached the goal.")
    assert (claim.claim.value, claim.claim.year, claim.verdict) == (23.0, 2024, "supported")
    # after a sentence about something else, 'of them' counts no allies:
    assert _counts("Sanctions have hit Russia hard. This year 23 of them have reached 2%.") == []


def test_a_wrong_count_of_them_is_contradicted():
    (claim,) = _counts(BEFORE + "This year 26 of them have reached the goal.")
    assert claim.verdict == "contradicted"
