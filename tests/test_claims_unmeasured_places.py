"""A place among the allies that names no measure ('Spain ranks 31st of the 31 allies this
year') is read by share of GDP, NATO's headline table: agreeing with it supports the place,
disagreeing does not refute it (the words may mean cash, or another table), so it is
unverifiable. A place by a measure milex does not rank ('by troop numbers') is not read; a
place whose measure is said is judged as before.

Official values (NATO 2024 edition, 17 June 2024, `milex.observations("share_of_gdp",
"Spain", years=[2024], edition=2024)` and the same for every ally): Spain 1.28% of GDP in
2024, the lowest of the 31 allies with figures (Iceland has none); Canada 1.37%, 27th.
"""

from __future__ import annotations

import milex

DAY = "2024-07-12"


def _ranks(text: str) -> list:
    return [c for c in milex.check(text, date=DAY).claims if c.claim.kind == "ranking"]


def test_an_unmeasured_place_that_agrees_by_share_is_supported():
    (claim,) = _ranks("Spain ranks 31st of the 31 allies this year, the minister conceded.")
    assert (claim.claim.subject, claim.claim.year, claim.verdict) == ("Spain", 2024, "supported")
    (claim,) = _ranks("Canada sits 27th among 31 allies this year.")
    assert claim.verdict == "supported"


def test_an_unmeasured_place_that_disagrees_is_not_contradicted():
    (claim,) = _ranks("Spain ranks 25th of the 31 allies this year, the minister conceded.")
    assert claim.verdict == "unverifiable"
    # a place by a stated measure is still contradicted:
    (claim,) = _ranks("Spain ranks 25th of the 31 allies by share of GDP this year.")
    assert claim.verdict == "contradicted"  # 31st by share of GDP
    # a place by a measure milex does not rank is not read:
    assert _ranks("Spain ranks 25th of the 31 allies by number of frigates.") == []
