"""The claim checker on two figures joined by a bare 'and' that opens a new verb, the second
with its own time ('revised Poland's 2025 share down to 4.25% of GDP and put this year's at
4.68%'), in our own words: the time after 'and' heads the next figure, not the one before
it, whose year is its own ('Poland's 2025 share'). Official values: NATO's 2026 edition,
Table 3: Poland 4.25 (2025), 4.68 (2026)."""

from __future__ import annotations

import milex

_TEXT = ("The July tables revised Poland's 2025 share down to {first}% of GDP and put this "
         "year's at 4.68%.")  # fmt: skip


def _claims(first: str):
    found = milex.check(_TEXT.format(first=first), date="2026-11-05").claims
    return [(c.claim.value, c.claim.year, c.verdict) for c in found if c.claim.subject == "Poland"]


def test_a_time_after_and_is_the_next_figures():
    assert _claims("4.25") == [(4.25, 2025, "supported"), (4.68, 2026, "supported")]


def test_a_wrong_first_figure_is_judged_for_its_own_year():
    # Poland 2025 = 4.25 in the 2026 edition, not 4.40
    assert _claims("4.40") == [(4.4, 2025, "contradicted"), (4.68, 2026, "supported")]
