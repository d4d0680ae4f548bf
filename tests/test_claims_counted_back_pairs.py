"""Figures said 'respectively' after a noun phrase that counts as many allies as there are
figures ('the two governments were at 1.58% and 1.87% respectively', 'the three capitals'):
the phrase points back like 'they' to the allies the sentence before named, each figure to
its ally in order. Without this the figures had no subject and were left unverifiable.

Official values (NATO 2025 edition, 28 August 2025, milex.observations("share_of_gdp",
["Portugal", "Croatia", "Slovenia"], years=[2024, 2025], edition=2025),
nato-2025/shareofgdp.csv): Portugal 2024 1.58 (R24C12), 2025 2.00 (R24C13); Croatia 2024 1.87
(R6C12), 2025 2.03 (R6C13); Slovenia 2024 1.37 (R27C12), 2025 2.02 (R27C13).
"""

from __future__ import annotations

import milex

_DATE = "2025-09-12"


def _read(text: str) -> dict:
    return {
        c.claim.value: (c.verdict, str(c.claim.subject), c.claim.year)
        for c in milex.check(text, date=_DATE).claims
    }


def test_the_two_governments_are_the_allies_named_before():
    got = _read("Portugal reaches 2.00% of GDP this year and Croatia 2.03%, NATO estimates. "
                "In 2024 the two governments were at 1.58% and 1.87% respectively.")  # fmt: skip
    assert got[1.58] == ("supported", "Portugal", 2024)
    assert got[1.87] == ("supported", "Croatia", 2024)


def test_a_wrong_figure_of_the_three_is_contradicted():
    got = _read("Portugal, Croatia and Slovenia all pass 2% of GDP this year, NATO estimates. "
                "In 2024 the three capitals stood at 1.58%, 1.87% and 1.57% respectively.")  # fmt: skip
    assert got[1.58] == ("supported", "Portugal", 2024)
    assert got[1.87] == ("supported", "Croatia", 2024)
    assert got[1.57] == ("contradicted", "Slovenia", 2024)
