"""The claim checker on a numbered list whose year and source are given only in a line under
it ('Figures: SIPRI, current US dollars, 2024.'), in our own words: the line's one year is the
rows' figures' year, stated (so a wrong figure is contradicted, not only left unsupported),
and 'Figures:' names their source as 'Source:' does; a year that dates a release ('Source:
NATO, June 2024') dates no figure. Official values: SIPRI's April 2025 release, 2024: India
USD 86.1 bn, 2.27% of GDP; Japan USD 55.3 bn, 1.37% of GDP."""

from __future__ import annotations

import milex

_LIST = """4) India: ${india} billion (2.3% of GDP)
11) Japan: $55.3 billion (1.4% of GDP)
Figures: SIPRI, current US dollars, 2024."""


def _claims(india: str) -> list[tuple]:
    found = milex.check(_LIST.format(india=india), date="2025-05-10").claims
    return [(c.claim.subject, c.claim.kind, c.claim.value, c.claim.year, c.claim.source,
             c.verdict) for c in found]  # fmt: skip


def test_the_footers_year_and_source_are_the_rows():
    found = _claims("86.1")
    assert ("India", "spending_amount", 86.1, 2024, "SIPRI", "supported") in found
    assert ("Japan", "share_of_gdp", 1.4, 2024, "SIPRI", "supported") in found


def test_a_wrong_row_over_a_dated_footer_is_contradicted():
    # SIPRI 2024: India USD 86.1 bn, not 96.1
    assert ("India", "spending_amount", 96.1, 2024, "SIPRI", "contradicted") in _claims("96.1")
