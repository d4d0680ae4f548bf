"""A change set against a year right after a sum of spending ('Poland's military spending
came to $38.0 billion, 31% more than in 2023'): the change is of that sum, in spending, over the
year after the base, the sum's own year (said, or read as last year's in SIPRI's season).
Before, the base year read as a change 'since 2023' that 'may be in spending or in the share
of GDP', and the change took the article's year.

Official values, SIPRI's April 2025 release (2025 edition):
`milex.observations("spending_usd_current", "Poland", years=[2024], edition=2025,
source="SIPRI")`: USD 38,001 m; real change in 2024 (from its constant-price series): 30.92%.
"""

from __future__ import annotations

import milex

DAY = "2025-05-02"


def _changes(text: str) -> dict:
    return {
        c.claim.value: (str(c.claim.subject), c.claim.year, c.verdict)
        for c in milex.check(text, date=DAY).claims
        if c.claim.kind == "real_change"
    }


def test_a_change_after_an_undated_sum_is_last_years():
    text = (
        "Poland's military spending came to $38.0 billion, {v}% more than in 2023, SIPRI reported."
    )
    assert _changes(text.format(v="31")) == {31.0: ("Poland", 2024, "supported")}
    assert _changes(text.format(v="12")) == {12.0: ("Poland", 2024, "contradicted")}


def test_a_change_after_a_dated_sum_is_of_the_sums_year():
    text = "SIPRI says Poland spent $38.0 billion in 2024 — {v}% more than in 2023."
    assert _changes(text.format(v="31")) == {31.0: ("Poland", 2024, "supported")}
