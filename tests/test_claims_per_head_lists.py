"""A list of sums per head under words naming NATO's core basis ('Per head, on NATO's core
basis and in 2021 dollars: United States $2,481; ... Canada $1,146'): the core basis says the
sums are defence spending, and the one '$' of the list is the US dollar for Canada too, as it
is for the United States before it.

Values (looked up with milex.observations), NATO 2026 edition (7 July 2026, core defence),
spending per head at constant 2021 USD, 2026 (estimates): United States 2,481, United Kingdom
1,274, Canada 1,146.
"""

from __future__ import annotations

import pytest

import milex


def _claims(text: str) -> dict:
    return {c.claim.subject: c for c in milex.check(text, date="2026-07-10").claims}


@pytest.mark.parametrize(("canada", "verdict"), [("1,146", "supported"), ("1,446", "contradicted")])
def test_a_list_of_sums_per_head_on_natos_core_basis(canada, verdict):
    got = _claims("Per head, on NATO's core basis and in 2021 dollars: United States $2,481; "
                  f"United Kingdom $1,274; Canada ${canada} (2026 estimates).")  # fmt: skip
    assert got["United States"].verdict == got["United Kingdom"].verdict == "supported"
    assert got["Canada"].claim.currency == "USD" and got["Canada"].verdict == verdict


def test_a_dollar_beside_canada_alone_stays_in_doubt():
    got = _claims("Per head, on NATO's core basis and in 2021 dollars: Canada $1,446 (2026 "
                  "estimates).")  # fmt: skip
    assert all(c.verdict == "unverifiable" for c in got.values())
