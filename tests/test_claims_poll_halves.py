"""A sentence whose second half, after a semicolon, gives a poll ('...; 84 percent of those
polled want more'): the poll's words make no share of people of the figure in the first half,
which is still read and judged; the poll's own share stays no claim.

Values looked up with milex.observations:
- NATO 2024 edition, Table 3: Poland 2023 = 3.26% of GDP.
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str, date: str) -> list[tuple]:
    return [(c.claim.kind, c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date=date).claims]  # fmt: skip


@pytest.mark.parametrize(("level", "verdict"), [("3.26", "supported"), ("3.92", "contradicted")])
@pytest.mark.parametrize("poll", ["84 percent of Poles polled back more", "most voters want more"])
def test_a_figure_before_a_polls_half(level, verdict, poll):
    text = f"In 2023 Poland led NATO's table with {level}%; {poll}."
    found = _found(text, "2024-07-01")
    assert ("share_of_gdp", float(level), 2023, verdict) in found, found
    assert not [f for f in found if f[1] == 84.0], found
