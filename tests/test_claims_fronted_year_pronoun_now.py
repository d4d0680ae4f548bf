"""A data year fronted with 'for' dates the figure of its sentence even when a pronoun for
the source and 'now' stand between ('For 2024 it now puts Poland at 3.79%': the latest
tables' reading of that year, the source named the sentence before), as it already did after
the source's own name ('For 2024 NATO now puts ...'). Before, 'now' reset the year to this
year's, which the edition may not hold, or holds at another value.

Official values, NATO 2025 edition (28 August 2025), Table 3:
`milex.observations("share_of_gdp", "Poland", years=[2024, 2025], edition=2025)`: 2024 3.79,
2025 4.48; NATO 2024 edition (17 June 2024): Poland 2024 4.12 (estimate).
"""

from __future__ import annotations

import milex

DAY = "2025-09-10"


def _read(text: str) -> dict:
    return {
        c.claim.value: (c.claim.year, c.verdict)
        for c in milex.check(text, date=DAY).claims
        if c.claim.kind == "share_of_gdp"
    }


def test_a_pronoun_for_the_source_keeps_the_fronted_year():
    lead = "NATO released its new tables this week. "
    got = _read(lead + "For 2024 it now puts Poland at 3.79% of GDP.")
    assert got[3.79] == (2024, "supported")
    got = _read(lead + "For 2024 it now puts Poland at 4.48% of GDP.")
    assert got[4.48] == (2024, "contradicted")  # 2025's figure, said of 2024
    got = _read(lead + "For 2024 they now give Poland 3.97% of GDP.")
    assert got[3.97] == (2024, "contradicted")  # 3.79
