"""Two figures joined by 'and' said of allies named only by a plural noun ('The allies
spent 1.3% and 1.6% of GDP') are one figure each of allies the text does not name, not the
alliance's share twice: unverifiable, never contradicted against NATO's total. A count
whose level would be the first of a run of figures said 'respectively' ('The two allies
spent 1.28% and 1.65% of GDP respectively: ...') is no count of allies at that level.
Named allies with a wrong figure in the same structure are still contradicted.

Values (milex.observations("share_of_gdp", ..., years=[2024], edition=2024)): NATO 2024
edition (17 June 2024): NATO as a whole 2.71 in 2024, Spain 1.28, Portugal 1.55, Belgium
1.30, Italy 1.49.
"""

from __future__ import annotations

import milex


def test_joined_figures_of_unnamed_allies_are_no_ones():
    report = milex.check("The allies spent 1.3% and 1.49% of GDP in 2024.", date="2024-09-01")
    found = [c for c in report.claims if c.claim.value in (1.3, 1.49)]
    assert len(found) == 2
    assert all(c.verdict == "unverifiable" and c.claim.subject is None for c in found)
    # named allies with a wrong figure in the same structure are still contradicted
    named = milex.check("Belgium and Italy spent 1.3% and 1.8% of GDP in 2024.", date="2024-09-01")
    italy = [c for c in named.claims if c.claim.value == 1.8]
    assert len(italy) == 1 and italy[0].claim.subject == "Italy"
    assert italy[0].verdict == "contradicted"


def test_respective_run_is_no_count():
    text = "The two allies spent 1.28% and 1.65% of GDP respectively: Spain and Portugal."
    report = milex.check(text, date="2024-09-01")
    assert [c for c in report.claims if c.claim.kind == "count_meeting"] == []
    assert all(c.verdict != "contradicted" for c in report.claims)
    assert not any(c.verdict == "supported" and "Portugal" in (c.claim.subject or "")
                   for c in report.claims)  # fmt: skip
    # the same run said of named allies: a wrong figure is contradicted
    text = "Belgium and Italy spent 1.3% and 1.8% of GDP respectively in 2024."
    report = milex.check(text, date="2024-09-01")
    italy = [c for c in report.claims if c.claim.value == 1.8]
    assert len(italy) == 1 and italy[0].claim.subject == "Italy"
    assert italy[0].verdict == "contradicted"
