"""A clause after a semicolon that names no ally of its own is the ally the sentence named
before it, also when the sentence named that one ally twice ('Italy holds steady: NATO puts
Italy at 1.49% this year; last year the share was 1.50%'). Two different allies before it
still leave it unresolved.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), Italy share of
GDP 2023: 1.50 (estimate), 2024: 1.49 (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2024-09-01").claims if c.claim.value == value]


@pytest.mark.parametrize(("level", "verdict"), [("1.50", "supported"), ("1.80", "contradicted")])
def test_one_ally_named_twice_owns_the_clause_after_the_semicolon(level, verdict):
    found = _of("Italy holds steady: NATO's estimates put Italy at 1.49% this year; last year "
                f"the share was {level}%.", float(level))  # fmt: skip
    assert len(found) == 1 and found[0].claim.subject == "Italy"
    assert found[0].claim.year == 2023 and found[0].verdict == verdict


def test_two_allies_before_leave_it_open():
    text = ("Italy holds steady: NATO's estimates put Spain at 1.28% this year; last year the "
            "share was 1.80%.")  # fmt: skip
    assert _of(text.replace("Spain at 1.28", "Italy at 1.49"), 1.80)[0].claim.subject == "Italy"
    assert all(c.verdict != "contradicted" for c in _of(text, 1.80))
