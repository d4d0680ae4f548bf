"""'Core spending in 2026 was 3.22% of GDP', said in 2026: a level measured in the year under
way (a noun of a measured level, the year, a past copula), not the value of a commitment. It
was read as a statement of The Hague's 3.5% core level and called wrong (a false
'contradicted'); only a year before the current one was taken as measured.

NATO's 2026 edition, milex.observations("share_of_gdp", "Sweden", years=[2026],
edition=2026): 3.22 (core).
"""

import milex


def test_a_level_of_the_year_under_way_is_no_commitment():
    for text in (
        "Sweden is rearming fast.\nCore spending in 2026 was 3.22% of GDP.",
        "Sweden's core spending in 2026 was 3.22% of GDP.",
    ):
        claims = milex.check(text, date="2026-07-10").claims
        assert [c.claim.kind for c in claims] == ["share_of_gdp"]
        assert all(c.verdict != "contradicted" for c in claims)
    (c,) = milex.check("Sweden's core spending in 2026 was 3.22% of GDP.", date="2026-07-10").claims
    assert (c.claim.subject_code, c.verdict) == ("SWE", "supported")
    (c,) = milex.check("Sweden's core spending in 2026 was 3.52% of GDP.", date="2026-07-10").claims
    assert (c.claim.subject_code, c.verdict) == ("SWE", "contradicted")
