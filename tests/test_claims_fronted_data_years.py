"""A data year fronted before a figure makes it a level of that year, not a commitment's value:
'For 2024 the alliance now gives 1.50%' (a publisher gives a figure, as a table does: no
donor handing over a share, no guideline misstated), and a time opening a later clause of the
sentence, '..., and this year it will reach 2.22%' (NATO's estimate for the year, in a future
verb). Before, both were read as a value of NATO's guideline and contradicted (2% or The
Hague's 3.5%), whatever the ally's own figure.

Official values, NATO 2025 edition (28 August 2025), Table 3:
`milex.observations("share_of_gdp", "Italy", years=[2024, 2025], edition=2025)`: 2024 1.50,
2025 2.01; `milex.observations("share_of_gdp", "Spain", years=[2024], edition=2025)`: 1.43
(% of GDP, estimates). NATO 2026 edition (7 July 2026), core defence expenditure:
`milex.observations("share_of_gdp", "France", years=[2025, 2026], edition=2026)`: 2025 2.04,
2026 2.22.
"""

from __future__ import annotations

import milex

DAY = "2025-09-10"
DAY_2026 = "2026-07-10"


def _read(text: str, date: str = DAY) -> dict:
    return {
        c.claim.value: (c.claim.kind, str(c.claim.subject), c.claim.year, c.verdict)
        for c in milex.check(text, date=date).claims
    }


def test_for_a_year_the_publisher_gives_a_level():
    got = _read("Italy's spending jumps this year. For 2024 the alliance now gives 1.50%.")
    assert got[1.5] == ("share_of_gdp", "Italy", 2024, "supported")
    got = _read("Italy's spending jumps this year. For 2024 the alliance now gives 1.40%.")
    assert got[1.4] == ("share_of_gdp", "Italy", 2024, "contradicted")
    got = _read("Spain is catching up this year. For 2024, NATO gives 1.43%.")
    assert got[1.43] == ("share_of_gdp", "Spain", 2024, "supported")


def test_a_time_opening_a_later_clause_dates_the_figure():
    # (the words of The Hague's core basis in the sentence made the figure its 3.5%)
    got = _read("Paris pledged allies more. In 2025 it spent 2.04% of GDP on core defence, "
                "NATO says, and this year it will reach 2.22%.", DAY_2026)  # fmt: skip
    assert got[2.22] == ("share_of_gdp", "France", 2026, "supported")
    got = _read("Paris pledged allies more. In 2025 it spent 2.04% of GDP on core defence, "
                "NATO says, and this year it will reach 2.42%.", DAY_2026)  # fmt: skip
    assert got[2.42] == ("share_of_gdp", "France", 2026, "contradicted")
