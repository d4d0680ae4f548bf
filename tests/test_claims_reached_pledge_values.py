"""The claim checker on a level an ally is said to have reached in a year, at the value of its
own pledge ('Spain's core defence spending stood at 2.1% of GDP in 2025'): a verb of a level
reached, a year not after the article's right after the figure, and no word of a pledge or a
plan make it a measured share, judged on the tables, not the pledge's value; 'Spain pledged
to reach 2.1%' stays the pledge.

Official values are NATO's Table 3, read with `milex.observations("share_of_gdp", "Spain",
years=[2025], edition=2026)`: Spain 2025 2.00 in the 2026 edition (7 July 2026, core defence
expenditure). Spain's own reading of The Hague is
about 2.1% (DOMAIN.md).
"""

from __future__ import annotations

import milex


def spain(text: str, day: str) -> list[tuple[str, str, float | None]]:
    report = milex.check(text, date=day)
    return [(c.verdict, c.claim.kind, c.claim.value) for c in report.claims
            if c.claim.subject == "Spain"]  # fmt: skip


def test_a_level_reached_at_the_pledges_value_is_measured():
    # Spain 2025: 2.00 (2026 edition, core), not 2.1
    got = spain("Spain's core defence spending stood at 2.1% of GDP in 2025.", "2026-07-20")
    assert ("contradicted", "share_of_gdp", 2.1) in got
    got = spain("Spain's core military spending hit 2.1% of GDP in 2025.", "2026-07-20")
    assert ("contradicted", "share_of_gdp", 2.1) in got


def test_the_pledge_itself_is_still_no_measured_share():
    # Spain's pledge: about 2.1% (no verdict against the tables); the 2025 share 2.00 is apart
    got = spain("Spain's core defence spending stood at 2.1% of GDP in 2025, and Madrid "
                "pledged to keep core spending at 2.1% of GDP.", "2026-07-20")  # fmt: skip
    assert ("contradicted", "share_of_gdp", 2.1) in got
    assert len([v for v, _k, x in got if x == 2.1 and v == "contradicted"]) == 1
