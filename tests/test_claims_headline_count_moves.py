"""A headline that opens on the bare allies at a level and moves their number to a count,
'the number of' and the auxiliary left out ('Members at 2% in 2024 revised down to 18').

Official values: milex.counts("2pct", edition=...): NATO's 2025 edition (28 August 2025)
counts 18 allies at or above 2% of GDP in 2024; the 2024 edition (17 June 2024) 23 in 2024.
"""

from __future__ import annotations

import milex


def _counts(text: str, day: str) -> list[tuple[float, int | None, float | None, str]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.claim.year, c.claim.threshold, c.verdict) for c in report.checked
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_count_moved_to_in_a_headline():
    got = _counts("Members at 2% in 2024 revised down to 18", "2025-09-01")
    assert got == [(18.0, 2024, 2.0, "supported")]
    got = _counts("Allies at 2% climb to 23 this year", "2024-06-20")
    assert got == [(23.0, 2024, 2.0, "supported")]


def test_wrong_count_moved_to_is_contradicted():
    got = _counts("Members at 2% in 2024 cut to 21", "2025-09-01")
    assert got == [(21.0, 2024, 2.0, "contradicted")]
