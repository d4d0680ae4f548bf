"""A ministry named with its acronym in brackets ('the defence ministry (MON)') is that
ally's (acronyms in subjects.institution_acronyms, read in their own case and only in
brackets); a sentence it opens, after a time, speaks of that ally, and so does 'it' in the
next sentence. The figures had no subject.

NATO's 2024 edition, milex.observations("share_of_gdp", "Poland", years=[2024],
edition=2024): 4.12.
"""

import milex

DATE = "2024-07-15"


def _last(text):
    return milex.check(text, date=DATE).claims[-1]


def test_the_ministry_s_acronym_names_its_ally():
    c = _last(
        "This year the national defence ministry (MON) wants to spend about 4.2% of GDP on "
        "the army. On NATO's reckoning it will be 4.12%."
    )
    assert (c.claim.subject_code, c.verdict) == ("POL", "supported")
    c = _last(
        "This year the national defence ministry (MON) wants to spend about 4.2% of GDP on "
        "the army. On NATO's reckoning it will be 4.35%."
    )
    assert (c.claim.subject_code, c.verdict) == ("POL", "contradicted")  # 4.12
    # (outside brackets the same letters name no one: a weekday in capitals)
    claims = milex.check("MON 15 July: spending will be 4.35% of GDP.", date=DATE).claims
    assert all(c.claim.subject_code != "POL" for c in claims)
