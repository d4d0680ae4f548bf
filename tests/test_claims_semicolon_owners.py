"""A clause after a semicolon that names no ally is the ally the figure before it was read as,
even when that ally came from the figure's currency alone ('The MoD's own budget for 2024-25
is GBP 57.1bn; the NATO-qualifying total comes to 2.33% of GDP': the UK). And a share called
NATO-qualifying is on NATO's definition, not a share of the national budget the sentence
opened on (which stays unjudged without that word).

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), United Kingdom
share of GDP 2024 (FY 2024/25): 2.33 (estimate).
"""

from __future__ import annotations

import pytest

import milex

_BUDGET = "The MoD's own budget for 2024-25 is GBP 57.1bn; "


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2024-09-01").claims if c.claim.value == value]


@pytest.mark.parametrize(("level", "verdict"), [("2.33", "supported"), ("2.8", "contradicted")])
def test_the_share_after_the_semicolon_is_the_budgets_ally(level, verdict):
    found = _of(f"{_BUDGET}the NATO-qualifying total comes to {level}% of GDP.", float(level))
    assert len(found) == 1 and found[0].claim.subject == "United Kingdom"
    assert found[0].claim.year == 2024 and found[0].verdict == verdict
    # the national budget itself is not judged on NATO's figures
    assert all(c.verdict != "contradicted" for c in _of(f"{_BUDGET}the NATO-qualifying total "
                                                         f"comes to {level}% of GDP.", 57.1))  # fmt: skip
    # without 'NATO-qualifying' the share may be of the national budget: unjudged
    plain = _of(f"{_BUDGET}the total comes to {level}% of GDP.", float(level))
    assert plain and all(c.verdict == "unverifiable" for c in plain)
