"""The claim checker on a correction note ('an earlier version of this report said 18 allies
would reach the goal this year; the figure is 23'): the figure an earlier version gave is not
the text's claim (no verdict but unverifiable, right or wrong), and the figure given in its
place ('the figure is 23', 'the correct number is 23') is read as the same count, corrected.

Official counts are NATO's 2024 edition (17 June 2024), Table 3: 23 allies at or above 2% of
GDP in 2024, counted from `milex.observations("share_of_gdp", ally, years=[2024],
edition=2024)` for each ally; Greece 2024: 3.08.
"""

from __future__ import annotations

import milex

DAY = "2024-06-18"  # the 2024 edition is current


def claims(text: str) -> list[tuple[str, int | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.year, c.claim.value) for c in report.claims]


def test_the_withdrawn_count_gets_no_verdict_and_the_new_one_is_read():
    # 2024 edition: 23 for 2024; the 18 is what the earlier version said
    got = claims("Editor's note: a previous version of this report said 18 members would reach "
                 "the guideline this year; the correct figure is 23.")  # fmt: skip
    assert ("supported", 2024, 23.0) in got
    assert not any(v != "unverifiable" for v, _y, x in got if x == 18.0)


def test_a_wrong_corrected_count_is_contradicted():
    # 2024 edition: 23 for 2024, not 20
    got = claims("Editor's note: a previous version of this report said 18 members would reach "
                 "the guideline this year; the figure is 20.")  # fmt: skip
    assert ("contradicted", 2024, 20.0) in got


def test_a_withdrawn_share_gets_no_verdict():
    # Greece 2024: 3.08 in the 2024 edition; 3.98 was the slip the note withdraws
    got = claims("Correction: an earlier version of this story gave Greece's defence spending "
                 "as 3.98% of GDP in 2024.")  # fmt: skip
    assert not any(v == "contradicted" for v, _y, x in got if x == 3.98)
