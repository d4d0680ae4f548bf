"""Plans and earlier estimates: a pledge, goal or aim for a year now measured is a plan, not
spending (and the spending said after it is of the plan's year); an estimate a text names as
an earlier one is judged on the edition that published it, and the figure that replaced it on
today's.

Values (NATO Table 3, share of GDP, %): 2024 edition (17 June 2024): Poland 2023 3.26,
Romania 2023 1.60, Italy 2023 1.50, Germany 2023 1.64, Poland 2024 4.12, Germany 2024 2.12;
2025 edition (28 August 2025): Poland 2024 3.79, Germany 2024 2.00; allies at or above 2% in
2024: 23 (2024 edition), 18 (2025 edition).
"""

from __future__ import annotations

import pytest

import milex

JULY_2024 = "2024-07-01"


def verdicts(text: str, date: str) -> dict[str, tuple[str, int | None]]:
    """Each figure's text -> (verdict, year read)."""
    return {c.claim.text: (c.verdict, c.claim.year) for c in milex.check(text, date=date).claims}


# --- (a) a pledge for a year now measured, then what was spent ------------------------------


@pytest.mark.parametrize(
    ("text", "plan", "spent", "verdict"),
    [
        # the pledge: a plan; 3.3 against Poland 2023 = 3.26: supported
        ("Back in 2022 Warsaw had pledged to put 4% of GDP into defence in 2023. "
         "As it turned out, it spent 3.3%.", "4%", "3.3%", "supported"),
        # 2.9 against Poland 2023 = 3.26: contradicted, on the plan's year
        ("Back in 2022 Warsaw had pledged to put 4% of GDP into defence in 2023. "
         "As it turned out, it spent 2.9%.", "4%", "2.9%", "contradicted"),
        # a target stated as 'the goal for 2023 was': 3.26 = Poland 2023
        ("Poland's goal for 2023 was 4.5% of GDP; it spent 3.26%.", "4.5%", "3.26%", "supported"),
        # 'was supposed to': Romania 2023 = 1.60
        ("Bucharest's budget law said Romania was supposed to spend 2.5% of GDP in 2023, "
         "but NATO's tables show it spent 1.6%.", "2.5%", "1.6%", "supported"),
        # Romania 2023 = 1.60, not 2.1
        ("Romania was meant to devote 2.5% of GDP to defence in 2023; in the end it spent 2.1%.",
         "2.5%", "2.1%", "contradicted"),
    ],
)  # fmt: skip
def test_a_past_pledge_is_a_plan_and_the_spending_after_it_takes_its_year(
    text, plan, spent, verdict
):
    found = verdicts(text, JULY_2024)
    assert found[plan][0] == "unverifiable"  # a plan, not a measured value
    assert found[spent] == (verdict, 2023)


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("Under its 2019 plan, Germany aimed for 1.5% of GDP by 2024.", "1.5%"),  # 2024: 2.12
        ("Rome was meant to spend 1.8% of GDP in 2023.", "1.8%"),  # Italy 2023: 1.50
        ("Germany set itself a target for 2023 of 1.8% of GDP.", "1.8%"),  # 2023: 1.64
    ],
)
def test_a_past_aim_is_not_judged_as_spending(text, plan):
    assert verdicts(text, JULY_2024)[plan][0] == "unverifiable"


def test_a_pledge_in_an_aside_leaves_the_spending_after_it_measured():
    # the aside's 2% is a pledge; the 3.26 after the comma is Poland's 2023 figure
    found = verdicts("Poland, which had pledged 2%, spent 3.26% of GDP in 2023.", JULY_2024)
    assert found["2%"][0] == "unverifiable"
    assert found["3.26%"] == ("supported", 2023)


def test_spending_said_after_a_promise_is_measured():
    # Canada 2024 (2024 ed.) = 1.37: 'spends' makes it a level now, not the pledge's
    found = verdicts("Canada has promised to reach 2% by 2032 and spends 1.37% now.", JULY_2024)
    assert found["1.37%"][0] == "supported"
    found = verdicts("Canada has promised to reach 2% by 2032 and spends 1.9% now.", JULY_2024)
    assert found["1.9%"][0] == "contradicted"
