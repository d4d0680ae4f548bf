"""A header naming jumps or surges of a year ('Sharpest surges this year:') makes the signed
figures of its items real changes, as 'increases' does, not shares of GDP too large to read.

Official values (NATO, Defence Expenditure of NATO Countries, 2025 edition, 28 August 2025,
estimates), looked up with milex.observations("real_change", ally, years=[2025],
edition=2025): Luxembourg 69.01, Belgium 57.41, Slovenia 51.47.
"""

from __future__ import annotations

import milex

DAY = "2025-09-04"


def _verdicts(text: str) -> list[tuple[float, str, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.kind, c.claim.subject, c.claim.year, c.verdict)
            for c in report.checked]  # fmt: skip


def test_jumps_header_makes_items_real_changes():
    got = _verdicts("Largest jumps this year: Luxembourg +69%, Belgium +57%, Slovenia +51%")
    assert (69.0, "real_change", "Luxembourg", 2025, "supported") in got
    assert (57.0, "real_change", "Belgium", 2025, "supported") in got
    assert (51.0, "real_change", "Slovenia", 2025, "supported") in got


def test_surges_header_contradicts_a_wrong_change():
    got = _verdicts("Sharpest surges this year: Luxembourg +69%, Belgium +75%")
    assert (69.0, "real_change", "Luxembourg", 2025, "supported") in got
    assert (75.0, "real_change", "Belgium", 2025, "contradicted") in got
