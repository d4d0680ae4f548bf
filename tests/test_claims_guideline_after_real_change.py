"""A percentage named by a guideline's noun after a real change ('will rise 26.4% in real
terms to hit the 2% floor') is the guideline's level, never a change like the one before
(figure_kinds.inherited_kind); the bare figure after that level ('after 1.58% last year')
goes on from the level, a share of GDP.

Official values (milex.observations(..., edition=2025), the 2025 edition of 28 August 2025):
Portugal real change 2025 = 29.29; share of GDP 2025 = 2.00, 2024 = 1.58.
"""

from __future__ import annotations

import pytest

import milex


def claims(text: str) -> list[tuple[float, str, str | None, int | None]]:
    return [(c.claim.value, c.verdict, c.claim.measure, c.claim.year)
            for c in milex.check(text, date="2025-09-10").claims]  # fmt: skip


@pytest.mark.parametrize(("share", "verdict"), [("1.58", "supported"), ("1.85", "contradicted")])
def test_the_floor_after_a_real_rise_is_a_level(share, verdict):
    got = claims("Portugal's defence budget will rise 29.3% in real terms this year to hit the "
                 f"2% floor, after {share}% last year.")  # fmt: skip
    assert (29.3, "supported", "real_change", 2025) in got
    assert not any(v == 2.0 and m == "real_change" for v, _, m, _ in got)
    assert (float(share), verdict, "share_of_gdp", 2024) in got
