"""A percentage said to be a multiple of a guideline's: checked on the two figures the
sentence gives (The Hague's 5% is 2.5 times the 2% guideline)."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The allies now aim for 5% of GDP by 2035, more than double the old 2% guideline.",
         [(2, "supported")]),
        ("The allies now aim for 5% of GDP by 2035, twice the old 2% guideline.",
         [(2, "contradicted")]),  # 2.5 times
        ("The new 3.5% core level is nearly double the 2% floor agreed at Vilnius.",
         [(2, "supported")]),  # 1.75 times
        ("Allies agreed on 3.5% of GDP for core defence by 2035; Spain says it will stay "
         "around 2.1%.", []),
    ],
)  # fmt: skip
def test_a_multiple_of_a_guideline(text, expected):
    found = claims_of("ratio", text, "2025-09-10")
    assert [(c.claim.value, c.verdict) for c in found] == expected
