"""A place in the group at one end of the allies' order, its size unsaid ('among the lowest
in the alliance', 'among the allies devoting the smallest share of GDP'): read as the quarter
of the allies at that end (8 of 31); a place past the middle contradicts it; a place between
the two abstains, as does a group whose name the text leaves out.

Official values, looked up with `milex.observations("share_of_gdp", ALLY, years=[2024],
edition=2024)`: NATO 2024 edition (17 June 2024), Table 3, 2024 estimates: Croatia 1.81 (N15,
8th lowest of 31), Lithuania 2.85 (N26, 6th highest), Latvia 3.15 (N25, 4th highest, 28th
lowest), France 2.06 (N20, 13th lowest).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-03-10"


def _rank(text: str):
    return next(c for c in milex.check(text, date=DAY).claims if c.claim.kind == "ranking")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Croatia's 1.81% last year was among the lowest in the alliance.", "supported"),
        ("Lithuania is among the allies devoting the highest share of GDP to defence.",
         "supported"),
        ("Latvia is among the allies devoting the smallest share of GDP to defence.",
         "contradicted"),
        ("Latvia's 3.15% last year was among the lowest in NATO.", "contradicted"),
        ("France is among the allies devoting the smallest share of GDP to defence.",
         "unverifiable"),
    ],
)  # fmt: skip
def test_end_group(text, verdict):
    got = _rank(text)  # the quarter at that end: 8 of the 31 allies with figures
    assert (got.claim.year, got.claim.value, got.verdict) == (2024, 8.0, verdict)


def test_unnamed_group_abstains():
    got = _rank("Croatia's 1.81% last year was among the lowest in , official figures show.")
    assert got.verdict == "unverifiable"


def test_a_group_is_not_the_last_place():
    # once read as 'the smallest share' of all: 31st, which Croatia is not
    got = _rank("Croatia is among the members with the smallest share of GDP spent on defence.")
    assert got.verdict == "supported"
