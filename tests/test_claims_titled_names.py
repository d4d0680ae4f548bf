"""A title right before an ally's name makes it a person's name: in 'after Prime Minister
Montenegro's government sped up the plan' Montenegro is Portugal's prime minister, not the ally.
The figure is then the ally the sentence is about, or nobody's (unverifiable); the ally
named without a title is still the ally.

Values (looked up with milex.observations): NATO 2025 edition (28 August 2025), share of GDP
2024: Portugal 1.58, Montenegro 1.72 (estimates).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2025-09-01").claims if c.claim.value == value]


@pytest.mark.parametrize(("level", "verdict"), [("1.58", "supported"), ("1.2", "contradicted")])
def test_titled_name_leaves_the_sentences_ally(level, verdict):
    text = (f"Portugal hits the goal this year after President Montenegro's cabinet sped up "
            f"the plan; it spent {level}% of GDP in 2024.")  # fmt: skip
    found = _of(text, float(level))
    assert len(found) == 1 and found[0].claim.subject == "Portugal"
    assert found[0].verdict == verdict


def test_titled_name_alone_is_nobodys_figure():
    found = _of("Prime Minister Montenegro's cabinet lifted defence spending to 1.58% of GDP in 2024.", 1.58)  # fmt: skip
    assert found and all(c.verdict == "unverifiable" for c in found)
    assert all(c.claim.subject != "Montenegro" for c in found)
    # without the title, the name is the ally's
    found = _of("Montenegro's cabinet lifted defence spending to 1.2% of GDP in 2024.", 1.2)
    assert len(found) == 1 and found[0].claim.subject == "Montenegro"
    assert found[0].verdict == "contradicted"


@pytest.mark.parametrize(("level", "verdict"), [("1.58", "supported"), ("1.9", "contradicted")])
def test_given_name_between_title_and_name(level, verdict):
    """'Prime Minister Luís Montenegro': a given name between the title and the surname
    still makes the name a person's; the figure after it is the ally the text is about."""
    text = (f"Prime Minister Luís Montenegro repeated Portugal's aim of 2% by 2029. "
            f"In 2024 the country spent {level}% of GDP on defence.")  # fmt: skip
    found = _of(text, float(level))
    assert len(found) == 1 and found[0].claim.subject == "Portugal"
    assert found[0].verdict == verdict
