"""Pensions counted with the forces' pay ('when salaries and pensions are added up, 58% of the
budget goes on personnel') are part of NATO's personnel costs (Table 8b), not another field:
the share is the ally's personnel share. Pensions alone, or beside a share of GDP, stay
another field.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), Croatia 2024
personnel share of defence spending: 57.85 (estimate).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-07-01"


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]


@pytest.mark.parametrize(("level", "verdict"), [("58", "supported"), ("73", "contradicted")])
def test_pay_and_pensions_are_personnel(level, verdict):
    text = ("Croatia spends about EUR 1.5 billion on defence this year. When salaries and "
            f"pensions are added up, {level}% of the budget goes on personnel.")  # fmt: skip
    found = _of(text, float(level))
    assert len(found) == 1 and found[0].claim.kind == "personnel_share"
    assert found[0].claim.subject == "Croatia" and found[0].verdict == verdict
    # pensions beside a share of GDP, with no defence spoken of, are another field
    assert _of("Croatia's salaries and pensions cost 15% of GDP.", 15.0) == []
