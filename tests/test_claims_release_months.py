"""Three small readings of a fact-check's correction:
- "NATO's June 2024 estimate": a month before a year and a singular estimate, figure or
  forecast names a release, so the figure is judged on that edition (timewords._RELEASE_NOUNS);
- "... and has no figure for 2025": a year the text says has no figure dates none
  (years._years_without_figure);
- "Poland's plan was never adopted; its 2024 figure is 3.79%": a verb of agreeing in the clause
  before a semicolon does not make the year after it a year of agreement (timewords).

Values from NATO's tables, looked up with milex.observations("share_of_gdp", ally,
years=[2024], edition=...): Greece 2024: 3.08 (2024 edition), 2.74 (2025 edition); Poland 2024:
4.12 (2024 edition), 3.79 (2025 edition).
"""

from __future__ import annotations

import pytest

import milex


def found(text: str) -> dict:
    return {c.claim.value: (c.verdict, c.claim.year)
            for c in milex.check(text, date="2025-09-05").claims}  # fmt: skip


@pytest.mark.parametrize(("share", "verdict"), [("4.12", "supported"), ("4.32", "contradicted")])
def test_a_month_and_year_before_an_estimate_name_its_release(share, verdict):
    got = found(f"Poland's {share}% for 2024 was NATO's June 2024 estimate.")
    assert got[float(share)] == (verdict, 2024)


@pytest.mark.parametrize(("share", "verdict"), [("2.74", "supported"), ("2.94", "contradicted")])
def test_a_year_without_a_figure_dates_no_figure(share, verdict):
    got = found("Greece's 3.08% for 2024 was NATO's June 2024 estimate. The new report revises "
                f"that to {share}%, and has no figure for 2025.")  # fmt: skip
    assert got[float(share)] == (verdict, 2024)


@pytest.mark.parametrize(("share", "verdict"), [("3.79", "supported"), ("3.99", "contradicted")])
def test_an_agreeing_verb_before_a_semicolon_is_another_clauses(share, verdict):
    got = found(f"Poland's plan was never adopted; its 2024 figure is {share}%.")
    assert got[float(share)] == (verdict, 2024)
