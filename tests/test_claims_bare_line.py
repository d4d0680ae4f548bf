"""A guideline's level named without a unit before a noun of a line ('above the 2.0 line',
'the 3.5 mark') names that guideline: a later 'it' ('Today 23 allies clear it') counts at
that line, the nearest one named, not at an earlier goal for equipment's share.

Values (looked up with milex.counts): NATO 2024 edition (17 June 2024), allies at or above
2% of GDP in 2024: 23 of 32.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2024-06-20").claims if c.claim.value == value]


@pytest.mark.parametrize(("count", "verdict"), [("23", "supported"), ("26", "contradicted")])
def test_it_counts_at_the_line_named_last(count, verdict):
    text = (
        "Poland puts 41% of its defence budget into major equipment, well beyond the 20% goal.\n"
        f"A decade ago only a handful of allies were above the 2.0 line. This year {count} "
        "allies clear it."
    )
    found = _of(text, float(count))
    assert len(found) == 1 and found[0].claim.kind == "count_meeting"
    assert found[0].claim.measure == "share_of_gdp" and found[0].claim.year == 2024
    assert found[0].verdict == verdict
