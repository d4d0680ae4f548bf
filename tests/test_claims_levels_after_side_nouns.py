"""Figures right after a guideline named by its noun alone, behind a side word ("both now
spend well above the benchmark: 3.15% and 2.85% of GDP respectively"), are the levels set
against it, not values of the guideline; paired by 'respectively' with the allies the
sentence before named, each is that ally's share. A figure equal to the guideline's own value
("must stay above the target: 2%") is still the guideline's.

Official values (NATO 2024 edition, 17 June 2024, `milex.observations("share_of_gdp", A,
years=[2024], edition=2024)`): Latvia 3.15, Lithuania 2.85 (% of GDP, 2024 estimates).
"""

from __future__ import annotations

import milex

DAY = "2024-06-24"
TEXT = (
    "Latvia and Lithuania have raised spending fast. Both now sit well above the guideline: "
    "{a}% and {b}% of GDP respectively."
)


def _claims(text: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=DAY).claims}


def test_levels_after_the_side_noun_pair_with_the_allies_before():
    got = _claims(TEXT.format(a="3.15", b="2.85"))
    assert (got[3.15].claim.kind, got[3.15].claim.subject, got[3.15].verdict) == (
        "share_of_gdp",
        "Latvia",
        "supported",
    )
    assert (got[2.85].claim.subject, got[2.85].verdict) == ("Lithuania", "supported")
    wrong = _claims(TEXT.format(a="3.15", b="2.58"))  # 2.85 with its digits swapped
    assert (wrong[2.58].claim.subject, wrong[2.58].verdict) == ("Lithuania", "contradicted")
    # (the guideline's own value after its noun is still the guideline's)
    (guide,) = milex.check("Allies must stay above the target: 2%.", date=DAY).claims
    assert guide.claim.kind == "guideline_value"
