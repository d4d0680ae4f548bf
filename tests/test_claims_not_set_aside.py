"""'Poland, not the US, is now the alliance's biggest spender': the ally after ', not' is set
aside; the claim is the one before it (it had been a contradicted rank of the United States).

Official values (NATO 2025 edition, 28 August 2025, 2025 estimates, share of GDP): Poland
4.48 (first), Lithuania 4.00, United States 3.22 (sixth).
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize("ally, verdict", [("Poland", "supported"), ("Lithuania", "contradicted")])
def test_the_ally_after_not_is_set_aside(ally, verdict):
    text = f"{ally}, not the US, is now the alliance's biggest spender relative to GDP."
    (rank,) = milex.check(text, date="2025-09-10").claims
    assert (rank.claim.subject, rank.verdict) == (ally, verdict)
