"""In a list of SIPRI's figures, a country outside NATO set in brackets before the verb ('Austria
(0.87%) and Spain (1.47%) sat at the bottom') takes the tense of that verb, as an ally does, and
with it the one past year of its paragraph ('In 2023, ...'): it had been read as of the present
while the ally beside it was of 2023.

SIPRI's April 2025 release, milex.observations("share_of_gdp", ["Austria", "Spain"],
source="SIPRI"): Austria 2023 0.87, 2024 1.00; Spain 2023 1.47, 2024 1.43.
"""

import milex

DATE = "2025-09-05"


def _claims(text):
    return {c.claim.subject: c for c in milex.check(text, date=DATE).claims}


def test_a_country_outside_nato_in_brackets_is_of_the_paragraphs_year():
    got = _claims(
        "In 2023, Greece topped SIPRI's European table. Austria (0.87%) and Spain (1.47%) sat "
        "at the bottom."
    )
    assert (got["Austria"].verdict, got["Austria"].claim.year) == ("supported", 2023)
    assert (got["Spain"].verdict, got["Spain"].claim.year) == ("supported", 2023)


def test_its_wrong_figure_is_contradicted_and_the_latest_years_is_not_supported():
    got = _claims(
        "In 2023, Greece topped SIPRI's European table. Austria (1.2%) and Spain (1.47%) sat "
        "at the bottom."
    )
    assert (got["Austria"].verdict, got["Austria"].claim.year) == ("contradicted", 2023)  # 0.87
    got = _claims(
        "In 2023, Greece topped SIPRI's European table. Austria (1.0%) and Spain (1.47%) sat "
        "at the bottom."
    )
    assert got["Austria"].verdict == "unverifiable"  # 2024's 1.00, not 2023's
