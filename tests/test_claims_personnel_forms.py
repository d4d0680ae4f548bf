"""Counts of military personnel written in forms the reader had missed: a word for the
forces' people before a word for their count ('troop numbers are about 171,000', 'manpower
strength is ...'), the forces counted as 'members' ('its forces count 71,590 members'), and
the base of a count's change ('191,600 personnel, up from 168,900 in 2024'). Troops counted in
another ally's land stay unread ('US troop numbers in Poland').

Official values, military personnel in thousands: NATO 2024 edition (17 June 2024) Italy 2024 =
171.42; NATO 2019 edition (25 June 2019) Canada 2019 = 71.59; NATO 2026 edition (7 July 2026)
Italy 2024 = 168.9, 2026 = 191.6.
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str, day: str) -> dict[float, tuple[str, int | None, str]]:
    return {c.claim.value: (c.claim.kind, c.claim.year, c.verdict)
            for c in milex.check(text, date=day).claims}  # fmt: skip


@pytest.mark.parametrize("words", ["troop numbers are", "manpower levels stand at"])
@pytest.mark.parametrize("count, verdict", [("171,000", "supported"), ("152,000", "contradicted")])
def test_a_troop_count_named_before_its_figure(words, count, verdict):
    found = _found(f"This year the Italian {words} about {count}.", "2024-07-01")
    assert found[float(count.replace(",", "")) / 1000] == ("personnel", 2024, verdict)


def test_troops_counted_in_another_allys_land_are_not_its_forces():
    assert _found("US troop numbers in Poland are about 10,000.", "2024-07-01") == {}


@pytest.mark.parametrize("count, verdict", [("71,590", "supported"), ("64,300", "contradicted")])
def test_forces_counted_as_members(count, verdict):
    text = f"Canada puts 1.27% of GDP into defence, and its armed forces count {count} members."
    found = _found(text, "2019-07-01")
    assert found[float(count.replace(",", "")) / 1000] == ("personnel", 2019, verdict)


@pytest.mark.parametrize("base, verdict", [("168,900", "supported"), ("139,500", "contradicted")])
def test_the_base_of_a_count_is_a_count(base, verdict):
    text = (f"Italy spends 2.10% of GDP on defence this year and fields 191,600 service "
            f"personnel, up from {base} in 2024.")  # fmt: skip
    found = _found(text, "2026-10-05")
    assert found[191.6] == ("personnel", 2026, "supported")
    assert found[float(base.replace(",", "")) / 1000] == ("personnel", 2024, verdict)
