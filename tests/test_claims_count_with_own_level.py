"""A bare count in a 'with' aside after a count at 2%, followed by a level of its own ("..., with
five above 3.5%"), counts allies at that level, not at the 2% of the count before it (as after
'and' already).

Values (NATO's 2026 edition of 7 July 2026, core defence expenditure, 2026 estimates, via
milex.observations("share_of_gdp", ally, years=[2026], edition=2026)): 30 of the 31 allies
with figures at or above 2%; five above 3.5% (Lithuania 5.33, Estonia 5.10, Latvia 4.92,
Poland 4.68, Greece 3.65; Denmark next at 3.49).
"""

from __future__ import annotations

import milex

_DATE = "2026-07-20"


def _counts(text: str) -> list[tuple[float, float | None, str]]:
    return [(c.claim.value, c.claim.threshold, c.verdict)
            for c in milex.check(text, date=_DATE).claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_with_aside_count_takes_its_own_level():
    text = "The new NATO tables show 30 allies at 2% or more this year, with five above 3.5%."
    assert _counts(text) == [(30.0, 2.0, "supported"), (5.0, 3.5, "supported")]


def test_wrong_count_in_a_with_aside_is_contradicted_at_its_own_level():
    text = "The new NATO tables show 30 allies at 2% or more this year, with seven above 3.5%."
    assert _counts(text) == [(30.0, 2.0, "supported"), (7.0, 3.5, "contradicted")]
