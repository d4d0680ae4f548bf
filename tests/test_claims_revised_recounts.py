"""A correction's count: 'Our story said 25 allies hit 2% in 2024. The corrected NATO tables
show 18.' Revised figures that 'show' a bare number recount the count before, of its year
(counts._revision_shows); figures only called 'latest' may be of a later year.

Counts of allies at or above 2% of GDP, NATO's 2025 edition (milex.observations("share_of_gdp",
..., edition=2025), counted): 18 in 2024, 30 in 2025 (of 30 with figures); 3 in 2014.
"""

from __future__ import annotations

import pytest

import milex


def counts(text: str) -> dict:
    return {c.claim.value: (c.verdict, c.claim.year)
            for c in milex.check(text, date="2025-09-05").claims
            if c.claim.kind == "count_meeting"}  # fmt: skip


@pytest.mark.parametrize(("count", "verdict"), [(18, "supported"), (20, "contradicted")])
def test_revised_figures_recount_the_year_corrected(count, verdict):
    got = counts("Our story said 25 allies hit the 2% guideline in 2024. The corrected NATO "
                 f"tables, released last week, show {count}.")  # fmt: skip
    assert got[float(count)] == (verdict, 2024)


def test_latest_figures_are_not_carried_back_to_an_old_year():
    got = counts("In 2014 three allies met 2%. NATO's latest figures show 30.")
    assert got[30.0][1] != 2014
