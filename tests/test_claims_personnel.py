"""Military personnel as real text words it: figures in brackets after the allies, a relative
clause holding the figure, 'the number' of the sentence before, 'only A and B have more', and
changes in headcount (which NATO does not publish).

Values from NATO Table 7 (military personnel, thousands), 2024 edition (17 June 2024), 2024e:
United States 1,300.2, Türkiye 481.0, Poland 216.1, France 204.7, Italy 171.4, Spain 117.4;
Poland 2014: 99.0, 2020: 116.2.
"""

from __future__ import annotations

import pytest

import milex


def found(text: str, date: str = "2024-07-01") -> dict:
    return {(c.claim.kind, c.claim.subject, c.claim.value): c.verdict
            for c in milex.check(text, date=date).claims}  # fmt: skip


def test_the_ally_of_a_relative_clause_holds_its_figure():
    got = found("Türkiye fields the alliance's second-largest armed forces, behind the United "
                "States, which tops the table with 1.3 million personnel.")  # fmt: skip
    assert got[("personnel", "United States", 1300.0)] == "supported"
    assert got[("ranking", "Türkiye", 2.0)] == "supported"


@pytest.mark.parametrize(("ally", "troops", "verdict"),
                         [("Poland", "216,100", "supported"), ("France", "204,700", "contradicted")])  # fmt: skip
def test_only_two_allies_have_more(ally, troops, verdict):
    got = found(f"NATO's latest estimate puts the armed forces of {ally} at {troops} personnel. "
                "Only the United States (1.3 million) and Türkiye (481,000) have more.")  # fmt: skip
    assert got[("personnel", "Türkiye", 481.0)] == "supported"
    assert got[("ranking", ally, 3.0)] == verdict  # France is fourth, behind Poland


@pytest.mark.parametrize(
    ("italy", "verdict"), [("171,400", "supported"), ("191,400", "contradicted")]
)
def test_figures_in_brackets_after_the_allies(italy, verdict):
    got = found(f"Italy ({italy}) and Spain (117,400) are among the allies whose armies number "
                "more than 100,000.")  # fmt: skip
    assert got[("personnel", "Spain", 117.4)] == "supported"
    assert got[("personnel", "Italy", float(italy.replace(",", "")) / 1000)] == verdict


def test_the_number_is_the_count_of_the_sentence_before():
    got = found("In 2014 Poland's military counted 99,000 personnel.\n\nBy 2020 the number had "
                "reached 116,200.", "2024-07-16")  # fmt: skip
    assert got[("personnel", "Poland", 116.2)] == "supported"


def test_a_change_in_headcount_is_unverifiable():
    got = found("Germany's armed forces are set to grow by up to 10,000 soldiers next year.")
    assert got == {("personnel", "Germany", 10.0): "unverifiable"}


def test_a_target_for_the_armed_forces_is_not_a_count():
    got = found("The government has a plan to build an army of 300,000 troops.", "2024-10-29")
    assert set(got.values()) <= {"unverifiable"}  # Poland had 216.1 thousand in 2024e


@pytest.mark.parametrize(
    ("share", "verdict"), [("about 59%", "supported"), ("about 45%", "contradicted")]
)
def test_a_share_of_the_budget_on_personnel(share, verdict):
    # NATO 2024 edition, Table 8b, 2024e: Italy 59.36% of defence spending on personnel
    got = found(f"Italy spends {share} of its defence budget on personnel.")
    value = float(share.split()[1].rstrip("%"))
    assert got == {("personnel_share", "Italy", value): verdict}


def test_the_place_of_a_personnel_share_is_ranked_on_personnel_shares():
    # 2024e personnel shares: Italy 59.36, Portugal 58.63, Croatia 57.85
    got = found("Personnel took about 59% of Italy's defence spending, the highest share in the "
                "alliance.")  # fmt: skip
    assert got[("ranking", "Italy", 1.0)] == "supported"


def test_armed_forces_that_number_a_figure_are_counted_in_persons():
    """NATO 2024 edition, Table 7: United States 1,300.2 thousand, Türkiye 481.0 (2024e)."""
    got = [(c.claim.kind, c.claim.subject, c.verdict) for c in milex.check(
        "The US armed forces number about 1.3 million. Turkey's armed forces number some "
        "480,000.", date="2024-07-10").claims]  # fmt: skip
    assert got == [
        ("personnel", "United States", "supported"),
        ("personnel", "Türkiye", "supported"),
    ]
