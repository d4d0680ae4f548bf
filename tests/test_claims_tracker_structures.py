"""The claim checker on the structures of data journalism and trackers (round 34 of
benchmarks/claims_rounds.jsonl), in our own words: a change 'measured from' a year runs since
that year; a tracker's label 'By real growth since 2014:' names the start of a change, not
the year of the figures under it; 'X promises N%' is a pledge, not a measured share.
Official values: NATO's 2024 edition (Table 4, real change since 2014; Table 8a, equipment
share) and 2025 edition (Table 3, share of GDP), looked up with milex.observations."""

from __future__ import annotations

from tests.conftest import one_with_value

# --- (a) "Counted from YEAR, ... by N%": a change since that year --------------------------------


def test_a_change_measured_from_a_year_runs_since_that_year():
    # 2024 ed. Table 4: Latvia, real change 2014-2024, 316.36%
    text = "Counted from 2014, Latvia's defence budget has grown by 316% in real terms."
    found = one_with_value(text, "2024-07-01", 316.0, "Latvia")
    assert (found.claim.since, found.claim.year, found.verdict) == (2014, 2024, "supported")


def test_a_wrong_change_measured_from_a_year_is_contradicted():
    # 2024 ed. Table 4: Latvia 316.36%, not 296%
    text = "Counted from 2014, Latvia's defence budget has grown by 296% in real terms."
    found = one_with_value(text, "2024-07-01", 296.0, "Latvia")
    assert (found.claim.since, found.verdict) == (2014, "contradicted")


# --- (b) a tracker's label "By real growth since 2014:" ------------------------------------------


def test_a_since_year_in_a_trackers_label_is_the_start_of_the_change():
    # 2024 ed. Table 4: Lithuania 324.45% since 2014; Table 8a: Poland equipment 51.13% in
    # 2024 (18.84% in 2014, the year the label names as the start)
    text = ("Top of each table this summer. By real growth since 2014: Lithuania (+324%). "
            "By equipment share: Poland (51%).")  # fmt: skip
    day = "2024-06-28"
    growth, kit = (
        one_with_value(text, day, 324.0, "Lithuania"),
        one_with_value(text, day, 51.0, "Poland"),
    )
    assert (growth.claim.year, growth.claim.since, growth.verdict) == (2024, 2014, "supported")
    assert (kit.claim.year, kit.verdict) == (2024, "supported")


def test_a_wrong_figure_under_a_since_label_is_contradicted():
    # 2024 ed. Table 4: Lithuania 324.45% (not 284%); Table 8a: Poland 51.13% in 2024 (not 41%)
    text = ("Top of each table this summer. By real growth since 2014: Lithuania (+284%). "
            "By equipment share: Poland (41%).")  # fmt: skip
    day = "2024-06-28"
    growth, kit = (
        one_with_value(text, day, 284.0, "Lithuania"),
        one_with_value(text, day, 41.0, "Poland"),
    )
    assert (growth.claim.since, growth.verdict) == (2014, "contradicted")
    assert (kit.claim.year, kit.verdict) == (2024, "contradicted")


# --- (c) "X, at N%, promises M%": a pledge --------------------------------------------------------


def test_a_level_an_ally_promises_is_a_pledge_not_a_measured_share():
    # 2025 ed. Table 3, 2025: Latvia 3.73 (the 5.6% it promises is not a measured value)
    text = "Latvia, at 3.73%, promises 5.6%."
    day = "2025-09-01"
    assert one_with_value(text, day, 3.73, "Latvia").verdict == "supported"
    assert one_with_value(text, day, 5.6, "Latvia").verdict == "unverifiable"


def test_a_wrong_measured_share_beside_a_pledge_is_still_contradicted():
    # 2025 ed. Table 3, 2025: Estonia 3.38, not 3.88; the pledged 5.5% is not judged
    text = "Estonia, at 3.88%, pledges 5.5%."
    day = "2025-09-01"
    assert one_with_value(text, day, 3.88, "Estonia").verdict == "contradicted"
    assert one_with_value(text, day, 5.5, "Estonia").verdict == "unverifiable"


# --- (d) "N%, revised from M%": the earlier edition's figure for the same year ---------------


def test_a_figure_revised_from_names_the_earlier_editions_figure():
    # Germany 2024: 2.12 in the 2024 edition (Table 3), 2.00 in the 2025 edition
    text = "Germany's 2024 figure is 2.00% of GDP, revised from 2.12%."
    day = "2025-09-01"
    now, before = (
        one_with_value(text, day, 2.0, "Germany"),
        one_with_value(text, day, 2.12, "Germany"),
    )
    assert (now.verdict, before.claim.year, before.verdict) == ("supported", 2024, "supported")


def test_a_wrong_figure_revised_from_is_contradicted_against_the_earlier_edition():
    # Germany 2024: 2.12 in the 2024 edition, not 2.42
    text = "Germany's 2024 figure is 2.00% of GDP (revised down from 2.42%)."
    found = one_with_value(text, "2025-09-01", 2.42, "Germany")
    assert (found.claim.year, found.verdict) == (2024, "contradicted")
    assert "2024 edition" in found.explanation
