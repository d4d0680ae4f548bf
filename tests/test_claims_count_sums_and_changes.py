"""Counts of allies however the text phrases them: a count given as a sum ('19 plus Greece
and Poland'), allies that will not 'make' the target, the change of a count from an earlier
year ('three fewer than in 2020', 'a fivefold increase from 2022'), the membership a count's
total states ('of 31 member states' once NATO had 32), and an ally said to have reached the
guideline the same sentence states as the rule in force.

Counts of allies at or above 2% of GDP (NATO's Table 3, as milex tallies it with
milex.observations("share_of_gdp", ally, years=[...], edition=...) for every ally):
2024 edition (17 June 2024): 2020 = 9, 2021 = 6, 2022 = 7, 2023 = 10, 2024 = 23 of 32
(31 with figures; 8 below 2%). 2025 edition (28 August 2025): 2023 = 10, 2024 = 18.
Allies' shares, 2024 edition, 2024: Portugal 1.548, Denmark 2.375, Greece 3.076, Poland 4.12.
Membership: 32 allies since Sweden joined on 7 March 2024; 31 at the end of 2023.
"""

import milex


def _claims(text, date):
    return milex.check(text, date=date).claims


def _by_value(text, date, value):
    return [c for c in _claims(text, date) if c.claim.value == value]


# a count given as a sum ----------------------------------------------------------------------


def test_a_count_plus_named_allies_is_their_sum():
    text = "Of the 32 allies, 21 plus Greece and Poland will clear 2% of GDP this year."
    (c,) = _by_value(text, "2024-07-01", 23)  # 21 + 2 = 23 of 32 (2024 edition)
    assert c.claim.kind == "count_meeting" and c.verdict == "supported"
    assert c.claim.text == "21 plus Greece and Poland"
    shares = {x.claim.subject: x.verdict for x in _claims(text, "2024-07-01") if x.claim.value == 2}
    assert shares == {"Greece": "supported", "Poland": "supported"}  # 3.08, 4.12


def test_a_wrong_sum_is_contradicted():
    text = "Of the 32 allies, 19 plus Greece and Poland will clear 2% of GDP this year."
    (c,) = _by_value(text, "2024-07-01", 21)  # 19 + 2 = 21, against 23
    assert c.claim.kind == "count_meeting" and c.verdict == "contradicted"


# allies that will not make the target --------------------------------------------------------


def test_allies_that_will_not_make_the_target_are_those_below_it():
    (c,) = _by_value("Only eight allies will not make the target this year.", "2024-07-20", 8)
    assert c.claim.kind == "count_meeting" and c.verdict == "supported"  # 8 below 2% in 2024
    (c,) = _by_value("Only six allies will not make the target this year.", "2024-07-20", 6)
    assert c.verdict == "contradicted"


def test_allies_that_made_the_mark_meet_it():
    (c,) = _by_value("In 2022 just seven allies made the 2% mark.", "2024-07-01", 7)
    assert c.claim.kind == "count_meeting" and c.verdict == "supported"  # 7 in 2022
    (c,) = _by_value("In 2022 just nine allies made the 2% mark.", "2024-07-01", 9)
    assert c.claim.kind == "count_meeting" and c.verdict == "contradicted"


# the change of a count ----------------------------------------------------------------------


def test_a_count_fewer_than_in_an_earlier_year():
    text = "In 2021, six allies met 2%, three fewer than in 2020."
    (c,) = _by_value(text, "2024-07-01", 3)  # 9 in 2020, 6 in 2021
    assert c.claim.kind == "count_meeting" and c.claim.since == 2020
    assert c.verdict == "supported"
    (c,) = _by_value("In 2021, six allies met 2%, five fewer than in 2020.", "2024-07-01", 5)
    assert c.verdict == "contradicted"


def test_a_count_more_than_the_year_before_on_the_edition_of_the_date():
    text = "In 2024, 18 allies met 2%, eight more than in 2023."
    (c,) = _by_value(text, "2025-09-15", 8)  # 2025 edition: 18 in 2024, 10 in 2023
    assert c.verdict == "supported"
    text = "This year 23 allies reach the 2% guideline, 11 more than a year earlier."
    (c,) = _by_value(text, "2024-07-01", 11)  # 2024 edition: 23 - 10 = 13
    assert c.claim.since == 2023 and c.verdict == "contradicted"


def test_a_multiple_of_an_earlier_count():
    text = "Twenty-three allies hit 2% in 2024, a more than threefold increase from 2022."
    (c,) = _by_value(text, "2024-07-01", 3)  # 23 / 7 = 3.29
    assert c.claim.unit == "times" and c.verdict == "supported"
    text = "Twenty-three allies hit 2% in 2024, a fivefold increase from 2022."
    (c,) = _by_value(text, "2024-07-01", 5)
    assert c.verdict == "contradicted"


# the membership a count's total states ------------------------------------------------------


def test_of_31_member_states_in_2024_may_count_the_allies_with_figures():
    # 32 members in 2024, 31 with figures (Iceland has none): the total of a count at the
    # target may be those with figures, so it is not called a miscount of the alliance
    text = "Figures for 2024 show 23 of 31 member states meet the target."
    (c,) = _by_value(text, "2024-09-01", 31)
    assert c.claim.kind == "membership_count" and c.verdict == "unverifiable"
    text = "Figures for 2023 show 10 of the 31 member states met the target."
    (c,) = _by_value(text, "2024-07-01", 31)
    assert c.verdict == "supported"  # 31 members at the end of 2023
    # "of 31 allies" may be the allies with figures: no membership claim
    assert not [
        c
        for c in _claims("Figures for 2024 show 23 of 31 allies meet the target.", "2024-09-01")
        if c.claim.kind == "membership_count"
    ]


# an ally at the guideline the sentence states as the rule in force -------------------------


def test_an_ally_reaching_the_rule_stated_in_force():
    text = (
        "Currently, each ally must devote at least 2% of GDP to defence, and Portugal is one "
        "of the few nations that have lately hit this goal."
    )
    claims = _claims(text, "2024-09-10")
    rule = [c for c in claims if c.claim.kind == "guideline_value"]
    assert [c.verdict for c in rule] == ["supported"]  # the 2% guideline
    (ally,) = [c for c in claims if c.claim.subject == "Portugal"]
    assert ally.verdict == "contradicted"  # 1.55 in 2024
    text = text.replace("Portugal", "Denmark")
    (ally,) = [c for c in _claims(text, "2024-09-10") if c.claim.subject == "Denmark"]
    assert ally.verdict == "supported"  # 2.37
