"""A fact box's table row whose label names personnel ('| Military personnel | 171,400 |'),
under a title naming the ally and the year: the cell is the ally's forces, the row's bar ending
the count as a comma or a full stop does. Before, the cell was not read.

Official values, NATO 2024 edition (17 June 2024), Table 7:
`milex.observations("personnel", "Italy", years=[2024], edition=2024)`: 171.422 (thousand
persons, estimate).
"""

from __future__ import annotations

import milex

DAY = "2024-06-24"


def _personnel(text: str) -> dict:
    return {
        c.claim.value: (str(c.claim.subject), c.claim.year, c.verdict)
        for c in milex.check(text, date=DAY).claims
        if c.claim.kind == "personnel"
    }


def test_a_personnel_row_of_a_fact_box():
    box = "Italy in brief (NATO, 2024 estimates)\n| Share of GDP | 1.49% |\n| Military personnel | {n} |"
    assert _personnel(box.format(n="171,400")) == {171.4: ("Italy", 2024, "supported")}
    assert _personnel(box.format(n="117,400")) == {117.4: ("Italy", 2024, "contradicted")}
