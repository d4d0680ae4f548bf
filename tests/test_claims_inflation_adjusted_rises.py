"""'Adjusted for inflation, the increase this year comes to 29.5%': inflation named as the way
a change is made real is no figure of inflation, and a rise noun that 'comes to' or 'amounts
to' a figure makes it a change, as 'is' does (it had no claim, or a share of GDP).

Official value (NATO 2024 edition, 17 June 2024): Germany real change 2024 = 29.45%.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(
    "clause, verdict",
    [
        ("the increase this year comes to 29.5%", "supported"),
        ("the increase this year comes to 19.5%", "contradicted"),
        ("the increase this year is 29.5%", "supported"),
        ("the rise this year amounts to 19.5%", "contradicted"),
    ],
)
def test_an_inflation_adjusted_rise_is_a_real_change(clause, verdict):
    text = f"Germany is spending far more. Adjusted for inflation, {clause}."
    (change,) = milex.check(text, date="2024-07-10").claims
    assert (change.claim.kind, change.claim.subject, change.verdict) == (
        "real_change",
        "Germany",
        verdict,
    )
