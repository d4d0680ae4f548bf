"""'Last year's tables' names a release as 'last year's edition' does: the figure it follows
is judged on that edition. It dates only the figure it follows: a figure after another one
and a comma is the current release's.

Official values, looked up with `milex.observations("share_of_gdp", "Poland", years=[2025,
2026], edition=...)`: NATO 2025 edition (28 August 2025) Poland 2025 4.48; NATO 2026 edition
(7 July 2026, core defence) Poland 2025 4.25, 2026 4.68.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2026-07-22"


@pytest.mark.parametrize(("old", "verdict"), [("4.48", "supported"), ("4.61", "contradicted")])
def test_last_years_tables_date_the_figure_before(old, verdict):
    text = (f"Poland's annex lists {old}% for 2025 in last year's tables, 4.25% on the core "
            "basis now used, and 4.68% for 2026.")  # fmt: skip
    found = {c.claim.value: c for c in milex.check(text, date=DAY).claims}
    got = found[float(old)]
    assert (got.claim.subject, got.claim.year, got.verdict) == ("Poland", 2025, verdict)
    assert "2025 edition" in got.explanation.split(";")[0]
    assert (found[4.25].verdict, found[4.68].verdict) == ("supported", "supported")
    assert "2026 edition" in found[4.68].explanation
