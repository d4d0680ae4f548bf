"""Structures of burden-sharing talk that were misread (round r68):

- a negated spending verb with 'even' over a run of years ('has not devoted even 1.5% of
  GDP in a single year since 2014') bounds every year of the run, not one year's figure;
- a sum that is a part of the sum after it ('$968 billion of $1.47 trillion') is not the
  whole's (the alliance's) figure;
- 'armed forces' in a relative clause on the allies counted ('of the 31 members that field
  armed forces') says which allies are ranked, not that the rank is by personnel;
- the size of NATO's common budget ('its roughly $3.5 billion common budget') is no defence
  spending;
- 'N allies outspend <ally>' compares the allies with that ally (its rank), not a count of
  allies at the level of the figures listed after it.

Official values, NATO's 2024 edition (milex.observations(..., edition=2024)):
share_of_gdp Canada 2014-2024: 1.01, 1.20, 1.16, 1.44 (2017), 1.30, 1.29, 1.41 (2020), 1.27,
1.20, 1.31, 1.37 (2024); spending_usd_current 2024: United States 967,707 m, NATO 1,474,399 m;
share_of_gdp 2024: Poland 4.12, Estonia 3.43, United States 3.38; Canada ranks 27th of the 31
allies with figures by share of GDP in 2024.
"""

import milex

DATE = "2024-09-02"


def _claims(text, date=DATE):
    return milex.check(text, date=date).claims


def _at(claims, value):
    return [c for c in claims if c.claim.value is not None and abs(c.claim.value - value) < 1e-6]


def test_negated_spending_with_even_bounds_every_year_since():
    (c,) = _claims(
        "Canada has not devoted even 1.5% of GDP to defence in a single year since 2014."
    )
    assert (c.claim.hedge, c.claim.since, c.verdict) == ("less_than", 2014, "supported")  # max 1.44
    (c,) = _claims(
        "Canada has not devoted even 1.4% of GDP to defence in a single year since 2014."
    )
    assert c.verdict == "contradicted"  # 1.44 in 2017, 1.41 in 2020


def test_part_of_a_whole_is_not_the_wholes_figure():
    claims = _claims(
        "Of what the allies spent on defence in 2024, most came from one country: the United "
        "States put in $968 billion out of $1.47 trillion."
    )
    (part,) = _at(claims, 968)
    assert (part.claim.subject_code, part.verdict) == ("USA", "supported")  # 967.7 bn
    claims = _claims(
        "Of what the allies spent on defence in 2024, most came from one country: the United "
        "States put in $900 billion out of $1.47 trillion."
    )
    (part,) = _at(claims, 900)
    assert (part.claim.subject_code, part.verdict) == ("USA", "contradicted")  # 967.7 bn
    claims = _claims("NATO members spent $968 billion of $1.47 trillion on defence in 2024.")
    (part,) = _at(claims, 968)
    assert part.verdict == "unverifiable"  # a part of the alliance's total is not the alliance's


def test_allies_with_armed_forces_are_those_ranked_not_the_measure():
    claims = _claims(
        "In 2024 Canada spent 1.37% of GDP, placing 27th among the 31 members that field armed forces."
    )
    (rank,) = _at(claims, 27)
    assert (rank.claim.kind, rank.claim.measure, rank.verdict) == (
        "ranking",
        "share_of_gdp",
        "supported",
    )
    claims = _claims(
        "In 2024 Canada spent 1.37% of GDP, placing 24th among the 31 members that field armed forces."
    )
    (rank,) = _at(claims, 24)
    assert rank.verdict == "contradicted"  # 27th


def test_common_budget_size_is_no_defence_spending():
    claims = _claims(
        "Berlin pays about 16% of the alliance's roughly $3.5 billion common budget, while the "
        "United States spent $968 billion on its own forces in 2024."
    )
    assert not [c for c in _at(claims, 3.5) if c.verdict != "unverifiable"]
    (us,) = _at(claims, 968)
    assert (us.claim.subject_code, us.verdict) == ("USA", "supported")


def test_allies_outspending_a_named_ally_are_no_count_at_a_level():
    claims = _claims(
        "Just two members devote a bigger share of GDP to defence than the United States: "
        "Poland, at 4.12%, and Estonia, at 3.43%."
    )
    assert not [c for c in claims if c.claim.kind == "count_meeting"]
    poland = [c for c in claims if c.claim.subject_code == "POL"]
    assert [(c.claim.value, c.verdict) for c in poland] == [(4.12, "supported")]
    claims = _claims(
        "Just two members devote a bigger share of GDP to defence than the United States: "
        "Poland, at 4.6%, and Estonia, at 3.43%."
    )
    poland = [c for c in claims if c.claim.subject_code == "POL"]
    assert [(c.claim.value, c.verdict) for c in poland] == [(4.6, "contradicted")]
    (count,) = _claims("Only three allies spent more than 3% of GDP on defence in 2024.")
    assert (count.claim.kind, count.verdict) == ("count_meeting", "contradicted")
