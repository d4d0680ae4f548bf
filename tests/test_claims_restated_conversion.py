"""A sum that restates an ally's share of GDP just said ('Canada spends 1.37% of GDP. In
money, that is C$41 billion') and its conversion after 'or' or in brackets ('..., or about
US$30.5 billion'): the conversion is the same ally's spending in the other money, judged
as a conversion of a sum naming its ally is (it had been dropped: the sum names no ally in
its own words).

Official values (NATO 2024 edition, 17 June 2024), Canada 2024: share of GDP = 1.37,
spending CAD 41.01 billion, USD 30.50 billion (as milex.check reports them from Tables 1-3).
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize("form", [", or about US${} billion", " (US${} billion)"])
@pytest.mark.parametrize("dollars, verdict", [("30.5", "supported"), ("37.5", "contradicted")])
def test_the_conversion_of_a_restated_sum_is_the_allys(form, dollars, verdict):
    text = (
        "Canada will put 1.37% of GDP into defence this year, short of the 2% goal. "
        "In money, that is C$41 billion" + form.format(dollars) + "."
    )
    found = {c.claim.value: (c.claim.subject, c.claim.currency, c.verdict)
             for c in milex.check(text, date="2024-06-25").claims}  # fmt: skip
    assert found[41.0] == ("Canada", "CAD", "supported")
    assert found[float(dollars)] == ("Canada", "USD", verdict)


def test_a_conversion_after_another_allys_share_is_not_read():
    text = (
        "Canada will put 1.37% of GDP into defence this year, and Italy 1.49%. "
        "In money, that is C$41 billion, or about US$30.5 billion."
    )
    found = {c.claim.value: c for c in milex.check(text, date="2024-06-25").claims}
    assert 30.5 not in found or found[30.5].verdict != "contradicted"
