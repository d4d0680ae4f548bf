"""Market and economy figures written beside defence spending (stock indices, share moves,
consumer prices, deficits) are no claims about spending: they get no verdict, while a wrong
spending figure in the same text is still contradicted.

Official values (NATO's 2024 edition, 17 June 2024, Table 3, share of GDP, looked up with
`milex.observations("share_of_gdp", ally, years=[2024], edition=2024)`): Italy 2024 = 1.49,
France 2024 = 2.06, United Kingdom 2024 = 2.33.
"""

from __future__ import annotations

import pytest

import milex


def verdicts(text: str, day: str) -> dict[float, str]:
    return {c.claim.value: c.verdict for c in milex.check(text, date=day).claims}


@pytest.mark.parametrize(
    "text, market",
    [
        # an index named by its brand in a bullet of a digest
        ("Markets at a glance:\n* Italy: defence at 1.49% of GDP in 2024\n* FTSE MIB: -0.7%",
         0.7),
        ("Markets at a glance:\n* Italy: defence at 1.49% of GDP in 2024\n* DAX: +1.3%", 1.3),
        # consumer prices expected in a calendar of the week
        ("Diary:\nThu - French CPI (2.6% forecast)\nNote: France spent 2.06% of GDP on defence "
         "in 2024, NATO says.", 2.6),
        # a sector's stocks moving over the year
        ("With most allies now past the floor, NATO says, Europe's arms stocks have gained 40% "
         "since January. Britain spent 2.33% of GDP in 2024.", 40),
    ],
)  # fmt: skip
def test_market_moves_get_no_claim(text, market):
    found = verdicts(text, "2024-06-20")
    assert market not in found
    assert "contradicted" not in found.values()


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Markets at a glance:\n* Italy: defence at 1.9% of GDP in 2024\n* FTSE MIB: -0.7%", 1.9),
        ("Diary:\nThu - French CPI (2.6% forecast)\nNote: France spent 2.6% of GDP on defence "
         "in 2024, NATO says.", 2.6),
        ("With most allies now past the floor, NATO says, Europe's arms stocks have gained 40% "
         "since January. Britain spent 2.9% of GDP in 2024.", 2.9),
    ],
)  # fmt: skip
def test_a_wrong_spending_figure_beside_them_is_still_contradicted(text, wrong):
    assert verdicts(text, "2024-06-20").get(wrong) == "contradicted"
