"""Readings where the source, the release or the price basis of a figure decides its verdict.

Each entry: (case, article date, text, expected claims). An expected claim is
(kind, subject, year, value, verdict) as in READINGS (tests/test_claims.py), optionally with
a sixth item, words the explanation must contain (the reason of an "unverifiable"). The
official figure each verdict rests on is in the comment beside it (from the published tables,
not from milex's output).
"""

from __future__ import annotations

import pytest

import milex

SOURCE_READINGS = [
    # SIPRI, April 2025 release: world 2024 = USD 2,718 bn, real change +9.4%
    ("another body named at the sentence's end: its own world total", "2025-06-10",
     "Worldwide military spending climbed 8% in real terms in 2024, reaching $2.6 trillion, the IISS estimated.",
     [("real_change", "World (SIPRI)", 2024, 8, "unverifiable", "IISS"),
      ("spending_amount", "World (SIPRI)", 2024, 2.6, "unverifiable", "IISS")]),
    ("another body named at the end, the year from 'last year'", "2025-06-10",
     "Global defence spending grew by 8% in real terms last year to $2.6 trillion, the IISS estimated in its yearly survey.",
     [("real_change", "World (SIPRI)", 2024, 8, "unverifiable", "IISS"),
      ("spending_amount", "World (SIPRI)", 2024, 2.6, "unverifiable", "IISS")]),
]  # fmt: skip


@pytest.mark.parametrize(
    "case, day, text, expected", SOURCE_READINGS, ids=[r[0] for r in SOURCE_READINGS]
)
def test_source_readings(case, day, text, expected):
    claims = milex.check(text, date=day).claims
    got = [(c.claim.kind, c.claim.subject, c.claim.year, c.claim.value, c.verdict, c.explanation)
           for c in claims]  # fmt: skip
    for kind, subject, year, value, verdict, *why in expected:
        assert any(
            k == kind and s == subject and y == year and abs(v - value) < 0.02 and vd == verdict
            and all(w in text for w in why)
            for k, s, y, v, vd, text in got
        ), f"{case}: expected {kind} {subject} {year} {value} {verdict} {why}, got {got}"  # fmt: skip
