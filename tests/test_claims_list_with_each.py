"""In a list of shares of GDP, a bare number with decimals after 'with' right after an ally or
a pair of allies ('Bulgaria with 2,18', 'Luxembourg and Slovenia with 1,29 each') is a share
of GDP like the list's others; 'each' gives it to both allies.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), share of GDP
2024 (estimates): Luxembourg 1.29, Slovenia 1.29, Bulgaria 2.18.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("level", "verdict"), [("1,29", "supported"), ("1,45", "contradicted")])
def test_pair_with_each_in_a_list(level, verdict):
    text = (f"Below the line are Croatia with 1,81 percent, Belgium 1,30, Luxembourg and "
            f"Slovenia with {level} each, and last Spain with 1,28 percent.")  # fmt: skip
    value = float(level.replace(",", "."))
    found = [c for c in milex.check(text, date="2024-06-20").claims if c.claim.value == value]
    assert sorted(c.claim.subject for c in found) == ["Luxembourg", "Slovenia"]
    assert all(c.claim.kind == "share_of_gdp" and c.verdict == verdict for c in found)
