"""A count the words give as an earlier forecast ('even though the alliance had forecast that
23 allies would clear the 2% bar'), with no year of its own, is the earlier estimate of the
year the article speaks of: judged on the edition before the release of the day (here the last
held before NATO's April 2025 annual report, which milex does not hold), not read as a count
for a year after the article (it had been left unverifiable, as of 2025).

A count that edition does not give stays open: NATO also put out forecasts before its summits
that milex does not hold, and the text says neither which nor of which year.

NATO's 2024 edition (17 June 2024), counted with milex.check: 23 of 32 allies at or above 2% of
GDP in 2024 (31 with figures); the 2025 edition has 18 for 2024.
"""

import milex

DATE = "2025-05-10"  # after the April 2025 annual report (not held); the 2024 edition held


def _count(text, date=DATE):
    (c,) = [c for c in milex.check(text, date=date).claims if c.claim.kind == "count_meeting"]
    return c


def test_a_forecast_count_is_the_earlier_estimate_of_the_year_spoken_of():
    c = _count(
        "Portugal fell short again, even though the alliance had forecast that 23 allies would "
        "clear the 2% bar."
    )
    assert (c.verdict, c.claim.year) == ("supported", 2024)
    assert "earlier estimate" in c.explanation


def test_a_forecast_count_the_edition_does_not_give_stays_open():
    c = _count(
        "Portugal fell short again, even though the alliance had forecast that 25 allies would "
        "clear the 2% bar."
    )
    assert c.verdict == "unverifiable"
    assert c.claim.year == 2024
    assert "which earlier estimate" in c.explanation
