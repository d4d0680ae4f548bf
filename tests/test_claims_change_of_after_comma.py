"""The size of a change set off by a comma after its noun ('a real-terms rise in 2025, of
29%'): 'of' there gives the change's size, as an apposition does ('..., 29%'), not a level;
the figure had been read as a share of GDP too large to be one and left unverifiable.

Official values (NATO 2025 edition, 28 August 2025, Table 3, milex.observations(
"real_change", ["Belgium", "Portugal"], years=[2025], edition=2025)): annual real change
2025 (estimates) Portugal 29.29 (R24C13), Belgium 57.41 (R3C13).
"""

from __future__ import annotations

import milex

_DATE = "2025-09-10"


def _read(text: str) -> dict:
    return {c.claim.value: (c.verdict, c.claim.kind, str(c.claim.subject), c.claim.year)
            for c in milex.check(text, date=_DATE).claims}  # fmt: skip


def test_a_change_of_after_a_comma_is_the_change():
    got = _read("Lisbon booked a real-terms increase in 2025, of 29%, NATO's tables show.")
    assert got[29.0] == ("supported", "real_change", "Portugal", 2025)


def test_a_wrong_change_of_after_a_comma_is_contradicted():
    got = _read("Belgium recorded a steep real-terms rise in 2025, of 75%, NATO estimates.")
    assert got[75.0] == ("contradicted", "real_change", "Belgium", 2025)
