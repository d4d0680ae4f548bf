"""The claim checker on a figure's year said by the sentence rather than beside it (round
27 of benchmarks/claims_rounds.jsonl), in our own words: a possessive time ('puts last
year's at 2.0%') is the figure's own year, not when it was estimated, and another body's
figure for the one before it ('...; NATO's figure is 2.27%') is of that figure's year; and a
body that only reckons what would happen does not make the next sentence's figure its own.
Official values: NATO's 2025 edition, Table 3; SIPRI's April 2025 release."""

from __future__ import annotations

from tests.conftest import one_with_value

# --- (a) "puts last year's at N%": the possessive time is the figure's year ----------------


def test_last_years_after_a_verb_of_putting_is_the_figures_year():
    # 2025 ed. Table 3: Germany has no 2025 figure; 2024 = 2.00
    text = ("The alliance had no estimate of German spending for 2025 yet, and put last "
            "year's at 2.0% of GDP.")  # fmt: skip
    found = one_with_value(text, "2025-09-12", 2.0)
    assert (found.claim.year, found.verdict) == (2024, "supported")


def test_last_years_at_a_wrong_level_is_contradicted():
    # 2025 ed. Table 3: Germany 2024 = 2.00, not 2.4
    text = ("The alliance had no estimate of German spending for 2025 yet, and put last "
            "year's at 2.4% of GDP.")  # fmt: skip
    found = one_with_value(text, "2025-09-12", 2.4)
    assert (found.claim.year, found.verdict) == (2024, "contradicted")


# --- (b) "...; NATO's figure is N%": the year of the figure it is set against ---------------


def test_another_bodys_figure_takes_the_year_of_the_one_before():
    # SIPRI (April 2025) Denmark 2024 = 2.42; NATO 2025 ed. Denmark 2024 = 2.27
    text = "SIPRI reckons Denmark spent 2.4% of GDP in 2024; NATO's figure is 2.27%."
    nato = one_with_value(text, "2025-10-01", 2.27)
    assert (nato.claim.year, nato.verdict) == (2024, "supported")


def test_another_bodys_figure_of_the_wrong_year_is_contradicted():
    # NATO 2025 ed. Denmark 2024 = 2.27 (3.22 is its 2025 estimate)
    text = "SIPRI reckons Denmark spent 2.4% of GDP in 2024; NATO's figure is 3.22%."
    nato = one_with_value(text, "2025-10-01", 3.22)
    assert (nato.claim.year, nato.verdict) == (2024, "contradicted")


# --- (c) a body's sum of what would happen does not make the next sentence's figure its own ---


def test_a_hypothetical_attribution_is_not_carried_to_a_present_figure():
    # 2025 ed. Table 3, Italy 2025 = 2.01 (the IISS, whose figures milex does not hold, only
    # reckoned what a rise would take)
    text = ("The IISS reckons that raising Italy's budget to 3% of GDP would take a decade. "
            "Italy currently spends 2.01%.")  # fmt: skip
    found = one_with_value(text, "2025-09-20", 2.01)
    assert (found.claim.source, found.verdict) == ("NATO", "supported")


def test_a_wrong_present_figure_after_a_hypothetical_attribution_is_judged_on_nato():
    # 2025 ed. Table 3, Italy 2025 = 2.01, not 2.4: judged on NATO's table (the article's
    # only other body may still be whose figure it is, so no 'contradicted'), never 'supported'
    text = ("The IISS reckons that raising Italy's budget to 3% of GDP would take a decade. "
            "Italy currently spends 2.4%.")  # fmt: skip
    found = one_with_value(text, "2025-09-20", 2.4)
    assert (found.claim.source, found.verdict) == ("NATO", "unverifiable")
    assert "2.01" in found.explanation
