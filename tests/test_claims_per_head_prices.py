"""A sum per head with no prices named ('Poland spends $926 per person') is read at NATO's
constant prices (Table 6) and at current prices, which NATO does not print: its current
spending (Table 2) over the population Table 6 implies. Right in one reading, it is
supported in that one; right in none, it stays unverifiable (constant prices of a base year
the text leaves unsaid could still agree).

Official values (NATO 2024 edition, 17 June 2024, Poland 2024 estimates): spending USD
34,974.5 m at current prices and USD 26,838.5 m at constant 2015 prices (Table 2), USD 710.82
a head at constant 2015 prices (Table 6): at current prices 34,974.5 x 710.82 / 26,838.5 =
USD 926.3 a head.
"""

from __future__ import annotations

import pytest

import milex
from milex.claims import evidence


def test_the_current_price_figure_per_head_is_derived_from_the_tables():
    derived = evidence.nato_per_head_current(2024, "POL", 2024)
    assert derived is not None and derived.value == pytest.approx(
        34974.5 * 710.82 / 26838.5, rel=1e-4
    )


@pytest.mark.parametrize(
    "text, verdict, reading",
    [
        ("Poland spends $926 per person on defence.", "supported", "at current prices"),
        ("Poland spends $711 per person on defence.", "supported", "at constant prices"),
        ("Poland spends $811 per person on defence.", "unverifiable", None),
    ],
)
def test_a_sum_per_head_with_no_prices_is_read_at_both(text, verdict, reading):
    (check,) = milex.check(text, date="2024-06-27").claims
    assert check.verdict == verdict
    if reading:
        assert f"read {reading}" in check.explanation
