"""The claim checker on a bare count in a second clause that names a level of its own, after a
clause where allies meet a first one ('Every ally reaches 2% this year, but only three clear
3.5%'): the noun left out is the allies of the first clause, the level is the second clause's,
and the count is judged at it.

Official counts are NATO's 2025 edition (28 August 2025), Table 3, 2025 estimates: allies at or
above 3.5% of GDP: Poland 4.48, Lithuania 4.00, Latvia 3.73 (3), counted from
`milex.observations("share_of_gdp", ally, years=[2025], edition=2025)` for each ally.
"""

from __future__ import annotations

import milex

DAY = "2025-08-29"


def counts(text: str) -> list[tuple[str, float | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.threshold, c.claim.value) for c in report.claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_the_second_clause_counts_at_its_own_level():
    # 2025 edition: 3 allies at or above 3.5% in 2025
    got = counts("Each member now spends at least 2% of GDP, the new figures show, while just "
                 "three clear the 3.5% core benchmark.")  # fmt: skip
    assert ("supported", 3.5, 3.0) in got


def test_a_wrong_second_count_is_contradicted():
    # 2025 edition: 3 at or above 3.5%, not 6
    got = counts("Each member now spends at least 2% of GDP, the new figures show, but six "
                 "exceed the 3.5% core benchmark.")  # fmt: skip
    assert ("contradicted", 3.5, 6.0) in got
