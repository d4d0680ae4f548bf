"""A year in the clause after a semicolon is not the year a verb of joining before it names:
'since 2023, when it joined the club; in 2024 its share came to 3.79%' dates the share, and
says nothing of when Poland joined NATO (1999); it had been a contradicted accession, and the
share was given the wrong year.

Official values: NATO 2025 edition (28 August 2025), Poland share of GDP 2024 = 3.79;
accession dates (reference data): Poland 12 March 1999, Finland 4 April 2023.
"""

from __future__ import annotations

import milex


def test_a_year_after_a_semicolon_is_the_next_clauses():
    text = ("Poland has stayed above 3% since 2023, when it joined the club; in 2024 its share "
            "came to 3.79%.")  # fmt: skip
    claims = milex.check(text, date="2025-09-10").claims
    assert all(c.claim.kind != "accession" for c in claims)
    (share,) = [c for c in claims if c.claim.value == 3.79]
    assert (share.claim.year, share.verdict) == (2024, "supported")


def test_joining_in_its_own_clause_is_still_read():
    text = "Sweden became a NATO member in 2024; Finland joined in 2022."
    found = {c.claim.subject: c.verdict for c in milex.check(text, date="2025-09-10").claims}
    assert found == {"Sweden": "supported", "Finland": "contradicted"}
