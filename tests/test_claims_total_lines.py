"""A bare 'Total: $X tn' line in a list under a title naming NATO (and no other source) gives
the allies' total of NATO's tables; a title naming SIPRI too leaves it no one's.

Official value: NATO, Defence Expenditure of NATO Countries, 2024 edition (17 June 2024),
Table 2, current USD, milex.observations("spending_usd_current", "NATO", years=[2024],
edition=2024): 1,474,399 million.
"""

from __future__ import annotations

import milex

DAY = "2024-06-25"


def _amounts(text: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked
            if c.claim.kind == "spending_amount"]  # fmt: skip


def test_total_line_under_a_nato_title():
    text = "NATO's yearly figures in brief\n- Poland tops the table\n- Total: $1.47tn"
    assert _amounts(text) == [(1.47, "NATO", 2024, "supported")]


def test_wrong_total_line_under_a_nato_title_is_contradicted():
    text = "NATO's yearly figures in brief\n- Poland tops the table\n- Total: $1.74tn"
    assert _amounts(text) == [(1.74, "NATO", 2024, "contradicted")]
    # (under a title naming SIPRI too, whose total is unsaid: no claim of NATO's)
    text = "NATO and SIPRI figures in brief\n- Total: $1.74tn"
    assert not [a for a in _amounts(text) if a[1] == "NATO"]
