"""'Global defence budgets', 'world military budgets': the world's total, SIPRI's, as
'global military spending' is.

Official value (SIPRI, April 2025, `milex.observations("spending_usd_current", "World",
years=[2024], source="SIPRI")`): world military expenditure 2024 USD 2,718 billion.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(
    "text, value, verdict",
    [
        ("Global defence budgets reached $2.72 trillion last year, SIPRI says.", 2.72,
         "supported"),
        ("World military budgets came to $2.92 trillion last year, SIPRI says.", 2.92,
         "contradicted"),
    ],
)  # fmt: skip
def test_budgets_of_the_world_are_the_world_total(text: str, value: float, verdict: str):
    claims = [c for c in milex.check(text, date="2025-05-12").claims if c.claim.value == value]
    assert [(c.claim.subject_code, c.verdict) for c in claims] == [("SIPRI:WORLD", verdict)]
