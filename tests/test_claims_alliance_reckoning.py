"""'By the alliance's reckoning Britain will spend GBP 66 billion in 2024-25': the alliance
named as the figure's source in words of reckoning or counting is NATO, so an amount in the
ally's own currency is NATO's figure, not possibly a national budget, and is judged.

Value cited: NATO's 2024 edition (17 June 2024), Table 1, United Kingdom 2024 (FY 2024/25),
current prices: GBP 64,584 million (milex.observations("spending_nc_current",
"United Kingdom", years=[2024], edition=2024)).
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(
    ("figure", "verdict"), [("£64.6 billion", "supported"), ("£66 billion", "contradicted")]
)
@pytest.mark.parametrize(
    "template",
    [
        "By the alliance's reckoning, Britain will spend {} on its armed forces in 2024-25.",
        "Britain will spend {} on its armed forces in 2024-25, on the alliance's count.",
    ],
)
def test_the_alliances_reckoning_is_natos_figure(template, figure, verdict):
    report = milex.check(template.format(figure), date="2024-12-02")
    got = {c.claim.text: (c.verdict, c.claim.subject_code, c.claim.year) for c in report.claims}
    assert got[figure] == (verdict, "GBR", 2024)
