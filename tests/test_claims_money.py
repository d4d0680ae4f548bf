"""Amounts of money as real text writes them: in brackets after a rank, attributed to SIPRI or
to nobody, for a region rather than the allies, and in a currency or price base the text
names or leaves out.

Values from NATO's 2024 edition (17 June 2024), Table 2, current USD millions, 2024e: Germany
97,685.59, United Kingdom 82,107.13, France 64,271.20, United States 967,707, NATO Total
1,474,399.48; and from SIPRI's April 2025 release (28 April 2025), current USD millions, 2024:
United States 997,309.0.
"""

from __future__ import annotations

import milex
from tests.conftest import claims_of


def amounts(text: str, date: str) -> dict:
    found = claims_of("spending_amount", text, date)
    return {(c.claim.subject_code, c.claim.value): c.verdict for c in found}


def test_an_amount_in_brackets_after_a_rank_is_the_spending_ranked():
    got = amounts("Next on the list: second comes Germany ($97.7 billion), third Britain "
                  "($82.1 billion) and fourth France ($60 billion).", "2024-07-01")  # fmt: skip
    assert got == {("DEU", 97.7): "supported", ("GBR", 82.1): "supported",
                   ("FRA", 60.0): "contradicted"}  # fmt: skip


def test_members_of_the_alliance_together_are_the_alliance_total():
    got = amounts("Members of the alliance put $1.47 trillion into defence in 2024, and the "
                  "alliance's members had spent $1.2 trillion the year before.", "2024-07-01")  # fmt: skip
    # NATO Total, Table 2: 1,474,399 (2024e) and 1,294,808 (2023e), which is 1.3 at one decimal
    assert got == {("NATO", 1.47): "supported", ("NATO", 1.2): "contradicted"}


def test_some_members_of_the_alliance_are_not_its_total():
    got = amounts("Some members of the alliance spent $1.47 trillion on defence.", "2024-07-01")
    assert got == {(None, 1.47): "unverifiable"}


# European allies, summed by milex as each publisher groups them. NATO Table 2 (2024 edition),
# 2024e: Europe and Canada 506,692.48 less Canada 30,495.23 = 476,197. SIPRI (April 2025),
# 2024, current USD millions: the allies it places in Europe (all but the US, Canada and
# Türkiye, which it counts in the Middle East) 454,445; all 31 allies with forces 1,506,080, of
# which the United States 997,309 (66.2%) and those European allies 30.2%.


def test_the_european_allies_amount_is_their_sum_in_the_publishers_grouping():
    assert amounts("In 2024 the European allies spent $476 billion on defence.",
                   "2024-07-01") == {("EUROPE", 476.0): "supported"}  # fmt: skip
    assert amounts("European NATO members spent $454 billion on their militaries in 2024, "
                   "according to SIPRI.", "2025-05-20") == {("EUROPE", 454.0): "supported"}  # fmt: skip


def test_a_european_sum_that_disagrees_is_not_called_wrong():
    # 'European' is also said of Europe and Canada (506.7) and of SIPRI's region (693.4)
    got = claims_of("spending_amount", "In 2024 the European allies spent $440 billion on "
                    "defence.", "2024-07-01")  # fmt: skip
    assert [c.verdict for c in got] == ["unverifiable"]
    assert "another group" in got[0].explanation


def test_shares_of_the_allies_total_on_sipris_figures():
    got = {(c.claim.subject_code, c.claim.value): c.verdict for c in claims_of(
        "alliance_share", "SIPRI's figures for 2024 show the United States paid 66% of the "
        "allies' combined spending, and the European members 30% of NATO's total spending.",
        "2025-05-20")}  # fmt: skip
    assert got == {("USA", 66.0): "supported", ("EUROPE", 30.0): "supported"}


def test_european_nations_are_the_european_allies():
    assert amounts("European nations spent $476 billion on defence in 2024.",
                   "2024-07-01") == {("EUROPE", 476.0): "supported"}  # fmt: skip


