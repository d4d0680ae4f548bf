"""The claim checker on a ranked list whose rows open on their rank with no stop after it ('3
Latvia — 3.73'), under a title naming the measure and year, in our own words: each row is a
line of its own (never joined to the title above), and its figure is its ally's share of GDP
in the title's year. Official values: NATO's 2025 edition, Table 3, 2025 estimates: Latvia
3.73, Estonia 3.38, Norway 3.35, Greece 2.85."""

from __future__ import annotations

import milex

_LIST = """Who spends most: share of GDP in 2025, NATO estimates, allies ranked
3 Latvia — 3.73
4 Estonia — 3.38
5 Norway: 3.35
8 Greece — {greece}"""


def _verdicts(greece: str) -> dict[str, tuple]:
    claims = milex.check(_LIST.format(greece=greece), date="2025-09-10").claims
    return {c.claim.subject: (c.claim.kind, c.claim.value, c.claim.year, c.verdict)
            for c in claims if c.claim.kind == "share_of_gdp"}  # fmt: skip


def test_rows_opening_on_a_bare_rank_take_the_titles_measure_and_year():
    found = _verdicts("2.85")
    assert found["Latvia"] == ("share_of_gdp", 3.73, 2025, "supported")
    assert found["Estonia"] == ("share_of_gdp", 3.38, 2025, "supported")
    assert found["Norway"] == ("share_of_gdp", 3.35, 2025, "supported")


def test_a_wrong_ranked_row_is_contradicted():
    # Greece 2025 = 2.85, not 3.06
    assert _verdicts("3.06")["Greece"] == ("share_of_gdp", 3.06, 2025, "contradicted")
