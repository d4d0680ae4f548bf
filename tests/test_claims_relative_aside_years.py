"""The year inside a relative clause set off by commas ('Belgium, which spent 0.97% in 2014,
now ...') dates that clause's own figure, never the main clause's figure after it: that one
takes its own time, or its tense. Official values: NATO's 2025 edition, Table 3 (share of GDP:
Belgium 2014 0.97%, 2025 2.00%; Canada 2014 1.01%, 2025 2.01%), looked up
with milex.observations("share_of_gdp", ally, years=[2014, 2025], edition=2025)."""

from __future__ import annotations

from tests.conftest import one_with_value

DAY = "2025-09-01"  # after the 2025 edition (28 August 2025)


def test_the_main_clause_after_a_dated_relative_clause_takes_its_tense():
    # 2025 ed.: Belgium 2025 2.00% (its 2014 figure, 0.97%, would contradict '2.00%')
    text = "Belgium, which spent 0.97% in 2014, reaches 2.00% as well."
    found = one_with_value(text, DAY, 2.0, "Belgium")
    assert (found.claim.year, found.verdict) == (2025, "supported")


def test_a_who_clause_keeps_its_year_too():
    # 2025 ed.: Canada 2014 1.01%, 2025 2.01%
    text = "Canada, whose budget came to 1.01% of GDP in 2014, meets 2.01% this time round."
    found = one_with_value(text, DAY, 2.01, "Canada")
    assert (found.claim.year, found.verdict) == (2025, "supported")


def test_a_wrong_main_figure_after_a_dated_relative_clause_is_contradicted_for_its_year():
    # 2025 ed.: Belgium 2025 2.00%, not 2.30%
    text = "Belgium, which spent 0.97% in 2014, reaches 2.30% as well."
    found = one_with_value(text, DAY, 2.3, "Belgium")
    assert (found.claim.year, found.verdict) == (2025, "contradicted")
