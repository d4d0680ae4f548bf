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
    # 'aimed at' naming what spending is for: Poland 2024 (2024 ed.) = 4.12, measured
    text = "Outlays aimed at deterring Russia rose to 4.12% of GDP in Poland this year."
    assert verdicts(text, JULY_2024)["4.12%"] == ("supported", 2024)


# --- (b) an estimate named as an earlier one, then the figure that replaced it ---------------

SEPT_2025 = "2025-09-05"


@pytest.mark.parametrize(
    ("text", "old", "new", "verdict"),
    [
        # 'has since been lowered to': 2.12 = Germany 2024 (2024 ed.), 2.00 (2025 ed.)
        ("Germany's 2.12% estimate for 2024 has since been lowered to 2.00%.",
         "2.12%", "2.00%", "supported"),
        # 1.8 against Germany 2024 = 2.00 (2025 ed.)
        ("Germany's 2.12% estimate for 2024 has since been lowered to 1.8%.",
         "2.12%", "1.8%", "contradicted"),
        # dated 'a year ago', the year named after the noun ('spending for 2024')
        ("A year ago NATO put Germany's spending for 2024 at 2.12%; it now stands at 2.00%.",
         "2.12%", "2.00%", "supported"),
        # dated by a month: the 2024 edition; 'the August 2025 data' is the release, not 2025
        ("In June 2024 NATO estimated Germany's 2024 spending at 2.12% of GDP; the August 2025 "
         "data show 2.0%.", "2.12%", "2.0%", "supported"),
        # Poland 2024 = 4.12 (2024 ed.), 3.79 (2025 ed.): 3.5 is wrong for 2024, not read as 2025
        ("In June 2024 NATO estimated Poland's 2024 spending at 4.12% of GDP; the August 2025 "
         "figures show 3.5%.", "4.12%", "3.5%", "contradicted"),
    ],
)  # fmt: skip
def test_an_earlier_estimate_is_judged_on_its_edition_and_its_replacement_takes_its_year(
    text, old, new, verdict
):
    found = verdicts(text, SEPT_2025)
    assert found[old] == ("supported", 2024)
    assert found[new] == (verdict, 2024)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # 2024 edition: 23 allies at or above 2% in 2024 (18 in the 2025 edition)
        ("Last year's NATO report counted 23 allies at 2% or more in 2024.", "supported"),
        ("Last year's NATO report expected 20 allies to reach 2% in 2024.", "contradicted"),
    ],
)
def test_last_years_report_is_that_edition(text, verdict):
    (checked,) = milex.check(text, date=SEPT_2025).claims
    assert checked.verdict == verdict
    assert checked.evidence is not None and checked.evidence.edition == 2024


@pytest.mark.parametrize(("value", "verdict"), [("2.41%", "supported"), ("2.1%", "contradicted")])
def test_an_estimate_of_two_years_ago_is_that_years_edition(value, verdict):
    # Finland 2024: 2.41 in the 2024 edition, 2.40 in 2025's, 2.11 (core) in 2026's
    text = f"Two years ago NATO put Finland's 2024 spending at {value} of GDP."
    assert verdicts(text, "2026-07-20")[value] == (verdict, 2024)


# --- (c) a part of a plan, not its headline total ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # ReArm Europe (4 March 2025): close to EUR 800 bn = EUR 150 bn of SAFE loans + close to
        # EUR 650 bn of fiscal space over four years
        "Of ReArm Europe's total, roughly EUR 650 billion is to come from national budgets.",
        "Relaxing the EU's fiscal rules could free up EUR 650 billion over four years, the "
        "Commission reckons.",
    ],
)
def test_a_plans_part_is_judged_as_that_part_and_not_as_its_total(text):
    (checked,) = milex.check(text, date="2025-04-08").claims
    assert checked.claim.figures == ["rearm-fiscal-space"]
    assert checked.verdict == "supported"
    # the same value said to be the whole stays wrong: the total is close to EUR 800 bn
    (total,) = milex.check(
        "ReArm Europe would mobilise EUR 650 billion in total.", date="2025-04-08"
    ).claims
    assert total.verdict == "contradicted"


# --- (d) an ally's own plan, not NATO's guideline --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Canada 2024 (FY 2024/25) = 1.37 in the 2024 edition: a plan's 1.4 is neither
        # measured spending nor the 2% guideline stated wrong
        "The Trudeau government's defence plan of 2017 envisaged roughly 1.4% of GDP by 2024-25.",
        "Ottawa's 2017 defence policy envisaged about 1.4% of GDP by 2024-25.",
        "Canada's 2017 plan aimed for 1.4% of GDP by 2024-25.",
    ],
)
def test_an_allys_plan_is_neither_the_guideline_nor_spending(text):
    (checked,) = milex.check(text, date=JULY_2024).claims
    assert checked.claim.kind != "guideline_value"
    assert checked.verdict == "unverifiable"


@pytest.mark.parametrize(("spent", "verdict"), [("2.78%", "supported"), ("3.1%", "contradicted")])
def test_a_capital_setting_itself_a_goal_is_the_allys_plan(spent, verdict):
    # 'Vilnius set itself': Lithuania's government, not the Vilnius summit's 2% floor;
    # Lithuania 2023 = 2.78 (2024 edition)
    text = f"Back in 2022 Vilnius set itself a goal of 2.5% of GDP for 2023; in the end Lithuania spent {spent}."
    found = verdicts(text, JULY_2024)
    assert found["2.5%"] == ("unverifiable", 2023)
    assert found[spent] == (verdict, 2023)
