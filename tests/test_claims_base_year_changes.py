"""A real change set against a base year is NATO's change since that year (Table 4's column
'real change since 2014'), never the latest year's change nor a figure of the base year: 'up
N% on 2014', 'Measured against 2014, ... N%', and a change with no time of its own that goes
on from one since 2014 (later in its sentence, or in the next sentence of the paragraph).
Official values: NATO's 2024 edition, Table 4 (real change 2014-2024) and Table 3 (real
change of 2024), looked up with milex.observations("real_change_since_2014", ally,
years=[2024], edition=2024) and milex.observations("real_change", ...)."""

from __future__ import annotations

from tests.conftest import one_with_value

DAY = "2024-07-05"  # after the 2024 edition (17 June 2024)

# --- (a) "up N% on 2014": the base year right after the change -----------------------------------


def test_a_change_on_a_base_year_is_the_change_since_that_year():
    # 2024 ed. Table 4: Hungary 2014-2024, 225.00% (its 2024 change alone: 4.99%)
    text = "In real terms Hungary's military budget is now up 225% on 2014."
    found = one_with_value(text, DAY, 225.0, "Hungary")
    assert (found.claim.since, found.claim.year, found.verdict) == (2014, 2024, "supported")


def test_a_wrong_change_on_a_base_year_is_contradicted():
    # 2024 ed. Table 4: Hungary 225.00%, not 185%
    text = "In real terms Hungary's military budget is now up 185% on 2014."
    found = one_with_value(text, DAY, 185.0, "Hungary")
    assert (found.claim.since, found.verdict) == (2014, "contradicted")


# --- (b) "Measured against 2014, ...": the base year opening the sentence -------------------------


def test_a_change_measured_against_a_year_runs_since_that_year():
    # 2024 ed. Table 4: Lithuania 324.45%, Bulgaria 117.09% (2014-2024)
    text = "Measured against 2014, Lithuania's real spending has grown 324% and Bulgaria's 117%."
    lithuania = one_with_value(text, DAY, 324.0, "Lithuania")
    bulgaria = one_with_value(text, DAY, 117.0, "Bulgaria")
    assert (lithuania.claim.since, lithuania.claim.year, lithuania.verdict) == (
        2014, 2024, "supported")  # fmt: skip
    assert (bulgaria.claim.since, bulgaria.verdict) == (2014, "supported")


def test_a_wrong_change_measured_against_a_year_is_contradicted():
    # 2024 ed. Table 4: Bulgaria 117.09%, not 140%
    text = "Measured against 2014, Lithuania's real spending has grown 324% and Bulgaria's 140%."
    found = one_with_value(text, DAY, 140.0, "Bulgaria")
    assert (found.claim.since, found.verdict) == (2014, "contradicted")


# --- (c) a change with no time of its own after a change since 2014 -------------------------------


def test_a_later_change_in_the_sentence_shares_the_span():
    # 2024 ed. Table 4: Finland 82.19%, Hungary 225.00% (Hungary's 2024 change: 4.99%)
    text = ("Finland has raised real defence spending since 2014 by 82%, while Hungary, "
            "starting lower, has gone much further: up 225%.")  # fmt: skip
    found = one_with_value(text, DAY, 225.0, "Hungary")
    assert (found.claim.since, found.verdict) == (2014, "supported")


def test_the_next_sentence_with_no_time_shares_the_span():
    # 2024 ed. Table 4: Lithuania 324.45%, Croatia 37.50% (Croatia's 2024 change: 7.11%)
    text = ("Since 2014 Lithuania's spending has climbed 324% in real terms. Croatia's 37% "
            "increase looks timid beside it.")  # fmt: skip
    found = one_with_value(text, DAY, 37.0, "Croatia")
    assert (found.claim.since, found.verdict) == (2014, "supported")


def test_a_wrong_change_in_the_next_sentence_is_contradicted():
    # 2024 ed. Table 4: Croatia 37.50%, not 52%
    text = ("Since 2014 Lithuania's spending has climbed 324% in real terms. Croatia's 52% "
            "increase looks timid beside it.")  # fmt: skip
    found = one_with_value(text, DAY, 52.0, "Croatia")
    assert (found.claim.since, found.verdict) == (2014, "contradicted")
