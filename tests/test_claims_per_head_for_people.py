"""A sum per head followed by 'for' and a people is that people's, not the spenders named
earlier in the clause: in 'Each American puts $2,481 a head into defence this year, against
$976 for Europeans and Canadians', the $976 is Europe and Canada's sum per head, not the United
States'. 'For' naming several allies' peoples together leaves the sum with no owner.

Values: NATO 2026 edition (7 July 2026), spending per head at constant 2021 USD, 2026
(estimates), read with `milex.observations("spending_per_capita_usd_constant", name,
years=[2026], edition=2026)`: United States 2,481, NATO Europe and Canada 976, Germany 1,427.
"""

from __future__ import annotations

import milex

DAY = "2026-07-20"  # the 2026 edition (7 July 2026) is current
LEAD = "Measured per head, Americans devote $2,481 to defence this year at 2021 prices, "


def owned(text: str, value: float) -> list[tuple[str | None, str]]:
    """(subject, verdict) of the checker's claims of that value."""
    return [(c.claim.subject, c.verdict) for c in milex.check(text, date=DAY).claims
            if c.claim.value == value]  # fmt: skip


def test_a_group_of_peoples_after_for_owns_the_sum():
    text = LEAD + "compared with ${} for Europeans and Canadians."
    assert owned(text.format(976), 976.0) == [("Europe and Canada", "supported")]
    assert owned(text.format("1,150"), 1150.0) == [("Europe and Canada", "contradicted")]


def test_one_allys_people_after_for_owns_the_sum():
    text = LEAD + "compared with ${} for Germans."
    assert owned(text.format("1,427"), 1427.0) == [("Germany", "supported")]
    assert owned(text.format("1,250"), 1250.0) == [("Germany", "contradicted")]


def test_several_allies_peoples_after_for_leave_the_sum_unjudged():
    found = owned(LEAD + "compared with $1,300 for Germans and Britons.", 1300.0)
    assert found and all(verdict == "unverifiable" for _subject, verdict in found)
    assert owned(LEAD + "compared with $1,300 for Germans and Britons.", 2481.0) == [
        ("United States", "supported")
    ]
