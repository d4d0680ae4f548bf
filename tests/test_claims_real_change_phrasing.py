"""The claim checker on real changes phrased in ways round 27 of
benchmarks/claims_rounds.jsonl missed, in our own words: a figure apposed to a noun of a rise
('the Netherlands' real-terms rise this year, 26.4%, ...') is that rise, not a share of GDP;
and a change 'will lift spending by N% in real terms this year' is the year's estimate, not a
plan, when the year follows its qualifiers. Official values: NATO's 2025 edition, Table 3
(annual real change)."""

from __future__ import annotations

from tests.conftest import one_with_value

# --- (a) "<ally>'s real-terms rise this year, N%, ..." ---------------------------------------


def test_a_figure_apposed_to_a_rise_is_the_rise():
    # 2025 ed. Table 3, Netherlands real change 2025 = 26.40
    text = "The Netherlands' real-terms rise this year, 26.4%, puts it among the fastest risers."
    found = one_with_value(text, "2025-09-10", 26.4)
    assert (found.claim.kind, found.claim.year, found.verdict) == ("real_change", 2025, "supported")


def test_a_wrong_figure_apposed_to_a_rise_is_contradicted():
    # 2025 ed. Table 3, Poland real change 2025 = 22.23, not 31
    text = "Poland's real-terms increase in 2025, 31%, outpaced most of its neighbours."
    found = one_with_value(text, "2025-09-10", 31)
    assert (found.claim.kind, found.verdict) == ("real_change", "contradicted")


# --- (b) "will lift spending by N% in real terms this year" -----------------------------------


def test_a_rise_this_year_after_in_real_terms_is_the_estimate():
    # 2025 ed. Table 3, NATO Europe and Canada real change 2025 = 15.94; 12.0 is wrong
    good = (
        "European allies and Canada will raise defence spending by 15.9% in real terms this year."
    )
    bad = "European allies and Canada will raise defence spending by 12.0% in real terms this year."
    assert one_with_value(good, "2025-09-01", 15.9).verdict == "supported"
    assert one_with_value(bad, "2025-09-01", 12.0).verdict == "contradicted"
