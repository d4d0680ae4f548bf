"""The claim checker on a time the speaker takes back at once for another ('in 2024, sorry,
in 2014', 'in 2024, or rather 2014'): the figure is of the time said after the repair, and is
never judged, nor contradicted, in the year taken back.

Official values in the comments are NATO's Table 3 (share of GDP, %) in the 2024 edition, read
with `milex.observations("share_of_gdp", "Estonia", years=[2014, 2024], edition=2024)`.
"""

from __future__ import annotations

import milex

DAY = "2024-11-15"  # the 2024 edition (17 June 2024) is current


def claims(text: str) -> list[tuple[str, str, float | None, int | None]]:
    """(verdict, subject, value, year) of every claim with a subject."""
    report = milex.check(text, date=DAY)
    return [(c.verdict, str(c.claim.subject), c.claim.value, c.claim.year)
            for c in report.claims if c.claim.subject]  # fmt: skip


def test_the_year_after_sorry_is_the_figures():
    # Estonia 2014 = 1.93 (2024 = 3.43)
    found = claims("GUEST: Estonia spent 1.93% of GDP in 2024, sorry, in 2014.")
    assert found == [("supported", "Estonia", 1.93, 2014)]


def test_the_year_after_or_rather_is_the_figures():
    # Estonia 2014 = 1.93
    found = claims("GUEST: Estonia spent 1.93% of GDP in 2024, or rather 2014.")
    assert found == [("supported", "Estonia", 1.93, 2014)]


def test_a_wrong_figure_is_contradicted_in_the_repaired_year():
    # Estonia 2014 = 1.93: 2.5% is wrong for 2014
    found = claims("GUEST: Estonia spent 2.5% of GDP in 2024, sorry, in 2014.")
    assert found == [("contradicted", "Estonia", 2.5, 2014)]
