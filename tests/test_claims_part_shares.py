"""Figures that are parts of a whole other than the ally's own GDP, and bounds that are no
figure at all: a chart legend's class ('the bubbles (2% or more)'), a share of what a named
group of allies spends, one ally's part of a group's combined GDP, a share of the world total
held by several spenders together, and an ally's own figure in brackets after a count of
allies short of an unnamed mark.

Official values (looked up with milex.observations):
- NATO 2024 edition (17 June 2024), Table 3, share of GDP in 2024e: Greece 3.08, Latvia 3.15,
  Spain 1.28, United States 3.38; 8 of the 31 allies with figures below 2% in 2024.
- SIPRI (April 2025 release): United States 997,309 m of a world total of 2,718,184 m in 2024
  (36.7%).
"""

from __future__ import annotations

import milex
from tests.conftest import claims_of

NATO_2024 = "2024-07-08"
SIPRI_2025 = "2025-05-05"


def _of_value(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


# a chart legend: the bracketed class of a mark is no claim, the figures beside it are
LEGEND = (
    "The biggest bubble stands for the United States. Among the dark-blue bubbles (3% or more) "
    "are Greece at 3.08% and Latvia at 3.5%."
)


def test_a_legend_class_in_brackets_is_not_a_claim_but_its_neighbours_are() -> None:
    assert _of_value(LEGEND, NATO_2024, 3.0) == []
    found = claims_of("share_of_gdp", LEGEND, NATO_2024)
    verdicts = {c.claim.subject: c.verdict for c in found}
    assert verdicts == {"Greece": "supported", "Latvia": "contradicted"}  # Latvia 3.15


# a share of what a named group spends: never a share of GDP
def test_a_share_of_what_a_group_spends_is_not_of_gdp() -> None:
    text = "Italy's outlay is roughly 6% of what the European allies and Canada spend together."
    found = _of_value(text, NATO_2024, 6.0)
    assert found, "the share is read"
    assert all(c.claim.kind != "share_of_gdp" for c in found)
    assert all(c.verdict == "unverifiable" for c in found)


# one ally's part of a group's combined GDP
def test_one_allys_part_of_combined_gdp_is_not_its_defence_share() -> None:
    text = "The United States makes up 65% of allied defence spending and 52% of combined GDP."
    found = _of_value(text, NATO_2024, 52.0)
    assert found and all(c.verdict == "unverifiable" for c in found)
    # the same ally's own share of its GDP, wrong, is still contradicted
    found = claims_of(
        "share_of_gdp", "The United States spent 3.9% of its GDP on defence.", NATO_2024
    )
    assert [c.verdict for c in found] == ["contradicted"]  # 3.38 in 2024


# several spenders' share of the world total together
def test_a_share_held_together_is_not_the_first_spenders() -> None:
    text = (
        "SIPRI's three biggest spenders in 2024 were the US ($997bn), China and Russia. "
        "Between them they took 51% of the world total."
    )
    found = _of_value(text, SIPRI_2025, 51.0)
    assert found and all(c.verdict == "unverifiable" for c in found)
    # one spender's share, wrong, is still contradicted
    text = "According to SIPRI, the US alone accounted for 50% of the world total in 2024."
    found = claims_of("world_share", text, SIPRI_2025)
    assert [c.verdict for c in found] == ["contradicted"]  # 36.7%


# an ally's figure in brackets after a count short of the mark: not the count's level
def test_a_count_short_of_the_mark_is_against_the_guideline() -> None:
    text = (
        "The eight allies still short of the goal include Spain (1.28 percent) and Belgium (1.3)."
    )
    found = claims_of("count_meeting", text, NATO_2024)
    assert [(c.verdict, c.claim.threshold) for c in found] == [("supported", 2.0)]


def test_a_wrong_count_short_of_the_mark_is_contradicted() -> None:
    text = "The five allies still short of the goal include Spain (1.28 percent) and Belgium (1.3)."
    found = claims_of("count_meeting", text, NATO_2024)
    assert [(c.verdict, c.claim.threshold) for c in found] == [("contradicted", 2.0)]
