"""Sums listed by ally in a sentence that says they are NATO's (or SIPRI's) figures ("NATO's
2024 estimates are: Estonia EUR 1.33 billion, Latvia EUR 1.32 billion") are defence spending,
with no word of defence or spending in the sentence: the body named is the one whose tables
hold them. Without such a source (or any word of defence), a bare list of sums stays unread.

Official values (NATO 2024 edition, 17 June 2024, `milex.observations("spending_nc_current",
A, years=[2024], edition=2024)`): Estonia EUR 1,332.9 m, Latvia EUR 1,318.1 m, Slovenia EUR
880.0 m (2024 estimates, current prices).
"""

from __future__ import annotations

import milex

DAY = "2024-06-25"


def _claims(text: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=DAY).claims}


def test_sums_of_natos_estimates_are_judged():
    got = _claims(
        "In euros, NATO's 2024 estimates are: Estonia EUR 1.33 billion, Latvia EUR 1.32 "
        "billion and Slovenia EUR 780 million."
    )
    assert (got[1.33].claim.subject, got[1.33].claim.year, got[1.33].verdict) == (
        "Estonia",
        2024,
        "supported",
    )
    assert (got[1.32].claim.subject, got[1.32].verdict) == ("Latvia", "supported")
    assert (got[780].claim.subject, got[780].verdict) == ("Slovenia", "contradicted")  # 880.0
    # (the same list with no source and no word of defence says nothing of what the sums are)
    assert _claims("In euros: Estonia EUR 1.33 billion, Latvia EUR 1.32 billion.") == {}
