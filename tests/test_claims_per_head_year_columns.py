"""A title naming sums per head in US dollars at constant prices ('Military spending per
head (constant 2015 USD)') over a row of years ('Country  2014  2024e') heads a table of sums
per head, one column a year, at those prices: 'constant 2015' names the prices, not a year
of the figures.

Values: NATO 2024 edition (17 June 2024), spending per head at constant 2015 USD,
`milex.observations("spending_per_capita_usd_constant", "Norway", years=[2014, 2024],
edition=2024)`: Norway 2014 1,141.69, 2024 1,754.14; Netherlands 2014 512.91, 2024 1,030.16.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-09-01"


@pytest.mark.parametrize(("dutch", "verdict"), [("1,030", "supported"), ("1,300", "contradicted")])
def test_sums_per_head_in_year_columns_under_a_priced_title(dutch, verdict):
    text = ("Military spending per head (constant 2015 USD)\nCountry   2014   2024e\n"
            f"Norway   1,142   1,754\nNetherlands   513   {dutch}\nSource: NATO.")  # fmt: skip
    got = {(c.claim.subject, c.claim.year): c for c in milex.check(text, date=DAY).claims}
    assert got[("Norway", 2014)].verdict == got[("Norway", 2024)].verdict == "supported"
    assert got[("Norway", 2024)].claim.measure == "spending_per_capita_usd_constant"
    assert got[("Netherlands", 2014)].verdict == "supported"
    assert got[("Netherlands", 2024)].verdict == verdict
