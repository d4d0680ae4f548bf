"""A chart's row of many short items set apart by middle dots ('Italy 2.01 · Portugal 2.00 ·
Greece 2.85 · ...'), too long for one item line, is still a row of items under the header
above it: each ally takes its figure, of the header's year and measure.

Values: NATO 2025 edition (28 August 2025), share of GDP, 2025 estimates,
`milex.observations("share_of_gdp", "Greece", years=[2025], edition=2025)`: Italy 2.007,
Portugal 2.004, Greece 2.848, Netherlands 2.491, Spain 2.00.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("spain", "verdict"), [("2.00", "supported"), ("2.40", "contradicted")])
def test_a_long_row_of_dotted_items_under_a_header(spain, verdict):
    text = ("Defence spending, % of GDP (2025 estimates)\nGreece 2.85 · Netherlands 2.49 · "
            f"Italy 2.01 · Portugal 2.00 · Spain {spain} · United Kingdom 2.40")  # fmt: skip
    got = {c.claim.subject: c for c in milex.check(text, date="2025-09-05").claims}
    assert got["Greece"].verdict == got["Portugal"].verdict == "supported"
    assert (got["Spain"].claim.year, got["Spain"].verdict) == (2025, verdict)


def test_a_dotted_row_stays_apart_from_a_footnote_line_under_it():
    # Values: NATO 2025 edition, share of GDP 2025: Czechia 2.00, Slovakia 2.044, Hungary 2.057
    text = ("Share of GDP on defence, 2025 estimates²\nGreece 2.85 · Netherlands 2.49 · "
            "Hungary 2.06 · Slovakia 2.04 · Czechia 2.00\n² Source: NATO, August 2025. No "
            "figure for Germany.")  # fmt: skip
    got = {c.claim.subject: c for c in milex.check(text, date="2025-09-05").claims}
    assert got["Hungary"].verdict == got["Slovakia"].verdict == "supported"
    assert (got["Czechia"].claim.year, got["Czechia"].verdict) == (2025, "supported")
