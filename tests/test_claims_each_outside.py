"""A figure said of each of an ally and a country outside NATO listed together ('Ukraine and
France, on $64.7bn apiece'): the ally's figure too, not only the outside country's.

Official values: SIPRI Military Expenditure Database (release of 28 April 2025), current
USD, milex.observations("spending_usd_current", ..., years=[2024], source="SIPRI"): France
2024 64,675 million; Ukraine 2024 64,705 million.
"""

from __future__ import annotations

import milex

DAY = "2025-04-30"


def _amounts(text: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return sorted((c.claim.value, c.claim.subject or "", c.claim.year, c.verdict)
                  for c in report.checked if c.claim.kind == "spending_amount")  # fmt: skip


def test_ally_listed_with_an_outside_country_gets_the_figure_each():
    got = _amounts("Ukraine and France spent $64.7bn apiece last year, SIPRI data show.")
    assert (64.7, "France", 2024, "supported") in got
    assert (64.7, "Ukraine", 2024, "supported") in got


def test_wrong_figure_each_is_contradicted_for_the_ally():
    got = _amounts("France and Ukraine spent $58.3bn each last year, SIPRI data show.")
    assert (58.3, "France", 2024, "contradicted") in got
