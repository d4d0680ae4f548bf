"""Headlines count allies in a clipped register: no verb before the level ('Twenty allies on
2% this year') and no article before the guideline's name ('allies meet NATO target').

Official value: NATO, Defence Expenditure of NATO Countries, 2024 edition (17 June 2024):
23 allies at or above 2% of GDP in 2024 (milex.observations("share_of_gdp", None,
years=[2024], edition=2024): 23 of the 31 allies with figures at 2.00 or more; also
milex.counts).
"""

from __future__ import annotations

import milex

DAY = "2024-06-20"


def _counts(text: str) -> list[tuple[float, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.year, c.verdict) for c in report.checked
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_count_on_a_level_with_no_verb():
    assert _counts("23 allies on 2% this year, alliance data show") == [(23.0, 2024, "supported")]


def test_wrong_count_on_a_level_with_no_verb_is_contradicted():
    assert _counts("Twenty allies on 2% this year") == [(20.0, 2024, "contradicted")]


def test_guideline_named_with_no_article():
    assert _counts("23 allies meet NATO target this year") == [(23.0, 2024, "supported")]
    assert _counts("Nineteen allies hit NATO goal this year") == [(19.0, 2024, "contradicted")]
