"""The world's total beside a named country's figure is the world's: 'of the world's $2.7
trillion', 'a world total of $2,718bn' (SIPRI's world series), and the share before it is the
country's share of the world.

Values (looked up with milex.observations), SIPRI April 2025 release, current USD 2024:
World 2,718.2 bn, United States 997.3 bn (36.7% of the world), United Kingdom 81.8 bn (3.0%).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(("total", "verdict"), [("2,718", "supported"), ("2,418", "contradicted")])
@pytest.mark.parametrize(
    "text",
    [
        "Britain spent $81.8bn on its forces in 2024, SIPRI reckons, a sliver of the world's "
        "${total}bn.",
        "Britain spent $81.8bn on its forces in 2024, SIPRI reckons, within a world total of "
        "${total}bn.",
    ],
)
def test_the_worlds_total_after_a_country_is_the_worlds(text, total, verdict):
    found = _of(text.format(total=total), "2025-05-05", float(total.replace(",", "")))
    assert len(found) == 1 and found[0].claim.subject_code == "SIPRI:WORLD"
    assert found[0].verdict == verdict


@pytest.mark.parametrize(("share", "verdict"), [("37", "supported"), ("47", "contradicted")])
def test_a_share_of_the_worlds_amount_is_the_countrys_share_of_the_world(share, verdict):
    found = _of(f"America's outlays of $997bn in 2024 were {share}% of the world's $2,718bn, "
                "SIPRI reckons.", "2025-05-05", float(share))  # fmt: skip
    assert len(found) == 1 and found[0].claim.kind == "world_share"
    assert found[0].claim.subject == "United States" and found[0].verdict == verdict
