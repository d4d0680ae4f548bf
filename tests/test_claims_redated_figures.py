"""The claim checker on a sentence that gives the year of the figure just before it x: the figure is judged in the year the text settles on,
so a figure the text itself re-dates is not contradicted against the year it first gave.

Official values in the comments are NATO's Table 3 (share of GDP, %) in the 2024 edition, read
with `milex.observations("share_of_gdp", ally, years=[year], edition=2024)`.
"""

from __future__ import annotations

import milex

DAY = "2024-11-15"  # the 2024 edition (17 June 2024) is current


def claims(text: str) -> list[tuple[str, str, float | None, int | None]]:
    """(verdict, subject, value, year) of every claim with a subject."""
    report = milex.check(text, date=DAY)
    return [(c.verdict, str(c.claim.subject), c.claim.value, c.claim.year)
            for c in report.claims if c.claim.subject]  # fmt: skip


def test_that_was_its_year_figure_redates_the_figure_before():
    # Greece 2022 = 3.88, Greece 2024 = 3.08
    found = claims("Last week we put Greece at 3.88% for 2024. That was its 2022 figure.")
    assert ("supported", "Greece", 3.88, 2022) in found
    assert not any(f[0] == "contradicted" for f in found)


def test_a_wrong_figure_redated_is_still_contradicted():
    # Italy 2023 = 1.50: 1.2% is wrong in the year the text settles on
    found = claims("Last week we put Italy at 1.2% for 2024. That was the 2023 figure.")
    assert ("contradicted", "Italy", 1.2, 2023) in found


def test_the_figure_named_is_the_one_redated():
    # Norway 2024 = 2.20, Norway 2023 = 1.81
    found = claims("Norway is at 2.2% this year, not 1.81%. The 1.81 was 2023.")
    assert ("supported", "Norway", 2.2, 2024) in found
    assert ("supported", "Norway", 1.81, 2023) in found
