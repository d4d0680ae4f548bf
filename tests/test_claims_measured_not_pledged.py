"""A figure in the frame of a measured value is read as a level, never as the value of a
commitment it happens to equal or to sit near: the object of 'climbed to' with a year
(Spain's 2.1% is also Madrid's own reading of The Hague, and had been 'supported' as that
pledge), and a figure set before the noun of a figure a body published ('the 4.92% core
figure NATO published in July', which had been judged as The Hague's 3.5% and
contradicted). Words that add a figure to the defence-related part ('on top of') keep it
apart from that part.

NATO's 2026 edition, looked up with milex.observations("share_of_gdp", ALLY, years=[...],
edition=2026): Spain 2025 = 2.00; Latvia 2026 = 4.92.
"""

import milex

DATE = "2026-07-20"


def _claims(text):
    return milex.check(text, date=DATE).claims


def test_a_level_climbed_to_in_a_year_is_no_pledge():
    (c,) = _claims("Spain's core spending climbed to 2.10% of GDP last year, NATO's tables show.")
    assert (c.claim.kind, c.claim.year, c.verdict) == ("share_of_gdp", 2025, "contradicted")
    (c,) = _claims("Spain's core spending climbed to 2.00% of GDP last year, NATO's tables show.")
    assert (c.claim.kind, c.claim.year, c.verdict) == ("share_of_gdp", 2025, "supported")


def test_a_published_figure_is_no_guideline():
    claims = _claims(
        "Latvia already counts about 1% of GDP as defence-related outlays, on top of the "
        "4.92% core figure NATO published in July."
    )
    core = [c for c in claims if c.claim.value == 4.92]
    assert [(c.claim.kind, c.claim.subject, c.verdict) for c in core] == [
        ("share_of_gdp", "Latvia", "supported")
    ]
    claims = _claims(
        "Latvia already counts about 1% of GDP as defence-related outlays, on top of the "
        "4.50% core figure NATO published in July."
    )
    core = [c for c in claims if c.claim.value == 4.5]
    assert [(c.claim.kind, c.claim.subject, c.verdict) for c in core] == [
        ("share_of_gdp", "Latvia", "contradicted")  # 4.92
    ]
    related = [c for c in claims if c.claim.value == 1.0]
    assert all(c.verdict == "unverifiable" for c in related)  # the related part: no table
