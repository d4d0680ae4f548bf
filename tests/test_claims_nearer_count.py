"""Two counts in one sentence, then allies named with 'among them': the allies belong to the
nearer number ('23 met the goal; just eight missed it, Spain among them'), not to the count
before it (listed._nearer_count); and a bare number after a semicolon with 'with figures'
before its word of falling short is a count of the allies below the level, of those with a
figure (counts._with_figures).

Values from NATO's 2024 edition, looked up with milex.observations("share_of_gdp", None,
years=[2024], edition=2024): 23 allies at or above 2.00 in 2024; below it 8 of the 31 with
figures (Belgium 1.30, Canada 1.37, Croatia 1.81, Italy 1.49, Luxembourg 1.29, Portugal 1.55,
Slovenia 1.29, Spain 1.28); Iceland has no figure.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-03-21"


def claims(text: str) -> list:
    return milex.check(text, date=DAY).claims


@pytest.mark.parametrize(("ally", "number"), [("Spain", "eight"), ("Italy", "nine")])
def test_an_ally_among_the_nearer_count_is_not_one_of_the_first(ally, number):
    text = (f"By 2024, 23 of NATO's 32 members had hit the guideline, the alliance reckons; "
            f"just {number} with data were short of it, {ally} among them.")  # fmt: skip
    got = claims(text)
    # the ally is below 2%: never judged as one of the 23 at or above it
    assert not [c for c in got if c.claim.subject == ally and c.verdict == "contradicted"]
    # with no nearer number, the ally is named as one of the 23, which it is not
    alone = claims(f"In 2024, 23 of NATO's 32 members met the 2% floor, {ally} among them.")
    assert [c.verdict for c in alone if c.claim.subject == ally] == ["contradicted"]


@pytest.mark.parametrize(("number", "value", "verdict"),
                         [("eight", 8.0, "supported"), ("eleven", 11.0, "contradicted")])  # fmt: skip
def test_a_bare_number_with_figures_after_a_semicolon_counts_those_below(number, value, verdict):
    text = (
        f"In 2024, 23 of NATO's 32 members met the 2% floor; merely {number} with "
        "figures fell short."
    )
    got = [c for c in claims(text) if c.claim.value == value]
    assert [(c.claim.kind, c.claim.comparator, c.claim.year, c.verdict) for c in got] == [
        ("count_meeting", "<", 2024, verdict)
    ]


@pytest.mark.parametrize(("number", "verdict"), [("three", "supported"), ("six", "contradicted")])
def test_did_after_a_count_and_its_rest_repeats_the_count(number, verdict):
    # 2024 ed.: 3 of 28 allies at or above 2% in 2014 (milex.observations("share_of_gdp",
    # None, years=[2014], edition=2024))
    text = (
        "In 2024, 23 of NATO's 32 members met the 2% floor, while eight fell short. "
        f"A decade before, only {number} did."
    )
    got = [c for c in claims(text) if c.claim.year == 2014]
    assert [(c.claim.comparator, c.verdict) for c in got] == [(">=", verdict)]
