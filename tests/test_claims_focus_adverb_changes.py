"""A growth verb makes its figure a change, even with a focus adverb between them ('grew only
2%', 'rose by only 5%'): never a share of GDP, which a bare figure after 'only' otherwise
reads as. Official values: NATO's 2024 edition, Table 3 (real change of 2024 and share of GDP
in 2024), looked up with milex.observations("real_change", ally, years=[2024], edition=2024)
and milex.observations("share_of_gdp", ...)."""

from __future__ import annotations

from tests.conftest import one_with_value

DAY = "2024-07-05"  # after the 2024 edition (17 June 2024)


def test_a_rise_after_only_is_a_change():
    # 2024 ed. Table 3: Canada's 2024 real change 5.46% (its share of GDP: 1.37%)
    text = "In real terms Canada's defence spending grew only 5% this year."
    found = one_with_value(text, DAY, 5.0, "Canada")
    assert (found.claim.kind, found.claim.year, found.verdict) == ("real_change", 2024, "supported")


def test_a_rise_by_only_a_figure_is_a_change():
    # 2024 ed. Table 3: Canada's 2024 real change 5.46%
    text = "In real terms, Canada's defence outlays rose by only 5% this year."
    found = one_with_value(text, DAY, 5.0, "Canada")
    assert (found.claim.kind, found.verdict) == ("real_change", "supported")


def test_a_wrong_rise_after_only_is_contradicted_as_a_change():
    # 2024 ed. Table 3: France's 2024 real change 6.05%, not 2% (its share of GDP, 2.06%,
    # would have agreed with '2%')
    text = "In real terms France's defence spending grew only 2% this year."
    found = one_with_value(text, DAY, 2.0, "France")
    assert (found.claim.kind, found.verdict) == ("real_change", "contradicted")
