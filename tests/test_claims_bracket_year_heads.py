"""A year that opens a bracket holding its own figure ('France 2.06% of GDP (2023: 1.96%)')
dates that figure only; the figure before the bracket keeps the year it has without it.

Official values (NATO 2024 edition, 17 June 2024, `milex.observations("share_of_gdp",
"France", years=[2023, 2024], edition=2024)`): France 2023 1.96%, 2024 2.06% of GDP.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-07-01"


def _by_value(text: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=DAY).claims}


@pytest.mark.parametrize(
    "text",
    [
        "France 2.06% of GDP (2023: 1.96%).",
        "France spends 2.06% of GDP (in 2023, 1.96%).",
    ],
)
def test_bracket_year_binds_only_its_own_figure(text):
    claims = _by_value(text)
    assert (claims[2.06].verdict, claims[2.06].claim.year) == ("supported", 2024)
    assert (claims[1.96].verdict, claims[1.96].claim.year) == ("supported", 2023)


def test_wrong_figure_before_the_bracket_is_contradicted_for_its_own_year():
    claims = _by_value("France 2.46% of GDP (2023: 1.96%).")
    assert (claims[2.46].verdict, claims[2.46].claim.year) == ("contradicted", 2024)
