"""A fact-check's reply to a dated claim: "X said Y in 2022. NATO's figure is Z." The body's
figure restates the one just claimed, of that claim's year, not the latest year of the tables
(years._body_figure).

Values from NATO's tables, looked up with milex.observations("share_of_gdp", ally,
years=[year], edition=edition): Italy 2022, 2024 edition: 1.5230; Hungary 2021, 2024 edition:
1.3236; Portugal 2023, 2025 edition: 1.3325; Denmark 2024, 2025 edition: 2.2683.
"""

from __future__ import annotations

import pytest

import milex


def found(text: str, date: str) -> dict:
    return {(c.claim.subject, c.claim.value): (c.verdict, c.claim.year)
            for c in milex.check(text, date=date).claims}  # fmt: skip


@pytest.mark.parametrize(("figure", "verdict"), [("1.52", "supported"), ("1.62", "contradicted")])
def test_a_bodys_figure_after_a_dated_claim_is_of_the_claims_year(figure, verdict):
    got = found("Officials said Italy spent 1.7% in 2022. That is too generous: "
                f"NATO's latest figure is {figure}%.", "2024-07-20")  # fmt: skip
    assert got[("Italy", float(figure))] == (verdict, 2022)


@pytest.mark.parametrize(("figure", "verdict"), [("1.33", "supported"), ("1.43", "contradicted")])
def test_a_revised_figure_restates_the_year_claimed(figure, verdict):
    got = found(f"Critics said Portugal spent 1.5% in 2023. NATO's revised figure is {figure}%.",
                "2025-09-03")  # fmt: skip
    assert got[("Portugal", float(figure))] == (verdict, 2023)


def test_the_figure_in_a_named_report_restates_the_claim():
    got = found("A lobby group said Hungary spent 1.5% in 2021. "
                "In NATO's report the figure is 1.32%.", "2024-07-20")  # fmt: skip
    assert got[("Hungary", 1.32)] == ("supported", 2021)


def test_another_allys_figure_is_not_a_restatement():
    got = found("Critics said Portugal spent 1.5% in 2023. Denmark's figure is 2.27%.",
                "2025-09-03")  # fmt: skip
    assert got[("Denmark", 2.27)][1] != 2023
