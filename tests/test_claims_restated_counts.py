"""A count of allies restated in the sentence after it, its noun and its level left out:
by a pronoun with a time of its own ('Today it is 23', 'For this year it expects seven'),
by the record that holds it ("the alliance's estimate for 2019 is seven", "NATO's data: six
in 2021, ..."), or as the count a change is measured from ('up from just three a decade
ago', 'double the ten of last year'). With no time of its own ('It was seven.') the year it
restates is unsaid, and no count is read.

Values from NATO's tables, looked up with milex.observations("share_of_gdp", years=...,
edition=...) and counted at two decimals (Table 3):
- 2024 edition (17 June 2024): at or above 2% of GDP, 3 allies in 2014, 9 in 2020, 6 in
  2021, 7 in 2022, 10 in 2023, 23 in 2024 (estimate).
- 2019 edition (25 June 2019): 4 allies in 2016, 7 in 2019 (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _counts(text: str, date: str) -> list:
    return [(c.claim.value, c.claim.year, c.claim.threshold, c.verdict)
            for c in milex.check(text, date=date).claims if c.claim.kind == "count_meeting"]  # fmt: skip


@pytest.mark.parametrize(("said", "value", "verdict"), [("23", 23.0, "supported"),
                                                        ("19", 19.0, "contradicted")])  # fmt: skip
def test_a_pronoun_with_a_present_time_restates_the_count(said, value, verdict):
    text = (f"Ten members cleared the 2% bar in 2023, the defence ministers heard. "
            f"Today it is {said}, the secretary general added.")  # fmt: skip
    found = _counts(text, "2024-06-20")
    assert found == [(10.0, 2023, 2.0, "supported"), (value, 2024, 2.0, verdict)], found
    # with no time of its own ('It was seven.'), which year it restates is unsaid: no count
    alone = _counts("Ten members cleared the 2% bar in 2023. It was seven.", "2024-06-20")
    assert alone == [(10.0, 2023, 2.0, "supported")], alone


@pytest.mark.parametrize(("said", "value", "verdict"), [("seven", 7.0, "supported"),
                                                        ("eleven", 11.0, "contradicted")])  # fmt: skip
def test_an_expecting_pronoun_with_a_year_restates_the_count(said, value, verdict):
    text = (f"Its tables put four allies at or above 2% of GDP in 2016. For 2019 the "
            f"alliance's staff says it expects {said}.")  # fmt: skip
    found = _counts(text, "2019-07-01")
    assert found == [(4.0, 2016, 2.0, "supported"), (value, 2019, 2.0, verdict)], found


@pytest.mark.parametrize(("said", "value", "verdict"), [("seven", 7.0, "supported"),
                                                        ("nine", 9.0, "contradicted")])  # fmt: skip
def test_the_estimate_for_a_year_is_a_count(said, value, verdict):
    text = (f"Four allies reached the 2% guideline in 2016. The alliance's estimate for 2019 "
            f"is {said}.")  # fmt: skip
    found = _counts(text, "2019-07-01")
    assert found == [(4.0, 2016, 2.0, "supported"), (value, 2019, 2.0, verdict)], found


@pytest.mark.parametrize(("said", "value", "verdict"), [("six", 6.0, "supported"),
                                                        ("eight", 8.0, "contradicted")])  # fmt: skip
def test_a_record_and_colon_open_a_series_of_counts(said, value, verdict):
    text = (f"Only nine allies met the 2% target in 2020, the candidate said. NATO's data: "
            f"{said} in 2021, seven in 2022.")  # fmt: skip
    found = _counts(text, "2024-07-01")
    assert found == [
        (9.0, 2020, 2.0, "supported"),
        (value, 2021, 2.0, verdict),
        (7.0, 2022, 2.0, "supported"),
    ], found


@pytest.mark.parametrize(("said", "value", "verdict"), [("ten", 10.0, "supported"),
                                                        ("twelve", 12.0, "contradicted")])  # fmt: skip
def test_the_count_a_change_is_measured_from_has_its_own_year(said, value, verdict):
    text = (f"\"This year 23 allies will reach the 2% goal,\" the spokesman said. That is "
            f"well over double the {said} of last year, and up from only three a decade ago.")  # fmt: skip
    found = _counts(text, "2024-06-20")
    assert found == [
        (23.0, 2024, 2.0, "supported"),
        (value, 2023, 2.0, verdict),
        (3.0, 2014, 2.0, "supported"),
    ], found
