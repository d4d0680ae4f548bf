"""A perfect participle of spending that opens a sentence ('Having put barely 1.48% of GDP
into defence in 2023, Portugal now ...') has the main clause's subject, named after the comma
that closes the phrase: the figure is that ally's. Before, it had no subject and was left
unverifiable.

Official values, NATO 2024 edition (17 June 2024), Table 3:
`milex.observations("share_of_gdp", "Portugal", years=[2023, 2024], edition=2024)`: 1.48
(2023), 1.55 (2024, estimate).
"""

from __future__ import annotations

import milex

DAY = "2024-09-02"


def _read(text: str) -> dict:
    return {
        c.claim.value: (str(c.claim.subject), c.claim.year, c.verdict)
        for c in milex.check(text, date=DAY).claims
        if c.claim.kind == "share_of_gdp"
    }


def test_the_participles_figure_is_the_main_clauses_allys():
    got = _read("Having put barely 1.48% of GDP into defence in 2023, Portugal now promises "
                "to catch up.")  # fmt: skip
    assert got[1.48] == ("Portugal", 2023, "supported")
    got = _read("Having spent about 1.84% of GDP on defence in 2023, Portugal now promises "
                "to catch up.")  # fmt: skip
    assert got[1.84] == ("Portugal", 2023, "contradicted")
