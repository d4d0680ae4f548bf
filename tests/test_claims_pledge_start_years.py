"""A level said to apply from a year ('the two governments have promised 3.5% on core defence
from 2027') that no guideline of that level starts from (The Hague's 3.5% and 5% are due by
2035) may be a national pledge: not supported as NATO's guideline.

Commitments (milex.reference.commitments): The Hague, 25 June 2025: 5% of GDP by 2035, of
which 3.5% on core defence.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2026-03-12"


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("The two governments have promised 3.5% of GDP on core defence from 2027.",
         "unverifiable"),
        ("Both capitals say they have promised 5% or more from 2026.", "unverifiable"),
    ],
)  # fmt: skip
def test_a_level_from_a_year_of_its_own_is_no_guideline_value(text, verdict):
    claims = [c for c in milex.check(text, date=DAY).claims if c.claim.kind == "guideline_value"]
    assert [c.verdict for c in claims] == [verdict]
