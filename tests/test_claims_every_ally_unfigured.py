"""'Every ally is above 2 percent' said when an ally with armed forces has no figure for the
year: NATO counts the allies at or above the guideline, and every ally with a figure is, but
whether the count holds depends on the ally with none, so the claim is unverifiable and says
which allies have none (verify_alliance, the '>' reading of a guideline's count).

Values from NATO's 2025 edition, looked up with milex.observations("share_of_gdp", None,
years=[2025], edition=2025): 30 allies with a 2025 figure, the lowest 2.00 (Czechia,
Luxembourg, North Macedonia, Spain); Germany has no 2025 figure (no budget adopted at the
cut-off) and Iceland, without armed forces, none at all; 7 allies above 3%.
"""

from __future__ import annotations

import milex

DAY = "2025-09-15"


def counted(text: str) -> list:
    return [c for c in milex.check(text, date=DAY).claims if c.claim.kind == "count_meeting"]


def test_all_above_the_guideline_with_an_ally_unfigured_is_unverifiable_not_contradicted():
    got = counted("By now each and every NATO ally is above 2 percent of GDP.")
    assert [(c.claim.value, c.verdict) for c in got] == [(32.0, "unverifiable")]
    assert "Germany and Iceland have none" in got[0].explanation
    # only 7 of the 30 with figures are above 3%: whatever Germany spent, not all are
    wrong = counted("By now each and every NATO ally is above 3 percent of GDP.")
    assert [(c.claim.value, c.verdict) for c in wrong] == [(32.0, "contradicted")]
