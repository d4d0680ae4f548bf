"""Sums per head whose words of 'per head' are not in their own clause.

- A caption or note with no figure ("Defence spending per head, 2024e, in constant 2015
  dollars.") says the small sums after it in its paragraph are per head, at those prices.
- A run of peoples and sums ("Americans spend $2,239 each ...; Danes $1,479; Poles $711.
  Italians spend $505") gives each people's sum to that people, whoever the sentence named
  first, when a sum per head came before it in the sentence or in the sentence just before.

Official values (NATO 2024 edition, 17 June 2024, Table 6, defence expenditure per capita,
USD at constant 2015 prices, 2024 estimates): United States 2,239.47 (N76), Norway 1,754.14
(N66), Denmark 1,478.75 (N52), Germany 910.63 (N56), Poland 710.82 (N67), Canada 608.54
(N49), Italy 505.33 (N59), Spain 366.39 (N72).
"""

from __future__ import annotations

import milex
from milex.claims.model import Checked


def _claims(text: str, date: str = "2024-07-01") -> dict[float, Checked]:
    return {c.claim.value: c for c in milex.check(text, date=date).claims}


def test_a_caption_says_the_sums_after_it_are_per_head():
    got = _claims(
        "Defence spending per head, 2024e, in constant 2015 dollars. Highest: the United "
        "States ($2,239), followed by Denmark ($1,479). Among the big allies, Italy comes "
        "out lowest ($505)."
    )
    for value, ally in ((2239.0, "United States"), (1479.0, "Denmark"), (505.0, "Italy")):
        assert got[value].verdict == "supported", value
        assert got[value].claim.subject == ally
        assert got[value].claim.measure == "spending_per_capita_usd_constant"


def test_a_wrong_sum_under_the_caption_is_contradicted():
    got = _claims(
        "Defence spending per head, 2024e, in constant 2015 dollars. Highest: the United "
        "States ($2,239), followed by Denmark ($1,749)."
    )
    assert got[1749.0].verdict == "contradicted"  # 1,478.75
    assert got[1749.0].claim.subject == "Denmark"


def test_each_people_in_a_run_has_its_own_sum_per_head():
    got = _claims(
        "Americans spend $2,239 each on defence at 2015 prices; Danes $1,479; Germans $911. "
        "Italians spend $505 and Spaniards $366."
    )
    for value, ally in (
        (2239.0, "United States"),
        (1479.0, "Denmark"),
        (911.0, "Germany"),
        (505.0, "Italy"),
        (366.0, "Spain"),
    ):
        assert got[value].verdict == "supported", value
        assert got[value].claim.subject == ally


def test_a_people_after_a_semicolon_is_not_the_first_one():
    got = _claims(
        "Americans spend $2,239 each on defence at 2015 prices; Norwegians spend $1,754 each."
    )
    assert got[1754.0].claim.subject == "Norway"
    assert got[1754.0].verdict == "supported"


def test_a_wrong_sum_in_the_run_is_contradicted_for_its_own_people():
    got = _claims(
        "Americans spend $2,239 each on defence at 2015 prices; Norwegians spend $1,574 "
        "each, Poles $711."
    )
    assert got[1574.0].claim.subject == "Norway"
    assert got[1574.0].verdict == "contradicted"  # 1,754.14
    assert got[711.0].verdict == "supported"
