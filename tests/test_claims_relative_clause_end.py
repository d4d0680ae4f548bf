"""A relative clause set off after one country ('Germany, whose 2025 outlays NATO left
blank,') ends where a comma and a conjunction bring in another country ('and Norway, at
3.35%'): a figure after that country is its own, not the relative clause's.

Official values (NATO 2025 edition, 28 August 2025, `milex.observations("share_of_gdp",
"Norway", years=[2024, 2025], edition=2025)`): Norway 2024 2.27, 2025 3.35 (estimate);
Germany has no 2025 figure in that edition (same call for "Germany": 2024 only).
"""

from __future__ import annotations

import milex

DAY = "2025-10-20"


def _one(text: str, value: float):
    (claim,) = [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]
    return claim


def test_figure_after_the_second_country_is_that_countrys():
    claim = _one("Fund managers favour Germany, whose 2025 outlays NATO left blank, and "
                 "Norway, projected at 3.35% of GDP this year.", 3.35)  # fmt: skip
    assert claim.claim.subject == "Norway"
    assert claim.claim.year == 2025
    assert claim.verdict == "supported"


def test_a_wrong_figure_after_the_second_country_is_contradicted():
    claim = _one("Fund managers favour Germany, whose 2025 outlays NATO left blank, but also "
                 "Norway, projected at 3.9% of GDP this year.", 3.9)  # fmt: skip
    assert claim.claim.subject == "Norway"
    assert claim.verdict == "contradicted"  # 3.35
