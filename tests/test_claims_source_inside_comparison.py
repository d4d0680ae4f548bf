"""A body named inside a figure's words, after the comparison that opens them ('well below
NATO's 2.27%', 'above SIPRI's 1.5%'), says whose figure it is, and the comparison says where
the sentence's other figure stands against it: the figure is that body's own, not a bound
(clause.source_inside).

Official values: SIPRI (April 2025; milex.observations("share_of_gdp", "Norway",
years=[2024], source="SIPRI")) Norway 2024 = 2.09; NATO 2025 edition (28 August 2025) Norway
2024 = 2.27.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("share", "verdict"), [("2.27", "supported"), ("2.72", "contradicted")])
def test_a_bodys_figure_after_a_comparison(share, verdict):
    got = {c.claim.value: (c.verdict, c.claim.source, c.claim.hedge)
           for c in milex.check(f"SIPRI puts Norway's 2024 military burden at 2.09% of GDP, "
                                f"well below NATO's {share}%.", date="2025-09-10").claims}  # fmt: skip
    assert got[2.09] == ("supported", "SIPRI", None)
    assert got[float(share)] == (verdict, "NATO", None)
