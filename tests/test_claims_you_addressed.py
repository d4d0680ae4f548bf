"""'You' in a quotation is the ally the text says is spoken to: 'The envoy was blunt with the
Spanish minister. "You are at 1.28 percent," he said' is Spain's figure. With no one ally
spoken to (none named, or two), 'you' stays unresolved and nothing is contradicted.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), Spain share of
GDP 2024: 1.28 (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2024-09-01").claims if c.claim.value == value]


@pytest.mark.parametrize(("level", "verdict"), [("1.28", "supported"), ("2.1", "contradicted")])
@pytest.mark.parametrize(
    "scene",
    [
        "The US envoy was blunt with the Spanish minister.",
        "The US envoy turned to Spain's defence minister.",
    ],  # fmt: skip
)
def test_you_is_the_ally_spoken_to(scene, level, verdict):
    found = _of(f'{scene} "You are at {level} percent," he said.', float(level))
    assert len(found) == 1 and found[0].claim.subject == "Spain"
    assert found[0].claim.year == 2024 and found[0].verdict == verdict
    # two allies spoken to: whose figure it is stays open
    two = f'The US envoy was blunt with the Spanish minister and the Italian minister. "You are at {level} percent," he said.'  # fmt: skip
    assert all(c.verdict != "contradicted" for c in _of(two, float(level)))
