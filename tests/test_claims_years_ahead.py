"""A figure said of the years ahead ('expected to stay above 2% in the years to come', 'in the
coming years the country will spend 4.7%') is a forecast: no measured value can support or
contradict it. A figure of the same sentence measured now, before a new clause or beside the
forecast, is still judged.

Official values, looked up with `milex.observations("share_of_gdp", ..., edition=2024)`:
NATO 2024 edition (17 June 2024), 2024 estimates: Türkiye 2.09, Poland 4.12, Italy 1.49.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-06-20"


def verdicts(text: str) -> dict[float, str]:
    return {c.claim.value: c.verdict for c in milex.check(text, date=DAY).claims}


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ankara is expected to keep its spending above the 2 percent line in the years to come.",
         2.0),
        ("Over the next few years, Poland will put 4.7% of GDP into its armed forces.", 4.7),
        ("Italy says it will stay under 1% in coming years.", 1.0),  # (wrong today: 1.49)
    ],
)  # fmt: skip
def test_a_figure_of_the_years_ahead_is_a_forecast(text, value):
    assert verdicts(text)[value] == "unverifiable"


@pytest.mark.parametrize(
    "text, value, verdict",
    [
        ("Türkiye spends 2.09% of GDP and will stay above 2% in the future.", 2.09, "supported"),
        ("Türkiye spends 2.5% of GDP and will stay above 2% in the future.", 2.5, "contradicted"),
        ("Poland, at 4.12% of GDP, plans to hold above 4% in the years ahead.", 4.12, "supported"),
        ("Poland, at 3.1% of GDP, plans to hold above 4% in the years ahead.", 3.1, "contradicted"),
    ],
)
def test_a_figure_measured_now_beside_a_forecast_is_judged(text, value, verdict):
    found = verdicts(text)
    assert found[value] == verdict
    assert all(v == "unverifiable" for k, v in found.items() if k != value)
