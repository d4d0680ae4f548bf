"""A clause that points back to two allies named before by a plural noun that counts them
('the two countries', 'both countries') and pairs its figures 'respectively' gives each ally
its figure in order (subjects._counted_back lets readings._respectively pair them); it is no
group the text leaves unnamed. When the count does not fit the allies named, no figure is
given to anyone.

Values from NATO's 2025 edition (28 August 2025), looked up with
milex.observations("share_of_gdp", ally, years=[2024], edition=2025): Greece 2024 = 2.74,
Poland 2024 = 3.79.
"""

from __future__ import annotations

import milex

DAY = "2025-09-20"


def found(text: str) -> list:
    return [(c.claim.subject, c.claim.value, c.verdict) for c in milex.check(text, date=DAY).claims]


LEAD = "Poland and Greece spend the most of the allies on the eastern and southern flanks. "


def test_the_counted_noun_pairs_the_figures_with_the_allies_named_before():
    got = found(LEAD + "Last year the two countries stood at 3.79% and 2.74% respectively.")
    assert got == [("Poland", 3.79, "supported"), ("Greece", 2.74, "supported")]
    got = found(LEAD + "Last year both countries stood at 3.79% and 3.74% respectively.")
    assert got == [("Poland", 3.79, "supported"), ("Greece", 3.74, "contradicted")]


def test_a_count_that_does_not_fit_gives_no_one_a_figure():
    got = found(LEAD + "Last year the three countries stood at 3.79% and 3.74% respectively.")
    assert not [c for c in got if c[2] in ("supported", "contradicted")]
