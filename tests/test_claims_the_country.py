"""'The country' after a sentence about the alliance points back to the one ally the sentences
just before spoke of ('North Macedonia ... 2.22%. 23 of the 32 allies reach 2%. The country
ranks 11th; 29.3% of its spending goes on equipment'), not to NATO; and a rank closed by a
semicolon is not ranked by the share the half after it names.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), North Macedonia
2024 (estimates): share of GDP 2.22 (11th of 31 allies with figures), equipment share 29.33.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(
    ("rank", "share", "rank_verdict", "share_verdict"),
    [("11th", "29.3", "supported", "supported"), ("14th", "35.5", "contradicted", "contradicted")],
)
def test_the_country_after_the_alliance(rank, share, rank_verdict, share_verdict):
    text = (
        "North Macedonia will put 2.22% of GDP into defence this year, NATO's report says. "
        "Across the alliance, 23 of the 32 members reach 2% this year. "
        f"The country ranks {rank}; {share}% of its spending goes on equipment."
    )
    claims = milex.check(text, date="2024-06-20").claims
    ranked = [c for c in claims if c.claim.kind == "ranking"]
    assert len(ranked) == 1 and ranked[0].claim.subject == "North Macedonia"
    assert ranked[0].claim.measure == "share_of_gdp" and ranked[0].verdict == rank_verdict
    shares = [c for c in claims if c.claim.value == float(share)]
    assert len(shares) == 1 and shares[0].claim.subject == "North Macedonia"
    assert shares[0].claim.kind == "equipment_share" and shares[0].verdict == share_verdict
