"""The claim checker on a sum at constant prices with no base year, given as NATO's own
table's ('..., NATO's tables in constant dollars show'): NATO's
table at the date has one base year (2015 prices in the 2024 edition), so the figure is read
at it, and a figure that disagrees is wrong, not merely at some other base. With no table of
NATO's named, a disagreeing figure stays unverifiable (another base year could give it).

Official values in the comments are NATO's Table 6 in the 2024 edition (17 June 2024), read
with `milex.observations("spending_per_capita_usd_constant", "Canada", years=[2024],
edition=2024)`: Canada 2024, USD 608.54 a head at constant 2015 prices.
"""

from __future__ import annotations

import milex

DAY = "2024-07-02"  # the 2024 edition is current


def amounts(text: str) -> list[tuple[str, str | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.subject, c.claim.value) for c in report.claims
            if c.claim.kind == "spending_amount"]  # fmt: skip


def test_a_wrong_figure_from_natos_table_is_contradicted():
    # 608.54, not about 710
    got = amounts("Canadians spend about $710 each on their armed forces a year, NATO's tables "
                  "in constant dollars show.")  # fmt: skip
    assert ("contradicted", "Canada", 710.0) in got


def test_a_right_figure_from_natos_table_is_supported():
    # 608.54: about 610
    got = amounts("Canadians spend about $610 each on their armed forces a year, NATO's tables "
                  "in constant dollars show.")  # fmt: skip
    assert ("supported", "Canada", 610.0) in got


def test_without_natos_table_the_base_year_stays_open():
    got = amounts("In constant dollars, Canadians spend about $710 each on their armed forces "
                  "a year.")  # fmt: skip
    assert ("contradicted", "Canada", 710.0) not in got
