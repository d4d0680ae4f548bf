"""A row of allies with bare figures, by code, followed after a dash by a comment ('... | SI
2.02 — the region's laggard in 2024, % GDP'): the row is read before the comment, and the
comment's one year and its naming GDP are the row's header. Before, the comment's year kept
the row from being read at all.

NATO's 2025 edition, milex.observations("share_of_gdp", ally, years=[2024, 2025],
edition=2025): 2024 Netherlands 2.00, Belgium 1.29, Luxembourg 1.19; 2025 Croatia 2.03,
Slovakia 2.04, Slovenia 2.02.
"""

import milex

DATE = "2025-09-15"


def _got(text):
    return {
        (c.claim.subject, c.claim.year, c.claim.value): c.verdict
        for c in milex.check(text, date=DATE).claims
    }


def test_a_comment_that_names_gdp_and_the_year():
    got = _got("NL 2.00 | BE 1.29 | LU 1.39 — the low countries in one row (2024, % GDP)")
    assert got[("Netherlands", 2024, 2.0)] == "supported"
    assert got[("Belgium", 2024, 1.29)] == "supported"
    assert got[("Luxembourg", 2024, 1.39)] == "contradicted"  # 1.19


def test_a_comment_that_names_only_the_year():
    got = _got("HR 2.03 / SK 2.04 / SI 2.02 — all three just past the mark in 2025.")
    assert got[("Croatia", 2025, 2.03)] == "supported"
    assert got[("Slovenia", 2025, 2.02)] == "supported"
    # (no measure said: a figure that does not agree is only unverifiable)
    got = _got("HR 2.03 / SK 2.04 / SI 2.52 — all three just past the mark in 2025.")
    assert got[("Slovenia", 2025, 2.52)] == "unverifiable"
