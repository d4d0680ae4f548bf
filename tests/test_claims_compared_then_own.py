"""Countries set against in a ranking, then given their own figure: 'just behind France, and
South Korea was 11th at $47.6 billion' (a name after 'and' followed by its own verb opens a
clause of its own: not one more object of 'behind'), and 'followed by China with an
estimated $314 billion' (the figure after 'with' and words of estimate is the one followed
by's, not the leader's).

Values (milex.observations("spending_usd_current", country, years=[2024], source="SIPRI"),
SIPRI's April 2025 release, current USD m): 2024 United States 997,309; China 313,658;
France 64,675; Japan 55,274; "Korea, South" 47,571. South Korea is 11th in the world.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(("figure", "verdict"), [("47.6", "supported"), ("41.6", "contradicted")])
def test_a_name_after_and_with_its_own_verb_is_not_one_more_object(figure, verdict):
    text = (f"On SIPRI's ranking Japan spent $55.3 billion last year, placing it just behind "
            f"France, and South Korea came 11th with ${figure} billion.")  # fmt: skip
    found = _of(text, "2025-05-03", float(figure))
    assert [(c.claim.subject, c.verdict) for c in found] == [("South Korea", verdict)]


@pytest.mark.parametrize(("figure", "verdict"), [("314", "supported"), ("350", "contradicted")])
def test_the_figure_after_with_an_estimated_is_the_followers(figure, verdict):
    text = (f"SIPRI's table for 2024: America first on $997 billion, followed by China with "
            f"an estimated ${figure} billion.")  # fmt: skip
    found = _of(text, "2025-05-03", float(figure))
    assert [(c.claim.subject, c.verdict) for c in found] == [("China", verdict)]
