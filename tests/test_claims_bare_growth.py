"""A sentence opened by the bare noun 'growth', with nothing of defence, spending or real
terms in it ('Growth was a meagre 0.8%.'), after sentences on one ally's defence spending, is
the economy's growth: no claim, not a real change in that ally's spending. A defence
sentence beside it is judged as before.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), Spain 2024:
share of GDP 1.28 (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _check(text: str) -> list:
    return milex.check(text, date="2024-09-01").claims


@pytest.mark.parametrize(
    "growth", ["Growth was a meagre 0.8%.", "But growth came in at just 0.7%."]
)
@pytest.mark.parametrize(("share", "verdict"), [("1.28", "supported"), ("1.9", "contradicted")])
def test_bare_growth_is_the_economy(growth, share, verdict):
    text = f"Spain spends {share}% of GDP on its forces, NATO says. {growth}"
    claims = _check(text)
    value = float(growth.split()[-1].rstrip("%."))
    assert not [c for c in claims if c.claim.value == value]
    level = [c for c in claims if c.claim.value == float(share)]
    assert len(level) == 1 and level[0].claim.subject == "Spain" and level[0].verdict == verdict
