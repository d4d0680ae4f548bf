"""More structures of round r68:

- a figure alone in brackets right after an ally's name ('..., and so did Spain (1.28%)') is
  that ally's level, glossed; a verb of asking earlier in the sentence ('asked the allies for
  more time') does not make it a demand;
- a sum that is an aid package ('a $40 billion Ukraine package', '$40 billion of security
  assistance for Kyiv') is money given to another country, no defence spending of anyone's;
- a hyphenated 'core-defence' names defence as the two words do;
- 'That is down from about 60% last year', opening the sentence after a share of the allies'
  spending, compares that share, not a share of GDP.

Official values, NATO's 2024 edition: share_of_gdp Spain 2024 = 1.28
(milex.observations("share_of_gdp", "Spain", years=[2024], edition=2024)); NATO's 2019
edition: spending_usd_current United States 2019 = 730,149 m (estimate).
"""

import milex


def _claims(text, date):
    return milex.check(text, date=date).claims


def test_bracketed_level_after_an_ally_is_no_demand():
    text = "Slovakia asked the allies for more time, and so did Spain ({})."
    (c,) = _claims(text.format("1.28%"), "2024-12-01")
    assert (c.claim.subject_code, c.verdict) == ("ESP", "supported")
    (c,) = _claims(text.format("1.9%"), "2024-12-01")
    assert (c.claim.subject_code, c.verdict) == ("ESP", "contradicted")  # 1.28


def test_aid_package_is_no_defence_spending():
    said = '"Canada won\'t even get to 1% of GDP on defence," a senator said, angry about '
    for aid in ("a $40 billion Ukraine package.", "$40 billion of security assistance for Kyiv."):
        claims = _claims(said + aid, "2022-05-11")
        assert not [c for c in claims if c.claim.value == 40], aid
    (c,) = _claims("The US spent $40 billion on defence in 2019.", "2022-05-11")
    assert (c.claim.kind, c.verdict) == ("spending_amount", "contradicted")  # USD 730 bn


# NATO's 2026 edition (core defence expenditure), spending_usd_current: United States
# 2025 = 975.8 bn, 2026 = 1,032.8 bn; NATO total 2025 = 1,629.6 bn, 2026 = 1,809.9 bn; the US
# share of the allies' total: 59.9% in 2025, 57.1% in 2026.


def test_hyphenated_core_defence_names_defence():
    text = "Measured on the core-defence basis, America's bill this year is {}."
    (c,) = _claims(text.format("$1.03 trillion"), "2026-07-08")
    assert (c.claim.subject_code, c.verdict) == ("USA", "supported")
    (c,) = _claims(text.format("$1.2 trillion"), "2026-07-08")
    assert (c.claim.subject_code, c.verdict) == ("USA", "contradicted")


def test_that_down_from_compares_the_share_before():
    text = (
        "The United States accounts for 57% of allied spending this year on NATO's figures. "
        "That is down from about {} last year."
    )
    now, before = _claims(text.format("60%"), "2026-07-08")
    assert (before.claim.kind, before.claim.year, before.verdict) == (
        "alliance_share",
        2025,
        "supported",
    )
    now, before = _claims(text.format("70%"), "2026-07-08")
    assert (before.claim.kind, before.verdict) == ("alliance_share", "contradicted")