def test_a_change_named_before_its_figure():
    # NATO Table 3 (2024 edition), annual real change, Türkiye 2024e: 44.09
    found = claims_of("real_change", "Türkiye: the largest increase, 44%.", "2024-07-01")
    assert [(c.claim.subject_code, c.claim.year, c.verdict) for c in found] == [
        ("TUR", 2024, "supported")
    ]


def test_a_share_of_spending_whose_owner_is_not_named_is_reported_not_dropped():
    found = claims_of("personnel_share", "Personnel costs absorbed 62% of the defence budget.",
                      "2024-07-01")  # fmt: skip
    assert [c.verdict for c in found] == ["unverifiable"]
    assert "whose" in found[0].explanation


def test_an_amount_then_its_share_then_its_owner():
    # NATO Table 2 (2024 edition), 2024e: United States 967,707 of 1,474,399 (65.6%)
    got = amounts("Allied budgets were dominated by one member: $968 billion, or 66%, for the "
                  "United States in 2024.", "2024-07-01")  # fmt: skip
    assert got == {("USA", 968.0): "supported"}


def test_we_in_a_leaders_quote_is_the_leaders_country():
    # US share of the allies' total, NATO Table 2 (2024 edition): 65.6% (2024e) to 72.0% (2016)
    found = claims_of("alliance_share", "Mr Trump returned to his complaint about the alliance. "
                      "“We paid 90 percent of NATO,” he said.", "2024-12-01")  # fmt: skip
    assert [(c.claim.subject_code, c.verdict) for c in found] == [("USA", "contradicted")]


# A change in money: the difference of two years of NATO Table 2 (2024 edition, current USD
# millions): Türkiye 16,614 (2023e) -> 22,776 (2024e), +6,162; Europe and Canada 289,276 (2014)
# -> 506,692 (2024e), +217,417, and over 2015-2024 the yearly levels above 2014's sum to 460,273.


def test_a_rise_in_dollars_is_the_difference_of_two_years():
    got = amounts("Türkiye's defence outlays rose by about $6 billion this year.", "2024-07-01")
    assert got == {("TUR", 6.0): "supported"}


def test_a_rise_in_dollars_that_disagrees_is_not_called_wrong():
    found = claims_of("spending_amount", "Türkiye's defence outlays rose by $9 billion this "
                      "year.", "2024-07-01")  # fmt: skip
    assert [c.verdict for c in found] == ["unverifiable"]
    assert "6.16" in found[0].explanation  # what the table gives, for the reader


def test_a_rise_since_a_year_reads_the_level_or_the_sum_of_the_extra():
    level = amounts("Since 2014, European allies and Canada have lifted defence spending by "
                    "more than $200 billion.", "2024-07-01")  # fmt: skip
    summed = amounts("Since 2014, European allies and Canada have added about $460 billion in "
                     "defence spending.", "2024-07-01")  # fmt: skip
    neither = amounts("Since 2014, European allies and Canada have added $600 billion in "
                      "defence spending.", "2024-07-01")  # fmt: skip
    assert level == {("NATO_EC", 200.0): "supported"}
    assert summed == {("NATO_EC", 460.0): "supported"}
    assert neither == {("NATO_EC", 600.0): "unverifiable"}


def test_a_heading_names_the_subject_of_the_paragraph_under_it():
    # SIPRI (April 2025), 2024, current USD millions: Germany 88,458
    text = "3. Germany: a rise of 28%\nSpending climbed to $88.5 billion, SIPRI said."
    assert amounts(text, "2025-05-20") == {("DEU", 88.5): "supported"}
    text = "Germany rose 28%, SIPRI said.\nSpending climbed to $88.5 billion, SIPRI said."
    assert amounts(text, "2025-05-20") == {(None, 88.5): "unverifiable"}  # not a heading


