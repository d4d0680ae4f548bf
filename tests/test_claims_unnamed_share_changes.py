"""A percentage that no word near it calls a share of GDP is read as one by default; when it
disagrees with the ally's share but agrees with the same year's real change, the writer may
well mean the change, so it is unverifiable, not contradicted.

Official values, NATO 2024 edition (17 June 2024): Italy 2024 share of GDP 1.49, real change
+0.12; United Kingdom 2023 share 2.30, real change +0.87."""

import milex

DAY = "2024-07-01"


def _only(text: str):
    (checked,) = [c for c in milex.check(text, date=DAY).checked if c.claim.kind == "share_of_gdp"]
    return checked


def test_a_bare_percentage_agreeing_with_the_real_change_is_not_called_wrong():
    got = _only("Adjusted for prices, Italy's outlay rose once more this year, "
                "though Rome managed only 0.12%.")  # fmt: skip
    assert (got.claim.subject, got.claim.year, got.verdict) == ("Italy", 2024, "unverifiable")
    assert "real change" in got.explanation


def test_the_same_for_a_past_year():
    got = _only("Adjusted for prices, Britain managed only 0.87% in 2023.")
    assert (got.claim.subject, got.claim.year, got.verdict) == (
        "United Kingdom", 2023, "unverifiable")  # fmt: skip


def test_a_bare_percentage_agreeing_with_nothing_is_still_contradicted():
    got = _only("Adjusted for prices, Italy's outlay rose once more this year, "
                "though Rome managed only 0.61%.")  # fmt: skip
    assert (got.claim.subject, got.verdict) == ("Italy", "contradicted")


def test_a_share_said_of_gdp_is_judged_as_one():
    got = _only("Italy puts 0.12% of its GDP into defence this year.")
    assert got.verdict == "contradicted"


def test_a_bound_is_met_by_too_many_changes_to_excuse_it():
    got = _only("Adjusted for prices, Britain's outlay rose again in 2023, "
                "though London managed no more than 0.5%.")  # fmt: skip
    assert got.verdict == "contradicted"
