"""Broadcast scripts say years and figures in words: a year hyphenated into one word
('twenty-fourteen', 'twenty-twenty-three') is that year; and in a speaker's turn a whole
number in words right after an ally's name and 'at' or 'on' ('France at just over two',
'Lithuania is on four'), after a share said with its unit, is a share of GDP too.

Official values, looked up with milex.observations:
- NATO 2024 edition (17 June 2024): allies at or above 2% of GDP in 2014: 3 (of 28); France
  2024 = 2.06, Spain 2024 = 1.28 (share_of_gdp, estimates).
- NATO 2025 edition (28 August 2025): Lithuania 2025 = 4.00, Italy 2025 = 2.01.
"""

from __future__ import annotations

import milex


def _got(text: str, day: str) -> list[tuple[float, str, str | None, int | None, str]]:
    return [(c.claim.value, c.claim.kind, c.claim.subject, c.claim.year, c.verdict)
            for c in milex.check(text, date=day).checked]  # fmt: skip


def test_hyphenated_spoken_year_dates_a_count():
    got = _got(
        "HOST: How many allies met two per cent in twenty-fourteen? GUEST: In "
        "twenty-fourteen, three allies met the two per cent goal.",
        "2024-06-20",
    )
    assert (3.0, "count_meeting", "NATO", 2014, "supported") in got


def test_hyphenated_spoken_year_with_a_wrong_count_is_contradicted():
    got = _got(
        "Back in twenty-fourteen only five allies reached two per cent of GDP.", "2024-06-20"
    )
    assert (5.0, "count_meeting", "NATO", 2014, "contradicted") in got


def test_whole_number_in_words_after_an_ally_and_at_in_a_turn():
    got = _got(
        "REPORTER: Spain is at 1.3 per cent this year; France at just over two.", "2024-07-12"
    )
    assert (2.0, "share_of_gdp", "France", 2024, "supported") in got


def test_whole_number_in_words_after_is_on_in_the_next_sentence():
    got = _got(
        "REPORTER: Italy is on two per cent this year. Lithuania is on four, the "
        "most in the region.",
        "2025-09-01",
    )
    assert (4.0, "share_of_gdp", "Lithuania", 2025, "supported") in got


def test_wrong_whole_number_in_words_is_contradicted():
    # Spain 2024 = 1.28: 'just over two' is wrong
    got = _got(
        "REPORTER: France is at 2.1 per cent this year; Spain at just over two.", "2024-07-12"
    )
    assert (2.0, "share_of_gdp", "Spain", 2024, "contradicted") in got
