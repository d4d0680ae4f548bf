"""A level reached after a real change in the same sentence: 'rose 39% in real terms,
taking it to the 2% mark'. The figure after 'to the' (or 'from the') is the share of GDP
reached, not a second change, and is judged as a share.

Values (looked up with milex.observations): NATO 2025 edition (28 August 2025), Canada 2025:
share of GDP 2.01 (estimate), real change 39.15; Belgium 2025: share of GDP 2.00, real change
57.41.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2025-09-05").claims if c.claim.value == value]


@pytest.mark.parametrize(
    ("ally", "rise", "level", "verdict"),
    [
        ("Canada", "39", "the 2% mark", "supported"),
        ("Belgium", "57", "the 2% mark", "supported"),
        ("Canada", "39", "a record 2.01%", "supported"),
        ("Canada", "39", "the 1.6% level", "contradicted"),  # 1.6 against 2.01
        ("Belgium", "57", "a record 2.4%", "contradicted"),  # 2.4 against 2.00
    ],
)
def test_level_reached_after_a_real_change(ally, rise, level, verdict):
    text = (
        f"{ally}'s military budget grew by {rise}% in real terms this year, NATO's figures "
        f"show, bringing it up to {level}."
    )
    value = float(next(w for w in level.split() if w.endswith("%")).rstrip("%"))
    found = _of(text, value)
    assert len(found) == 1
    assert found[0].claim.kind == "share_of_gdp" and found[0].claim.subject == ally
    assert found[0].claim.year == 2025 and found[0].verdict == verdict
