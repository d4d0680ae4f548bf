"""A figure fronted before a rise it is the value of ('At 29.9%, the increase in spending is
...'), the ally named in the sentence before, is that ally's real change (it had been read as a
share of GDP far too large to be one). A span of years a superlative ranks it in ('the
steepest of the 2014-2024 period') is not the span of the change: the change stays one year's
(it had been read as the change since 2014).

NATO's 2024 edition, milex.observations("real_change", [...], edition=2024): Sweden 2024 29.87
(estimate), the Netherlands 2024 24.25 (estimate); share of GDP: Sweden 2024 2.14.
"""

import milex

DATE = "2024-07-01"


def _claims(text):
    return milex.check(text, date=DATE).claims


def test_a_fronted_figure_is_the_rise_of_the_ally_named_before():
    share, rise = _claims(
        "Sweden, NATO's newest member, will spend 2.14% of GDP on defence this year. At 29.9%, "
        "the increase in spending is the steepest of the 2014-2024 period."
    )
    assert share.verdict == "supported"
    assert (rise.claim.subject, rise.claim.measure, rise.claim.year) == (
        "Sweden",
        "real_change",
        2024,
    )
    assert rise.verdict == "supported"


def test_a_wrong_fronted_rise_is_contradicted():
    _share, rise = _claims(
        "Sweden, NATO's newest member, will spend 2.14% of GDP on defence this year. At 19.9%, "
        "the increase in spending is the steepest of the 2014-2024 period."
    )
    assert (rise.claim.measure, rise.verdict) == ("real_change", "contradicted")  # 29.87


def test_with_the_owner_after_the_comma():
    (rise,) = _claims("At 24.2%, the Netherlands' annual real increase is its largest in years.")
    assert (rise.claim.subject, rise.claim.measure, rise.verdict) == (
        "Netherlands",
        "real_change",
        "supported",
    )
