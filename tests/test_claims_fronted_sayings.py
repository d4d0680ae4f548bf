"""A time that opens a source's saying dates the saying, not the figure, when the figure's
own year is named after the verb: in 'Back in June 2024, NATO estimated that Greece would spend
3.08% in 2024' (read in October 2025) the 3.08% is the 2024 edition's estimate for 2024, not a
claim on the 2025 edition, which has since revised that year.

Official values in the comments, read with milex:
- `milex.observations("share_of_gdp", "Greece", years=[2024], edition=2024)`: 3.08 (estimate);
  the same with edition=2025: 2.74.
- NATO's count of allies at or above 2% of GDP in 2024: 23 in the 2024 edition, 18 in the 2025
  edition (as the checker's own explanation of a count states it, from the same tables).
"""

from __future__ import annotations

import milex

DAY = "2025-10-01"  # the 2025 edition (28 August 2025) is current


def verdicts(text: str) -> dict[float, tuple[str, int | None]]:
    """{value: (verdict, year)} of the checker's claims."""
    report = milex.check(text, date=DAY)
    return {float(c.claim.value): (c.verdict, c.claim.year) for c in report.claims}


def test_a_month_before_the_saying_names_the_edition_of_a_share():
    text = (
        "Back in June 2024, NATO estimated that Greece would devote {}% of GDP to defence in 2024."
    )
    assert verdicts(text.format("3.08"))[3.08] == ("supported", 2024)  # 2024 ed.: 3.08
    assert verdicts(text.format("3.35"))[3.35] == ("contradicted", 2024)  # not 3.08 either


def test_last_year_before_the_saying_names_the_edition_of_a_count():
    text = "Last year NATO reported that {} allies met the 2% guideline in 2024."
    assert verdicts(text.format(23))[23.0] == ("supported", 2024)  # 2024 ed.: 23 (2025 ed.: 18)
    assert verdicts(text.format(25))[25.0] == ("contradicted", 2024)  # neither 23 nor 18


def test_a_year_ago_before_the_saying_names_the_edition_of_a_count():
    text = "A year ago NATO said {} of its members reached 2% of GDP in 2024."
    assert verdicts(text.format(23))[23.0] == ("supported", 2024)
    assert verdicts(text.format(21))[21.0] == ("contradicted", 2024)
    # no time before the saying: the 2025 edition's 18, so 23 is contradicted there
    assert verdicts("NATO says 18 allies reached 2% of GDP in 2024.")[18.0] == ("supported", 2024)
    assert verdicts("NATO says 23 allies reached 2% of GDP in 2024.")[23.0][0] == "contradicted"
