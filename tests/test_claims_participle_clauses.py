"""A clause opened by 'while' and a participle ('..., while spending 2.17% of GDP on
defence') shares the subject and the time of the clause before it, even when that clause
gives a figure of another field (a deficit).

Official values (looked up with `milex.observations("share_of_gdp", "Romania", years=[2024],
edition=...)`): Romania 2024 = 2.25 in the 2024 edition (17 June 2024), 2.17 in the 2025
edition (28 August 2025).
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(
    "day, value, verdict",
    [
        ("2025-02-20", 2.25, "supported"),  # 2024 edition current
        ("2025-09-02", 2.17, "supported"),  # 2025 edition current: 'last year' is 2024
        ("2025-09-02", 2.6, "contradicted"),
    ],
)
def test_the_participle_takes_the_clause_before(day, value, verdict):
    text = f"Romania ran an 8.6% deficit last year while spending {value}% of GDP on defence."
    found = {c.claim.value: c for c in milex.check(text, date=day).claims}
    claim = found[value]
    assert (claim.verdict, claim.claim.subject, claim.claim.year) == (verdict, "Romania", 2024)
    assert 8.6 not in found
