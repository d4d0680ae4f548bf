"""A level an ally itself says will suffice ('London insists 2.5% of GDP would be enough')
is that ally's own stated commitment: judged against it, not abstained on as a level someone
deems enough. A level the ally is not said to hold, or one said by another, stays unjudged.

Commitment held (milex.reference.commitments, from the policy-facts table): UK pledge of
25 February 2025, 2.5% of GDP from April 2027 (uk-2.5pct).
"""

from __future__ import annotations

import milex

DAY = "2025-03-10"


def _verdicts(text: str) -> list[tuple[str, str | None, float]]:
    return [(c.verdict, c.claim.subject, c.claim.value) for c in milex.check(text, date=DAY).claims]


def test_the_allys_own_sufficient_level_is_its_pledge():
    got = _verdicts("London insists 2.5% of GDP would be enough to rebuild its forces.")
    assert got == [("supported", "United Kingdom", 2.5)]


def test_according_to_the_ally():
    got = _verdicts("According to Britain, 2.5% will suffice to rebuild the army.")
    assert got == [("supported", "United Kingdom", 2.5)]


def test_only_the_allys_own_level_said_by_itself():
    # 2.7% is none of the UK's pledges, and NATO's word is not the UK's: neither is judged
    # as the pledge (a wrong level is never supported)
    said = "London insists 2.{}% of GDP would be enough to rebuild its forces."
    assert [v for v, _s, _x in _verdicts(said.format(5))] == ["supported"]
    assert [v for v, _s, _x in _verdicts(said.format(7))] == ["unverifiable"]
    other = _verdicts("According to NATO, 2.5% would be enough for Britain.")
    assert all(v == "unverifiable" for v, _s, _x in other)
