"""A place out of a field ('ranks 26th of 31 allies at 1.49%'): the number after the ordinal
and 'of' is the size of the field ranked, and the share after it the ranked ally's own, not a
count of the allies at that share.

Values from NATO's 2024 edition (17 June 2024), Table 3, share of GDP, 2024e: of the 31 allies
with figures, Italy is 26th at 1.49 and Portugal 25th at 1.55; 23 allies are at or above 2%.
"""

from __future__ import annotations

import milex


def verdicts(text: str, date: str = "2024-07-01") -> dict:
    return {(c.claim.kind, c.claim.subject_code, c.claim.value): c.verdict
            for c in milex.check(text, date=date).claims}  # fmt: skip


def test_the_share_after_a_place_out_of_a_field_is_the_allys():
    got = verdicts("Italy ranks 26th of 31 allies at 1.49% of GDP.")
    assert got == {("ranking", "ITA", 26.0): "supported",
                   ("share_of_gdp", "ITA", 1.49): "supported"}  # fmt: skip
    got = verdicts("Portugal comes 25th out of the 31 allies at 1.75% of GDP.")
    assert got == {("ranking", "PRT", 25.0): "supported",
                   ("share_of_gdp", "PRT", 1.75): "contradicted"}  # fmt: skip


def test_a_count_of_allies_at_a_level_is_still_a_count():
    got = verdicts("This year 23 allies are at 2% of GDP or more.")
    assert got.get(("count_meeting", "NATO", 23.0)) == "supported"
