"""A year said in words, as transcripts write it ('twenty nineteen', 'two thousand and
nineteen', 'twenty twenty-four'), dates a figure as '2019' would.

Official values (`milex.counts`, NATO 2024 edition, 17 June 2024): 7 allies at or above 2%
of GDP in 2019, 3 in 2014, 23 in 2024.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(
    "text, year, verdict",
    [
        ("Back in twenty nineteen, only seven allies met the two percent target.", 2019,
         "supported"),
        ("Back in twenty nineteen, only twelve allies met the two percent target.", 2019,
         "contradicted"),
        ("In two thousand and fourteen, just three allies met the two percent target.", 2014,
         "supported"),
        ("In twenty twenty-four, twenty-three allies met the two percent target.", 2024,
         "supported"),
    ],
)  # fmt: skip
def test_a_year_in_words_dates_the_count(text, year, verdict):
    (count,) = milex.check(text, date="2025-03-01").claims
    assert (count.claim.year, count.verdict) == (year, verdict)


def test_twenty_before_a_noun_is_a_number_not_a_year():
    (count,) = milex.check("Twenty allies met the 2% target in 2023.", date="2025-03-01").claims
    assert count.claim.value == 20 and count.claim.year == 2023
