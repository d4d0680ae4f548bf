"""'N% more than in (fiscal) YEAR', 'N% more on defence than in YEAR': a figure set against an
earlier year is a change since that year, not a share of GDP, whatever the year's label
('fiscal', 'FY') or the words of what the more was spent on between 'more' and 'than'.

Values (looked up with milex.observations), NATO 2025 edition (28 August 2025): United States
share of GDP 2025 3.22 (estimate), 2024 3.21 (estimate); real change 2025 2.73 (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon's outlays in fiscal 2025 came to $900 billion, 40% of discretionary "
        "spending and 3% more than in fiscal 2024.",
        "In 2025 America spent 3% more on its military than in 2024, the budget office said.",
        "In FY 2025 America's defence outlays were 3% more than in FY 2024.",
    ],
)
def test_a_percentage_more_than_in_an_earlier_year_is_a_change(text):
    found = _of(text, "2026-01-20", 3.0)
    assert len(found) == 1 and found[0].claim.subject == "United States"
    assert found[0].claim.kind != "share_of_gdp" and found[0].verdict != "contradicted"
    assert found[0].claim.year == 2025


def test_more_than_another_ally_is_no_change_since_a_year():
    found = _of("In 2025 America spent 3% more on its military than Germany did in 2024.",
                "2026-01-20", 3.0)  # fmt: skip
    assert all(c.claim.kind != "real_change" for c in found)


def test_the_share_of_gdp_of_the_same_year_is_still_judged():
    found = _of("In fiscal 2025 America spent 2% of GDP on its military.", "2026-01-20", 2.0)
    assert len(found) == 1 and found[0].claim.kind == "share_of_gdp"
    assert found[0].claim.year == 2025 and found[0].verdict == "contradicted"
