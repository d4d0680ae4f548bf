"""A bare whole-number share must lie within 10% of the published value (DOMAIN.md), measured
against that value, not against the whole number: '2%' of 1.8066 is 10.7% off it, although
the gap (0.19) is within 10% of 2.

Values from NATO's 2024 edition, looked up with milex.observations("share_of_gdp", ally,
years=[2024], edition=2024): Croatia 2024: 1.8066; Slovakia 2024: 2.00; Germany 2024: 2.12.
"""

from __future__ import annotations

import pytest

import milex


def verdict(text: str, subject: str) -> str:
    claims = milex.check(text, date="2024-07-20").claims
    return next(c.verdict for c in claims if c.claim.subject == subject and c.claim.value == 2)


@pytest.mark.parametrize(
    ("ally", "expected"),
    [("Croatia", "contradicted"), ("Slovakia", "supported"), ("Germany", "supported")],
)
def test_a_whole_number_is_held_within_a_tenth_of_the_data(ally, expected):
    assert verdict(f"Critics said {ally} spent 2% in 2024.", ally) == expected
