"""A short follow-up question to a count of allies ('And a year earlier?', 'What about
2023?') asks the same count again for another year: its answer ('A: 18') counts the allies at
that level in that year, the year before the count's for 'a year earlier'. A count an earlier
release had estimated ('down from the 23 NATO had estimated in June 2024'), which release
unread, is left unjudged.

Values from NATO's tables, looked up with milex.observations("share_of_gdp", years=...,
edition=...) and counted at two decimals (Table 3):
- 2025 edition (28 August 2025): 30 allies at or above 2% of GDP in 2025 (30 with figures),
  18 in 2024.
- 2024 edition (17 June 2024): 10 in 2023, 23 in 2024 (estimates).
"""

from __future__ import annotations

import pytest

import milex


def _counts(text: str, date: str) -> list:
    return [(c.claim.value, c.claim.year, c.claim.threshold, c.verdict)
            for c in milex.check(text, date=date).claims if c.claim.kind == "count_meeting"]  # fmt: skip


@pytest.mark.parametrize(("said", "value", "verdict"), [("18", 18.0, "supported"),
                                                        ("21", 21.0, "contradicted")])  # fmt: skip
def test_the_answer_to_and_a_year_earlier_counts_the_year_before(said, value, verdict):
    text = (f"The summer report puts 30 allies at or above 2% of GDP for 2025.\n"
            f"Q: And a year earlier?\nA: {said}, on the same report.")  # fmt: skip
    found = _counts(text, "2025-10-20")
    assert found == [(30.0, 2025, 2.0, "supported"), (value, 2024, 2.0, verdict)], found


@pytest.mark.parametrize(("said", "value", "verdict"), [("ten", 10.0, "supported"),
                                                        ("15", 15.0, "contradicted")])  # fmt: skip
def test_the_answer_to_what_about_a_year_counts_that_year(said, value, verdict):
    text = (f"NATO's June tables show 23 allies at or above 2% of GDP in 2024.\n"
            f"Q: What about 2023?\nA: {said}.")  # fmt: skip
    found = _counts(text, "2024-07-01")
    assert found == [(23.0, 2024, 2.0, "supported"), (value, 2023, 2.0, verdict)], found


def test_a_count_an_earlier_release_had_estimated_is_left_unjudged():
    text = ("The summer report puts 30 allies at or above 2% of GDP for 2025.\n"
            "Q: And a year earlier?\nA: 18, down from the 23 NATO had estimated in June 2024.")  # fmt: skip
    found = _counts(text, "2025-10-20")
    assert found[1] == (18.0, 2024, 2.0, "supported"), found
    assert [f[3] for f in found if f[0] == 23.0] == ["unverifiable"], found
