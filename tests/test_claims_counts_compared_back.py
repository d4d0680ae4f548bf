"""Counts the next sentence states without their noun: 'That compares with ten last year and
only three in 2014' (counts of the same guideline in other years), 'Five already exceed the
3.5% core goal' (a bare count, adverbs between it and its verb, at the level its own clause
names).

Official values (`milex.counts`): NATO 2024 edition (17 June 2024): 23 allies at or above 2%
of GDP in 2024, 10 in 2023, 3 in 2014; NATO 2026 edition (7 July 2026, core defence): 30 at
or above 2% in 2026, 5 at or above 3.5%.
"""

from __future__ import annotations

import pytest

import milex

_LEAD_2024 = "Of the alliance's 32 members, 23 are on course to spend at least 2% of GDP in 2024. "
_LEAD_2026 = (
    "Thirty of the alliance's 32 members will spend at least 2% of GDP on core defence in 2026. "
)


def counts(text: str, day: str) -> dict[float, tuple[int | None, str]]:
    return {c.claim.value: (c.claim.year, c.verdict)
            for c in milex.check(text, date=day).claims if c.claim.kind == "count_meeting"}  # fmt: skip


@pytest.mark.parametrize(
    "then, verdict",
    [("ten last year and only three in 2014", "supported"),
     ("eight last year and only three in 2014", "contradicted")],
)  # fmt: skip
def test_counts_a_comparison_gives_after_a_count(then, verdict):
    found = counts(f"{_LEAD_2024}That compares with {then}.", "2024-06-18")
    before = 10.0 if then.startswith("ten") else 8.0
    assert found[before] == (2023, verdict)
    assert found[3.0] == (2014, "supported")


@pytest.mark.parametrize("count, verdict", [("Five", "supported"), ("Eight", "contradicted")])
def test_a_bare_count_with_an_adverb_before_its_verb(count, verdict):
    found = counts(f"{_LEAD_2026}{count} already exceed the 3.5% core goal.", "2026-07-08")
    value = {"Five": 5.0, "Eight": 8.0}[count]
    assert found[value] == (2026, verdict)