# NATO Table 2 (2024 edition), NATO Total, current USD millions: 2014 943,218 ... 2024e
# 1,474,399; the years 2015-2024 sum to 10,989,446 and 2014-2024 to 11,932,663. Poland:
# 15,338 (2022), 26,476 (2023e), 34,975 (2024e), average 25,596. Germany at constant 2015
# prices, 2024e: 76,943.


def test_money_spent_since_a_year_is_the_sum_of_the_years():
    got = amounts("Since 2014, the allies have spent a combined $11 trillion on defence.",
                  "2024-07-01")  # fmt: skip
    assert got == {("NATO", 11.0): "supported"}
    got = amounts("Since 2014, the allies have spent a combined $15 trillion on defence.",
                  "2024-07-01")  # fmt: skip
    assert got == {("NATO", 15.0): "unverifiable"}  # not the latest year's 1.47 tn: not wrong


def test_money_a_year_since_a_year_is_every_year_or_their_average():
    assert amounts("Since 2022, Poland has spent $35 billion a year on defence.",
                   "2024-07-01") == {("POL", 35.0): "unverifiable"}  # only 2024 is 35  # fmt: skip
    assert amounts("Since 2022, Poland has spent about $26 billion a year on defence.",
                   "2024-07-01") == {("POL", 26.0): "supported"}  # fmt: skip


def test_money_in_real_terms_or_todays_dollars_is_not_judged_at_current_prices():
    # current prices would give 97.69 for Germany and 653.94 for the US in 2014
    assert amounts("In real terms, Germany spent $77 billion on defence in 2024.",
                   "2024-07-01") == {("DEU", 77.0): "supported"}  # fmt: skip
    assert amounts("In real terms, Germany spent $90 billion on defence in 2024.",
                   "2024-07-01") == {("DEU", 90.0): "unverifiable"}  # fmt: skip
    assert amounts("In today's dollars, the United States spent $800 billion on defence in 2014.",
                   "2024-07-01") == {("USA", 800.0): "unverifiable"}  # fmt: skip


def test_the_same_year_is_the_year_before_not_the_price_base():
    # NATO Table 2 (2024 edition), constant 2015 USD, United Kingdom 2024e: 75,277 (2015: 59,5xx)
    found = claims_of("spending_amount", "Britain's outlays reached $82.1 billion in 2024. Counted "
                      "in 2015 dollars, they came to $75 billion the same year.", "2024-07-10")  # fmt: skip
    assert (found[-1].claim.year, found[-1].verdict) == (2024, "supported")


def test_a_time_after_a_restated_figure_is_both_figures_time():
    # NATO 2024 edition, Germany 2023e: 1.57% of GDP, USD 73,14x m (2024e: 2.12%, 97,686)
    found = milex_claims("Germany put 2.1% of GDP, or $97.7 billion, into defence last year.",
                         "2024-07-10")  # fmt: skip
    assert found == {
        ("share_of_gdp", 2023, "contradicted"),
        ("spending_amount", 2023, "contradicted"),
    }
    # a time in a clause of its own after the restatement is not the figures'
    found = milex_claims("Germany puts 2.1% of GDP, or $97.7 billion, into defence, and next year "
                         "it plans more.", "2024-07-10")  # fmt: skip
    assert found == {("share_of_gdp", 2024, "supported"), ("spending_amount", 2024, "supported")}


def milex_claims(text: str, date: str) -> set:

    return {(c.claim.kind, c.claim.year, c.verdict) for c in milex.check(text, date=date).claims}


def test_he_said_after_two_leaders_ties_we_to_neither():
    text = "Macron met Trump on Monday. “We spend 2.1% of GDP on defence,” he said."
    found = claims_of("share_of_gdp", text, "2025-03-01")
    assert [(c.claim.subject_code, c.verdict) for c in found] == [(None, "unverifiable")]


