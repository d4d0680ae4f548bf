"""The allies' total spending in trillions of dollars, named loosely: a bare plural opening
the clause with a sum only the whole alliance spends ('Allies' outlays hit $1.47tn'), and a
sum set after its part as the whole of the spending of NATO named before it ('most of NATO
military spending, $968bn of $1.47tn').

Official values: NATO, Defence Expenditure of NATO Countries, 2024 edition (17 June 2024),
Table 2, current USD, looked up with milex.observations("spending_usd_current", ...,
years=[2024], edition=2024): NATO total 2024 1,474,399 million; United States 967,707 million.
"""

from __future__ import annotations

import milex

DAY = "2024-06-25"


def _amounts(text: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked
            if c.claim.kind == "spending_amount"]  # fmt: skip


def test_bare_allies_with_trillions_are_the_alliance():
    assert _amounts("Allies' outlays hit $1.47tn this year") == [(1.47, "NATO", 2024, "supported")]


def test_bare_allies_with_a_wrong_total_are_contradicted():
    assert _amounts("Allies' outlays hit $1.74tn this year") == [
        (1.74, "NATO", 2024, "contradicted")
    ]


def test_whole_of_nato_spending_named_before():
    got = _amounts("The US supplies most of NATO military spending ($968bn of $1.47tn).")
    assert (1.47, "NATO", 2024, "supported") in got
    assert (968.0, "United States", 2024, "supported") in got
    got = _amounts("The US supplies most of NATO military spending ($968bn of $1.64tn).")
    assert (1.64, "NATO", 2024, "contradicted") in got
