"""A level followed by ', from' and an earlier level ('2.77% in 2025, from 2.40%') is a change:
the figure after 'from' is where it started, not the end point's year. When the end point is
dated by a stated year, the start is the year before (as for ', up from'); in a run of such
bracketed pairs, a pair that names no time compares the same two years as the dated pair
before it, provided its own end point was read as of that year too.

Official values (NATO, Defence Expenditure of NATO Countries, 2025 edition, 28 August 2025),
looked up with milex.observations("share_of_gdp", <ally>, years=[2024, 2025], edition=2025):
Finland 2024 2.40, 2025 2.77; Sweden 2024 2.31, 2025 2.51; Denmark 2024 2.27, 2025 3.22.
"""

from __future__ import annotations

import milex

DAY = "2025-09-15"  # the 2025 edition is current


def _verdicts(text: str, day: str = DAY) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked]


def test_comma_from_after_a_dated_level_is_the_year_before():
    got = _verdicts("Helsinki put 2.77% of GDP into defence in 2025, from 2.40%.")
    assert (2.77, "Finland", 2025, "supported") in got
    assert (2.4, "Finland", 2024, "supported") in got


def test_wrong_start_after_comma_from_is_contradicted_for_the_year_before():
    # 2.04 is not Finland's 2024 share (2.40); it was once read as a 2025 figure
    got = _verdicts("Helsinki put 2.77% of GDP into defence in 2025, from 2.04%.")
    assert (2.04, "Finland", 2024, "contradicted") in got
    assert not [v for v in got if v[0] == 2.04 and v[2] == 2025]


def test_bracketed_pairs_after_a_dated_one_share_its_two_years():
    got = _verdicts(
        "Up north the numbers keep rising: Denmark (3.22% in 2025, up from 2.27%), "
        "Sweden (2.51%, from 2.31%) and Finland (2.77%, from 2.40%)."
    )
    assert (2.31, "Sweden", 2024, "supported") in got
    assert (2.4, "Finland", 2024, "supported") in got


def test_wrong_start_in_a_run_of_bracketed_pairs_is_contradicted():
    # Finland's 2024 share is 2.40, not 2.04; before, 2.04 was judged against 2025 (2.77)
    got = _verdicts(
        "Up north the numbers keep rising: Denmark (3.22% in 2025, up from 2.27%), "
        "Sweden (2.51%, from 2.31%) and Finland (2.77%, from 2.04%)."
    )
    assert (2.04, "Finland", 2024, "contradicted") in got
    assert not [v for v in got if v[0] == 2.04 and v[2] == 2025]


def test_undated_run_of_pairs_leaves_the_start_unread():
    # no pair names a year: the start may be any earlier year, so no verdict on it
    got = _verdicts("Up north: Sweden (2.51%, from 2.31%) and Finland (2.77%, from 2.04%).")
    assert not [v for v in got if v[0] == 2.04 and v[3] == "contradicted"]
