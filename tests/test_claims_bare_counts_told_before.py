"""Counts of allies whose noun was left in the sentence before: 'The alliance has 32
members. This year, 23 are expected to meet the 2% target, against three in 2014.' The bare
number counts the members the sentence before named, at the level its own clause names; and
'promised to move towards 2% within a decade; by 2024, 23 had done so' counts those that got
there ('by 2024' dates the count, it is no deadline).

Values (NATO's 2024 edition, 17 June 2024, as milex counts them): 23 allies at or above 2% of
GDP in 2024 (31 with figures), 3 in 2014.
"""

from __future__ import annotations

import milex


def _counts(text: str, day: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=day).claims
            if c.claim.kind == "count_meeting"}  # fmt: skip


def test_a_bare_count_after_members_were_named():
    text = ("Sweden's entry in March took the alliance to 32 members. This year, 23 are set to "
            "meet the 2% target, against three in 2014.")  # fmt: skip
    got = _counts(text, "2024-07-12")
    assert (got[23].verdict, got[23].claim.year) == ("supported", 2024)
    assert (got[3].verdict, got[3].claim.year) == ("supported", 2014)
    got = _counts(text.replace("23 are", "19 are"), "2024-07-12")
    assert (got[19].verdict, got[19].claim.year) == ("contradicted", 2024)


def test_done_so_after_moving_towards_the_level():
    text = ("A decade ago the allies pledged to move towards 2% of GDP within ten years; by "
            "2024, 23 had done so.")  # fmt: skip
    got = _counts(text, "2025-03-01")
    assert (got[23].verdict, got[23].claim.year) == ("supported", 2024)
    got = _counts(text.replace("23 had", "27 had"), "2025-03-01")
    assert (got[27].verdict, got[27].claim.year) == ("contradicted", 2024)
