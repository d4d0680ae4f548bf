"""A year that modifies the noun of a measured level ("Estonia's 2025 share", 'its 2025
ratio') is the figure's year, even when 'now' follows: 'now' dates the reading of the
figure (a revision in the latest tables), not the figure.

Official values (NATO 2026 edition, 7 July 2026, core defence expenditure,
`milex.observations("share_of_gdp", ally, years=[2025, 2026], edition=2026)`): Estonia 2025
3.93%, 2026 5.10%; Lithuania 2025 4.03%, 2026 5.33%.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2026-07-10"


@pytest.mark.parametrize(
    "text, value, verdict",
    [
        ("Estonia's 2025 share is now 3.93% of GDP on the core basis.", 3.93, "supported"),
        ("Estonia's 2025 share is now 3.63% of GDP on the core basis.", 3.63, "contradicted"),
        ("Lithuania's 2025 ratio is now 4.03% of GDP in NATO's new tables.", 4.03, "supported"),
        ("Lithuania's 2025 ratio is now 4.3% of GDP in NATO's new tables.", 4.3, "contradicted"),
    ],
)
def test_the_year_before_the_measure_noun_dates_the_figure(
    text: str, value: float, verdict: str
) -> None:
    claims = [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]
    assert [(c.claim.year, c.verdict) for c in claims] == [(2025, verdict)]


def test_now_without_a_year_of_the_figure_still_dates_it_to_this_year() -> None:
    # "now" with no year of the figure: this year's (2026: 5.10)
    claims = milex.check("Estonia now spends 5.1% of GDP on core defence.", date=DAY).claims
    assert [(c.claim.year, c.verdict) for c in claims if c.claim.value == 5.1] == [
        (2026, "supported")
    ]
