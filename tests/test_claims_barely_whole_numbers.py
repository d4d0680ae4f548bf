"""'barely N%' with a whole number: the writer has rounded, as with a bare '2%', so the data
within the whole number's tolerance (10% of it, or its rounding) agrees above N as well as
just under it; beyond that tolerance it is still contradicted. Official values: NATO's 2024
edition, Table 3 (share of GDP: Italy 2015 1.07%, Czechia 2024 2.10%, Romania 2024
2.25%), looked up with milex.observations("share_of_gdp", ally, years=[...],
edition=2024)."""

from __future__ import annotations

from tests.conftest import one_with_value

DAY = "2024-07-01"  # after the 2024 edition (17 June 2024)


def test_barely_one_percent_agrees_with_a_figure_a_little_above_it():
    # 2024 ed.: Italy 2015 1.07% (within 10% of 1)
    found = one_with_value("In 2015 Italy spent barely 1% of GDP on defence.", DAY, 1.0, "Italy")
    assert (found.claim.year, found.verdict) == (2015, "supported")


def test_barely_two_percent_agrees_within_the_whole_numbers_tolerance_and_not_beyond():
    # 2024 ed.: Czechia 2024 2.10% (within 10% of 2), Romania 2024 2.25% (more than 10% above)
    czechia = one_with_value("Czechia spends barely 2% of GDP this year.", DAY, 2.0, "Czechia")
    romania = one_with_value("Romania spends barely 2% of GDP this year.", DAY, 2.0, "Romania")
    assert (czechia.claim.year, czechia.verdict) == (2024, "supported")
    assert (romania.claim.year, romania.verdict) == (2024, "contradicted")
