"""The claim checker on a region named as the scope of a superlative ('the steepest rise in
military spending in Europe'): the figures after it are the ally's that posted the rise, not
the region's.

Official values in the comments are SIPRI's April 2025 release, read with
`milex.observations(None, "Poland", years=[2024], source="SIPRI")`: Poland 2024, USD 38,000.7
m (current prices); its real change 30.92% is derived by milex from SIPRI's constant-price
series (2023 to 2024).
"""

from __future__ import annotations

import milex

DAY = "2025-05-02"  # SIPRI's April 2025 release (28 April 2025) is current


def claims(text: str) -> list[tuple[str, str, float | None]]:
    """(verdict, subject, value) of every claim the checker finds."""
    report = milex.check(text, date=DAY)
    return [(c.verdict, str(c.claim.subject), c.claim.value) for c in report.claims]


def test_a_region_after_a_superlative_is_its_scope():
    text = "Poland posted the steepest rise in military spending in Europe last year, SIPRI said: up 31% to ${} billion."
    assert claims(text.format("38.0")) == [
        ("supported", "Poland", 31.0),
        ("supported", "Poland", 38.0),
    ]
    assert ("contradicted", "Poland", 44.0) in claims(text.format("44.0"))
