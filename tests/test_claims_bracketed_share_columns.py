"""The claim checker on a ranked list under a header row naming two units, a sum and a share of
GDP in brackets after it ('Ally: $bn (% of GDP)' over '1. Germany: 97.7 (2.12)'), in our own
words: each row's bare figure is its sum in the header's unit, the one in brackets its share
of GDP, both of the title's year (a header naming GDP and a sum inside the same brackets,
'(share of GDP / $bn)', is no such pair). Official values: NATO's 2024 edition, 2024
estimates: Table 2 (current USD): Germany 97.69 bn, United Kingdom 82.11 bn, France 64.27 bn;
Table 3: Germany 2.12, United Kingdom 2.33, France 2.06."""

from __future__ import annotations

import milex

_LIST = """Biggest allied budgets in 2024 (NATO estimates)
Ally: $bn (% of GDP)
1. Germany: 97.7 (2.12)
2. United Kingdom: 82.1 (2.33)
3. France: {france} (2.06)"""


def _claims(france: str) -> list[tuple]:
    found = milex.check(_LIST.format(france=france), date="2024-06-25").claims
    return [(c.claim.subject, c.claim.kind, c.claim.value, c.claim.year, c.verdict)
            for c in found]  # fmt: skip


def test_a_sum_and_its_bracketed_share_each_take_their_column():
    found = _claims("64.3")
    assert ("Germany", "spending_amount", 97.7, 2024, "supported") in found
    assert ("Germany", "share_of_gdp", 2.12, 2024, "supported") in found
    assert ("United Kingdom", "share_of_gdp", 2.33, 2024, "supported") in found
    assert ("France", "spending_amount", 64.3, 2024, "supported") in found


def test_a_wrong_sum_beside_its_share_is_contradicted():
    # France 2024 = USD 64.27 bn, not 74.3
    found = _claims("74.3")
    assert ("France", "spending_amount", 74.3, 2024, "contradicted") in found
    assert ("France", "share_of_gdp", 2.06, 2024, "supported") in found
