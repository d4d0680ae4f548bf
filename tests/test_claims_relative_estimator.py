"""'..., which the alliance puts at 2.02%': the alliance named inside a relative clause, as the
body that gives a figure, is its estimator, not its subject; the figure belongs to the
antecedent (here Europe and Canada), which had been judged as NATO's total.

NATO's 2024 edition, looked up with milex.observations("share_of_gdp", "NATO Europe and
Canada", years=[2024], edition=2024): 2.015 (so "2.02" agrees); the same call for "NATO
Total" gives 2.713.
"""

import milex

DATE = "2025-01-15"  # the 2024 edition is the latest at this date


def _claims(text):
    return milex.check(text, date=DATE).claims


def test_a_group_average_estimated_by_the_alliance_is_the_groups():
    poland, c = _claims(
        "With 4.1%, Poland was far above the mean of the European allies and Canada in 2024, "
        "which the alliance puts at 2.02%."
    )
    assert (poland.claim.subject_code, poland.verdict) == ("POL", "supported")  # 4.12
    assert c.claim.subject_code == "NATO_EC"
    assert c.verdict == "supported"


def test_a_wrong_group_average_is_still_contradicted():
    (c,) = _claims(
        "Poland spent far more than the mean of the European allies and Canada last year, "
        "which the alliance puts at 2.4% of GDP."
    )
    assert c.claim.subject_code == "NATO_EC"
    assert c.verdict == "contradicted"  # 2.02, not NATO's 2.71 either
