"""A level set against a guideline the same sentence names by its own figure ("The equipment
share is low, at 14.5% this year, and below the 20% guideline it signed up to at Wales") is
the ally's level, not a value of the guideline: the guideline's value is the other figure.
Read as the guideline's, a true level was contradicted ("20%, not 14.5 as stated").

Official values (NATO 2025 edition, 28 August 2025, `milex.observations("equipment_share", A,
years=[2025], edition=2025)`): Belgium 2025 14.54% of defence spending on major equipment.
"""

from __future__ import annotations

import milex

DAY = "2025-11-05"
BEFORE = "Belgium will spend 2.00% of GDP on defence this year, NATO estimates. "


def _at(text: str, value: float) -> list:
    return [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]


def test_level_beside_the_guideline_is_the_allys():
    text = BEFORE + (
        "The equipment share is low, at {v}% this year, and below the 20% guideline it "
        "signed up to at Wales."
    )
    (right,) = _at(text.format(v="14.5"), 14.5)
    assert right.claim.kind == "equipment_share"
    assert (right.claim.subject, right.claim.year, right.verdict) == ("Belgium", 2025, "supported")
    (wrong,) = _at(text.format(v="16.5"), 16.5)
    assert (wrong.claim.kind, wrong.verdict) == ("equipment_share", "contradicted")  # 14.54
    # the guideline's own figure is still its value
    (guide,) = _at(text.format(v="14.5"), 20.0)
    assert guide.verdict != "contradicted"
