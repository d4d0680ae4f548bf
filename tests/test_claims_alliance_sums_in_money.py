"""Sums of the whole alliance in dollars: 'the alliance's spending' names the allies' total
as 'alliance spending' does; a sum after 'of an estimated' is the whole of the sum before it
('$968bn of an estimated $1,474bn'), whose owner the sentence names by 'what the allies
spend'; and a change that follows a change from one sum to another in its sentence ('rose from
$943bn in 2014 to $1,474bn in 2024, up by about 56%') is the change between those sums, at
their prices, not NATO's real change: never called wrong against it.

Values: NATO 2024 edition (17 June 2024), current USD million, `milex.observations(
"spending_usd_current", "NATO Total", years=[2014, 2024], edition=2024)`: NATO Total 2014
943,217.58, 2024 1,474,399.48; United States 2024 967,707; real change NATO Total 2024 10.88.
"""

from __future__ import annotations

import pytest

import milex


def _claims(text: str, day: str) -> dict[float, tuple[str | None, int | None, str]]:
    return {c.claim.value: (c.claim.subject, c.claim.year, c.verdict)
            for c in milex.check(text, date=day).claims}  # fmt: skip


@pytest.mark.parametrize(("start", "verdict"), [("943", "supported"), ("843", "contradicted")])
def test_the_alliances_spending_is_natos_total(start, verdict):
    got = _claims(f"Measured in dollars, the alliance's defence spending went from ${start} "
                  "billion in 2014 to $1,474 billion in 2024.", "2024-09-01")  # fmt: skip
    assert got[float(start)] == ("NATO", 2014, verdict)
    assert got[1474.0] == ("NATO", 2024, "supported")


@pytest.mark.parametrize(("owner", "rise"), [("allied", "56"), ("Poland's", "246")])
def test_a_change_between_two_sums_is_not_judged_as_the_real_change(owner, rise):
    # (Poland 2014 and 2024 in current USD: 10.1 and 35.0 bn; real change 2024 NATO 10.88,
    # Poland 2024 far below 246: the rise is the writer's own sum of the two dollar figures)
    start, end = ("943", "1,474") if owner == "allied" else ("10.1", "35.0")
    got = _claims(f"Measured in dollars, {owner} defence spending went from ${start} billion "
                  f"in 2014 to ${end} billion in 2024, a rise of some {rise}%.", "2024-09-01")  # fmt: skip
    assert got[float(start)][2] == "supported"
    assert got[float(rise)][2] == "unverifiable"


@pytest.mark.parametrize(("whole", "verdict"), [("1,474", "supported"), ("1,274", "contradicted")])
def test_the_whole_after_of_an_estimated_is_what_the_allies_spend(whole, verdict):
    got = _claims(f"Of what the allies together spend on defence, Washington accounts for $968 "
                  f"billion of an estimated ${whole} billion this year.", "2024-07-01")  # fmt: skip
    assert got[968.0] == ("United States", 2024, "supported")
    assert got[float(whole.replace(",", ""))] == ("NATO", 2024, verdict)
