"""Sums of money as speakers say them: a series with its unit said once ('Germany, eighty-eight
billion dollars. Britain about eighty-two, France sixty-five': the later bare numbers after a
country's name, of the same size, are sums in that unit), a sum with no currency for the US
(its own money is the dollar) or for a country outside NATO (held in dollars only: supported
when the dollars agree, else unverifiable, as it may be in the country's own money), and a
round number of millions ('997,000 million', to the billion). A figure of no year of its own
whose currency is read takes the year its reading settled on.

Official values (SIPRI Military Expenditure Database, April 2025 release, current US dollars,
looked up with `milex.observations("spending_usd_current", country, years=[2024],
source="SIPRI")`): United States 997,309 m (cell BZ79), China 313,658 m (BZ106), Germany
88,458 m (BZ168), United Kingdom 81,763 m (BZ181), France 64,675 m (BZ167).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-05-20"  # SIPRI's April 2025 release is out: its latest year is 2024


def _sums(text: str) -> list[tuple[str | None, float, int | None, str]]:
    return [
        (c.claim.subject, c.claim.value, c.claim.year, c.verdict)
        for c in milex.check(text, date=DAY).claims
        if c.claim.kind == "spending_amount"
    ]


@pytest.mark.parametrize(
    "france, value, verdict",
    [("sixty-five", 65.0, "supported"), ("forty-six", 46.0, "contradicted")],
)
def test_a_series_of_sums_with_the_unit_said_once(france, value, verdict):
    text = (
        "HOST: What does SIPRI show for Europe's big spenders?\n"
        f"GUEST: Germany, eighty-eight billion dollars. Britain about eighty-two, France {france}."
    )
    assert _sums(text) == [
        ("Germany", 88.0, 2024, "supported"),
        ("United Kingdom", 82.0, 2024, "supported"),
        ("France", value, 2024, verdict),
    ]
    # (with no sum before it, a bare number after a name is no sum; 'two of them' no figure)
    assert _sums("HOST: What does SIPRI show?\nGUEST: Britain about eighty-two, two of them.") == []


@pytest.mark.parametrize(
    "said, value, verdict",
    [("ninety-seven", 997.0, "supported"), ("seventy-nine", 979.0, "contradicted")],
)
def test_a_us_sum_with_no_currency_is_in_dollars(said, value, verdict):
    text = f"SIPRI: The US alone spent nine hundred {said} billion last year."
    assert _sums(text) == [("United States", value, 2024, verdict)]


@pytest.mark.parametrize(
    "said, value, verdict",
    [("three", 314.0, "supported"), ("two", 214.0, "unverifiable")],
)
def test_a_sum_of_a_country_outside_nato_with_no_currency(said, value, verdict):
    text = f"According to SIPRI, China spent about {said} hundred fourteen billion last year."
    assert _sums(text) == [("China", value, 2024, verdict)]


@pytest.mark.parametrize("said, verdict", [("997,000", "supported"), ("979,000", "contradicted")])
def test_a_round_number_of_millions_is_stated_to_its_last_digit_not_zero(said, verdict):
    text = f"The United States, SIPRI says, spent {said} million dollars in 2024."
    assert _sums(text) == [("United States", float(said.replace(",", "")), 2024, verdict)]
