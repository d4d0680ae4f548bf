"""Lists whose lines are labelled by year under a title naming one ally ('Germany's military
outlays as a share of GDP' over '2023: 1.64'), and a list's header naming NATO's core basis,
which says its sums are defence spending ('What Canada spends, on NATO's core basis:' over
'- 2025-26: C$65.9 billion').

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), Germany share of
GDP: 2022 1.51, 2023 1.64 (estimate), 2024 2.12 (estimate). NATO 2026 edition (7 July 2026,
core defence): Canada CAD 65,901 m in 2025, 71,517 m in 2026 (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _claims(text: str, date: str) -> list:
    return milex.check(text, date=date).claims


@pytest.mark.parametrize(("last", "verdict"), [("2.12", "supported"), ("2.42", "contradicted")])
def test_year_labelled_lines_under_a_title_naming_one_ally(last, verdict):
    text = ("Germany's military outlays as a share of GDP (NATO)\n2022: 1.51\n2023: 1.64\n"
            f"2024: {last} (estimate)")  # fmt: skip
    got = {c.claim.year: c for c in _claims(text, "2024-09-02")}
    assert sorted(got) == [2022, 2023, 2024]
    assert all(c.claim.subject == "Germany" and c.claim.kind == "share_of_gdp"
               for c in got.values())  # fmt: skip
    assert got[2022].verdict == got[2023].verdict == "supported"
    assert got[2024].verdict == verdict


def test_a_line_naming_another_ally_is_not_the_titles_allys():
    text = "Germany's military outlays as a share of GDP (NATO)\n2023: 1.64\nFrance 2023: 2.06"
    france = [c for c in _claims(text, "2024-09-02") if c.claim.value == 2.06]
    assert all(c.claim.subject != "Germany" for c in france)


# (a wrong sum in the country's own money is left unverifiable, never supported: the line
# may give the national budget, which milex does not hold)
@pytest.mark.parametrize(("first", "verdict"), [("65.9", "supported"), ("55.9", "unverifiable")])
def test_sums_under_a_header_naming_natos_core_basis_are_defence_spending(first, verdict):
    text = (f"Canada's total, on NATO's core basis:\n- 2025-26: C${first} billion\n"
            "- 2026-27: C$71.5 billion, an estimate")  # fmt: skip
    got = {c.claim.year: c for c in _claims(text, "2026-07-09")
           if c.claim.kind == "spending_amount"}  # fmt: skip
    assert sorted(got) == [2025, 2026] and got[2025].claim.subject == "Canada"
    assert got[2025].verdict == verdict and got[2026].verdict == "supported"
