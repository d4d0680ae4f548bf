"""A count restated under a year's label with its noun and level left out ('2018: 6 allies
at 2%. 2023: 10.'): the second line counts the same allies in its own year.

Official values: NATO, Defence Expenditure of NATO Countries, 2024 edition (17 June 2024),
milex.counts("2pct", edition=2024): allies at or above 2% of GDP: 6 in 2018, 10 in 2023.
"""

from __future__ import annotations

import milex

DAY = "2024-06-22"


def _counts(text: str) -> list[tuple[float, int | None, float | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.year, c.claim.threshold, c.verdict) for c in report.checked
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_count_restated_under_a_year_label():
    assert _counts("In 2018: 6 allies at 2%. In 2023: 10.") == [
        (6.0, 2018, 2.0, "supported"),
        (10.0, 2023, 2.0, "supported"),
    ]


def test_wrong_count_under_a_year_label_is_contradicted():
    assert _counts("2018: 6 allies at 2%. 2023: 14.") == [
        (6.0, 2018, 2.0, "supported"),
        (14.0, 2023, 2.0, "contradicted"),
    ]
