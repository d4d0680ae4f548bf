"""A figure headed by a country milex does not know, in a run of countries with their figures
('..., Austria at around 1% and Liechtenstein at 0.5%'), is never the ally or country named
before it. Cyprus and Malta, the EU members outside NATO with Austria and Ireland, are known
countries outside NATO, judged on SIPRI's figures.

Values (looked up with milex.observations(..., source="SIPRI")), SIPRI 2025 release, share of
GDP 2024: Cyprus 1.65 (1.647352), Malta 0.45 (0.451123), Austria 1.00 (0.999843).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2025-07-10").claims if c.claim.value == value]


@pytest.mark.parametrize(("name", "level", "verdict"), [
    ("Cyprus", "1.6", "supported"), ("Cyprus", "2.6", "contradicted"),
    ("Malta", "0.5", "supported"), ("Malta", "0.9", "contradicted")])  # fmt: skip
def test_cyprus_and_malta_are_judged_on_sipri(name, level, verdict):
    below = "below " if name == "Malta" and level == "0.5" else ""
    text = f"SIPRI's data for 2024 put Austria at around 1% and {name} at {below}{level}% of GDP."
    found = _of(text, float(level))
    assert len(found) == 1 and found[0].claim.subject == name
    assert found[0].verdict == verdict


def test_an_unknown_country_does_not_take_the_figure_before_it():
    text = "SIPRI's data for 2024 put Austria at around 1%, and Liechtenstein at 1.6% of GDP."
    assert all(c.claim.subject != "Austria" and c.verdict != "contradicted"
               for c in _of(text, 1.6))  # fmt: skip
    austria = _of(text, 1.0)
    assert len(austria) == 1 and austria[0].verdict == "supported"
