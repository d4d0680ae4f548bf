"""Figures told as revised between releases keep the year they are of. An aside that restates
the figure before it as revised ('up from 4.12% in 2024 - a figure since revised to 3.79%')
gives the revised figure that figure's year, judged on the latest release; and the starting
point of one year's figure that moved between releases ("Poland's 2024 figure went from 4.12%
to 3.79%") is of that year too, though left unjudged, as the release it comes from is not
said.

Values: share of GDP, Poland, `milex.observations("share_of_gdp", "Poland", years=[2024,
2025], edition=2025)`: NATO 2024 edition (17 June 2024): 2024 4.12; NATO 2025 edition (28
August 2025): 2024 3.79, 2025 4.48.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-10-20"


def _claims(text: str) -> dict[float, tuple[int | None, str]]:
    return {c.claim.value: (c.claim.year, c.verdict) for c in milex.check(text, date=DAY).claims}


@pytest.mark.parametrize(("revised", "verdict"), [("3.79", "supported"), ("3.99", "contradicted")])
def test_a_figure_since_revised_is_of_the_year_before_it(revised, verdict):
    got = _claims("Poland spent 4.48% of GDP in 2025, on NATO's estimates, up from 4.12% in "
                  f"2024 - a figure since revised to {revised}%.")  # fmt: skip
    assert got[4.48] == (2025, "supported")
    assert got[float(revised)] == (2024, verdict)


def test_the_start_of_one_years_figure_moved_between_releases_is_of_that_year():
    got = _claims("Poland's 2024 figure went from 4.12% to 3.79% between the two releases.")
    assert got[4.12] == (2024, "unverifiable")
    assert got[3.79] == (2024, "supported")
