"""'Only three, Poland, Lithuania and Latvia, are above the 3.5% core goal': a bare count
followed by as many allies in apposition, closed by a comma, counts those allies at the level
that follows, even when the sentence spoke of allies earlier only in the singular ('every
ally with a figure cleared 2%').

Official values, NATO 2025 edition (28 August 2025): 3 allies above 3.5% of GDP in 2025
(Poland 4.48, Lithuania 4.00, Latvia 3.73: `milex.observations("share_of_gdp", "Poland",
years=[2025], edition=2025)` and the same for the others); Estonia 3.38.
"""

from __future__ import annotations

import milex


def _counts(text: str) -> dict:
    return {
        c.claim.value: (c.claim.year, c.verdict)
        for c in milex.check(text, date="2025-09-20").claims
        if c.claim.kind == "count_meeting"
    }


def test_count_with_its_allies_in_apposition():
    text = ("NATO's August figures have every reporting ally past 2% this year; just {n}, {who}, "
            "already exceed the 3.5% core level.")  # fmt: skip
    got = _counts(text.format(n="three", who="Poland, Latvia and Lithuania"))
    assert got == {3.0: (2025, "supported")}
    # (fewer than NATO counts is wrong whatever the two allies without a 2025 figure spent)
    got = _counts(text.format(n="two", who="Poland and Lithuania"))
    assert got == {2.0: (2025, "contradicted")}
