"""A run of allies given by their two-letter codes, each item closed by a full stop ('PL:
4.48%. LT: 4.00%. LV: 3.73%.'), is one run split into sentences: each code names its ally as
it would in one sentence ('PL 4.48% | LT 4.00%'). A code alone in its paragraph stays a
word ('CA: ...' may be California), as in a sentence.

Values (looked up with milex.observations):
- NATO 2025 edition (28 August 2025), share of GDP 2025: Poland 4.48, Lithuania 4.00,
  Latvia 3.73 (estimates).
- NATO 2026 edition (7 July 2026, core defence expenditure), real change 2026: France 9.07,
  Italy 1.01, Spain 2.19 (estimates).
"""

from __future__ import annotations

import milex


def _by_subject(text: str, day: str) -> dict:
    return {c.claim.subject: c for c in milex.check(text, date=day).claims}


def test_items_split_by_full_stops_name_their_allies():
    got = _by_subject("Shares of GDP this year. PL: 4.48%. LT: 4.00%. LV: 3.73%.", "2025-09-01")
    assert {k: (c.verdict, c.claim.year) for k, c in got.items()} == {
        "Poland": ("supported", 2025),
        "Lithuania": ("supported", 2025),
        "Latvia": ("supported", 2025),
    }
    # a code alone in its paragraph ('CA' may be California), or codes in two paragraphs,
    # make no run
    assert "Canada" not in _by_subject("Budget talk. CA: 4.48% this year.", "2025-09-01")
    got = _by_subject("PL: 4.48%.\n\nLT: 3.20%.", "2025-09-01")
    assert "Lithuania" not in got and "Poland" not in got


def test_a_wrong_item_of_the_run_is_contradicted():
    got = _by_subject("Shares of GDP this year. PL: 4.48%. LT: 3.20%.", "2025-09-01")
    assert got["Lithuania"].verdict == "contradicted" and got["Lithuania"].claim.year == 2025
    assert got["Poland"].verdict == "supported"


def test_real_changes_run_on_after_the_first_item():
    got = _by_subject("Real growth: FR +9.1% in 2026. IT +1.0%. ES +2.2%.", "2026-07-10")
    assert {k: c.claim.kind for k, c in got.items()} == dict.fromkeys(
        ("France", "Italy", "Spain"), "real_change"
    )
    assert all(c.verdict == "supported" and c.claim.year == 2026 for c in got.values())
    wrong = _by_subject("Real growth: FR +9.1% in 2026. IT +4.0%.", "2026-07-10")
    assert wrong["Italy"].verdict == "contradicted"
