"""A count of personnel whose noun stands further off than usual because an aside naming
whose count it is sits between them ('Canada's troop strength, by NATO's reckoning, rose to
...', 'Germany's personnel strength, as NATO counts it, is ...') is read as if the aside
were not there: the aside names the source, not another figure or measure.

Official values (NATO Table 7, military personnel in thousands, looked up with
milex.observations("personnel", country, years=[year], edition=edition)): 2024 edition
Canada 2024 77.1, Canada 2023 66.8; 2025 edition Germany 2025 186.4, Germany 2024 185.6.
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, date: str) -> dict:
    return {(c.claim.kind, c.claim.subject, c.claim.year, c.claim.value): c.verdict
            for c in milex.check(text, date=date).claims}  # fmt: skip


@pytest.mark.parametrize(("now", "verdict"), [("77,000", "supported"), ("90,000", "contradicted")])
def test_a_count_past_an_aside_naming_nato(now, verdict):
    got = judged(f"Ottawa says Canada's regular military personnel strength, on NATO's own "
                 f"count, grew to about {now} this year.", "2024-07-01")  # fmt: skip
    value = float(now.replace(",", "")) / 1000
    assert got[("personnel", "Canada", 2024, value)] == verdict


@pytest.mark.parametrize(
    ("now", "verdict"), [("186,400", "supported"), ("196,400", "contradicted")]
)
def test_a_count_past_an_aside_of_the_nato_way(now, verdict):
    got = judged(f"Berlin said Germany's personnel strength, counted the NATO way, stands at "
                 f"{now} this year.", "2025-09-10")  # fmt: skip
    value = float(now.replace(",", "")) / 1000
    assert got[("personnel", "Germany", 2025, value)] == verdict
