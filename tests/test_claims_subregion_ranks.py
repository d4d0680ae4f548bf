"""A place among a part of Europe ('the biggest spender in western and central Europe') is
not a place among the allies nor in the world: milex holds no list of a subregion's
countries, so it gives no verdict, while a world place in the same words is judged.

Official values: SIPRI April 2025 release, 2024, current US dollars: United States 997.3 bn,
China 313.7 bn, Russia 149.0 bn, Germany 88.5 bn (fourth in the world).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-09-10"


@pytest.mark.parametrize(
    "text",
    [
        "Germany became the biggest military spender in western and central Europe, SIPRI said.",
        "SIPRI says Germany is now the largest spender across central and eastern Europe.",
        "Germany is the top military spender in north-western Europe, according to SIPRI.",
    ],
)
def test_a_place_in_a_part_of_europe_gets_no_verdict(text):
    ranks = [c for c in milex.check(text, date=DAY).claims if c.claim.kind == "ranking"]
    assert all(c.verdict == "unverifiable" for c in ranks)


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Germany became the fourth-biggest military spender worldwide, SIPRI said.", "supported"),
        ("Germany became the biggest military spender worldwide, SIPRI said.", "contradicted"),
    ],
)
def test_a_place_in_the_world_in_the_same_words_is_judged(text, verdict):
    (rank,) = [c for c in milex.check(text, date=DAY).claims if c.claim.kind == "ranking"]
    assert rank.verdict == verdict
