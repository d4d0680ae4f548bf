"""A plan's starting point dated by 'now' or 'at present' right after it ('to lift defence
to 3% of GDP by 2030 from 2.1% now') is the level of the latest year of the figures current
at the date, judged as a measured value; the plan's deadline does not date it, and it is no
longer left without a year.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), share of GDP
2024 (estimates): Czechia 2.10, Greece 3.08.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2024-10-01").claims if c.claim.value == value]


@pytest.mark.parametrize(
    ("text", "ally", "value", "verdict"),
    [
        ("Czechia is to lift defence spending to 3% of GDP by 2030 from 2.1% at present.",
         "Czechia", 2.1, "supported"),
        ("Czechia is to lift defence spending to 3% of GDP by 2030 from 1.5% at present.",
         "Czechia", 1.5, "contradicted"),
        ("Greece will cut defence to 2.5% of GDP by 2028 from 3.1% now.",
         "Greece", 3.1, "supported"),
        ("Greece will cut defence to 2.5% of GDP by 2028 from 3.6% now.",
         "Greece", 3.6, "contradicted"),
    ],
)  # fmt: skip
def test_start_dated_by_now(text, ally, value, verdict):
    found = _of(text, value)
    assert len(found) == 1 and found[0].claim.subject == ally
    assert found[0].claim.year == 2024 and found[0].verdict == verdict
