"""A fact box's line led by its figure and a dash, whose caption names an ally and its core
spending as a share of GDP ('4.9% – Latvia's core defence spending as a share of GDP'), is
that ally's measured level on the core basis, not The Hague's 3.5% core guideline: judged
against the ally's figure, and a wrong figure on such a line is still contradicted. A line
that names a commitment of the ally ('... core defence target') is no measured level.

Values (looked up with milex.observations("share_of_gdp", ..., years=[2026], edition=2026)):
NATO 2026 edition (7 July 2026, core defence expenditure), 2026 estimates: Latvia 4.92,
Poland 4.68.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float, day: str = "2026-08-01") -> list:
    return [c for c in milex.check(text, date=day).claims if c.claim.value == value]


@pytest.mark.parametrize(
    ("text", "value", "subject", "verdict"),
    [
        ("At a glance\n4.92% – Latvia's core defence spending as a share of GDP", 4.92, "Latvia", "supported"),
        ("At a glance\n5.4% – Latvia's core defence spending as a share of GDP", 5.4, "Latvia", "contradicted"),
        ("The year in figures\n4.68%: Poland's core defence outlays as a share of its GDP", 4.68, "Poland", "supported"),
        ("The year in figures\n4.1% — Poland's core defence outlays as a share of its GDP", 4.1, "Poland", "contradicted"),
    ],
)  # fmt: skip
def test_fact_line_is_the_allys_level(text, value, subject, verdict):
    found = _of(text, value)
    assert len(found) == 1
    assert found[0].claim.kind == "share_of_gdp"
    assert found[0].claim.subject == subject and found[0].claim.year == 2026
    assert found[0].verdict == verdict
    # a line naming a commitment of the ally is no measured level
    target = _of("At a glance\n3% – Latvia's core defence target", 3.0)
    assert all(c.claim.kind != "share_of_gdp" or c.claim.subject != "Latvia" for c in target)
