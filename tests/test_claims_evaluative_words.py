"""Words that only judge a figure ('a mere 2.2%', 'merely 1.4%', 'a whopping 0.7%') say what the
writer thinks of it, not how exact it is: the figure is read as written, with no hedge and no
wider tolerance than a bare figure of its precision ('barely' and 'only just' still hedge).

Official values, looked up with `milex.observations("share_of_gdp", ..., edition=2025)`: NATO
2025 edition (28 August 2025), 2025 estimates: France 2.05 (2.0538), Italy 2.01 (2.0067).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-10-01"


def _judged(text: str, value: float):
    return next(c for c in milex.check(text, date=DAY).claims if c.claim.value == value)


@pytest.mark.parametrize("word", ["a mere", "merely"])
@pytest.mark.parametrize(("level", "verdict"), [("2.05", "supported"), ("2.15", "contradicted"),
                                               ("1.95", "contradicted")])  # fmt: skip
def test_a_judging_word_does_not_widen_the_tolerance(word, level, verdict):
    found = _judged(f"Paris, for all its speeches, spends {word} {level}% of GDP on defence this year.",
                    float(level))  # fmt: skip
    assert found.claim.subject == "France" and found.claim.year == 2025
    assert found.claim.hedge is None
    assert found.verdict == verdict


def test_a_judging_word_in_a_list_of_allies():
    text = "This year Italy spends 2.01% of GDP and France a mere {}%."
    assert _judged(text.format("2.05"), 2.05).verdict == "supported"
    wrong = _judged(text.format("2.15"), 2.15)
    assert wrong.claim.subject == "France" and wrong.verdict == "contradicted"
