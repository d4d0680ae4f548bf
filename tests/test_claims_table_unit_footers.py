"""A table whose header row gives only years ('| Ally | 2023 | 2024 |') and whose footer line
under the rows names the unit ('Share of GDP, %.', '(% of GDP)'): the footer says what every
cell measures, so a wrong cell is contradicted, not only left unverifiable as a bare number
whose measure the text does not say.

Official values, NATO 2024 edition (17 June 2024), Table 3:
`milex.observations("share_of_gdp", ALLY, years=[2023, 2024], edition=2024)`: Denmark 2.01
(2023), 2.37 (2024, estimate); Norway 1.81 (2023), 2.20 (2024, estimate).
"""

from __future__ import annotations

import milex

DAY = "2024-06-20"
TABLE = (
    "| Ally | 2023 | 2024 |\n|---|---|---|\n| Denmark | {dk} | 2.37 |\n| Norway | 1.81 | 2.20 |\n"
)


def _read(text: str) -> dict:
    return {
        (str(c.claim.subject), c.claim.value): (c.claim.year, c.verdict)
        for c in milex.check(text, date=DAY).claims
        if c.claim.kind == "share_of_gdp"
    }


def test_the_footer_names_what_the_cells_measure():
    got = _read(TABLE.format(dk="2.10") + "Share of GDP, %. Source: NATO")
    assert got[("Denmark", 2.1)] == (2023, "contradicted")  # 2.01
    assert got[("Norway", 1.81)] == (2023, "supported")
    got = _read(TABLE.format(dk="2.10") + "(% of GDP)")
    assert got[("Denmark", 2.1)] == (2023, "contradicted")
    got = _read(TABLE.format(dk="2.01") + "Share of GDP, %.")
    assert got[("Denmark", 2.01)] == (2023, "supported")
