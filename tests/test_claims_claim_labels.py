"""The claim checker on a fact-check's label naming the claimant in brackets before a quote
('Claim (Crosetto): "We spend ..."'): the person in brackets speaks, so the quote's 'we' is
their country.

Official values: NATO's 2024 edition (17 June 2024), Table 1, read with
`milex.observations("spending_nc_current", ally, years=[2024], edition=2024)`: Italy EUR
31,957 million, Germany EUR 90,586 million.
"""

from __future__ import annotations

import milex

DAY = "2025-02-20"


def sums(text: str) -> list[tuple[str, str | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.subject, c.claim.value) for c in report.claims
            if c.claim.kind == "spending_amount"]  # fmt: skip


def test_the_claimant_in_brackets_is_the_we():
    # Italy 2024: EUR 31,957 mn, more than 30 billion
    got = sums('Claim (Crosetto): "We spend more than 30 billion euros a year on defence."')
    assert ("supported", "Italy", 30.0) in got


def test_another_claimant_in_brackets():
    # Germany 2024: EUR 90,586 mn, more than 85 billion
    got = sums('Claim (Scholz): "We put more than 85 billion euros a year into defence."')
    assert ("supported", "Germany", 85.0) in got


def test_a_wrong_sum_of_the_claimant_is_never_supported():
    # Italy 2024: EUR 31,957 mn, not more than 40 billion: a minister's own sum may be a
    # national budget, so milex abstains, but on Italy's figure
    got = sums('Claim (Crosetto): "We spend more than 40 billion euros a year on defence."')
    assert [v for v, subject, value in got if value == 40.0] == ["unverifiable"]
    assert ("unverifiable", "Italy", 40.0) in got
