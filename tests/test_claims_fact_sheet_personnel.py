"""A fact sheet's line that puts the figure first and its label after a dash ("216,100 -
military personnel") counts personnel as "216,100 military personnel" does; "regular" before
the noun is one of its adjectives, as "active" is.

Official values (NATO, Table 7, military personnel, thousands, estimates): 2024 edition (17
June 2024) United Kingdom 2024 138.097 (O52), Poland 2024 216.081 (O44); 2025 edition (28
August 2025) Canada 2025 77.054.
"""

from __future__ import annotations

import milex
from milex.claims.model import Checked


def _personnel(text: str, date: str) -> list[Checked]:
    return [c for c in milex.check(text, date=date).claims if c.claim.kind == "personnel"]


def test_a_dashed_label_after_the_figure_names_personnel():
    (got,) = _personnel(
        "Canada at a glance (NATO estimates for 2025)\n2.01% - share of GDP\n"
        "77,050 - military personnel",
        "2025-09-01",
    )
    assert got.claim.subject == "Canada" and got.claim.year == 2025
    assert got.verdict == "supported"


def test_regular_personnel_on_a_fact_sheet_line():
    (got,) = _personnel(
        "Poland at a glance (NATO estimates for 2024)\n4.12% - share of GDP\n"
        "216,100 - regular military personnel",
        "2024-06-25",
    )
    assert got.claim.subject == "Poland" and got.verdict == "supported"


def test_a_wrong_count_on_a_fact_sheet_line_is_contradicted():
    (got,) = _personnel(
        "UK defence: the main numbers\n2.33% - share of GDP, 2024 estimate\n"
        "148,100 - regular military personnel counted by NATO",
        "2024-07-01",
    )
    assert got.claim.subject == "United Kingdom"
    assert got.verdict == "contradicted"  # 138.1 thousand
