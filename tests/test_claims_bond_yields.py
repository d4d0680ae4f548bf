"""A bond's yield or coupon said of an ally ('bond traders ask Rome for 3.6%', 'placed a new
bond at 5.1%') is the price of its debt, not a share of GDP spent on defence: the phrases of a
bond's price ('bond traders', 'new bond', 'bond at') are words of another field, as 'bonds' is.

Official values (NATO 2024 edition, 17 June 2024, Table 3 share_of_gdp, looked up with
milex.observations("share_of_gdp", country, years=[2024], edition=2024)): Italy 2024 1.49
(cell N24), Poland 2024 4.12 (N32).
"""

from __future__ import annotations

import pytest

import milex


def verdicts(text: str, date: str = "2024-09-01") -> dict:
    return {(c.claim.subject, c.claim.value): c.verdict
            for c in milex.check(text, date=date).claims}  # fmt: skip


@pytest.mark.parametrize(("share", "verdict"), [("1.5", "supported"), ("1.9", "contradicted")])
def test_a_yield_asked_of_a_capital_is_no_defence_share(share, verdict):
    got = verdicts(f"Bond traders now ask Rome for 3.6%. Italy spent {share}% of GDP on "
                   "defence in 2024, NATO says.")  # fmt: skip
    assert ("Italy", 3.6) not in got
    assert got[("Italy", float(share))] == verdict


@pytest.mark.parametrize(("share", "verdict"), [("4.1", "supported"), ("3.1", "contradicted")])
def test_a_coupon_of_a_new_bond_is_no_defence_share(share, verdict):
    got = verdicts("Warsaw placed a new bond at 5.1% to pay for tanks. Poland spent "
                   f"{share}% of GDP on defence in 2024.")  # fmt: skip
    assert ("Poland", 5.1) not in got
    assert got[("Poland", float(share))] == verdict