def test_adjusted_for_inflation_names_prices_not_another_field():
    # NATO Table 2 (2024 edition), constant 2015 USD, Germany 2024e: 76,943 (current 97,686)
    assert amounts("Adjusted for inflation, Germany's defence spending was $77 billion in 2024.",
                   "2024-07-10") == {("DEU", 77.0): "supported"}  # fmt: skip
    # inflation as a figure of its own is still another field
    found = claims_of("share_of_gdp", "German inflation ran at 6% in 2023 as the defence bill grew.",
                      "2024-07-10")  # fmt: skip
    assert found == []


def test_a_long_amount_may_be_cut_rather_than_rounded():
    """USD 967.71 bn: '$967bn' cuts it (a digit of ~0.1%), '$969bn' is off by more than that;
    '$63bn' for France's 64.27 stays wrong (a last digit of 1.6% is too coarse to be a cut)."""
    got = amounts("American defence spending reached $967bn this year, not $969bn; France "
                  "spent $63bn.", "2024-07-11")  # fmt: skip
    assert got[("USA", 967.0)] == "supported" and got[("USA", 969.0)] == "contradicted"
    assert got[("FRA", 63.0)] == "contradicted"


def test_an_amount_after_a_release_not_held_may_be_at_its_constant_prices():
    """On 25 April 2025 the current release was the Secretary General's annual report (24 April,
    not held), whose money is at constant 2021 prices. From the 2024 edition's Table 2, the US
    2024 figure is USD 967.7 bn at current prices and 810.6 to 938.8 bn at the prices of 2019 to
    2023 (constant 2015 value x current / constant of the base year): $818bn lies among them,
    so it is not called wrong; $1,300bn is beyond every one of them."""
    got = amounts("The United States spent $818 billion on defence last year.", "2025-04-25")
    assert got == {("USA", 818.0): "unverifiable"}
    got = amounts("The United States spent $1,300 billion on defence last year.", "2025-04-25")
    assert got == {("USA", 1300.0): "contradicted"}


def test_an_amount_per_head_is_table_6s_not_the_total():
    """NATO 2024 edition, Table 6: Norway 2024e spends USD 1,754 a head at constant 2015 prices
    (its total is USD 10.6 bn), USD 1,927 at current prices (Table 2's current spending over
    the population Table 6 implies). '$2,000 per person' is not a total to call wrong: with no
    prices named it agrees at current prices, and '$2,400' agrees at neither, but as constant
    prices of a base year unsaid it is left open; 'in real terms ... $1,750 a head' agrees."""
    got = amounts("Norway spends about $2,000 per person on defence.", "2024-07-10")
    assert got == {("NOR", 2000.0): "supported"}
    got = amounts("Norway spends about $2,400 per person on defence.", "2024-07-10")
    assert got == {("NOR", 2400.0): "unverifiable"}
    got = amounts("In real terms, Norway spends about $1,750 per head on defence.", "2024-07-10")
    assert got == {("NOR", 1750.0): "supported"}


def test_a_figure_with_no_year_before_any_held_release_takes_the_last_year_then_out():
    """On 11 April 2024 SIPRI's latest release (April 2023) ran to 2022: an undated total of
    the NATO members is 2022's, not 2024's. SIPRI 2025 release, NATO members 2022: USD 1,216 bn
    current, 1,056 to 1,165 bn at the prices of 2017-2021: '$1,195bn' may be one of those."""
    text = "Total military expenditure of NATO members, according to SIPRI: $1,195bn."
    (c,) = claims_of("spending_amount", text, "2024-04-11")
    assert (c.claim.year, c.verdict) == (2022, "unverifiable")


def test_an_amount_written_in_full_is_as_precise_as_its_last_digit_not_zero():
    """USD 967,707 m: '$968,000,000,000' is the figure to the billion; '$969,000,000,000' is
    off by more than a billion."""
    for stated, verdict in (("968", "supported"), ("969", "contradicted")):
        text = f"The United States spends ${stated},000,000,000 on defence this year."
        assert amounts(text, "2024-07-10") == {("USA", float(stated) * 1000): verdict}
