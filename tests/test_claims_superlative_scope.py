"""'The most in western Europe', 'the least in central Europe': a superlative said as a
pronoun ('the most', 'the least'), with the region it holds in, is where the figure ranks,
not whose figure it is; a region named with its adjective ('western Europe') is such a place
too. In an answer ('And Germany?' then '$88.5 billion, the most in western
Europe') the figure stays the ally the question named.

Official values: SIPRI Military Expenditure Database (April 2025), `milex.observations(
"spending_usd_current", "Germany", years=[2024], source="SIPRI")` 88,458 m US$; NATO 2024
edition (17 June 2024), `milex.observations("share_of_gdp", "Belgium", years=[2024],
edition=2024)` 1.30%.
"""

from __future__ import annotations

import pytest

import milex


def _claims(text: str, day: str) -> list:
    return [c for c in milex.check(text, date=day).claims if c.claim.kind != "ranking"]


def test_answer_with_the_most_in_a_region_keeps_the_asked_ally():
    text = ("Which ally spent most last year? The US, with $997 billion.\nAnd Germany?\n"
            "$88.5 billion, the most in western Europe.")  # fmt: skip
    (claim,) = [c for c in _claims(text, "2025-05-05") if c.claim.value == 88.5]
    assert (claim.verdict, claim.claim.subject, claim.claim.year) == ("supported", "Germany", 2024)


@pytest.mark.parametrize(("said", "verdict"), [("1.30%", "supported"), ("1.03%", "contradicted")])
def test_answer_with_the_least_in_a_region_keeps_the_asked_ally(said, verdict):
    text = (f"Who spends least? Spain, at 1.28%.\nAnd Belgium?\n"
            f"{said} of GDP, the least in western Europe after Spain.")  # fmt: skip
    (claim,) = [c for c in _claims(text, "2024-07-01") if c.claim.value != 1.28]
    assert (claim.verdict, claim.claim.subject, claim.claim.year) == (verdict, "Belgium", 2024)
