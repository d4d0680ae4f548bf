"""Counts of allies in editorial wording. A count's noun may be followed by the allies it
counts, set off by commas, each with its figure in brackets ('Three allies, Poland (4.48%),
Lithuania (4.00%) and Latvia (3.73%), already meet the 3.5% benchmark'): the level counted
against is the one after the list, not the first ally's own figure. And 'every ally' at a
level under a demand or a hypothesis ('every ally should be at 3.5%', 'had the pledge been
kept, every ally would be at 3.5%') is no count of what is: it was read as a count of all 32
and contradicted.

Official values (`milex.observations("share_of_gdp", ...)` and the counts milex makes of
them): NATO 2025 edition (28 August 2025), 2025 estimates: Poland 4.48, Lithuania 4.00,
Latvia 3.73, Estonia 3.38; 3 allies at or above 3.5% in 2025. NATO 2026 edition (7 July
2026, core defence): 5 allies at or above 3.5% in 2026.
"""

from __future__ import annotations

import pytest

import milex


def _counts(text: str, day: str) -> list:
    return [(c.claim.value, c.claim.threshold, c.verdict) for c in milex.check(text, date=day).claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Three allies, Poland (4.48%), Lithuania (4.00%) and Latvia (3.73%), already meet the "
         "new 3.5% benchmark.", "supported"),
        ("Six allies, Poland (4.48%), Lithuania (4.00%), Latvia (3.73%), Estonia, Denmark and "
         "Norway, already meet the new 3.5% benchmark.", "contradicted"),
    ],
)  # fmt: skip
def test_a_count_past_its_allies_listed_with_their_figures(text, verdict):
    found = _counts(text, "2025-09-01")
    assert len(found) == 1 and found[0][1:] == (3.5, verdict)


@pytest.mark.parametrize(
    "text",
    [
        "Every ally should be at 3.5% of GDP on core defence.",
        "Had the Hague pledge been kept already, every ally would be at 3.5% of GDP.",
    ],
)
def test_every_ally_under_a_demand_or_a_hypothesis_is_no_count(text):
    assert _counts(text, "2026-09-01") == []
    # what is, said of every ally, is still a count (30 of the 30 with 2025 figures: open)
    assert _counts("Every ally is at 2% this year.", "2025-09-01") == [(32.0, 2.0, "unverifiable")]
