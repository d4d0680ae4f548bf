"""Numbers written the continental way: dots between thousands ('4.290,6 million euros' is
4,290.6 million, with its decimal comma) and a dot before three digits in a count of people
('118.250 troops': no one counts soldiers to three decimals), which then holds for the other
numbers of the sentence ('..., against 117.380 a year earlier').

Looked up with milex.observations(): "spending_nc_current", "Portugal", edition=2024: 2024 =
EUR 4,290.58 m; "personnel", "Spain", edition=2025: 2025 = 118.248 and 2024 = 117.377 thousand.
"""

import milex


def _claims(text, date):
    return milex.check(text, date=date).claims


def test_dots_between_thousands_before_a_decimal_comma():
    (c,) = _claims(
        "According to NATO, Portugal's defence outlays reach 4.290,6 million euros in 2024.",
        "2024-07-01",
    )
    assert c.claim.value == 4290.6
    assert c.verdict == "supported"
    (c,) = _claims(
        "According to NATO, Portugal's defence outlays reach 4.590,6 million euros in 2024.",
        "2024-07-01",
    )
    assert (c.claim.value, c.verdict) == (4590.6, "contradicted")  # 4,290.58


def test_a_dot_in_a_count_of_troops_separates_thousands():
    now, before = _claims(
        "Spain has 118.250 troops in 2025 according to NATO, against 117.380 in 2024.",
        "2025-09-15",
    )
    assert (now.claim.kind, now.verdict) == ("personnel", "supported")
    assert (before.claim.kind, before.verdict) == ("personnel", "supported")
    (c,) = _claims("Spain has 131.500 troops in 2025 according to NATO.", "2025-09-15")
    assert (c.claim.kind, c.verdict) == ("personnel", "contradicted")  # 118.248 thousand
    # (a dot before three digits elsewhere stays a decimal point)
    (c,) = _claims("NATO says Spain spent 1.285% of GDP on defence in 2024.", "2025-09-15")
    assert c.claim.value == 1.285
