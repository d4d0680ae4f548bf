"""A negated place ('is no longer the alliance's biggest spender', "isn't NATO's
second-largest spender") says which place an ally does not hold, not which one it holds: no
claim of that place, so never a contradicted ranking. Official values: NATO's 2024 edition,
Table 3 (share of GDP in 2024: Poland 4.12%, first; Estonia 3.43%, second; United States
3.38%, third), looked up with milex.observations("share_of_gdp", ally, years=[2024],
edition=2024)."""

from __future__ import annotations

import milex

DAY = "2024-07-01"  # after the 2024 edition (17 June 2024)


def _ranks(text: str) -> list[tuple[str | None, float | None, str]]:
    return [(c.claim.subject, c.claim.value, c.verdict)
            for c in milex.check(text, date=DAY).claims if c.claim.kind == "ranking"]  # fmt: skip


def test_no_longer_the_top_spender_is_no_claim_of_first_place():
    # 2024 ed.: the United States is third by share of GDP, so "no longer the biggest" is true
    text = "The United States is no longer NATO's biggest spender relative to GDP."
    assert _ranks(text) == []


def test_not_second_is_no_claim_of_second_place():
    # 2024 ed.: Poland is first by share of GDP (4.12%), so it is indeed not second
    text = "Poland is not the alliance's second-largest spender as a share of GDP: it is first."
    assert all(v != 2.0 for _s, v, _verdict in _ranks(text))


def test_a_contracted_negation_is_no_claim_either():
    # 2024 ed.: Estonia is second by share of GDP (3.43%), so it isn't the biggest
    text = "Estonia isn't the biggest spender in the alliance relative to GDP."
    assert _ranks(text) == []
