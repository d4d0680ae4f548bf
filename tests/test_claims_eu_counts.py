"""Counts of EU member states are listed as unverifiable when they count who applied for or
voted for what (not held); the EU's own size ('the 27 EU member states') is judged (see
test_claims_counts_notation.py for the EU members that are allies)."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


@pytest.mark.parametrize(
    "text, values",
    [
        ("So far 18 EU countries have asked for SAFE loans.", [18]),
        ("Ministers of 25 of the 27 EU member states voted for the plan.", [25]),
        ("Poland spends 4.1% of GDP, more than any EU member.", []),
    ],
)
def test_counts_of_eu_member_states(text, values):
    found = claims_of("eu_count", text, "2025-10-01")
    found = [(c.claim.value, c.verdict) for c in found if c.claim.measure != "eu_size"]
    assert found == [(v, "unverifiable") for v in values]
