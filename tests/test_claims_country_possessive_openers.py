"""A paragraph whose first words point back with a possessive ('Back in 2014 the country's
share was 1.45%.') goes on with the subject of the paragraph before, as one opening on 'the
country' or 'its' does.

Official values (NATO 2024 edition, 17 June 2024, `milex.observations("share_of_gdp",
"Türkiye", years=[2014, 2024], edition=2024)`): Türkiye 2014 1.45%, 2024 2.09% (estimate).
"""

from __future__ import annotations

import milex

DAY = "2024-08-21"
LEAD = "Türkiye will spend 2.09% of GDP on defence this year, NATO estimates.\n\n"


def _of_2014(text: str):
    (claim,) = [c for c in milex.check(text, date=DAY).claims if c.claim.year == 2014]
    return claim


def test_the_countrys_share_in_a_new_paragraph_is_the_subject_before():
    claim = _of_2014(LEAD + "Back in 2014 the country's share was 1.45%.")
    assert (claim.claim.subject, claim.verdict) == ("Türkiye", "supported")


def test_a_wrong_share_there_is_contradicted():
    claim = _of_2014(LEAD + "Back in 2014 the country's share was 1.65%.")
    assert (claim.claim.subject, claim.verdict) == ("Türkiye", "contradicted")
