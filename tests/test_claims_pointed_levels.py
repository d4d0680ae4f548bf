"""A bare count of allies whose level is only pointed at ('three are already there', '23
already meet it'): the guideline the sentence before named, whether as a commitment ('Allies
pledged 2% of GDP') or in a question about the allies ('How close are the allies to 3.5%?').
Words that put the number anywhere else ('three are already in service') are no count.

Values from NATO's tables, looked up with milex.observations("share_of_gdp", years=...,
edition=...) and counted at two decimals (Table 3):
- 2025 edition (28 August 2025): 3 allies at or above 3.5% of GDP in 2025 (estimates; 30 of
  the 32 with figures).
- 2024 edition (17 June 2024): 23 allies at or above 2% of GDP in 2024 (estimates).
"""

from __future__ import annotations

import pytest

import milex


def _counts(text: str, date: str) -> list:
    return [(c.claim.value, c.claim.year, c.claim.threshold, c.verdict)
            for c in milex.check(text, date=date).claims if c.claim.kind == "count_meeting"]  # fmt: skip


@pytest.mark.parametrize(("said", "value", "verdict"), [("three", 3.0, "supported"),
                                                        ("six", 6.0, "contradicted")])  # fmt: skip
def test_there_after_a_question_about_the_allies_is_its_level(said, value, verdict):
    text = (f"How close are the allies to 3.5% of GDP? On this year's estimates, {said} are "
            f"already there.")  # fmt: skip
    found = _counts(text, "2025-11-02")
    assert found == [(value, 2025, 3.5, verdict)], found


@pytest.mark.parametrize(("said", "value", "verdict"), [("23", 23.0, "supported"),
                                                        ("20", 20.0, "contradicted")])  # fmt: skip
def test_it_after_a_pledge_is_the_pledged_level(said, value, verdict):
    text = (f"At Wales the allies pledged to spend 2% of GDP on defence. This year, {said} "
            f"already meet it.")  # fmt: skip
    found = _counts(text, "2024-07-01")
    assert found == [(value, 2024, 2.0, verdict)], found
    # (a number put somewhere else is no count: "three are already in service")
    other = _counts("At Wales the allies pledged to spend 2% of GDP on defence. This year, "
                    "three are already in service.", "2024-07-01")  # fmt: skip
    assert other == [], other


@pytest.mark.parametrize(("said", "value", "verdict"), [("23", 23.0, "supported"),
                                                        ("27", 27.0, "contradicted")])  # fmt: skip
def test_get_there_points_to_the_level_named_before_it_in_its_sentence(said, value, verdict):
    text = (f"The number of allies devoting at least 2% of GDP to defence grew from three in 2014 to ten in "
            f"2023, and {said} are projected to get there this year.")  # fmt: skip
    found = _counts(text, "2024-08-01")
    assert found == [
        (3.0, 2014, 2.0, "supported"),
        (10.0, 2023, 2.0, "supported"),
        (value, 2024, 2.0, verdict),
    ], found
