"""A list of allies, each with a bare number with decimals, whose sentence closes on a bracket
giving the unit as a share of GDP ('Portugal 1.55, Croatia 1.81 (per cent of GDP).'): the unit
of every item, said once at the end as a table's footer says it. Before, none of the items was
read. Not a bracket of another unit ('(billion euros)'), nor one that does not close the
sentence.

Official values, NATO 2024 edition (17 June 2024), Table 3, 2024 estimates:
`milex.observations("share_of_gdp", ALLY, years=[2024], edition=2024)`: Spain 1.28, Slovenia
1.29, Luxembourg 1.29, Belgium 1.30, Portugal 1.55, Croatia 1.81 (% of GDP).
"""

from __future__ import annotations

import milex

DAY = "2024-07-10"


def _shares(text: str) -> dict:
    return {
        (str(c.claim.subject), c.claim.value): (c.claim.year, c.verdict)
        for c in milex.check(text, date=DAY).claims
        if c.claim.kind == "share_of_gdp"
    }


def test_the_unit_closing_the_list_is_each_items():
    got = _shares("Where the laggards stand this year: Portugal 1.55, Croatia 1.81, "
                  "Belgium 1.03 (per cent of GDP).")  # fmt: skip
    assert got == {
        ("Portugal", 1.55): (2024, "supported"),
        ("Croatia", 1.81): (2024, "supported"),
        ("Belgium", 1.03): (2024, "contradicted"),  # 1.30
    }
    # (not under a bracket of another unit, nor one inside the sentence)
    assert _shares("Spending this year: Spain 1.28, Belgium 1.03 (billion euros).") == {}
    assert _shares("This year Spain 1.28 (% of GDP) leads Belgium 1.03 in the chart.") == {}


def test_a_figure_shared_with_each():
    got = _shares("Bottom of the table this year: Spain 1.28, Slovenia and Luxembourg 1.29 "
                  "each (% of GDP).")  # fmt: skip
    assert got[("Spain", 1.28)] == (2024, "supported")
    assert got[("Luxembourg", 1.29)] == (2024, "supported")
