"""A bare level that someone is said to judge ('Lisbon argues 5% would be unaffordable') is
the level on the table, the subject of a modal after a verb of saying: no ally's measured
share, even in a sentence about that ally, so it gets no claim. The ally's own figure beside
it is still judged.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), share of GDP
2024 (estimates): Portugal 1.55, Canada 1.37.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2024-10-01").claims if c.claim.value == value]


@pytest.mark.parametrize(
    "text",
    [
        "Portugal put {own}% of GDP into defence in 2024 and argues 5% would be unaffordable.",
        "Canada spent {own}% of GDP on its military in 2024, and Ottawa says 3.5% could not be sustained.",
    ],  # fmt: skip
)
@pytest.mark.parametrize("right", [True, False])
def test_the_judged_level_is_no_figure(text, right):
    own = ("1.55" if "Portugal" in text else "1.37") if right else "2.4"
    claims = milex.check(text.format(own=own), date="2024-10-01").claims
    judged = 5.0 if "Portugal" in text else 3.5
    assert [c for c in claims if c.claim.value == judged] == []
    mine = [c for c in claims if c.claim.value == float(own)]
    assert len(mine) == 1 and mine[0].claim.year == 2024
    assert mine[0].verdict == ("supported" if right else "contradicted")

    # ("says its share reached 1.55%": the ally's figure, reported, not a level judged)
    said = _of("Portugal says its defence spending reached 1.55% of GDP in 2024.", 1.55)
    assert len(said) == 1 and said[0].verdict == "supported"
