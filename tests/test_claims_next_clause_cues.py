"""A measure's cue after ', and' opens the next clause: it names the next figure's measure,
not the measure of the figure before the joint ('2.11% of GDP this year, up from 2.05% in
2023, and its outlays on major equipment take 48%': 2.05% is still a share of GDP). Official
values: NATO's 2024 edition, Table 3 (share of GDP: Hungary 2023 2.05%, 2024 2.11%) and Table
8a (equipment share: Hungary 2024 47.81%), looked up with milex.observations("share_of_gdp",
"Hungary", years=[2023, 2024], edition=2024) and milex.observations("equipment_share", ...)."""

from __future__ import annotations

from tests.conftest import one_with_value

DAY = "2024-07-01"  # after the 2024 edition (17 June 2024)


def _text(earlier: str) -> str:
    return (f"Hungary spends 2.11% of GDP this year, up from {earlier}% in 2023, and its outlays "
            "on major equipment take 48% of the budget.")  # fmt: skip


def test_the_starting_point_before_an_equipment_clause_is_a_share_of_gdp():
    # 2024 ed. Table 3: Hungary 2023 2.05%
    found = one_with_value(_text("2.05"), DAY, 2.05, "Hungary")
    assert (found.claim.kind, found.claim.year, found.verdict) == ("share_of_gdp", 2023,
                                                                   "supported")  # fmt: skip


def test_a_wrong_starting_point_is_contradicted_as_a_share_of_gdp():
    # 2024 ed. Table 3: Hungary 2023 2.05%, not 1.71%
    found = one_with_value(_text("1.71"), DAY, 1.71, "Hungary")
    assert (found.claim.kind, found.verdict) == ("share_of_gdp", "contradicted")
