"""'Whole alliance', 'entire alliance' with no article, as a chart's or table's row label
gives it ('Whole alliance: 2.76% (2025), 2.61% (2024)'), is NATO as a whole, as 'the whole
alliance' already was.

Values (milex.observations, share_of_gdp, NATO 2025 edition, 28 August 2025): NATO total
2024 2.61, 2025 2.76.
"""

from __future__ import annotations

import milex


def test_a_row_labelled_whole_alliance() -> None:
    got = {(c.claim.subject, c.claim.year, round(c.claim.value, 2)): c.verdict
           for c in milex.check("Share of GDP by row\nEntire alliance: 2.61% (2024), 2.86% "
                                "(2025)", date="2025-09-01").claims}  # fmt: skip
    assert got[("NATO", 2024, 2.61)] == "supported"
    assert got[("NATO", 2025, 2.86)] == "contradicted"  # 2.76
