"""'Of the N <group> allies, A, B, C and D, k ...' counts among the allies it names in
apposition (or in brackets) between its lead and the count, not among the whole alliance
(counts._before_apposed_allies feeds the lead 'Of the N allies,' to the group count).

Values from NATO's 2024 edition (17 June 2024), looked up with
milex.observations("share_of_gdp", ally, years=[2024], edition=2024): Poland 4.12,
Estonia 3.43, Latvia 3.15, Lithuania 2.85 (three at or above 3%, one below it).
"""

from __future__ import annotations

import milex

DAY = "2024-06-25"


def counts(text: str) -> list:
    return [(c.claim.value, c.verdict) for c in milex.check(text, date=DAY).claims
            if c.claim.kind.startswith("count")]  # fmt: skip


def test_a_count_among_allies_named_in_apposition():
    lead = "Of the four eastern-flank allies, Poland, Estonia, Latvia and Lithuania, "
    assert counts(lead + "one spends less than 3% of GDP this year.") == [(1.0, "supported")]
    assert counts(lead + "two spend less than 3% of GDP this year.") == [(2.0, "contradicted")]


def test_a_count_among_allies_named_in_brackets():
    lead = "Of the four eastern-flank allies (Poland, Estonia, Latvia and Lithuania), "
    assert counts(lead + "three spend 3% of GDP or more this year.") == [(3.0, "supported")]
    assert counts(lead + "two spend 3% of GDP or more this year.") == [(2.0, "contradicted")]
