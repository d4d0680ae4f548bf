"""'For 2024 the alliance now counts 2.0%': a year fronting the sentence, with or without a
comma, dates the figure; 'now' after the source's name is the vintage of the tables (the
latest estimate), not the year of the figure.

Value cited: NATO's 2025 edition (28 August 2025), Table 3, Germany 2024 = 2.00% of GDP
(milex.observations("share_of_gdp", "Germany", years=[2024], edition=2025)); that edition has
no 2025 figure for Germany.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("figure", "verdict"), [("2.0%", "supported"), ("2.2%", "contradicted")])
def test_a_fronted_year_without_a_comma_dates_the_figure(figure, verdict):
    report = milex.check(
        "Berlin has still not adopted a budget, so Germany has no figure for this year. "
        f"For 2024 the alliance now counts {figure} of GDP.",
        date="2025-09-03",
    )
    got = {c.claim.text: (c.verdict, c.claim.subject_code, c.claim.year) for c in report.claims}
    assert got[figure] == (verdict, "DEU", 2024)
