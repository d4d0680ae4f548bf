"""'Planned spending is EUR 19,723 million' for the year under way: 'planned' naming the
spending budgeted for the year, stated with a present copula, is the year's estimate, as
NATO's figures for the current year are; no longer set aside as a plan. A year ahead stays
a plan ('planned spending for 2026 is ...').

NATO's 2024 edition, milex.observations("share_of_gdp", "Spain", years=[2024],
edition=2024): 1.28; "spending_nc_current": EUR 19,723.45 m.
"""

import milex

DATE = "2024-06-20"


def _claims(text):
    return milex.check(text, date=DATE).claims


def test_planned_spending_this_year_is_the_years_estimate():
    (c,) = _claims("According to NATO, Spain's planned spending is 1.28% of GDP this year.")
    assert c.verdict == "supported"
    (c,) = _claims("According to NATO, Spain's planned spending is 1.6% of GDP this year.")
    assert c.verdict == "contradicted"  # 1.28
    share, amount = _claims(
        "Spain devotes 1,28 % of its GDP to defence this year, according to NATO. In "
        "absolute terms, planned spending is 19.723 million euros."
    )
    assert (amount.claim.value, amount.verdict) == (19723, "supported")
    (c,) = _claims("According to NATO, Spain's planned spending for 2026 is 1.6% of GDP.")
    assert c.verdict == "unverifiable"
