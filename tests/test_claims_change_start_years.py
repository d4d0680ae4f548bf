"""The claim checker on the year of a change's starting point (round 27 of
benchmarks/claims_rounds.jsonl), in our own words: 'N% this year, up from M%' starts from
the year before the end point's one year, and 'the rises since then: from M% to N%' from the
year the sentence before spoke of. Official values are NATO's Table 3 (share of GDP)."""

from __future__ import annotations

from tests.conftest import one_with_value

# --- (a) "N% this year, up from M%": the start is the year before ---------------------------


def test_up_from_after_a_dated_end_point_is_the_year_before():
    # 2026 ed. (core), Denmark: 2025 = 3.27, 2026 = 3.49
    text = "Denmark will devote 3.49% of GDP to core defence this year, up from 3.27%, NATO says."
    start = one_with_value(text, "2026-07-10", 3.27)
    assert (start.claim.year, start.verdict) == (2025, "supported")


def test_up_from_a_wrong_start_is_contradicted():
    # 2026 ed. (core), Norway: 2025 = 3.16 (not 2.6), 2026 = 3.17
    text = "Norway spends 3.17% of GDP on core defence in 2026, up from 2.6%."
    start = one_with_value(text, "2026-07-10", 2.6)
    assert (start.claim.year, start.verdict) == (2025, "contradicted")


def test_up_from_with_a_time_of_its_own_left_unsaid_stays_unverifiable():
    # "up from 1.41% when the war began": the start's time is not the year before
    text = "Canada spends 2.13% of GDP this year, up from 1.41% when the new government began."
    start = one_with_value(text, "2026-07-10", 1.41)
    assert start.verdict == "unverifiable"


# --- (b) "since then: from M% to N%": the year the sentence before names --------------------


def test_since_then_points_back_to_the_year_before_it():
    # 2025 ed., 2024: Portugal 1.58, Italy 1.50; 2025: Portugal 2.00, Italy 2.01
    text = ("Several allies were under 2% of GDP last year. The largest moves since then: "
            "Portugal, from 1.58% to 2.00%; and Italy, from 1.4% to 2.01%.")  # fmt: skip
    day = "2025-09-05"
    portugal, italy = one_with_value(text, day, 1.58), one_with_value(text, day, 1.4)
    assert (portugal.claim.year, portugal.verdict) == (2024, "supported")
    assert (italy.claim.year, italy.verdict) == (2024, "contradicted")
