"""A count taken within a group of allies the text names by region ('Of the 11 Mediterranean
and south-eastern European allies, five ...') is not a count among the whole alliance: judged
against NATO's 23 of 32 it was contradicted. With the group's words running past a short
reach, the total was not read as the group's, so the count fell back on the alliance. The
total is no statement of NATO's size either (it had been contradicted as a membership count).

Official values (NATO 2024 edition, 17 June 2024, milex.observations("share_of_gdp",
years=[2024], edition=2024)): 23 of the 32 allies at or above 2% of GDP in 2024 (31 with
figures). The text does not say which 11 allies it means, so the count is unverifiable.
"""

from __future__ import annotations

import milex

_DATE = "2024-06-25"


def _claims(text: str) -> list:
    return milex.check(text, date=_DATE).claims


def test_a_count_in_a_long_regional_group_is_not_the_alliances():
    text = ("Of the 11 Mediterranean and south-eastern European allies, five spend at least "
            "2% of GDP this year.")  # fmt: skip
    counts = [c for c in _claims(text) if c.claim.kind == "count_meeting"]
    assert [c.verdict for c in counts] == ["unverifiable"]
    assert not [c for c in _claims(text) if c.claim.kind == "membership_count"]


def test_a_regional_total_is_not_natos_size():
    text = "Of the 12 eastern allies, eight meet the 2% floor this year."
    assert not [c for c in _claims(text) if c.claim.kind == "membership_count"]
    # the alliance's own size in the same structure is still read and judged
    whole = "Of the 32 allies, 23 meet the 2% floor this year."
    got = {c.claim.kind: c.verdict for c in _claims(whole)}
    assert got == {"membership_count": "supported", "count_meeting": "supported"}
    wrong = "Of the 30 allies, 23 meet the 2% floor this year."
    assert {c.claim.kind: c.verdict for c in _claims(wrong)}["membership_count"] == "contradicted"
