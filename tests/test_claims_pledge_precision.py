"""A level written to more decimals than an ally's own pledge ('the UK (2.50%)' beside the
pledge of 2.5%) is a table's figure, not the pledge restated: it is judged, while the
pledge's own value ('Britain (2.5%)') still abstains as possibly the commitment.

Official values, looked up with `milex.observations("share_of_gdp", "United Kingdom",
years=[2025], edition=2025)`: NATO 2025 edition (28 August 2025): United Kingdom 2025 2.40.
UK pledge (25 Feb 2025): 2.5% of GDP from April 2027.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-10-10"


def _uk(text: str):
    return next(
        c for c in milex.check(text, date=DAY).claims if c.claim.subject == "United Kingdom"
    )


@pytest.mark.parametrize(("level", "verdict"), [("2.40", "supported"), ("2.50", "contradicted")])
def test_two_decimal_level_is_not_the_pledge(level, verdict):
    got = _uk(f"Among the big European allies, Britain ({level}%) stays ahead of France this year.")
    assert (got.claim.year, got.verdict) == (2025, verdict)


def test_the_pledges_own_value_still_abstains():
    got = _uk("Among the big European allies, Britain (2.5%) stays ahead of France this year.")
    assert got.verdict == "unverifiable"
