"""'Germany remains far from the 2% target', 'is a long way from 2% of GDP': the figure is a
yardstick the sentence measures a distance from, a distance it does not state. No claim of
its own (it had been judged as Germany's share of GDP, contradicted when bare); the ally's
own figure beside it is still judged.

NATO's 2019 edition, milex.observations("share_of_gdp", "Germany", years=[2019],
edition=2019): 1.36.
"""

import milex

DATE = "2019-07-01"


def _claims(text):
    return milex.check(text, date=DATE).claims


def test_a_target_far_off_is_no_claim():
    assert _claims("Germany's spending is still far from 2% of GDP this year.") == []
    assert _claims("Germany is still a long way from NATO's 2% goal this year.") == []


def test_the_allys_own_figure_beside_it_is_judged():
    (c,) = _claims("At 1.36% of GDP in 2019, Germany remains far from the 2% target.")
    assert (c.claim.value, c.verdict) == (1.36, "supported")
    (c,) = _claims("At 1.9% of GDP in 2019, Germany remains far from the 2% target.")
    assert (c.claim.value, c.verdict) == (1.9, "contradicted")  # 1.36
