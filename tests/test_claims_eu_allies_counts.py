"""Counts of allies at a level among the EU's member states that are allies ('16 of the 23
EU countries in NATO met 2%', '22 of those 23', '21 of them'): judged on NATO's figures for
those allies, never as a count among all the allies, and the 23 never as the EU's size.

Official values (milex.observations("share_of_gdp", <the EU allies>, years=[...],
edition=...), Table 3; the EU allies from milex.reference.alliance.eu_allies):
- 2024 edition, 2023: 8 of the 22 EU allies with figures at or above 2% (DK 2.01, HU 2.05,
  FI 2.09, LT 2.78, GR 2.80, LV 2.87, EE 3.04, PL 3.26; Sweden joined in March 2024).
- 2024 edition, 2024: 16 of the 23 (SK 2.00, NL 2.05, FR 2.06, CZ 2.10, HU 2.11, DE 2.12,
  SE 2.14, BG 2.18, RO 2.25, DK 2.37, FI 2.41, LT 2.85, GR 3.08, LV 3.15, EE 3.43, PL 4.12).
- 2025 edition, 2024: 14 of the 23 (revised: DE 2.00, NL 2.00, FR 2.03, CZ 2.08 ...).
- 2025 edition, 2025: all 22 with figures at or above 2%; Germany has no 2025 figure.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _counts(text: str, day: str) -> list[tuple[float, str | None, int | None, str]]:
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict)
            for c in claims_of("count_meeting", text, day)]  # fmt: skip


def _eu_counts(text: str, day: str) -> list[tuple[float, str]]:
    return [(c.claim.value, c.verdict) for c in claims_of("eu_count", text, day)]


@pytest.mark.parametrize(
    "count, verdict",
    [(14, "supported"), (18, "contradicted")],  # 2025 ed., 2024: 14 EU allies (18 of all)
)
def test_a_count_among_the_eu_members_in_nato(count, verdict):
    # the group's own name says its members are allies ("member states in NATO"): 23 is right
    text = f"Just {count} of the 23 EU member states in NATO reached 2% of GDP in 2024."
    assert _counts(text, "2025-09-05") == [(count, "EU", 2024, verdict)]
    assert _eu_counts(text, "2025-09-05") == [(23.0, "supported")]


@pytest.mark.parametrize("count, verdict", [(8, "supported"), (12, "contradicted")])
def test_a_count_among_the_eu_allies_in_an_earlier_year(count, verdict):
    # 2024 edition, 2023: 8 EU allies at or above 2%
    text = f"Only {count} of the 23 EU allies spent 2% of GDP or more in 2023."
    assert _counts(text, "2024-07-10") == [(count, "EU", 2023, verdict)]
    assert _eu_counts(text, "2024-07-10") == [(23.0, "supported")]


@pytest.mark.parametrize("count, verdict", [(16, "supported"), (19, "contradicted")])
def test_a_fronted_group_of_eu_allies(count, verdict):
    # "Of the 23 EU countries that are NATO members, N ...": a long name before the count;
    # 2024 edition, 2024: 16 (23 of all the allies, which 16 must not be judged against)
    text = (f"Of the 23 EU countries that are NATO members, {count} met the 2% guideline in "
            "2024, NATO estimated.")  # fmt: skip
    assert _counts(text, "2024-07-10") == [(count, "EU", 2024, verdict)]


@pytest.mark.parametrize("count, verdict", [(16, "supported"), (21, "contradicted")])
def test_those_eu_allies_named_again(count, verdict):
    # '... of those 23': the EU allies counted just before, not a count of allies at 2%
    text = (f"Of the 27 EU countries, 23 are NATO members, and {count} of those 23 met the 2% "
            "guideline in 2024.")  # fmt: skip
    assert _counts(text, "2024-07-10") == [(count, "EU", 2024, verdict)]
    assert _eu_counts(text, "2024-07-10") == [(27.0, "supported"), (23.0, "supported")]


@pytest.mark.parametrize("count, verdict", [(16, "supported"), (21, "contradicted")])
def test_them_after_a_count_of_eu_allies(count, verdict):
    text = (f"Of the EU's 27 members, 23 are in NATO, and {count} of them met the 2% guideline "
            "in 2024.")  # fmt: skip
    assert _counts(text, "2024-07-10") == [(count, "EU", 2024, verdict)]


@pytest.mark.parametrize(
    "count, verdict",
    # 2025 ed., 2025: 22 of the 22 with figures; with Germany's missing one, 22 or 23 in all
    [(22, "unverifiable"), (23, "unverifiable"), (20, "contradicted")],
)
def test_an_eu_ally_with_no_figure(count, verdict):
    text = (f"Twenty-three EU states are NATO allies, and {count} of those 23 spent at least 2% "
            "of GDP in 2025.")  # fmt: skip
    assert _counts(text, "2025-09-10") == [(count, "EU", 2025, verdict)]


def test_a_count_with_no_year_that_another_year_gives():
    # no year said, present tense: 2025 (22 or 23); 14 is the 2025 edition's count for 2024
    found = claims_of("count_meeting", "23 EU members are NATO allies and 14 of them spend 2%.",
                      "2025-09-01")  # fmt: skip
    assert [(c.claim.value, c.verdict) for c in found] == [(14, "unverifiable")]
    assert "2024" in found[0].explanation
