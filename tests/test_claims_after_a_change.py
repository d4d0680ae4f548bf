"""The claim checker on a change said to follow an earlier one ('rose 22.3% this year after an
11.3% rise'), in our own words: the change it came after, naming no time of its own, is the
year before's, not the year the sentence names for the first. Official values: NATO's 2026
edition, Table 3 (core defence), real change: Germany 11.26 (2025), 22.29 (2026); United
States -1.94 (2025), 1.99 (2026)."""

from __future__ import annotations

import milex


def _claims(text: str) -> list[tuple]:
    found = milex.check(text, date="2026-07-20").claims
    return [(c.claim.subject, c.claim.value, c.claim.year, c.verdict) for c in found]


def test_the_change_before_is_the_year_befores():
    found = _claims("In real terms, Germany's defence spending rose 22.3% this year after an "
                    "11.3% rise.")  # fmt: skip
    assert found == [("Germany", 22.3, 2026, "supported"), ("Germany", 11.3, 2025, "supported")]


def test_a_fall_before_is_the_year_befores_too():
    found = _claims("In real terms, US defence spending grew 1.99% this year after a 1.94% fall.")
    assert ("United States", -1.94, 2025, "supported") in found


def test_a_wrong_change_before_is_contradicted_for_the_year_before():
    # Germany 2025 = 11.26, not 15.3
    found = _claims("In real terms, Germany's defence spending rose 22.3% this year after a "
                    "15.3% rise.")  # fmt: skip
    assert ("Germany", 15.3, 2025, "contradicted") in found
