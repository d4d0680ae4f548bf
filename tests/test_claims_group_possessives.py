"""A group's possessive belongs to the group: in "European allies and Canada's spending" the
spending is the European allies' and Canada's together, not Canada's alone.

Official values, NATO's 2024 edition (17 June 2024), milex.observations("real_change", ...):
Europe and Canada 2024 real change 17.95%; Canada 2024 5.46%.
"""

from __future__ import annotations

import milex

DAY = "2024-06-20"


def _read(text: str) -> list[tuple[str | None, float, str]]:
    return [(c.claim.subject, c.claim.value, c.verdict) for c in milex.check(text, date=DAY).claims]


def test_possessive_of_europe_and_canada_is_the_groups_figure():
    got = _read("European allies and Canada's defence spending grew 17.9% in real terms in 2024.")
    assert got == [("Europe and Canada", 17.9, "supported")]


def test_curly_apostrophe_reads_the_same():
    got = _read("European Allies and Canada\u2019s spending rose by 17.9% in 2024.")
    assert got == [("Europe and Canada", 17.9, "supported")]


def test_wrong_figure_of_the_group_is_contradicted_as_the_groups():
    # 25.9% is not the group's 17.95%; it was once judged as Canada's 5.46%
    got = _read("European allies and Canada's spending grew 25.9% in real terms in 2024.")
    assert got == [("Europe and Canada", 25.9, "contradicted")]


def test_canadas_own_possessive_stays_canadas():
    got = _read("Canada's spending grew 5.5% in real terms in 2024.")
    assert got == [("Canada", 5.5, "supported")]
