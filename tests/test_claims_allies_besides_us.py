"""The allies other than the United States, said without naming them: the second of a pair
'A against B' after 'the United States spends more than all the other (31) allies
combined', and 'strip out / take out the United States and the figure is ...'. Both are
Europe and Canada (NATO publishes that sum); beside any other ally the others' sum is no
published group, so no one's.

Values (milex.observations(measure, entity, years=[2024], edition=2024), NATO's 2024 edition
of 17 June 2024): spending_usd_current 2024 United States 967,707 (USD m), NATO_EC (Europe
and Canada) 506,692; share_of_gdp 2024 NATO_EC 2.02.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(("rest", "verdict"), [("507", "supported"), ("560", "contradicted")])
@pytest.mark.parametrize(
    "others", ["all the other 31 allies combined", "all other allies combined"]
)
def test_the_second_of_a_pair_after_outspending_the_rest_is_europe_and_canadas(
    others, rest, verdict
):
    text = (f"This year America puts more into defence than {others}: $968 billion "
            f"versus ${rest} billion, on NATO's estimates.")  # fmt: skip
    found = _of(text, "2024-06-20", float(rest))
    assert [(c.claim.subject, c.verdict) for c in found] == [("Europe and Canada", verdict)]
    us = _of(text, "2024-06-20", 968.0)
    assert [(c.claim.subject, c.verdict) for c in us] == [("United States", "supported")]


def test_the_others_beside_another_ally_are_no_ones():
    text = ("Germany spends more than all the other allies combined: $98 billion against "
            "$850 billion.")  # fmt: skip
    found = _of(text, "2024-06-20", 850.0)
    assert all(c.verdict == "unverifiable" and c.claim.subject != "Germany" for c in found)


@pytest.mark.parametrize(("share", "verdict"), [("2.02", "supported"), ("2.4", "contradicted")])
@pytest.mark.parametrize("verb", ["Strip out", "Take out", "Leave out"])
def test_the_alliance_with_the_united_states_taken_out_is_europe_and_canada(verb, share, verdict):
    text = (f"The allies together devote 2.71% of their GDP to defence this year. {verb} the "
            f"United States and the share is {share}%.")  # fmt: skip
    found = _of(text, "2024-06-20", float(share))
    assert [(c.claim.subject, c.verdict) for c in found] == [("Europe and Canada", verdict)]
