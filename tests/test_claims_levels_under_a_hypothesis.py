"""A hypothesis ('a 3% goal would require ...', 'would need to double ...') still states the
level an ally stands at now when the text sets it off as such:

- in an aside between commas right after the ally, on 'at' ('would require Belgium, at 1.30%,
  to more than double its budget'), when the modal's verb only asks something of the ally
  (need, require, cost, mean) and does not move its level ('would lift Spain, at 2.1%, above
  Italy' stays a projection);
- as the level marked now ('today's 2.01%', 'its current 2.01%', 'today's effort of 2.01%').

Official values, looked up with milex.observations("share_of_gdp", <ally>, years=[...],
edition=...): NATO 2024 edition (17 June 2024): Belgium 2024 1.30, Spain 2024 1.28; NATO 2025
edition (28 August 2025): Italy 2025 2.01.
"""

from __future__ import annotations

import milex


def _verdicts(text: str, day: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked]


WINTER = "2025-01-20"  # the 2024 edition is current; its latest year is 2024
AUTUMN = "2025-09-20"  # the 2025 edition is current


def test_aside_level_under_a_modal_that_asks_is_measured():
    got = _verdicts(
        "Even a 3% floor would require Belgium, at 1.30%, to more than double its budget.",
        WINTER,
    )
    assert (1.3, "Belgium", 2024, "supported") in got


def test_wrong_aside_level_under_a_modal_that_asks_is_contradicted():
    # Spain's 2024 share is 1.28, not 1.48
    got = _verdicts(
        "Even a 3% floor would require Spain, at 1.48%, to more than double its budget.",
        WINTER,
    )
    assert (1.48, "Spain", 2024, "contradicted") in got
    # a verb that moves the level keeps the aside a projection
    moved = _verdicts("A new loan would lift Spain, at 2.1%, above Italy.", WINTER)
    assert not [v for v in moved if v[0] == 2.1 and v[3] != "unverifiable"]


def test_todays_level_under_a_modal_is_measured():
    got = _verdicts(
        "Meeting 5% would mean Italy has to more than double today's effort of 2.01% of GDP.",
        AUTUMN,
    )
    assert (2.01, "Italy", 2025, "supported") in got


def test_wrong_current_level_under_a_modal_is_contradicted():
    # Italy's 2025 share is 2.01, not 2.21
    got = _verdicts("Italy would need to more than double its current 2.21% of GDP.", AUTUMN)
    assert (2.21, "Italy", 2025, "contradicted") in got
