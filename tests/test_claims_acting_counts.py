"""A number of states that did something, or that something was done for, is not the size of
the alliance nor a count of allies at a level: 'Fourteen member states have applied for the
loans', 'the ministers opened the clause for 16 countries, for up to 1.5% of GDP', and a later
'one of the 16' that points back to them. The alliance's own size stays judged ('NATO has 31
member states' in 2025 is wrong: 32 since Sweden joined on 7 March 2024, milex.reference.alliance).

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), Greece share of
GDP 2024: 3.08 (3.075954, estimate); 25 of 32 allies at or above 1.5% of GDP in 2024.
"""

from __future__ import annotations

import milex


def _claims(text: str, date: str = "2025-05-20") -> list:
    return milex.check(text, date=date).claims


def _of(text: str, value: float, date: str = "2025-05-20") -> list:
    return [c for c in _claims(text, date) if c.claim.value == value]


def test_member_states_that_acted_are_not_the_membership():
    text = ("Fourteen member states have already applied to the Commission for the defence "
            "loans, among them Poland, Lithuania and Romania.")  # fmt: skip
    assert all(c.verdict != "contradicted" for c in _of(text, 14))
    # the alliance's own size, by the same noun, is still judged
    wrong = _of("NATO has 31 member states, from Poland to Portugal.", 31)
    assert len(wrong) == 1 and wrong[0].verdict == "contradicted"
    right = _of("NATO has 32 member states, from Poland to Portugal.", 32)
    assert len(right) == 1 and right[0].verdict == "supported"


def test_states_a_measure_was_taken_for_are_no_count_at_a_level():
    text = ("Finance ministers opened the fiscal clause for 16 countries on Tuesday, for four "
            "years and up to 1.5% of GDP.")  # fmt: skip
    found = _of(text, 16, "2025-07-10")
    assert all(c.claim.kind != "count_meeting" and c.verdict != "contradicted" for c in found)
    # the same number as the subject of a level it reaches is a count, judged
    counted = _of("In 2024, 16 allies spent at least 1.5% of GDP.", 16, "2025-05-20")
    assert len(counted) == 1 and counted[0].verdict == "contradicted"


def test_one_of_a_number_counted_before_points_back_to_it():
    text = ("Brussels proposed opening the clause for 16 states. Greece, one of the 16, spent "
            "3.08% of GDP on defence last year, according to NATO.")  # fmt: skip
    assert all(c.verdict != "contradicted" for c in _of(text, 16))
    greece = _of(text, 3.08)
    assert len(greece) == 1 and greece[0].verdict == "supported"
    # with no such count before, 'one of the 31' is the alliance's size, and wrong in 2025
    alone = _of("Greece, one of the 31, spent 3.08% of GDP on defence last year.", 31)
    assert len(alone) == 1 and alone[0].verdict == "contradicted"
