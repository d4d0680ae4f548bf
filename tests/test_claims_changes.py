"""Real change as real text words it: whose change ('across the alliance', 'by Canada and the
European members'), which year ('over the previous year', 'from 2023'), and changes that are
not of NATO-defined spending (a bill's) or that a target sentence frames ('to hit the target').

Values from NATO Table 3 (annual real change, %): 2024 edition (17 June 2024), 2024e: NATO
total 10.88, Europe and Canada 17.95, Türkiye 44.09; 2025 edition (28 August 2025): Europe and
Canada 18.59 (2024e) and 15.94 (2025e), Spain 43.11 (2025e).
"""

from __future__ import annotations

import pytest

import milex
from tests.conftest import claims_of, one_claim


def changes(text: str, date: str) -> list:
    return claims_of("real_change", text, date)


def one_change(text: str, date: str):
    return one_claim("real_change", text, date)


def test_a_rise_across_the_alliance_is_the_alliance_total_of_the_latest_year():
    c = one_change("The Norwegian-born secretary general, in office since 2014, said spending "
                   "had grown by a combined 18% across the alliance in the past year.",
                   "2024-06-20")  # fmt: skip
    assert (c.claim.subject_code, c.claim.year) == ("NATO", 2024)
    assert c.verdict == "contradicted"  # 10.88 for the alliance; 18 was Europe and Canada's


def test_a_rise_by_canada_and_the_european_members():
    c = one_change("He also pointed to an 18 percent increase in spending by Canada and the "
                   "European members.", "2024-06-20")  # fmt: skip
    assert c.claim.subject_code == "NATO_EC" and c.verdict == "supported"


def test_an_opening_clause_takes_the_subject_of_the_main_clause():
    found = changes("After growth of 18.6% in 2024, spending by European allies and Canada is "
                    "expected to rise 15.9% this year.", "2025-09-01")  # fmt: skip
    got = {(c.claim.subject_code, c.claim.year, c.claim.value): c.verdict for c in found}
    assert got == {("NATO_EC", 2024, 18.6): "supported", ("NATO_EC", 2025, 15.9): "supported"}


@pytest.mark.parametrize("over", ["over the previous year", "on the year before"])
def test_a_change_over_the_previous_year_is_the_latest_years_change(over):
    c = one_change(f"Türkiye recorded a 44% increase {over}.", "2024-06-20")
    assert c.claim.year == 2024 and c.verdict == "supported"


def test_a_change_from_a_year_is_the_change_to_the_next():
    c = one_change("Türkiye's defence outlays jumped 44% from 2023.", "2024-06-20")
    assert c.claim.year == 2024 and c.verdict == "supported"


def test_a_bills_change_is_not_judged_as_spending():
    c = one_change("The US Senate passed an $850 billion defence authorization bill for fiscal 2025, "
                   "a 3% increase over the previous year.", "2024-12-20")  # fmt: skip
    assert c.verdict == "unverifiable" and "bill" in c.explanation


def test_a_change_is_not_the_target_it_serves():
    c = one_change("To get to the target, Spain lifted its defence budget by 43.11% in a year.",
                   "2025-09-01")  # fmt: skip
    assert c.claim.subject == "Spain" and c.claim.year == 2025 and c.verdict == "supported"


def test_an_expected_change_is_not_a_demand():
    c = one_change("Spending by NATO Europe and Canada should rise 15.9% year-on-year.",
                   "2025-09-01")  # fmt: skip
    assert c.claim.year == 2025 and c.verdict == "supported"


def test_a_change_that_may_be_nominal_is_not_called_wrong_on_the_real_one():
    """Poland 2024: real change +19.14% (2025 edition, Table 3); at current prices +36.0%
    (2024 edition, Table 1: PLN 111,226 m to 151,241 m), the money table current in
    September 2025. 'More than a third', with no 'real', may be the nominal rise; 'more than a
    half' is neither."""
    got = {c.claim.text: c.verdict for c in milex.check(
        "Poland's spending rose by more than a third in 2024. Its budget had risen by more "
        "than a half in 2024, a minister said wrongly.", date="2025-09-01").claims
        if c.claim.kind == "real_change"}  # fmt: skip
    assert got == {"more than a third": "unverifiable", "more than a half": "contradicted"}


def test_surges_is_a_change():
    """NATO 2025 edition, Table 3: Belgium 2025e real change 57.41%."""
    (c,) = milex.check("Belgium's spending surges 57% this year.", date="2025-09-01").claims
    assert (c.claim.kind, c.verdict) == ("real_change", "supported")


@pytest.mark.parametrize(("size", "verdict"), [("1.4", "supported"), ("1.5", "contradicted")])
def test_a_fall_is_rounded_by_its_size(size, verdict):
    """NATO 2025 edition, Table 3: Czechia 2025e real change -1.35% (-1.348 unrounded): a
    writer rounding the printed -1.35 by its size writes 'falls by 1.4%'; 1.5 is wrong."""
    c = one_change(f"Czechia's real defence spending falls by {size}% in 2025, NATO says.",
                   "2025-09-01")  # fmt: skip
    assert c.verdict == verdict
