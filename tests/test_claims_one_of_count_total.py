"""'one of N allies, out of M in total, that met the target': a count of allies at the level,
with the membership as an aside between the noun and its relative clause of meeting. With the
longer aside ('out of 32 in total') the relative clause stood too far from the count, which
was then read as a membership of N (unverifiable: NATO never had 23 members).

NATO's 2024 edition (milex.observations("share_of_gdp", years=[2024], edition=2024)): 23 of
the 32 allies at or above 2% of GDP in 2024 (31 with figures; Iceland has none).
"""

import milex


def _counts(text, date="2025-02-26"):
    return [(c.verdict, c.claim.value, c.claim.year) for c in milex.check(text, date=date).claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_one_of_the_allies_that_met_it_with_the_total_aside():
    text = ("Britain is one of 23 NATO allies, out of 32 in total, that met the 2% goal last "
            "year.")  # fmt: skip
    assert _counts(text) == [("supported", 23.0, 2024)]


def test_a_wrong_count_with_the_total_aside_is_contradicted():
    text = ("Britain is one of 26 NATO allies, out of 32 in total, that met the 2% goal last "
            "year.")  # fmt: skip
    assert _counts(text) == [("contradicted", 26.0, 2024)]
