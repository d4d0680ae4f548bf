"""'Twelve months ago' is a year back from the article's date, as 'a year ago' is.

Official values (NATO 2024 edition, 17 June 2024, `milex.counts`): 10 allies at or above 2%
of GDP in 2023, 23 in 2024.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Twelve months ago, 10 allies met the 2% target.", "supported"),
        ("12 months ago, 10 allies met the 2% target.", "supported"),
        ("Twelve months ago, 15 allies met the 2% target.", "contradicted"),
    ],
)
def test_twelve_months_ago_is_the_year_before(text, verdict):
    (count,) = milex.check(text, date="2024-12-01").claims
    assert (count.claim.year, count.verdict) == (2023, verdict)
