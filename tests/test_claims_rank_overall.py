"""'ranks 13th overall': a place among all the allies with figures, 'overall' closing the
rank as 'in the alliance' would.

Values (looked up with milex.observations): NATO 2025 edition (28 August 2025), share of GDP
2025: Türkiye 2.33 (estimate), 13th highest of the 30 allies with figures.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("place", "verdict"), [("13th", "supported"), ("9th", "contradicted")])
def test_rank_overall(place, verdict):
    text = f"By share of GDP, Türkiye ranks {place} overall this year, just behind Britain."
    ranked = [c for c in milex.check(text, date="2025-09-01").claims if c.claim.kind == "ranking"]
    assert len(ranked) == 1 and ranked[0].claim.subject == "Türkiye"
    assert ranked[0].claim.measure == "share_of_gdp" and ranked[0].verdict == verdict
