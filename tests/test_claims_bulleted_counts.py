"""The claim checker on a bulleted summary whose first item is a count with earlier years'
counts in brackets ('* 23 of 32 allies above 2% in 2024 (2023: 10; 2014: 3)'): the item is no
title over the items after it (whose figures keep their own years), and each bracketed
number is the count of the year labelling it.

Official values in the comments, NATO 2024 edition (17 June 2024), read with
`milex.observations("share_of_gdp", ally, years=[...], edition=2024)` for every ally: allies
at or above 2%: 23 in 2024, 10 in 2023, 3 in 2014; Poland 2024 = 4.12, Spain 2024 = 1.28.
"""

from __future__ import annotations

import milex

DATE = "2024-06-18"


def claims(text: str) -> list[tuple[str, str, float, int | None]]:
    report = milex.check(text, date=DATE)
    return [(c.verdict, c.claim.kind, c.claim.value, c.claim.year) for c in report.claims]


def test_a_bulleted_count_is_no_title_over_the_items_after_it():
    text = "NATO's new figures at a glance:\n* 23 of 32 allies at 2% or more in 2024 (2014: 3)\n* Highest: Poland {}%\n* Lowest: Spain 1.28%"
    found = claims(text.format("4.12"))
    assert ("supported", "share_of_gdp", 4.12, 2024) in found
    assert ("supported", "share_of_gdp", 1.28, 2024) in found
    assert ("contradicted", "share_of_gdp", 3.12, 2024) in claims(text.format("3.12"))


def test_counts_labelled_by_years_in_brackets():
    text = "* 23 of 32 allies at 2% or more in 2024 (2023: {}; 2014: 3)"
    found = claims(text.format("10"))
    assert ("supported", "count_meeting", 10.0, 2023) in found
    assert ("supported", "count_meeting", 3.0, 2014) in found
    assert ("contradicted", "count_meeting", 14.0, 2023) in claims(text.format("14"))
