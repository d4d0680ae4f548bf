"""The claim checker on analysts' fact boxes and threads: a first line that names NATO's
estimates or the core basis (not a measure), or a share of GDP, over rows that name each ally
by its ISO alpha-3 code or its flag emoji ('NOR 3.35', '🇳🇴 3.35').

A header that names only NATO's estimates or the core basis reads its bare figures as shares
of GDP only to support: a figure that disagrees is unverifiable, not contradicted. Under a
header that names the share of GDP, a wrong figure in a flag's row is contradicted.

Official values in the comments are NATO's Table 3 (share of GDP, %), read with
`milex.observations("share_of_gdp", ally, years=[year], edition=edition)`.
"""

from __future__ import annotations

import milex


def claims(text: str, day: str) -> list[tuple[str, str, float | None, int | None]]:
    """(verdict, subject, value, year) of every claim with a subject."""
    report = milex.check(text, date=day)
    return [(c.verdict, str(c.claim.subject), c.claim.value, c.claim.year)
            for c in report.claims if c.claim.subject]  # fmt: skip


def test_rows_of_codes_under_a_title_naming_nato_estimates():
    # 2025 edition: Norway 2025 = 3.35, Latvia 2025 = 3.73
    found = claims("Fresh NATO 2025 est. numbers 📈\n- NOR 3.35\n- LVA 3.73", "2025-09-03")
    assert ("supported", "Norway", 3.35, 2025) in found
    assert ("supported", "Latvia", 3.73, 2025) in found


def test_a_wrong_row_under_nato_estimates_is_not_called_wrong():
    # 2025 edition: Denmark 2025 = 3.22; the title names no measure, so 2.9 is only unverifiable
    found = claims("Fresh NATO 2025 est. numbers 📈\n- DNK 2.9\n- LVA 3.73", "2025-09-03")
    assert ("unverifiable", "Denmark", 2.9, 2025) in found
    assert ("supported", "Latvia", 3.73, 2025) in found


def test_rows_of_flags_under_a_share_of_gdp_header():
    # 2025 edition: Poland 2025 = 4.48, Lithuania 2025 = 4.00, Norway 2025 = 3.35
    text = "Defence as % of GDP, 2025:\n🇵🇱 4.48\n🇱🇹 4.00\n🇳🇴 2.75\n\nThe 🇵🇱 squad won 4.48 to nil."
    found = claims(text, "2025-09-03")
    assert ("supported", "Poland", 4.48, 2025) in found
    assert ("supported", "Lithuania", 4.0, 2025) in found
    assert ("contradicted", "Norway", 2.75, 2025) in found  # a wrong figure in a flag's row
    assert len([f for f in found if f[1] == "Poland"]) == 1  # a flag in prose names no one


def test_codes_after_a_header_naming_the_core_basis():
    # 2026 edition (core defence): Greece 2026 = 3.65, France 2026 = 2.22, Canada 2026 = 2.13
    found = claims("Core basis, 2026 figures: GRC 3.65, FRA 2.22, CAN 2.45.", "2026-07-10")
    assert ("supported", "Greece", 3.65, 2026) in found
    assert ("supported", "France", 2.22, 2026) in found
    assert ("unverifiable", "Canada", 2.45, 2026) in found  # no measure named: never wrong


def test_est_before_a_bracket_does_not_end_the_header():
    # 2026 edition: Estonia 2026 = 5.10, Greece 2026 = 3.65
    found = claims("NATO 2026 est. (core def.), a thread: EST 5.10 · GRC 3.65", "2026-07-10")
    assert ("supported", "Estonia", 5.1, 2026) in found
    assert ("supported", "Greece", 3.65, 2026) in found
