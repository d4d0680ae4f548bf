"""One year's ratio that 'went from X to Y' was revised between releases, not changed from the
year before: in "Greece's 2024 ratio went from 3.08% to 2.74%" (read in October 2025) the 3.08%
is 2024's figure as an earlier release the text does not date had it (left unverifiable), not
Greece's 2023 figure, and the 2.74% is 2024's in the current edition.

Official values in the comments, read with `milex.observations("share_of_gdp", ally,
years=[2023, 2024], edition=2025)` (and edition=2024): Greece 2024 = 2.74 (2025 ed.; 3.08 in
the 2024 ed.), Greece 2023 = 2.76 (2025 ed.); Estonia 2024 = 3.37 (2025 ed.; 3.43 in the 2024
ed.), Estonia 2023 = 3.00 (2025 ed.).
"""

from __future__ import annotations

import milex

DAY = "2025-10-01"  # the 2025 edition (28 August 2025) is current


def verdicts(text: str) -> dict[float, tuple[str, int | None]]:
    """{value: (verdict, year)} of the checker's claims."""
    report = milex.check(text, date=DAY)
    return {float(c.claim.value): (c.verdict, c.claim.year) for c in report.claims}


def test_the_start_of_a_one_year_ratio_is_an_undated_earlier_estimate():
    got = verdicts("Greece's 2024 ratio went from 3.08% to 2.74%.")
    # 2024's figure as an earlier release had it, left unjudged: not Greece's 2023 figure (2.76)
    assert got[3.08] == ("unverifiable", 2024)
    assert got[2.74] == ("supported", 2024)


def test_the_end_of_a_one_year_ratio_is_still_judged():
    got = verdicts("Estonia's 2024 ratio was cut from 3.43% to 3.52%.")
    assert got[3.43] == ("unverifiable", 2024)  # not Estonia's 2023 figure (3.00)
    assert got[3.52] == ("contradicted", 2024)  # 2025 ed.: 3.37
