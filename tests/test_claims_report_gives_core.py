"""A report giving an ally's figures year by year on the core basis ('NATO's 2026 report gives
2.09% for 2025 and 2.10% for 2026 on core defence'): 'gives' after a report or a body is the
report's giving of a figure, not a word of a pledge, so a dated figure at none of The Hague's
values is a level of its year, not the 3.5% core guideline misstated
(policy._body_gives).

Values from NATO's 2026 edition (core defence expenditure), looked up with
milex.observations("share_of_gdp", "Italy", years=[2025, 2026], edition=2026): Italy 2025 =
2.09, 2026 = 2.10.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("later", "verdict"), [("2.10", "supported"), ("2.56", "contradicted")])
def test_a_reports_dated_core_figure_is_the_allys_level(later, verdict):
    text = f"Consider Italy. NATO's July report gives 2.09% for 2025 and {later}% for 2026 on core defence."
    got = {c.claim.value: c for c in milex.check(text, date="2026-08-20").claims}
    c = got[float(later)]
    assert (c.claim.kind, c.claim.subject, c.claim.year, c.verdict) == (
        "share_of_gdp",
        "Italy",
        2026,
        verdict,
    )
