"""The claim checker keeps what one clause says inside that clause: the year of a starting
point ('from 1.66% in 2023') or a base ('up 10% on 2023') is not the year of the figure set
after it; a level something was first set at is a plan; 'the other 30' are a group, not the
ally named before; and a count takes its guideline from its own clause, not from the next
one's equipment.

Official values in the comments are NATO's, read with
`milex.observations(measure, ally, years=[...], edition=...)`.
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"  # the 2024 edition (17 June 2024) is current


def claims(text: str, date: str = DAY) -> list[tuple[str, str, float | None, int | None]]:
    """(verdict, subject, value, year) of every claim the checker finds."""
    report = milex.check(text, date=date)
    return [(c.verdict, str(c.claim.subject), c.claim.value, c.claim.year) for c in report.claims]


def _of(found: list[tuple[str, str, float | None, int | None]], value: float) -> tuple:
    return next(c for c in found if c[2] == value)


def test_a_starting_points_year_stays_with_it():
    # 2024 ed., Netherlands: share of GDP 2.05 (2024), 1.66 (2023); real change 24.25 (2024),
    # 15.74 (2023): the rise after the comma is this year's, not 2023's
    found = claims(
        "The Dutch defence effort climbs to 2.05% of GDP this year from 1.66% in 2023, "
        "a real-terms rise of 24.2%."
    )
    assert _of(found, 24.2) == ("supported", "Netherlands", 24.2, 2024)
    assert _of(found, 1.66)[::3] == ("supported", 2023)
    found = claims(
        "The Dutch defence effort climbs to 2.05% of GDP this year from 1.66% in 2023, "
        "a real-terms rise of 31.0%."
    )
    assert _of(found, 31.0) == ("contradicted", "Netherlands", 31.0, 2024)


def test_a_figure_after_and_does_not_take_the_bases_year():
    # 2024 ed., Poland: equipment 51.13% (2024), 44.73% (2023); share of GDP 3.26 (2023)
    text = (
        "Poland expects to spend 4.12% of GDP this year after 3.26% in 2023, and {}% of its "
        "defence budget goes on major equipment."
    )
    assert _of(claims(text.format("51.1")), 51.1) == ("supported", "Poland", 51.1, 2024)
    assert _of(claims(text.format("38.0")), 38.0) == ("contradicted", "Poland", 38.0, 2024)


def test_up_on_a_year_names_the_base_not_the_year():
    # 2024 ed., Slovakia: real change 10.36 (2024), 3.47 (2023); share of GDP 2.00 (2024)
    text = "Slovakia reaches 2.0% of GDP this year, NATO estimates. That is up {}% in real terms on 2023."
    assert _of(claims(text.format("10.4")), 10.4) == ("supported", "Slovakia", 10.4, 2024)
    assert _of(claims(text.format("6.0")), 6.0) == ("contradicted", "Slovakia", 6.0, 2024)
    found = claims("Slovakia's defence spending is up 10.4% in real terms on 2023, NATO estimates.")
    assert found == [("supported", "Slovakia", 10.4, 2024)]


def test_a_level_first_set_is_a_plan():
    # 2024 ed., Lithuania 2024: 2.85% of GDP. The level the budget was first set at is a plan
    found = claims(
        "Lithuania's defence spending came to about 2.85% of GDP in 2024, against a budget "
        "first set at 2.52%.",
        date="2025-01-10",
    )
    assert _of(found, 2.85)[0] == "supported"
    assert _of(found, 2.52)[0] == "unverifiable"
    # the measured figure, wrong, is still contradicted
    found = claims(
        "Lithuania's defence spending came to about 2.52% of GDP in 2024, against a budget "
        "first set at 2.85%.",
        date="2025-01-10",
    )
    assert _of(found, 2.52)[0] == "contradicted"
    assert _of(found, 2.85)[0] == "unverifiable"


def test_the_other_allies_are_a_group_not_the_ally_before():
    # 2024 ed., Poland 2024: 4.12%. "The other 30" are not Poland: no verdict on Poland's 4.12
    found = claims("Poland spends 4.12% of GDP on defence. The other 30 average about 1.9%.")
    assert [c for c in found if c[2] == 1.9 and c[0] != "unverifiable"] == []
    # an ally named in the clause keeps its figure: Latvia 2024 = 3.15
    found = claims(
        "Poland spends 4.12% of GDP on defence. Among the other members, Latvia spends 1.1%."
    )
    assert _of(found, 1.1) == ("contradicted", "Latvia", 1.1, 2024)
    # ("more than all the other allies combined: $968bn" is still the United States's)
    found = claims(
        "Washington spends more on defence than all the other allies combined: $968bn this year."
    )
    assert _of(found, 968.0)[:2] == ("supported", "United States")


def test_a_counts_guideline_is_its_own_clauses():
    # 2019 ed.: 7 of 29 allies at or above 2% of GDP in 2019; the equipment named after ', and'
    # is the 16's guideline, not the seven's
    text = (
        "{} members are on track to hit the 2% goal in 2019, the alliance says, and 16 are set "
        "to devote a fifth of their budgets to major equipment."
    )
    assert _of(claims(text.format("Seven"), date="2019-07-01"), 7.0)[::3] == ("supported", 2019)
    assert _of(claims(text.format("Nine"), date="2019-07-01"), 9.0)[::3] == ("contradicted", 2019)
