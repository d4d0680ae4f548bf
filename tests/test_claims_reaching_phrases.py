"""'Made it to' and 'got to' a guideline are ways of meeting it: a count of allies that
'made it to 2%' or 'got to 2%' counts those at or above it, and a negated one ('did not make
it to 2%') those below.

Official values (NATO 2025 edition, 28 August 2025, its counts for 2024 as `milex.check`
reports them): 18 of 32 allies at or above 2% of GDP in 2024, 13 below (31 with figures).
"""

from __future__ import annotations

import milex

DAY = "2025-09-20"


def _count(text: str):
    (claim,) = [c for c in milex.check(text, date=DAY).claims if c.claim.kind == "count_meeting"]
    return claim


def test_made_it_to_counts_the_allies_meeting_the_level():
    claim = _count("Just 18 of the 32 made it to 2% of GDP last year, the alliance reported.")
    assert (claim.claim.year, claim.claim.comparator, claim.verdict) == (2024, ">=", "supported")


def test_got_to_with_a_wrong_count_is_contradicted():
    assert _count("Just 21 allies got to 2% last year.").verdict == "contradicted"


def test_did_not_make_it_to_counts_those_below():
    claim = _count("Some 13 allies did not make it to 2% last year.")
    assert (claim.claim.comparator, claim.verdict) == ("<", "supported")
