"""A sum of money given without its currency ('Italy spent 34 billion') is in the currency of
the last sum the same talk gave with one ('Germany spent 98 billion dollars'), or that its
words named ('In dollars, ...'), within a paragraph and on through a follow-up question to its
answer ('And Spain?' then 'About 21 billion.'); only the money many allies' sums are given in
(dollars, euros) is carried: a sum in zloty would make the next one Poland's.

Values from NATO's 2024 edition, looked up with milex.observations("spending_usd_current",
ALLY, years=[2024], edition=2024), USD mn: Germany 97,686; Italy 34,462; Spain 21,269;
France 64,271.
"""

from __future__ import annotations

import pytest

import milex


def sums(text: str):
    return [(c.claim.subject, c.claim.currency, c.claim.value, c.verdict)
            for c in milex.check(text, date="2024-07-02").claims
            if c.claim.kind == "spending_amount"]  # fmt: skip


@pytest.mark.parametrize(("amount", "verdict"), [("34", "supported"), ("43", "contradicted")])
def test_the_next_sentence_keeps_the_dollars(amount, verdict):
    got = sums(f"Germany spent 98 billion dollars this year. Italy spent about {amount} billion.")
    assert got[1:] == [("Italy", "USD", float(amount), verdict)]


@pytest.mark.parametrize(("amount", "verdict"), [("21", "supported"), ("12", "contradicted")])
def test_the_answer_to_a_follow_up_keeps_them(amount, verdict):
    got = sums("HOST: In dollars, where does France stand?\nGUEST: It spends about 64 billion "
               f"this year.\nHOST: And Spain?\nGUEST: About {amount} billion.")  # fmt: skip
    assert got == [("France", "USD", 64.0, "supported"), ("Spain", "USD", float(amount), verdict)]
    # a national currency is not carried on to another ally
    got = sums("Poland will spend PLN 186 billion this year. Germany spends 90 billion.")
    assert [s for s, *_ in got] == ["Poland", "Germany"] and got[1][1] is None
