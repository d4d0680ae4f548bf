"""A share of GDP labelled as such right before its figure ('the GDP share at 1.37%') is a
share of GDP, even when an equipment share was named earlier in the same sentence: the
equipment word belongs to the figure before it, not to this one.

Official values, looked up with `milex.observations(..., "Canada", years=[2024], edition=2024)`:
NATO 2024 edition (17 June 2024), 2024 estimates: Canada share_of_gdp 1.37 (1.3652),
equipment_share 18.60.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-07-10"


def _found(text: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=DAY).claims}


@pytest.mark.parametrize(("level", "verdict"), [("1.37", "supported"), ("1.62", "contradicted")])
def test_gdp_share_named_after_an_equipment_share(level, verdict):
    found = _found(
        "For 2024-25 the budget officer puts equipment at 18.6% of Canadian defence "
        f"spending and the GDP share at {level}%."
    )
    assert found[18.6].claim.kind == "equipment_share"
    assert found[18.6].verdict == "supported"
    got = found[float(level)]
    assert (got.claim.kind, got.claim.subject, got.verdict) == ("share_of_gdp", "Canada", verdict)
