"""Sums per head whose owner is an ally's people ('$1,186 per Briton', 'Per person, Americans
spend about $2,240'), and a '$' beside Canada in a sum per head that NATO's or SIPRI's tables
are said to give: both publish spending per head in US dollars only.

Values (looked up with milex.observations):
- NATO 2024 edition (17 June 2024), spending per head at constant 2015 USD, 2024 (estimates):
  United States 2,239.5, United Kingdom 1,097.1, Canada 608.5.
- SIPRI April 2025 release, spending per head at current USD, 2024: United States 2,895.1,
  United Kingdom 1,186.3, Canada 742.2.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(("uk", "verdict"), [("1,186", "supported"), ("1,386", "contradicted")])
def test_a_sum_per_one_of_an_allys_people_is_that_allys(uk, verdict):
    text = f"On SIPRI's 2024 data, that comes to $2,895 per American and ${uk} per Briton."
    found = _of(text, "2025-05-06", float(uk.replace(",", "")))
    assert len(found) == 1 and found[0].claim.subject == "United Kingdom"
    assert found[0].verdict == verdict
    us = _of(text, "2025-05-06", 2895.0)
    assert len(us) == 1 and us[0].claim.subject == "United States" and us[0].verdict == "supported"


@pytest.mark.parametrize(("sum_", "verdict"), [("2,240", "supported"), ("2,640", "contradicted")])
def test_an_allys_people_as_the_spenders_of_a_sum_per_head(sum_, verdict):
    found = _of(f"Per head, Americans put about ${sum_} a year into defence (2015 dollars), "
                "NATO's table shows.", "2024-06-25", float(sum_.replace(",", "")))  # fmt: skip
    assert len(found) == 1 and found[0].claim.subject == "United States"
    assert found[0].verdict == verdict


@pytest.mark.parametrize(("sum_", "verdict"), [("609", "supported"), ("809", "contradicted")])
def test_a_dollar_beside_canada_in_natos_sums_per_head_is_the_us_dollar(sum_, verdict):
    found = _of(f"Per head, in 2015 dollars, Canada spends ${sum_} on defence, NATO's table "
                "shows.", "2024-06-25", float(sum_))  # fmt: skip
    assert len(found) == 1 and found[0].claim.subject == "Canada"
    assert found[0].verdict == verdict


def test_a_dollar_beside_canada_with_no_table_named_stays_in_doubt():
    found = _of("Per head, in 2015 dollars, Canada spends $809 on defence.", "2024-06-25", 809.0)
    assert all(c.verdict == "unverifiable" for c in found)
