"""A count of allies 'falling short' when the article names no level at all: before The
Hague agreed its 3.5% (25 June 2025) the 2% of GDP was the alliance's only guideline of GDP,
so the count is of the allies below 2%; after it, which level is meant is unsaid and no count
is read.

Values from NATO's tables, looked up with milex.observations("share_of_gdp", years=[2024],
edition=2024) and counted at two decimals (Table 3): 2024 edition (17 June 2024), 8 allies
below 2% of GDP in 2024 (estimates), Canada 1.37 and Spain 1.28 among them.
"""

from __future__ import annotations

import pytest

import milex


def _counts(text: str, date: str) -> list:
    return [(c.claim.value, c.claim.year, c.claim.threshold, c.claim.comparator, c.verdict)
            for c in milex.check(text, date=date).claims if c.claim.kind == "count_meeting"]  # fmt: skip


@pytest.mark.parametrize(("said", "value", "verdict"), [("Eight", 8.0, "supported"),
                                                        ("Eleven", 11.0, "contradicted")])  # fmt: skip
def test_falling_short_of_no_named_level_before_the_hague_is_below_two_percent(
    said, value, verdict
):
    text = f"{said} members still fall short this year, Canada and Spain among them."
    found = _counts(text, "2024-06-28")
    assert found == [(value, 2024, 2.0, "<", verdict)], found
    # (after The Hague, 2% or 3.5% is unsaid: no count)
    assert _counts(text, "2025-09-15") == []
