"""Page-layout debris: a section label run into a country's initials ('EconomyUK plans ...')
is cut in two, so the ally is read as if the label were apart.

Commitment held (milex.reference.commitments, from the policy-facts table): UK pledge of
25 February 2025, 2.5% of GDP from April 2027 (uk-2.5pct).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-03-03"


def _got(text: str) -> list[tuple[str, str | None, float]]:
    return [(c.verdict, c.claim.subject, c.claim.value) for c in milex.check(text, date=DAY).claims]


@pytest.mark.parametrize("label", ["Economy", "World"])
def test_glued_label_leaves_the_ally(label):
    text = "{}UK intends to lift defence spending to 2.5% of GDP by 2027, ministers confirmed."
    assert _got(text.format(label)) == [("supported", "United Kingdom", 2.5)]
    # the same as with the label apart, and no other reading
    assert _got(text.format(label)) == _got(text.format(label + " "))


def test_glued_label_with_a_wrong_pledge_is_not_supported():
    got = _got("EconomyUK intends to lift defence spending to 2.8% of GDP by 2027.")
    assert [(s, v) for _verdict, s, v in got] == [("United Kingdom", 2.8)]
    assert got[0][0] != "supported"
