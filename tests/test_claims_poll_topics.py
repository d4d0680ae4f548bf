"""A level that people in a poll back or oppose ('a survey found 61% of Poles support spending
5% of GDP') is what they were asked about, not a level any ally spends: no claim. A figure
outside that opinion, in the same sentence, is still judged.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), Italy share of
GDP 2024: 1.49 (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2024-09-01").claims if c.claim.value == value]


@pytest.mark.parametrize(
    "text",
    [
        "A survey found 61% of Italians support spending 2% of GDP on the armed forces.",
        "A poll of 1,000 voters showed 58% back Italy reaching 2% of GDP.",
    ],
)
def test_the_level_a_poll_asks_about_is_no_claim(text):
    assert _of(text, 2.0) == []


@pytest.mark.parametrize(("level", "verdict"), [("1.49", "supported"), ("1.2", "contradicted")])
def test_a_figure_past_the_opinion_is_still_judged(level, verdict):
    text = (f"A survey found 61% of Italians support spending 2% of GDP on the armed forces, "
            f"while Italy spent {level}% of GDP in 2024.")  # fmt: skip
    assert _of(text, 2.0) == []
    found = _of(text, float(level))
    assert len(found) == 1 and found[0].claim.subject == "Italy" and found[0].verdict == verdict
