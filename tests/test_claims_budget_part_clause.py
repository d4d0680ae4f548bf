"""A clause opened by ', while' whose subject is a part of the defence budget ('..., while
equipment has risen to 32.3%', '..., while equipment now takes 36% of the total') goes on with
the ally the sentence is about, named or adjectival ('Spanish pay costs take 28% of the defence
budget'); and 'of the total' there is the ally's budget (equipment's share, NATO's Table 8),
not the allies' total spending.

Values (looked up with milex.observations): NATO 2025 edition (28 August 2025), Spain 2025
equipment share 32.29 (estimate); NATO 2024 edition (17 June 2024), United Kingdom 2024
equipment share 36.09 (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float, day: str) -> list:
    return [c for c in milex.check(text, date=day).claims if c.claim.value == value]


@pytest.mark.parametrize(("level", "verdict"), [("32.3", "supported"), ("25.5", "contradicted")])
def test_equipment_clause_goes_on_with_the_ally(level, verdict):
    text = f"Spanish salaries now absorb only 28% of the defence budget, while equipment has climbed to {level}%."  # fmt: skip
    found = _of(text, float(level), "2025-09-01")
    assert len(found) == 1 and found[0].claim.kind == "equipment_share"
    assert found[0].claim.subject == "Spain" and found[0].verdict == verdict


@pytest.mark.parametrize(("level", "verdict"), [("36", "supported"), ("45", "contradicted")])
def test_of_the_total_after_a_budget_part_is_the_allys_budget(level, verdict):
    text = (f"The UK's defence spending was put at £64.6 billion this year, while equipment "
            f"now takes {level}% of the total.")  # fmt: skip
    found = _of(text, float(level), "2024-07-20")
    assert len(found) == 1 and found[0].claim.kind == "equipment_share"
    assert found[0].claim.subject == "United Kingdom" and found[0].verdict == verdict
