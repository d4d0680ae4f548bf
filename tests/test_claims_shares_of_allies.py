"""The claim checker on counts of allies said as a share of the alliance ('more than half of
the allies', 'one in three allies fell short'): the claim reports the share the text states,
in percent of the allies, and is judged as the share of the members (Iceland, with no figure,
among them) that the edition counts at the level, inversions ('fall short') included.

Official counts (milex, NATO Table 3, share of GDP at or above 2.00 / below 2.00):
- 2024 edition, 2023: 10 of 31 allies at or above 2% (30 with figures);
- 2024 edition, 2024: 8 of 32 allies below 2% (31 with figures);
- 2025 edition, 2024: 18 of 32 allies at or above 2%, 13 below (31 with figures).
"""

from __future__ import annotations

import milex

SHARE = "% of allies"


def _count(text: str, day: str):
    (c,) = [c for c in milex.check(text, date=day).claims if c.claim.kind == "count_meeting"]
    return c


def test_more_than_half_is_reported_as_a_share_and_agrees():
    # 2025 ed., 2024: 18 of 32 = 56.2% at or above 2%, more than half
    c = _count("More than half of NATO's allies reached 2% of GDP last year.", "2025-09-10")
    assert (c.claim.value, c.claim.unit, c.claim.year) == (50.0, SHARE, 2024)
    assert c.verdict == "supported"
    assert c.evidence is not None and c.evidence.value == 56.2
    assert "18 of 32 = 56.2%" in c.explanation


def test_more_than_half_of_a_year_when_fewer_met_it_is_contradicted():
    # 2024 ed., 2023: 10 of 31 = 32.3% at or above 2%, not more than half
    c = _count("More than half of NATO's allies reached 2% of GDP last year.", "2024-07-01")
    assert (c.claim.value, c.claim.unit, c.claim.year) == (50.0, SHARE, 2023)
    assert c.verdict == "contradicted"


def test_a_share_falling_short_is_judged_on_the_allies_below():
    # 2024 ed., 2024: 8 of 32 below 2% = 25%, a quarter
    c = _count("A quarter of the allies still fall short of 2% of GDP this year.", "2024-07-01")
    assert (c.claim.value, c.claim.unit) == (25.0, SHARE)
    assert c.verdict == "supported"


def test_a_wrong_share_falling_short_is_contradicted():
    # 2025 ed., 2024: 13 of 32 below 2% = 40.6% (14 of 32, 43.8%, with Iceland): not one in
    # three (within 10%: 30.0 to 36.7)
    c = _count("One in three allies fell short of 2% of GDP last year.", "2025-09-10")
    assert (c.claim.value, c.claim.unit) == (33.3, SHARE)
    assert c.verdict == "contradicted"
