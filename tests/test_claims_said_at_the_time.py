"""'At the time' right after a verb of saying ('NATO claimed at the time', 'the alliance said
at the time') dates the saying, not the figure: the figure keeps its own year ('Last year 23
of the 32 met the mark'), and is the one the release of that time gave, not the day's. It does
not reach past another figure of its form ('17 met it, not the 23 announced at the time')."""

from __future__ import annotations

import milex

# NATO 2024 edition (17 June 2024): 23 of 32 allies at or above 2% of GDP in 2024 (estimates),
# Poland 2024 4.12% (Table 3, N32). NATO 2025 edition (28 August 2025): 18 allies for 2024,
# Poland 2024 3.79%.


def _claim(text: str, date: str, value: float):
    found = [c for c in milex.check(text, date=date).claims
             if c.claim.value is not None and abs(c.claim.value - value) < 1e-9]  # fmt: skip
    assert len(found) == 1, found
    return found[0]


def test_a_count_claimed_at_the_time_is_last_years_as_then_published():
    text = "Last year 23 of the 32 allies met the 2% mark, NATO claimed at the time."
    c = _claim(text, "2025-09-10", 23.0)
    assert (c.claim.kind, c.claim.year, c.verdict) == ("count_meeting", 2024, "supported")
    c = _claim(text.replace("23 of", "20 of"), "2025-09-10", 20.0)
    assert (c.claim.year, c.verdict) == (2024, "contradicted")


def test_a_share_said_at_the_time_is_judged_on_the_release_of_then():
    text = "Last year Poland spent 4.1% of GDP, the alliance said at the time."
    c = _claim(text, "2025-09-10", 4.1)
    assert (c.claim.year, c.verdict) == (2024, "supported")
    c = _claim(text.replace("4.1%", "3.8%"), "2025-09-10", 3.8)
    assert (c.claim.year, c.verdict) == (2024, "contradicted")
