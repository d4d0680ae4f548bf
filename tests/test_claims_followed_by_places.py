"""Allies listed right after 'followed by' ('Poland leads, followed by Estonia and the United
States') take the places after the ally ranked first in the sentence, in order, in its table
and year: second, third, ...

Official values (NATO 2024 edition, 17 June 2024, `milex.observations("share_of_gdp", ...,
years=[2024], edition=2024)`): the highest shares of GDP in 2024 are Poland 4.12, Estonia
3.43, United States 3.38, Latvia 3.15.
"""

from __future__ import annotations

import milex

DAY = "2024-06-21"


def _places(text: str) -> dict:
    got = milex.check(text, date=DAY).claims
    return {c.claim.subject: c for c in got if c.claim.kind == "ranking"}


def test_allies_followed_by_take_the_next_places_in_order():
    got = _places("Relative to GDP Poland is first this year, followed by Estonia and the US.")
    assert (got["Estonia"].claim.value, got["Estonia"].verdict) == (2.0, "supported")
    assert (got["United States"].claim.value, got["United States"].verdict) == (3.0, "supported")


def test_places_in_the_wrong_order_are_contradicted():
    got = _places("Relative to GDP Poland is first this year, followed by the US and Estonia.")
    assert (got["United States"].claim.value, got["United States"].verdict) == (
        2.0,
        "contradicted",
    )
    assert (got["Estonia"].claim.value, got["Estonia"].verdict) == (3.0, "contradicted")
