"""Ranks said in words only: heading or topping the table named as NATO's or the alliance's
('Lithuania heads NATO's table'), and a superlative of growth scoped to the alliance ('the
fastest rise in the alliance', 'the biggest increase among allies'), which ranks by real
change whatever share of GDP the sentence also gives."""

from __future__ import annotations

import milex

# NATO 2026 edition (7 July 2026; core defence expenditure), Table 3, 2026 estimates:
# Lithuania 5.33% of GDP (first; row 1873), Estonia 5.10% (second; row 1769). NATO 2024 edition
# (17 June 2024), Table 3, real change 2024 (estimates): Czechia 54.65% (first; N50), Romania
# 45.63% (second; N68).


def _ranks(text: str, date: str):
    return [(c.claim.measure, c.claim.value, c.verdict) for c in milex.check(text, date=date).claims
            if c.claim.kind == "ranking"]  # fmt: skip


def test_heading_natos_table_is_first_place():
    text = "Lithuania heads NATO's table this year, at 5.33% of GDP."
    assert _ranks(text, "2026-07-09") == [("share_of_gdp", 1.0, "supported")]
    text = "Estonia tops the alliance's table this year, at 5.1% of GDP."
    assert _ranks(text, "2026-07-09") == [("share_of_gdp", 1.0, "contradicted")]


def test_the_fastest_rise_in_the_alliance_ranks_by_real_change():
    text = ("Czech military spending rises by 55% in real terms this year, the fastest rise in "
            "the alliance, lifting it to 2.10% of GDP.")  # fmt: skip
    assert _ranks(text, "2024-06-21") == [("real_change", 1.0, "supported")]
    text = ("Romanian military spending rises by 46% in real terms this year, the fastest rise "
            "in the alliance, lifting it to 2.25% of GDP.")  # fmt: skip
    assert _ranks(text, "2024-06-21") == [("real_change", 1.0, "contradicted")]
