"""A sum written in one currency ('EUR 124.7 billion') stays in that currency when its
clause also says 'in dollar terms' for a conversion beside it: the clarifier names the
currency of a figure that leaves it open ('$'), never overrides one the text writes out.

Official values, looked up with `milex.observations("spending_nc_current" /
"spending_usd_current", "Germany", years=[2026], edition=2026)`: NATO 2026 edition (7 July
2026, core defence expenditure), Germany 2026: EUR 124,660 million, USD 147,002 million.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2026-07-12"


@pytest.mark.parametrize(("euros", "verdict"), [("124.7", "supported"), ("131.5", "contradicted")])
def test_euro_sum_beside_its_dollar_conversion(euros, verdict):
    text = (f"Berlin's outlay for 2026 comes to €{euros} billion under NATO's core definition, "
            "about $147 billion, which makes Germany the second-largest spender in dollar terms.")  # fmt: skip
    found = {c.claim.value: c for c in milex.check(text, date=DAY).claims}
    euro = found[float(euros)]
    assert (euro.claim.currency, euro.claim.subject, euro.claim.year) == ("EUR", "Germany", 2026)
    assert euro.verdict == verdict
    assert found[147.0].claim.currency == "USD"
    assert found[147.0].verdict == "supported"
