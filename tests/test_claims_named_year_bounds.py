"""The year 'that year' points back to is the year written last before it, even when a figure
of another year came before that year ('not above 1.5% since 2014, a trough of 1.01% that
year': 2014); and a level negated ('has not once reached even 1.5%', 'never hit 1.3%') is a
bound: every year below it.

Values (looked up with milex.observations), NATO 2024 edition (17 June 2024), Canada share of
GDP: 2014 1.01, 2017 1.44, 2020 1.41, 2024 1.37 (estimate); the highest since 2014 is 1.44.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(("trough", "verdict"), [("1.01", "supported"), ("1.21", "contradicted")])
def test_that_year_is_the_year_named_last_before_it(trough, verdict):
    found = _of(f"By NATO's count Canada has never once hit 1.5% of GDP since 2014, with a trough "
                f"of {trough}% that year and a peak of 1.44% in 2017.", "2024-07-15",
                float(trough))  # fmt: skip
    assert len(found) == 1 and found[0].claim.year == 2014
    assert found[0].verdict == verdict


@pytest.mark.parametrize(("level", "verdict"), [("1.5", "supported"), ("1.4", "contradicted")])
def test_a_level_not_once_reached_since_a_year_bounds_every_year(level, verdict):
    found = _of(f"Ottawa has not once reached even {level}% of GDP since 2014, NATO's tables "
                "show.", "2024-07-15", float(level))  # fmt: skip
    assert len(found) == 1 and found[0].claim.hedge == "less_than"
    assert found[0].verdict == verdict


@pytest.mark.parametrize(("level", "verdict"), [("1.5", "supported"), ("1.3", "contradicted")])
def test_a_level_never_hit_is_a_bound(level, verdict):
    found = _of(f"Canada's defence effort has never hit {level}% of GDP, NATO's tables show.",
                "2024-07-15", float(level))  # fmt: skip
    assert len(found) == 1 and found[0].claim.hedge == "less_than"
    assert found[0].verdict == verdict
