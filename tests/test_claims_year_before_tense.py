"""'The year before' after a figure dated only by its tense counts back from the year the
verifier reads that figure in, the latest year of the edition current at the date, not from
the article's own year: in May 2025 SIPRI's current release stops at 2024, so 'Sweden is at
2.00%. Finland was at 2.01% the year before.' puts Finland's figure in 2023.

Official values (SIPRI, April 2025 release, `milex.observations("share_of_gdp", "Finland",
years=[2023, 2024], source="SIPRI")`): Finland 2023 2.01%, 2024 2.30%; Sweden 2024 2.00%.
"""

from __future__ import annotations

import milex

DAY = "2025-05-06"
LEAD = "Sweden, the newest ally, is at 2.00% of GDP, SIPRI says.\n"


def _finland(text: str):
    (claim,) = [c for c in milex.check(text, date=DAY).claims if c.claim.subject == "Finland"]
    return claim


def test_the_year_before_a_tense_dated_figure_is_the_year_before_the_editions_latest():
    claim = _finland(LEAD + "Finland's share, SIPRI says, was 2.01% the year before.")
    assert (claim.claim.year, claim.verdict) == (2023, "supported")


def test_a_wrong_figure_for_the_year_before_is_contradicted_in_that_year():
    claim = _finland(LEAD + "Finland's share, SIPRI says, was 2.20% the year before.")
    assert (claim.claim.year, claim.verdict) == (2023, "contradicted")
