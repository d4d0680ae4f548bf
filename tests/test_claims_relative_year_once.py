"""A time word relative to another ('the year before', 'that year', 'the following year')
names one year, whichever of its sentence's figures it dates: in 'It first went past 2.5%
the year before, at 2.87%' both figures are of the year before this year's. Before, the
second figure counted back from the first, which 'the year before' had already dated, and
fell a year too early (a false 'contradicted' against 2022's figure).

Official values (NATO 2024 edition, milex.observations("share_of_gdp", "Latvia", years=[...],
edition=2024)): Latvia 2022 2.12, 2023 2.87, 2024 3.15.
"""

from __future__ import annotations

import milex

DAY = "2024-12-01"
LEAD = "Latvia's defence spending reached 3.15% of GDP this year, according to NATO. "


def _latvia(text: str) -> dict[float, tuple[str, int | None]]:
    return {c.claim.value: (c.verdict, c.claim.year) for c in milex.check(text, date=DAY).claims
            if c.claim.subject == "Latvia"}  # fmt: skip


def test_both_figures_dated_by_one_time_word_are_of_its_one_year():
    got = _latvia(LEAD + "It first went past 2.5% the year before, at 2.87%.")
    assert got[3.15] == ("supported", 2024)
    assert got[2.5] == ("supported", 2023)
    assert got[2.87] == ("supported", 2023)


def test_a_wrong_figure_there_is_contradicted_in_that_year():
    got = _latvia(LEAD + "It first went past 2.5% the year before, at 2.12%.")
    assert got[2.12] == ("contradicted", 2023)  # 2.87 (2.12 is 2022's)


def test_a_year_before_a_named_year_still_counts_back_from_it():
    got = _latvia("Latvia spent 2.87% of GDP in 2023 and 2.12% the year before, NATO says.")
    assert got[2.87] == ("supported", 2023)
    assert got[2.12] == ("supported", 2022)
