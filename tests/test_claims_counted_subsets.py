"""'Of the 30 allies with figures, all 30 ...': the 'all N' is all of the subset the sentence
counted, not a statement of NATO's size (membership._subset_before).

NATO had 32 members on 3 September 2025 (milex.reference.alliance.members).
"""

from __future__ import annotations

import milex


def claims(text: str) -> list:
    return milex.check(text, date="2025-09-03").claims


def test_all_of_a_counted_subset_is_not_the_membership():
    got = claims("Of the 30 allies with figures for this year, all 30 reached 2%.")
    assert not any(c.claim.kind == "membership_count" and c.claim.value == 30 for c in got)


def test_the_membership_is_still_judged_in_the_same_sentence():
    got = claims("Of the 30 allies with figures for this year, all 30 reached 2%, while all 31 "
                 "members signed the Hague pledge.")  # fmt: skip
    size = [c for c in got if c.claim.kind == "membership_count"]
    assert [(c.claim.value, c.verdict) for c in size] == [(31.0, "contradicted")]
