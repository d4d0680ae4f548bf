"""Allies said to stand above or below the guideline with a verb of being and no verb of
meeting: 'Latvia and Norway are now above the target', 'Belgium remains below target', 'were
expected to be above target' (its bare noun). Each ally named as the subject gets a share-of-GDP
claim over (or under) the guideline (a possessive subject, 'Latvia's plan is above the
target', is not read: what it puts there may be no measured level).

Values (milex.observations("share_of_gdp", ally, years=[2024], edition=2024), NATO's 2024
edition of 17 June 2024, 2024 estimates): Latvia 3.15, Norway 2.20, Belgium 1.30,
Canada 1.37.
"""

from __future__ import annotations

import pytest

import milex

_GUIDELINE = "Every ally is asked to spend at least 2% of its GDP on defence. "


def _shares(text: str, date: str = "2024-10-01") -> list[tuple[str, str]]:
    return [(c.claim.subject, c.verdict) for c in milex.check(text, date=date).claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


def test_allies_above_the_target_each_get_a_level():
    text = _GUIDELINE + "Latvia and Norway are now above the target, the alliance says."
    assert _shares(text) == [("Latvia", "supported"), ("Norway", "supported")]


def test_an_ally_said_above_the_target_below_it_is_contradicted():
    text = _GUIDELINE + "Canada is comfortably above the target, the alliance says."
    assert _shares(text) == [("Canada", "contradicted")]


@pytest.mark.parametrize(
    ("ally", "verdict"), [("Belgium", "supported"), ("Latvia", "contradicted")]
)
def test_an_ally_below_a_bare_target_is_under_the_guideline(ally, verdict):
    text = _GUIDELINE + f"{ally} remains below target this year."
    assert _shares(text) == [(ally, verdict)]


def test_allies_expected_to_be_above_target_in_a_list():
    text = (_GUIDELINE + "Several northern members, among them Norway and Latvia, were expected "
            "to be above target this year.")  # fmt: skip
    assert _shares(text) == [("Norway", "supported"), ("Latvia", "supported")]
