"""Counts and places dated or framed by the words around them (round r68):

- 'when the chancellor took office in 2017, four allies met the guideline': a year of taking
  office dates the count; it is no rule's agreement (as 'the obligation it took on in 2014' is);
- 'four of the then 28 allies': 'then' before the total leaves it the count's total;
- a time inside a quotation that closes before the figure ('"In 2016, just four allies
  reached 2%," an aide said, adding that seven countries now meet the target') is the speaker's,
  not the time of the reporter's clause;
- a place set beside the figure before it, after a comma ('at 1.37% of GDP, 27th of the 31
  allies', 'at 3.38% of GDP, third behind Poland and Estonia'), is that figure's place;
- a count whose level is only pointed back to, with an ally's own figure past a colon ('No
  ally comes close to that mark: Poland leads at 4.12%'), is not counted at that figure.

Official values: NATO's 2024 edition counts 4 allies at or above 2% in 2017; NATO's 2019
edition counts 4 in 2016 and 7 in 2019 (verify_alliance, Table 3); share_of_gdp 2024 (2024
edition): Poland 4.12, Estonia 3.43, United States 3.38 (3rd), Canada 1.37 (27th of 31 with
figures).
"""

import milex


def _claims(text, date):
    return milex.check(text, date=date).claims


def _at(claims, value):
    return [c for c in claims if c.claim.value is not None and abs(c.claim.value - value) < 1e-6]


def test_year_of_taking_office_dates_the_count():
    (c,) = _claims(
        "When the chancellor took office in 2017, four allies met the 2% guideline.", "2024-06-28"
    )
    assert (c.claim.kind, c.claim.year, c.verdict) == ("count_meeting", 2017, "supported")
    (c,) = _claims(
        "When the chancellor took office in 2017, seven allies met the 2% guideline.", "2024-06-28"
    )
    assert (c.claim.year, c.verdict) == (2017, "contradicted")  # 4 in 2017


def test_then_before_a_total_keeps_the_count():
    claims = _claims(
        "In 2016, four of the then 28 allies spent 2% of GDP on defence.", "2019-07-01"
    )
    assert [(c.claim.kind, c.claim.value, c.verdict) for c in claims] == [
        ("count_meeting", 4.0, "supported")
    ]
    claims = _claims(
        "In 2016, nine of the then 28 allies spent 2% of GDP on defence.", "2019-07-01"
    )
    assert [(c.claim.kind, c.claim.value, c.verdict) for c in claims] == [
        ("count_meeting", 9.0, "contradicted")
    ]


def test_a_quoted_time_does_not_date_the_reporters_clause():
    text = '"In 2016, just four allies reached 2%," an aide said, adding that {} countries now meet the target.'
    (now,) = _at(_claims(text.format("seven"), "2019-07-01"), 7)
    assert (now.claim.year, now.verdict) == (2019, "supported")
    (now,) = _at(_claims(text.format("twelve"), "2019-07-01"), 12)
    assert (now.claim.year, now.verdict) == (2019, "contradicted")


def test_a_place_beside_the_figure_before_it():
    (rank,) = _at(
        _claims("Canada was at 1.37% of GDP in 2024, 27th of the 31 allies.", "2024-09-11"), 27
    )
    assert (rank.claim.kind, rank.verdict) == ("ranking", "supported")
    (rank,) = _at(
        _claims("Canada was at 1.37% of GDP in 2024, 24th of the 31 allies.", "2024-09-11"), 24
    )
    assert (rank.claim.kind, rank.verdict) == ("ranking", "contradicted")
    text = "Washington is expected to spend 3.38% of GDP this year, {} behind Poland and Estonia."
    (rank,) = _at(_claims(text.format("third"), "2024-09-11"), 3)
    assert (rank.claim.kind, rank.verdict) == ("ranking", "supported")
    (rank,) = _at(_claims(text.format("fifth"), "2024-09-11"), 5)
    assert (rank.claim.kind, rank.verdict) == ("ranking", "contradicted")


def test_a_pointed_level_is_not_the_allys_figure_past_a_colon():
    claims = _claims("No ally comes close to that mark: Poland leads at 4.12%.", "2024-09-11")
    assert [(c.claim.kind, c.claim.subject_code, c.verdict) for c in claims] == [
        ("share_of_gdp", "POL", "supported")
    ]
    claims = _claims("No ally comes close to that mark: Poland leads at 4.6%.", "2024-09-11")
    assert [(c.claim.kind, c.claim.subject_code, c.verdict) for c in claims] == [
        ("share_of_gdp", "POL", "contradicted")
    ]


def test_a_second_count_at_its_own_level():
    # NATO's 2024 edition: 5 allies above 3% of GDP in 2024 (Poland 4.12, Estonia 3.43, United
    # States 3.38, Latvia 3.15, Greece 3.08)
    text = "NATO's June report shows 23 allies at or above 2% of GDP this year, and {} above 3%."
    claims = _claims(text.format("five"), "2024-09-11")
    (c,) = _at(claims, 5)
    assert (c.claim.kind, c.claim.threshold, c.claim.comparator, c.verdict) == (
        "count_meeting",
        3.0,
        ">",
        "supported",
    )
    (c,) = _at(_claims(text.format("eight"), "2024-09-11"), 8)
    assert (c.claim.kind, c.verdict) == ("count_meeting", "contradicted")
