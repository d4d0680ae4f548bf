"""A clause opened by the bare noun of growth and a noun of forecasting ('growth forecasts of
0.8%', 'growth projections of 1.1%') after a clause on an ally's defence spending is a
forecast of the economy: no claim, not a share of GDP nor a real change of that ally's
defence spending. The defence clause beside it is judged as before.

Official values, looked up with milex.observations("share_of_gdp", "Italy", years=[2024],
edition=2024): NATO, 2024 edition (17 June 2024), Italy 2024 = 1.49% of GDP (estimate).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-01-20"


@pytest.mark.parametrize(
    "tail",
    [
        "growth forecasts of 0.7pc make that hard",
        "growth projections of 0.7% leave the Treasury little slack",
        "but growth forecasts of just 0.7pc",
    ],
)
@pytest.mark.parametrize(("share", "verdict"), [("1.49", "supported"), ("1.9", "contradicted")])
def test_growth_forecast_clause_gets_no_claim(tail, share, verdict):
    text = f"Italy put {share}pc of GDP into defence last year, NATO says; {tail}"
    checked = milex.check(text, date=DAY).checked
    assert not [c for c in checked if c.claim.value == 0.7]
    level = [c for c in checked if c.claim.value == float(share)]
    assert len(level) == 1 and level[0].claim.subject == "Italy"
    assert level[0].verdict == verdict
