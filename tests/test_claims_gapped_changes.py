"""The claim checker on a sum whose verb of change is said once for two subjects ('Germany added
about $35bn, France about $11bn'), in our own words: the second sum is a rise too, judged on
the difference of two years of NATO's Table 2 (current USD), not as France's level of
spending. A rise in money is only ever supported (a writer may have used constant prices or a
national budget), so a wrong one is left unverifiable, never judged as a level. Official
values: NATO's 2026 edition, Table 2, current USD: France 68.89 bn (2025), 79.75 bn (2026);
Germany 112.14 bn (2025), 147.00 bn (2026)."""

from __future__ import annotations

import milex

_LEAD = "Allied defence spending rose again in 2026. "


def _france(text: str):
    found = [c for c in milex.check(_LEAD + text, date="2026-07-15").claims
             if c.claim.subject == "France"]  # fmt: skip
    assert len(found) == 1, [(c.claim.value, c.verdict) for c in found]
    return found[0]


def test_the_second_subject_of_a_shared_verb_adds_too():
    # 2026 ed.: France 79.75 - 68.89 = 10.86 bn added in 2026
    found = _france("Germany added about $35bn, France about $11bn.")
    assert (found.claim.value, found.claim.year, found.verdict) == (11.0, 2026, "supported")
    assert "rise" in found.explanation


def test_a_wrong_second_rise_is_not_judged_as_a_level():
    # 2026 ed.: France added 10.86 bn, not 30; its level (79.75 bn) is no measure of the words
    found = _france("Germany added about $35bn, France about $30bn.")
    assert found.verdict != "contradicted" or "rise" in found.explanation
    assert "79.75" not in found.explanation
