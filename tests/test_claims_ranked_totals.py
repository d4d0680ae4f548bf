"""A number after a place and 'of' ('placed 20th of 31 allies', 'ninth out of 32') is how
many were ranked, not a count of the allies at the level the sentence gives next: it gets no
count of its own (counts._ranked_total), while the place and the level are judged.

Values from NATO's 2026 edition, looked up with milex.observations("share_of_gdp", "Canada",
years=[2026], edition=2026): Canada 2026 = 2.13 (20th of the 31 allies with figures).
"""

from __future__ import annotations

import milex

DAY = "2026-10-05"


def claims(text: str) -> list:
    return [(c.claim.kind, c.claim.value, c.verdict) for c in milex.check(text, date=DAY).claims]


def test_the_total_after_a_place_is_no_count_of_allies_at_the_level():
    got = claims("In NATO's 2026 table Canada places 20th of 31 allies at 2.13% of GDP.")
    assert not [c for c in got if c[1] == 31]
    assert ("share_of_gdp", 2.13, "supported") in got
    got = claims("Canada comes 20th out of 31 allies at 2.13% of GDP this year.")
    assert not [c for c in got if c[1] == 31]


def test_a_wrong_level_beside_the_place_is_still_contradicted():
    got = claims("In NATO's 2026 table Canada places 20th of 31 allies at 2.45% of GDP.")
    assert not [c for c in got if c[1] == 31]
    assert ("share_of_gdp", 2.45, "contradicted") in got


def test_a_count_of_allies_at_a_level_is_still_read():
    got = claims("In NATO's 2026 table, 31 allies are at or above 2% of GDP.")
    assert [c for c in got if c[1] == 31]
