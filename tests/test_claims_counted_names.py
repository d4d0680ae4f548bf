"""A count that names every ally it counts ('Four allies - Poland, Lithuania, Latvia and
Denmark - spend more than 3.5%') is wrong when one of them is below the level, even when
allies with no figure that year (Germany in the 2025 edition) leave the number itself open.
With no names, or names that are all at the level, the count is judged as before.

Values looked up with milex.observations, NATO 2025 edition, Table 3 (share of GDP, 2025
estimates): Poland 4.48, Lithuania 4.00, Latvia 3.73, Denmark 3.22; three allies above 3.5%
among the 30 with a 2025 figure (Germany has none).
"""

from __future__ import annotations

import pytest

import milex

DATE = "2025-09-05"


def _count(text: str) -> list[tuple]:
    return [(c.claim.value, c.claim.year, c.verdict) for c in milex.check(text, date=DATE).claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Four allies - Poland, Lithuania, Latvia and Denmark - now spend more than 3.5% of GDP "
        "on defence, NATO's figures show.",
        "Four allies now spend more than 3.5% of GDP on defence: Denmark, Poland, Latvia and "
        "Lithuania.",
    ],
)
def test_a_named_ally_below_the_level_makes_the_count_wrong(text):
    assert _count(text) == [(4.0, 2025, "contradicted")]
    # unnamed, the same count stays open: Germany has no 2025 figure
    text = "Four allies now spend more than 3.5% of GDP on defence, NATO's figures show."
    assert _count(text) == [(4.0, 2025, "unverifiable")]
    # named, all at the level: the count agrees
    text = ("Three allies - Poland, Lithuania and Latvia - now spend more than 3.5% of GDP on "
            "defence, NATO's figures show.")  # fmt: skip
    assert _count(text) == [(3.0, 2025, "supported")]
