"""The claim checker on verbs and clauses that hid figures in round 27 of
benchmarks/claims_rounds.jsonl, in our own words: a clause after 'but' with a verb of moving
and no subject of its own ('..., but dips to 2.00% this year'), a body that 'puts last year's
figure at N%' (a measured figure, not a commitment, whatever words of a definition follow),
a share of GDP spent 'on its own forces', and one year's figure revised between releases
('the 2024 figure slipped from X to Y': no change from the year before). Official values:
NATO's 2025 and 2026 editions, Table 3 (share of GDP)."""

from __future__ import annotations

from tests.conftest import one_with_value

# --- (a) "..., but dips to N% this year": the subject of the clause before -------------------


def test_a_verb_of_moving_after_but_shares_the_subject():
    # 2025 ed. Table 3, Czechia: 2024 = 2.08, 2025 = 2.00
    text = "Czechia reached 2.08% of GDP in 2024, but dips to 2.00% this year."
    found = one_with_value(text, "2025-09-10", 2.0)
    assert (found.claim.subject, found.claim.year, found.verdict) == ("Czechia", 2025, "supported")


def test_a_wrong_level_after_but_is_contradicted():
    # 2025 ed. Table 3, Czechia 2025 = 2.00, not 1.90
    text = "Czechia reached 2.08% of GDP in 2024, but now slips to 1.90% this year."
    found = one_with_value(text, "2025-09-10", 1.9)
    assert (found.claim.subject, found.verdict) == ("Czechia", "contradicted")


# --- (b) "NATO puts last year's figure at N% on the core definition" -------------------------


def test_a_figure_put_at_a_level_is_no_commitment():
    # 2026 ed. (core), Estonia 2025 = 3.93
    text = ("Estonia keeps climbing. NATO now puts last year's figure at 3.93% under the new "
            "core definition.")  # fmt: skip
    found = one_with_value(text, "2026-07-12", 3.93)
    assert (found.claim.kind, found.claim.subject, found.claim.year, found.verdict) == (
        "share_of_gdp", "Estonia", 2025, "supported")  # fmt: skip


def test_a_wrong_figure_put_at_a_level_is_contradicted():
    # 2026 ed. (core), Estonia 2025 = 3.93, not 3.1
    text = ("Estonia keeps climbing. NATO now puts last year's figure at 3.1% under the new "
            "core definition.")  # fmt: skip
    found = one_with_value(text, "2026-07-12", 3.1)
    assert (found.claim.kind, found.verdict) == ("share_of_gdp", "contradicted")


# --- (c) "N% of GDP on its own forces" ------------------------------------------------------


def test_spending_on_its_own_forces_is_defence():
    # 2025 ed. Table 3, Croatia 2025 = 2.03; 2.5 is wrong
    good = "Croatia spends 2.03% of GDP on its own forces this year."
    bad = "Croatia spends 2.5% of GDP on its own forces this year."
    assert one_with_value(good, "2025-09-10", 2.03).verdict == "supported"
    assert one_with_value(bad, "2025-09-10", 2.5).verdict == "contradicted"


# --- (d) one year's figure revised between releases ------------------------------------------


def test_a_years_figure_revised_from_one_level_to_another_is_no_change_over_years():
    # 2025 ed. Table 3, Slovakia 2024 = 1.96 (the 2024 edition's 2.0 was an earlier estimate;
    # 2023, the year before, is not what "from 2.0%" speaks of)
    text = "Slovakia's 2024 figure slipped from 2.0% to 1.96% in NATO's latest tables."
    start, end = one_with_value(text, "2025-09-10", 2.0), one_with_value(text, "2025-09-10", 1.96)
    assert start.verdict == "unverifiable" and start.claim.year != 2023
    assert (end.claim.year, end.verdict) == (2024, "supported")
