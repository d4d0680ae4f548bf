"""The economy as the subject of a verb of growth, with a short aside set off by commas
between them ('The economy, by contrast, is expected to grow just 0.5%'): the growth of the
economy, not a change in defence spending (it had been read as the real change of the ally
named before and contradicted).

Official values (NATO 2025 edition, 28 August 2025): Italy share of GDP 2025 = 2.01, real
change 2025 = 35.20.
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str) -> dict[float, str]:
    return {c.claim.value: c.verdict for c in milex.check(text, date="2025-09-10").claims}


@pytest.mark.parametrize("aside", ["by contrast", "for its part", "meanwhile"])
def test_the_economy_growing_past_an_aside_is_no_defence_figure(aside):
    found = _found(f"Italy is at 2.01% of GDP this year. The economy, {aside}, is forecast "
                   "to grow only 0.7%.")  # fmt: skip
    assert found[2.01] == "supported"
    assert 0.7 not in found


@pytest.mark.parametrize("rise, verdict", [("35", "supported"), ("3.5", "contradicted")])
def test_defence_spending_past_the_same_aside_is_still_judged(rise, verdict):
    text = (
        f"Italy's defence spending, by contrast, grew {rise}% in real terms this year. "
        "The Italian economy, by contrast, is expected to grow just 0.7%."
    )
    found = _found(text)
    assert found[float(rise)] == verdict
    assert 0.7 not in found
