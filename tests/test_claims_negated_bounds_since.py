"""'has not topped 4% since 2010': a negated bound (at most 4%) over every year since 2010, not
over one. The verb of passing is the hedge's own word, and the negation right before it turns
it. Any year held that breaks the bound contradicts it; when none does but the years named
start before the edition's first, the claim is unverifiable (the missing years are unknown).

Values (milex.observations("share_of_gdp", "United States", years=range(2014, 2025),
edition=2024), NATO's 2024 edition of 17 June 2024): 2014 3.71, 2015 3.51, 2016 3.50, 2017
3.28, 2018 3.26, 2019 3.47, 2020 3.58, 2021 3.53, 2022 3.31, 2023 3.23, 2024 3.38.
"""

from __future__ import annotations

import pytest

import milex

_DATE = "2024-10-01"


def _checked(text: str):
    [claim] = [c for c in milex.check(text, date=_DATE).claims if c.claim.kind == "share_of_gdp"]
    return claim


def _verdict(text: str) -> str:
    return _checked(text).verdict


def test_a_bound_since_before_the_editions_years_is_unverifiable():
    assert _verdict("US defence spending has not topped 4% of GDP since 2009.") == "unverifiable"


def test_a_bound_held_in_every_year_since_is_supported():
    assert _verdict("US defence spending has not topped 4% of GDP since 2016.") == "supported"


@pytest.mark.parametrize("since", ["2016", "2009"])
def test_a_bound_broken_in_an_earlier_year_is_contradicted(since):
    # 2020: 3.58, over 3.5 (2024's 3.38 is under it)
    claim = _checked(f"US defence spending has not exceeded 3.5% of GDP since {since}.")
    assert claim.verdict == "contradicted"
    assert "2020 (3.58)" in claim.explanation


def test_a_bound_broken_in_the_latest_year_is_contradicted():
    assert _verdict("US defence spending has not exceeded 3% of GDP since 2016.") == "contradicted"
