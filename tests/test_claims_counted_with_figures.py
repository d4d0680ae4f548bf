"""The claim checker on a count of the allies 'with figures' whose verb is left out, repeating
the count before it ('... all 32 allies reach 2%. In fact 30 of the 30 allies with figures
do'): 'with figures' (or 'with data', 'with estimates') says which allies are counted, and the
bare 'do' after it is the verb of the count before, at its level.

Official counts in the comments are NATO's, from Table 3 (share of GDP) of the 2025 edition
(28 August 2025): in 2025, 30 of the 30 allies with a figure at or above 2% (Germany and
Iceland have none), read with `milex.observations("share_of_gdp", ally, years=[2025],
edition=2025)` for each ally.
"""

from __future__ import annotations

import milex

DAY = "2025-09-01"  # the 2025 edition is current
LEAD = "Ministers keep saying that all 32 allies now reach the 2% guideline. "


def counts(text: str) -> list[tuple[str, int | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.year, c.claim.value) for c in report.claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_a_count_with_figures_and_a_bare_do_is_read():
    # 2025: 30 of the 30 with figures
    got = counts(LEAD + "Strictly, thirty of the 30 allies with figures do; two have no figure.")
    assert ("supported", 2025, 30.0) in got


def test_a_wrong_count_with_figures_is_contradicted():
    # 2025: 30, not 27
    got = counts(LEAD + "Strictly, 27 of the 30 allies with data do; two have no figure.")
    assert ("contradicted", 2025, 27.0) in got
