"""A live blog's entries, each opening on its time stamp ('11:02 ...'), are units of their own:
the deadline an entry names in a title-like line ('Leaders sign up to 5% by 2035: ...') does
not date the figures of the next entry, which are the latest measured ones.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), share of GDP
2024 (estimates): Latvia 3.15, Finland 2.41.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("latvia", "verdict"), [("3.15", "supported"), ("3.9", "contradicted")])
def test_the_entry_before_does_not_date_the_next(latvia, verdict):
    text = (
        "11:02 Summit communique published\n"
        "Leaders sign up to 5% of GDP by 2035: 3.5% on core defence, the rest on resilience.\n"
        f"11:09 The latest official numbers: Latvia {latvia}%, Finland 2.41%."
    )
    claims = milex.check(text, date="2025-06-25").claims
    found = [c for c in claims if c.claim.value == float(latvia)]
    assert len(found) == 1 and found[0].claim.subject == "Latvia"
    assert found[0].claim.year == 2024 and found[0].verdict == verdict
    finland = [c for c in claims if c.claim.value == 2.41]
    assert len(finland) == 1 and finland[0].claim.year == 2024
    assert finland[0].verdict == "supported"
