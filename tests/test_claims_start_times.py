"""The time right after a change's starting figure ('up from 2.27% last year') is that start's
own: a figure after it in the same clause ('... and a real increase of 45.3%') takes the
sentence's own time, not the start's (it had been judged as last year's change).

NATO's 2025 edition, looked up with milex.observations(measure, "Denmark", years=[2024, 2025],
edition=2025): share_of_gdp Denmark 2024 = 2.27 (2.2683), 2025 = 3.22 (3.2158); real_change
Denmark 2025 = 45.31.
"""

import milex

DATE = "2025-09-20"
OPENING = "Denmark's defence spending is 3.22% of GDP this year, NATO says, up from 2.27% last year"


def _claims(text):
    return {c.claim.value: c for c in milex.check(text, date=DATE).claims}


def test_the_change_after_a_dated_start_is_this_years():
    claims = _claims(f"{OPENING} and a real increase of 45.3%.")
    change = claims[45.3]
    assert (change.claim.kind, change.claim.year, change.verdict) == (
        "real_change",
        2025,
        "supported",
    )
    assert (claims[2.27].claim.year, claims[2.27].verdict) == (2024, "supported")


def test_a_wrong_change_after_a_dated_start_is_contradicted_for_this_year():
    change = _claims(f"{OPENING} and a real increase of 40.1%.")[40.1]
    assert (change.claim.year, change.verdict) == (2025, "contradicted")  # 45.31
