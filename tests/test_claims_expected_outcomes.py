"""A level a government 'had pointed to' before the year's outcome: what it
expected, not a measured figure, so it is unverifiable; the outcome set beside it is judged.

Official values (milex.observations("share_of_gdp", "Portugal", years=[2022, 2023],
edition=2024)): NATO 2024 edition, Portugal 2022 1.40, 2023 1.48 (1.477, estimate).
"""

from __future__ import annotations

import milex


def judged(text: str, day: str) -> list[tuple[float, str]]:
    return [(c.claim.value, c.verdict) for c in milex.check(text, date=day).claims]


def test_a_level_pointed_to_beforehand_is_an_expectation():
    text = "For 2023 Lisbon had pointed to 1.71% of GDP for defence; NATO puts Portugal's 2023 at 1.48%."
    assert judged(text, "2024-06-20") == [(1.71, "unverifiable"), (1.48, "supported")]


def test_the_outcome_beside_it_is_judged():
    text = "For 2023 Lisbon had pointed to 1.71% of GDP for defence; NATO puts Portugal's 2023 at 1.58%."
    assert judged(text, "2024-06-20") == [(1.71, "unverifiable"), (1.58, "contradicted")]
