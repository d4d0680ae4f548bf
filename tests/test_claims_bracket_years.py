"""The claim checker keeps a year said inside brackets there: in 'Latvia at 3.15% (against
2.87% in 2023) and Lithuania at 2.85%', 2023 is the bracket's figure's, and Lithuania's figure
takes the list's own time ('this year').

Official values in the comments are NATO's Table 3 (share of GDP, %) in the 2024 edition, read
with `milex.observations("share_of_gdp", ally, years=[2023, 2024], edition=2024)`: Greece 3.08
(2024), Latvia 3.15 (2024) and 2.87 (2023), Lithuania 2.85 (2024) and 2.78 (2023).
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"  # the 2024 edition (17 June 2024) is current


def claims(text: str) -> dict[str, tuple[str, int | None]]:
    """{subject: (verdict, year)} of the checker's claims."""
    report = milex.check(text, date=DAY)
    return {str(c.claim.subject): (c.verdict, c.claim.year) for c in report.claims}


def test_a_year_in_brackets_does_not_date_the_next_item():
    text = (
        "NATO's new tables put Greece at 3.08% of GDP this year, Latvia at 3.15% (against "
        "2.87% in 2023) and Lithuania at {}%."
    )
    assert claims(text.format("2.85"))["Lithuania"] == ("supported", 2024)
    assert claims(text.format("2.95"))["Lithuania"] == ("contradicted", 2024)
