"""Shares of the allies' total spending as real text words them: a fraction of 'NATO
countries' yearly outlays', 'its spending makes up two thirds of the NATO total' (the ally of
the sentence before), '$997 billion, or 66%, for the United States', and 'more than every
other ally combined' (over one half).

Values from NATO Table 2 (current USD), 2024 edition (17 June 2024): United States 967,707 m
of a NATO total of 1,474,399 m in 2024e (65.6%); the US share stays between about 65% and 72%
in every year 2014-2024.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of, one_claim


def shares(text: str, date: str = "2024-07-10") -> list:
    return claims_of("alliance_share", text, date)


def one_share(text: str, date: str = "2024-07-10"):
    return one_claim("alliance_share", text, date)


def test_a_fraction_of_nato_countries_outlays_is_a_share_not_a_count():
    c = one_share("In dollars, the US accounts for about two-thirds of NATO countries' yearly "
                  "defence outlays.")  # fmt: skip
    assert c.claim.subject == "United States" and c.verdict == "supported"


def test_its_share_is_the_ally_of_the_sentence_before():
    c = one_share("The US has obligations far beyond Europe. In 2024 its defence spending made "
                  "up two thirds of the NATO total.")  # fmt: skip
    assert c.claim.subject == "United States" and c.verdict == "supported"


@pytest.mark.parametrize(("share", "verdict"), [("66%", "supported"), ("76%", "contradicted")])
def test_a_share_in_apposition_to_an_amount(share, verdict):
    found = shares("Canada and the European allies spent about a third of the allies' total in "
                   f"2024, against $968 billion, or {share}, for the United States.")  # fmt: skip
    us = [c for c in found if c.claim.subject == "United States"]
    assert len(us) == 1 and us[0].verdict == verdict


def test_more_than_every_other_ally_combined_is_over_half():
    c = one_share("The United States, which spends more on defence than all the other allies "
                  "combined, wants Europe to do more.")  # fmt: skip
    assert (c.claim.value, c.claim.hedge, c.verdict) == (50.0, "more_than", "supported")


def test_over_half_is_not_far_from_every_year_before_the_first_edition():
    # no edition held was out in 2017; 'more than half' is right in every year held
    c = one_share("The United States, which spends more on defence than all the other allies "
                  "combined, wants Europe to do more.", date="2017-05-28")  # fmt: skip
    assert c.verdict == "unverifiable"


def test_a_portion_of_overall_nato_spending_named_before_its_figures():
    # NATO 2024 edition, Table 2 (current USD): Türkiye 1.44% of the allies' total in 2014,
    # 1.54% in 2024
    found = shares("Türkiye's portion of overall NATO defence expenditure, in current prices, "
                   "went from 1.4 percent in 2014 to 1.9 percent in 2024.")  # fmt: skip
    got = {c.claim.year: c.verdict for c in found}
    assert got == {2014: "supported", 2024: "contradicted"}
