"""The prices a sum is at, when the words that say so are not beside it.

- A note with no figure of its own ("Amounts here are in constant 2015 US dollars.") gives
  the prices of the sums after it in its paragraph; a note on how growth is measured does not.
- A sum restated as another sum at constant prices ("X's $98 billion is roughly $77 billion
  in constant 2015 prices") is at current prices itself: the prices are the restatement's,
  also in a clause repeating that shape, with or without its verb.

Official values (NATO 2024 edition, 17 June 2024, Table 2, USD million; 2024 = estimates):
Poland 2014 constant 2015 prices 8,556.5 (D66), 2024 constant 26,838.5 (N66), 2024 current
34,974.5 (N32); Germany 2024 current 97,685.6 (N21), constant 76,943.0 (N55); United Kingdom
2024 current 82,107.1 (N40), constant 75,276.9 (N74); France 2024 current 64,271, constant
55,190. NATO 2019 edition (25 June 2019): Italy 2019 constant 2015 prices 23,281.2, current
24,481.6.
"""

from __future__ import annotations

import milex
from milex.claims.model import Checked


def _claims(text: str, date: str) -> dict[float, Checked]:
    return {c.claim.value: c for c in milex.check(text, date=date).claims}


def test_a_note_on_constant_prices_gives_the_prices_of_the_sums_after_it():
    got = _claims(
        "Defence outlays below are given in constant 2015 US dollars. Poland spent $8.6 "
        "billion in 2014 and $26.8 billion this year.",
        "2024-06-20",
    )
    assert 2015 not in got  # the note's year is a price base, not a sum
    for value in (8.6, 26.8):
        assert got[value].verdict == "supported"
        assert got[value].claim.measure == "spending_usd_constant"


def test_a_current_price_figure_under_the_note_is_contradicted():
    got = _claims(
        "Defence outlays below are given in constant 2015 US dollars. Poland spent $8.6 "
        "billion in 2014 and $35.0 billion this year.",
        "2024-06-20",
    )
    assert got[35.0].verdict == "contradicted"  # 26.84 at constant prices
    assert got[35.0].claim.measure == "spending_usd_constant"


def test_a_note_on_figures_then_on_that_basis():
    got = _claims(
        "Figures are NATO estimates at 2015 prices. On that basis, Italy's defence spending "
        "comes to $23.3bn in 2019.",
        "2019-06-27",
    )
    assert got[23.3].verdict == "supported"


def test_a_note_on_how_growth_is_measured_gives_no_prices_to_sums():
    got = _claims(
        "Growth is measured at 2015 prices. Poland spends $35 billion on defence this year.",
        "2024-06-20",
    )
    assert got[35.0].verdict != "contradicted"
    assert got[35.0].claim.measure == "spending_usd_current"


def test_a_sum_restated_at_constant_prices_is_at_current_prices():
    got = _claims(
        "Germany's defence budget of $98 billion this year is roughly $77 billion in "
        "constant 2015 prices; Britain's $82 billion is about $75 billion, and France's $64 "
        "billion some $60 billion.",
        "2024-06-20",
    )
    for value in (98.0, 82.0, 64.0):
        assert got[value].verdict == "supported", value
        assert got[value].claim.measure == "spending_usd_current"
    for value in (77.0, 75.0):
        assert got[value].verdict == "supported", value
        assert got[value].claim.measure == "spending_usd_constant"
    assert got[60.0].verdict == "contradicted"  # 55.19: 'some' allows 5%


def test_a_wrong_current_sum_restated_is_contradicted_at_current_prices():
    got = _claims(
        "Germany's defence budget of $90 billion this year, or $77 billion at 2015 prices, "
        "is Europe's largest.",
        "2024-06-20",
    )
    assert got[90.0].verdict == "contradicted"  # 97.69 current
    assert got[90.0].claim.measure == "spending_usd_current"
    assert got[77.0].verdict == "supported"
