"""A percentage that is the object of a spending verb in the indicative or a participle ('the
tables show the allies spending 2.86% of GDP on core defence') is a level spent, a share of
GDP, even when words of a commitment ('core defence') sit beside it; it was read as a value of
The Hague's 3.5% core commitment and contradicted. (A spending verb after a word of a pledge
or of what is ahead, 'committed to spending 3.5% ... by 2035', still states the commitment.)

Official values (`milex.observations("share_of_gdp", "NATO", years=[2026], edition=2026)`):
NATO total 2026, core defence, 2.86% of GDP (2026 edition, 7 July 2026).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2026-07-25"


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("The new NATO tables show the allies spending 2.86% of GDP on core defence.",
         "supported"),
        ("The new NATO tables show the allies spending 2.95% of GDP on core defence.",
         "contradicted"),
    ],
)  # fmt: skip
def test_a_level_spent_on_core_defence_is_a_share_of_gdp(text, verdict):
    (claim,) = milex.check(text, date=DAY).claims
    assert (claim.claim.kind, claim.claim.subject_code, claim.claim.year, claim.verdict) == (
        "share_of_gdp",
        "NATO",
        2026,
        verdict,
    )
