"""A change 'from X to Y' that names no time of its own, right after a sentence comparing one
subject at two times with figures of the same form, compares the same two times: X is of the
earlier year, Y of the later ("Estonia's went from 1.93% in 2014 to 3.43% this year. Latvia's
went from 0.94% to 3.15%."). Without such a sentence before (or with two subjects there, or a
change still to come), the starting point keeps no year.

Official values (NATO 2024 edition, 17 June 2024):
- `milex.observations("share_of_gdp", A, years=[2014, 2024], edition=2024)`: Estonia 1.93 and
  3.43, Latvia 0.94 and 3.15, Norway 1.54 and 2.20, Romania 1.35 and 2.25 (% of GDP).
- `milex.observations("spending_usd_current", A, years=[2014, 2024], edition=2024)`: Norway
  USD 7,722 m and 10,606 m, Denmark USD 4,057 m and 9,940 m.
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"


def _at(text: str, value: float) -> list:
    return [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]


PAIR = "Estonia's defence budget went from 1.93% of GDP in 2014 to 3.43% this year. "


def test_parallel_change_takes_both_times():
    text = PAIR + "Latvia's went from 0.94% to 3.15%."
    (start,) = _at(text, 0.94)
    assert (start.claim.subject, start.claim.year, start.verdict) == ("Latvia", 2014, "supported")
    (end,) = _at(text, 3.15)
    assert (end.claim.subject, end.claim.year, end.verdict) == ("Latvia", 2024, "supported")


def test_parallel_change_wrong_start_is_contradicted():
    (start,) = _at(PAIR + "Latvia's went from 1.94% to 3.15%.", 1.94)
    assert start.claim.year == 2014
    assert start.verdict == "contradicted"  # 0.94 in 2014


def test_times_of_two_sentences_before():
    text = (
        "In 2014 Norway spent 1.54% of GDP on defence. This year: 2.20%. "
        "Romania, for its part, went from 1.35% to 2.25%."
    )
    (start,) = _at(text, 1.35)
    assert (start.claim.subject, start.claim.year, start.verdict) == ("Romania", 2014, "supported")
    (wrong,) = _at(text.replace("1.35%", "1.75%"), 1.75)
    assert (wrong.claim.year, wrong.verdict) == (2014, "contradicted")  # 1.35 in 2014


def test_parallel_change_of_sums():
    text = (
        "Norway's spending rose from $7.7 billion in 2014 to $10.6 billion this year. "
        "Denmark's went from $4.1 billion to $9.9 billion."
    )
    (start,) = _at(text, 4.1)
    assert (start.claim.subject, start.claim.year, start.verdict) == ("Denmark", 2014, "supported")


def test_only_a_pair_of_one_subject_and_a_past_change_carry_times():
    # the same change after figures of two subjects at two past years (Lithuania 2015: 1.14),
    # or planned, keeps no start year ...
    text = (
        "Estonia spent 1.93% of GDP in 2014, Lithuania 1.14% in 2015 and Latvia 3.15% this "
        "year. Romania's went from 1.35% to 2.25%."
    )
    (start,) = _at(text, 1.35)
    assert (start.claim.year, start.verdict) == (None, "unverifiable")
    (planned,) = _at(PAIR + "Latvia plans to go from 3.15% to 4%.", 3.15)
    assert planned.claim.year != 2014
    # ... after one subject's two times, it has them
    (start,) = _at(PAIR + "Romania's went from 1.35% to 2.25%.", 1.35)
    assert (start.claim.year, start.verdict) == (2014, "supported")
