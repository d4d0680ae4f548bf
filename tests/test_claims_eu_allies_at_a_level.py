"""'Nine EU allies were below 2% in 2024': a count of the EU member states in NATO at a level,
judged on NATO's figures for those allies (as '9 of the 23 EU allies' is), not the number of
EU allies (23). A count of EU states narrowed by a relative clause milex cannot read ('the 26
EU states that signed') is some of them, not the EU's size.

Values (looked up with milex.observations, edition 2025, 28 August 2025, share of GDP 2024,
filtered to milex.reference.alliance.eu_allies): below 2.00 are Belgium, Bulgaria, Croatia,
Italy, Luxembourg, Portugal, Slovakia, Slovenia and Spain: 9 of the 23. The EU had 27 members.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float, date: str = "2025-09-10") -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(("count", "value", "verdict"),
                         [("Nine", 9, "supported"), ("Eleven", 11, "contradicted")])  # fmt: skip
def test_eu_allies_counted_below_a_level(count, value, verdict):
    found = _of(f"On the revised data, {count} EU allies still spent below 2% in 2024.", value)
    found = found or _of(f"{count} EU allies still spent below 2% in 2024.", value)
    assert len(found) == 1 and found[0].verdict == verdict
    assert found[0].claim.year == 2024


def test_eu_allies_doing_something_else_are_some_of_them():
    found = _of("Nine EU allies wrote to the Commission about the loans.", 9)
    assert all(c.verdict != "contradicted" for c in found)


def test_eu_states_narrowed_by_a_relative_clause():
    found = _of("The pressure fell only on the 26 EU states that are.", 26)
    assert all(c.verdict != "contradicted" for c in found)
    wrong = _of("The pressure fell on the 26 EU countries.", 26)
    assert len(wrong) == 1 and wrong[0].verdict == "contradicted"
