"""A bound said of every ally but one named one ('all allies other than the United States
spent under $80 billion', 'all members apart from Poland put less than 3.5% of GDP into
defence') is judged ally by ally in the edition current at the date: supported when each of
the rest is within the bound, contradicted when one is not. It is neither a group the text does
not name nor a count of all 32 at the level. And a starting level whose time is said in words
that name no year ('from 1.7% at the start of the war to 2.3%') is a starting point with no
year, not a figure of the end point's year.

Values (looked up with milex.observations):
- NATO 2024 edition (17 June 2024), USD current prices, 2023: United Kingdom 76,939 m,
  Germany 73,138 m, France 59,379 m (the largest after the United States, 875,603 m).
- NATO 2024 edition, share of GDP 2024: Poland 4.12, Estonia 3.43, United States 3.38,
  Latvia 3.15, Greece 3.08.
- NATO 2025 edition (28 August 2025), Romania share of GDP: 2021 1.85, 2022 1.75, 2025 2.28.
"""

from __future__ import annotations

import milex


def _of(text: str, value: float, date: str) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


def test_money_bound_over_all_allies_but_one():
    text = "In 2023 all allies other than the United States spent under 80 billion dollars."
    found = _of(text, 80.0, "2024-10-01")
    assert len(found) == 1
    assert found[0].verdict == "supported"  # the UK's 76.9 bn is the largest of the rest
    wrong = _of(text.replace("80 billion", "75 billion"), 75.0, "2024-10-01")
    assert len(wrong) == 1
    assert wrong[0].verdict == "contradicted"  # the UK (76.9 bn) is above 75 bn


def test_share_bound_over_all_members_apart_from_one():
    text = "All members apart from Poland devoted less than 3.5% of GDP to defence in 2024."
    found = _of(text, 3.5, "2024-10-01")
    assert len(found) == 1
    assert found[0].verdict == "supported"  # Estonia's 3.43 is the highest of the rest
    wrong = _of(text.replace("3.5%", "3.4%"), 3.4, "2024-10-01")
    assert len(wrong) == 1
    assert wrong[0].verdict == "contradicted"  # Estonia (3.43) is not below 3.4


def test_start_dated_in_words_is_not_the_end_year():
    text = "Romania's share of GDP went from 1.7% at the start of the war to 2.3%."
    start = _of(text, 1.7, "2025-11-15")
    assert len(start) == 1
    # not read as 2025 (2.28, which would make it wrong): the start's year is unsaid
    assert start[0].verdict == "unverifiable"
    assert start[0].claim.year != 2025
    end = _of(text, 2.3, "2025-11-15")
    assert len(end) == 1 and end[0].verdict == "supported"
    # a wrong end point in the same structure is still wrong
    bad = _of(text.replace("2.3%", "2.6%"), 2.6, "2025-11-15")
    assert len(bad) == 1 and bad[0].verdict == "contradicted"
