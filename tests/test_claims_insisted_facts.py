"""A word of demand that is also a verb of saying ('insists', 'insisted') followed by a verb
in the past ('... it spent 2.0% last year') claims what was done, as 'says' does, not what
someone asks for (measures._says_done); 'insists allies spend 5%' stays a demand.

Values from NATO's 2025 edition (28 August 2025), looked up with
milex.observations("share_of_gdp", ally, years=[year], edition=2025): France 2024 = 2.03,
Canada 2025 = 2.01.
"""

from __future__ import annotations

import milex

DAY = "2025-09-20"


def verdicts(text: str) -> list:
    return [(c.claim.subject, c.claim.value, c.verdict) for c in milex.check(text, date=DAY).claims]


def test_insisting_on_a_past_level_claims_it():
    assert verdicts("Paris insists France spent 2.0% of GDP last year.") == [
        ("France", 2.0, "supported")
    ]
    assert verdicts("France insisted that, on NATO's numbers, it spent 2.0% of GDP in 2024.") == [
        ("France", 2.0, "supported")
    ]


def test_a_wrong_past_level_insisted_on_is_contradicted_when_given_as_natos():
    assert verdicts("France insisted that, on NATO's numbers, it spent 2.4% of GDP in 2024.") == [
        ("France", 2.4, "contradicted")
    ]


def test_insisting_others_spend_a_level_is_still_a_demand():
    got = verdicts("Washington insisted that Canada spend 2% of GDP.")
    assert [v for _, _, v in got] == ["unverifiable"]
