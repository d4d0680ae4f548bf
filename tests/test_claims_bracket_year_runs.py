"""The claim checker on a line of table items under a header naming the measure, the first
item dating its two figures by a year in brackets after each ('Canada 2.03 (2025) and 2.13
(2026)'), the items after it giving two figures with no years ('Portugal 2.01 and 2.10'), in
our own words: each bracket dates the figure before it, and the later items' figures are of
the same two years, in the same order. Official values: NATO's 2026 edition, Table 3 (core
defence): Canada 2.03 (2025), 2.13 (2026); Portugal 2.01 (2025), 2.10 (2026)."""

from __future__ import annotations

import milex

_LINE = ("Table excerpt (core defence, % of GDP): Canada 2.03 (2025) and 2.13 (2026); "
         "Portugal {first} and 2.10.")  # fmt: skip


def _claims(first: str) -> list[tuple]:
    found = milex.check(_LINE.format(first=first), date="2026-07-21").claims
    return [(c.claim.subject, c.claim.value, c.claim.year, c.verdict) for c in found]


def test_brackets_date_their_figures_and_the_run_after_them():
    assert _claims("2.01") == [
        ("Canada", 2.03, 2025, "supported"),
        ("Canada", 2.13, 2026, "supported"),
        ("Portugal", 2.01, 2025, "supported"),
        ("Portugal", 2.1, 2026, "supported"),
    ]


def test_a_wrong_figure_of_a_later_item_is_contradicted_for_its_year():
    # Portugal 2025 = 2.01, not 1.81
    assert ("Portugal", 1.81, 2025, "contradicted") in _claims("1.81")
