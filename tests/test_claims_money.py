"""Amounts of money as real text writes them: in brackets after a rank, attributed to SIPRI or
to nobody, for a region rather than the allies, and in a currency or price base the text
names or leaves out.

Values from NATO's 2024 edition (17 June 2024), Table 2, current USD millions, 2024e: Germany
97,685.59, United Kingdom 82,107.13, France 64,271.20, United States 967,707, NATO Total
1,474,399.48; and from SIPRI's April 2025 release (28 April 2025), current USD millions, 2024:
United States 997,309.0, World 2,718,2xx, Europe (region) 693,4xx.
"""

from __future__ import annotations

from tests.conftest import claims_of


def amounts(text: str, date: str) -> dict:
    found = claims_of("spending_amount", text, date)
    return {(c.claim.subject_code, c.claim.value): c.verdict for c in found}


def test_an_amount_in_brackets_after_a_rank_is_the_spending_ranked():
    got = amounts("Next on the list: second comes Germany ($97.7 billion), third Britain "
                  "($82.1 billion) and fourth France ($60 billion).", "2024-07-01")  # fmt: skip
    assert got == {("DEU", 97.7): "supported", ("GBR", 82.1): "supported",
                   ("FRA", 60.0): "contradicted"}  # fmt: skip


def test_members_of_the_alliance_together_are_the_alliance_total():
    got = amounts("Members of the alliance put $1.47 trillion into defence in 2024, and the "
                  "alliance's members had spent $1.2 trillion the year before.", "2024-07-01")  # fmt: skip
    # NATO Total, Table 2: 1,474,399 (2024e) and 1,294,808 (2023e), which is 1.3 at one decimal
    assert got == {("NATO", 1.47): "supported", ("NATO", 1.2): "contradicted"}


def test_some_members_of_the_alliance_are_not_its_total():
    got = amounts("Some members of the alliance spent $1.47 trillion on defence.", "2024-07-01")
    assert got == {(None, 1.47): "unverifiable"}
