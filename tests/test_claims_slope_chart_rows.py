"""The claim checker on a slope chart given as text: a title naming the kind of chart before
its label ('Bump chart, 2024→2025, % of GDP.') and, after it in the same paragraph, a row of
items set apart by semicolons, each two figures joined by an arrow ('Romania 2.17→2.28;
Hungary 2.13→2.06; ...'), in our own words: the title heads the row, its two years the two
columns. Official values: NATO's 2025 edition, Table 3: Romania 2.17 (2024), 2.28 (2025);
Hungary 2.13, 2.06; Croatia 1.87, 2.03; Bulgaria 1.95, 2.06."""

from __future__ import annotations

import milex

_CHART = ("Bump chart, 2024→2025, % of GDP. Romania 2.17→2.28; Hungary 2.13→2.06; "
          "Croatia 1.87→2.03; Bulgaria {start}→2.06.")  # fmt: skip


def _claims(start: str) -> list[tuple]:
    found = milex.check(_CHART.format(start=start), date="2025-09-01").claims
    return [(c.claim.subject, c.claim.value, c.claim.year, c.verdict) for c in found]


def test_a_slope_charts_rows_take_its_two_years():
    found = _claims("1.95")
    assert ("Romania", 2.17, 2024, "supported") in found
    assert ("Romania", 2.28, 2025, "supported") in found
    assert ("Hungary", 2.06, 2025, "supported") in found
    assert ("Bulgaria", 1.95, 2024, "supported") in found


def test_a_wrong_row_of_a_slope_chart_is_contradicted():
    # Bulgaria 2024 = 1.95, not 1.65
    assert ("Bulgaria", 1.65, 2024, "contradicted") in _claims("1.65")
