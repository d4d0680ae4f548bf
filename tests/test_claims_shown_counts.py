"""The claim checker on a bare number that a report 'shows' for a time of its own, right after
a count in the sentence before ('In 2014 only three allies met the guideline. The new tables
show 23 this year'): the same count, for that time, as 'show 23 in 2024' is.

Official counts in the comments are NATO's, from Table 3 (share of GDP) of the 2024 edition
(17 June 2024): 3 allies at or above 2% in 2014 and 23 in 2024, read with
`milex.observations("share_of_gdp", ally, years=[year], edition=2024)` for each ally.
"""

from __future__ import annotations

import milex

DAY = "2024-07-10"  # the 2024 edition is current


def counts(text: str) -> list[tuple[str, int | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.year, c.claim.value) for c in report.claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_a_shown_count_for_this_year():
    # 2014: 3; 2024: 23
    got = counts("Ten years ago, in 2014, only three allies met the 2% guideline. The "
                 "alliance's new tables show 23 this year, a record.")  # fmt: skip
    assert ("supported", 2014, 3.0) in got
    assert ("supported", 2024, 23.0) in got


def test_a_wrong_shown_count_is_contradicted():
    # 2024: 23, not 20
    got = counts("Ten years ago, in 2014, only three allies met the 2% guideline. The "
                 "alliance's new tables show 20 this year, a record.")  # fmt: skip
    assert ("contradicted", 2024, 20.0) in got
