"""A percentage in words of the core basis ('core defence spending is 4.7%', '2.7% of GDP by
NATO's core measure') is an ally's measured level when the ally is named or carried from the
sentence before and the figure is no value of the commitment those words name (The Hague's
3.5% core): judged against the 2026 edition's core figures, not as The Hague's guideline.
A wrong value of the guideline itself, said as one, stays the guideline's.

Values (looked up with milex.observations): NATO 2026 edition (7 July 2026, core defence
expenditure), share of GDP 2026 (estimates): Germany 2.69, Poland 4.68.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float, day: str = "2026-09-01") -> list:
    return [c for c in milex.check(text, date=day).claims if c.claim.value == value]


@pytest.mark.parametrize(
    ("text", "value", "subject", "verdict"),
    [
        ("Poland's growth is forecast at 3% this year. Core defence spending is 4.68% of GDP, up from 4.1% in 2025.", 4.68, "Poland", "supported"),
        ("Poland's bond yields fell again. Core defence spending is 4.9% of GDP, NATO's latest report says.", 4.9, "Poland", "contradicted"),
        ("Germany's finance agency issued more bonds. Outlays are expected to reach EUR 124.7bn this year, 2.69% of GDP, by NATO's core measure.", 2.69, "Germany", "supported"),
        ("Germany's finance agency issued more bonds. Outlays are expected to reach EUR 124.7bn this year, 2.5% of GDP, by NATO's core measure.", 2.5, "Germany", "contradicted"),
    ],
)  # fmt: skip
def test_core_level_of_a_carried_ally(text, value, subject, verdict):
    found = _of(text, value)
    assert len(found) == 1 and found[0].claim.kind == "share_of_gdp"
    assert found[0].claim.subject == subject and found[0].claim.year == 2026
    assert found[0].verdict == verdict
    # the guideline's own value, said wrongly as one, is still the guideline's
    said = _of("Poland's bond yields fell again. The core defence target is 3% of GDP.", 3.0)
    assert [c.claim.kind for c in said] == ["guideline_value"]
    assert said[0].verdict == "contradicted"
