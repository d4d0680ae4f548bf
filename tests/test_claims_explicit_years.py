"""An explicit year expression beats the default year: a figure leading its line, with a dash
and then its caption ('2.1% - UK defence spending as a share of GDP in 2016'), takes the
caption's year (not the year of the bulletin's date); 'on 2017 figures' dates a count as 'in
2017' does (not a base of comparison, as 'up 13% on 2023' is); and 'NATO's most recent
figures' names NATO as the source, not the other body a sentence before named.

Official values (milex.observations / milex.counts): NATO 2019 edition (25 June 2019):
United Kingdom share of GDP 2016 = 2.11, 2015 = 2.05; allies at or above 2% in 2017: 4 (of
29, 28 with figures). NATO 2024 edition (17 June 2024): United States 2024 = 3.38.
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, day: str) -> list[tuple[float, str, int | None, str]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict, c.claim.year, c.claim.source) for c in report.claims]


@pytest.mark.parametrize("uk, verdict", [("2.1", "supported"), ("2.4", "contradicted")])
def test_a_leading_figure_takes_its_captions_year(uk, verdict):
    line = f"{uk}% - UK defence spending as a share of GDP in 2016."
    assert judged(line, "2019-07-18") == [(float(uk), verdict, 2016, "NATO")]
    bulletin = (
        "Defence bulletin of the ministry (updated July 2019):\n"
        f"- {uk}% - UK defence spending as a share of GDP in 2016, more than in 2015."
    )
    assert judged(bulletin, "2019-07-18") == [(float(uk), verdict, 2016, "NATO")]


@pytest.mark.parametrize("count, verdict", [("four", "supported"), ("six", "contradicted")])
def test_on_a_years_figures_dates_the_count(count, verdict):
    text = f"Only {count} allies met the 2% level on 2017 figures."
    value = {"four": 4.0, "six": 6.0}[count]
    assert judged(text, "2019-07-03") == [(value, verdict, 2017, "NATO")]


@pytest.mark.parametrize("us, verdict", [("3.38", "supported"), ("3.9", "contradicted")])
def test_natos_most_recent_figures_are_natos(us, verdict):
    text = (
        "The European Defence Agency expects EU spending to rise 10% this year. NATO's most "
        f"recent figures put the United States at {us}% of GDP."
    )
    assert judged(text, "2025-06-20")[-1] == (float(us), verdict, 2024, "NATO")
