"""A growth noun as the subject of a copula other than 'is'/'was' ('the real growth in
spending will be 22.2%', 'the increase comes close to 57.4%'): a change, not a share of GDP
(it had been read as a share too large to be one).

NATO's 2025 edition, milex.observations("real_change", [...], years=[2025], edition=2025):
Poland 22.23, Belgium 57.41.
"""

import milex

DATE = "2025-09-01"


def _last(text):
    return milex.check(text, date=DATE).claims[-1]


def test_growth_that_will_be_a_figure_is_a_change():
    c = _last("Poland spends 4.48% of GDP in 2025. The real growth in spending will be 22.2%.")
    assert (c.claim.kind, c.verdict) == ("real_change", "supported")
    c = _last("Poland spends 4.48% of GDP in 2025. The real growth in spending will be 31.5%.")
    assert (c.claim.kind, c.verdict) == ("real_change", "contradicted")  # 22.23


def test_an_increase_that_comes_close_to_a_figure_is_a_change():
    c = _last(
        "NATO puts Belgium at 2.00% of GDP in 2025. In real terms the increase comes close to 57.4%."
    )
    assert (c.claim.kind, c.verdict) == ("real_change", "supported")
    c = _last(
        "NATO puts Belgium at 2.00% of GDP in 2025. In real terms the increase came close to 35%."
    )
    assert (c.claim.kind, c.verdict) == ("real_change", "contradicted")  # 57.41
