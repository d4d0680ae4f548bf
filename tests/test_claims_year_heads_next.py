"""A year after 'and' that heads the next figure ('2024 spending at 2.00% of GDP and 2025 at
2.49%') is that next figure's year alone: the figure before it keeps the year written with
it.

Official values, looked up with `milex.observations("share_of_gdp", "Netherlands",
years=[2024, 2025], edition=2025)`: NATO 2025 edition (28 August 2025): Netherlands 2024 2.00
(2.0034), 2025 2.49 (2.4912).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-09-20"


@pytest.mark.parametrize(("level", "verdict"), [("2.00", "supported"), ("2.20", "contradicted")])
def test_year_heading_the_next_figure_is_not_the_first_figures(level, verdict):
    text = (f"The auditors note that NATO's tables now show the Dutch 2024 effort at {level}% "
            "of GDP and 2025 at 2.49%.")  # fmt: skip
    found = {c.claim.value: c for c in milex.check(text, date=DAY).claims}
    first = found[float(level)]
    assert (first.claim.subject, first.claim.year, first.verdict) == ("Netherlands", 2024, verdict)
    assert (found[2.49].claim.year, found[2.49].verdict) == (2025, "supported")
