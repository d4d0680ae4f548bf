"""A year that heads the noun of a figure ("Poland's 2024 share", "the 2024 figure", 'its
2025 ratio') dates that figure even when 'now' follows ("Poland's 2024 share is now 3.79%"):
'now' says the figure as the latest tables have it (a revision), not that it is this year's.
A year set off on its own ('Greece, which spent 2.2% in 2014, now reaches 2.85%') is still
reset by 'now', and 'now' with no year of the figure dates it to this year.

Official values (NATO 2025 edition, 28 August 2025, `milex.observations("share_of_gdp", A,
years=[2024, 2025], edition=2025)`): Poland 2024 3.79, 2025 4.48; Greece 2025 2.85 (% of
GDP). NATO 2026 edition, 7 July 2026, core defence expenditure (`milex.observations(
"share_of_gdp", ally, years=[2025, 2026], edition=2026)`): Estonia 2025 3.93%, 2026 5.10%;
Lithuania 2025 4.03%, 2026 5.33%.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-09-10"
DAY_2026 = "2026-07-10"


def _at(text: str, value: float, date: str = DAY) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(
    "text",
    [
        "Poland's 2024 share is now {v}% of GDP.",
        "Poland's 2024 share of GDP, after the revision, is now {v}%.",
        "The revised tables matter: Poland's 2024 figure is now {v}% of GDP.",
    ],
)
def test_year_of_the_noun_survives_now(text):
    (right,) = _at(text.format(v="3.79"), 3.79)
    assert (right.claim.subject, right.claim.year, right.verdict) == ("Poland", 2024, "supported")
    (wrong,) = _at(text.format(v="4.48"), 4.48)  # 2025's value, said of 2024
    assert (wrong.claim.year, wrong.verdict) == (2024, "contradicted")
    # (a year set off on its own is still reset by 'now')
    (reset,) = _at("Greece, which spent 2.2% in 2014, now reaches 2.85%.", 2.85)
    assert (reset.claim.year, reset.verdict) == (2025, "supported")


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
    claims = _at(text, value, DAY_2026)
    assert [(c.claim.year, c.verdict) for c in claims] == [(2025, verdict)]


def test_now_without_a_year_of_the_figure_still_dates_it_to_this_year() -> None:
    # "now" with no year of the figure: this year's (2026: 5.10)
    claims = _at("Estonia now spends 5.1% of GDP on core defence.", 5.1, DAY_2026)
    assert [(c.claim.year, c.verdict) for c in claims] == [(2026, "supported")]
