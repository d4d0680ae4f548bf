"""The claim checker on structures of round 27 of benchmarks/claims_rounds.jsonl, in our own
words: a count among the allies that have figures ('all 30 allies with a 2025 estimate'), a
labelled list whose labels come before their figures ('personnel 38.2%, equipment 31.0%'),
and a level a negated verb of raising did not bring spending to. Official values are NATO's
2025 edition (28 August 2025): Tables 3 (share of GDP) and 8b (shares of defence spending)."""

from __future__ import annotations

from tests.conftest import claims_with_value, one_with_value

# --- (a) "all N allies that have a figure": a count among the allies with data ---------------


def test_all_allies_with_an_estimate_at_the_guideline_is_a_count():
    # 2025 ed. Table 3, 2025: the 30 allies with an estimate are all at or above 2.00 (Germany
    # has no 2025 figure, Iceland no armed forces)
    text = ("On NATO's late-summer tables, all 30 allies that have a 2025 estimate are at or "
            "above 2% of GDP.")  # fmt: skip
    found = one_with_value(text, "2025-09-20", 30)
    assert (found.claim.kind, found.claim.year, found.verdict) == (
        "count_meeting", 2025, "supported")  # fmt: skip


def test_all_allies_with_an_estimate_after_with():
    # 2025 ed. Table 3, 2025: 30 allies with figures, all at or above 2%
    text = "The new numbers put all 30 allies with an estimate for 2025 at or above 2% of GDP."
    found = one_with_value(text, "2025-10-01", 30)
    assert (found.claim.kind, found.verdict) == ("count_meeting", "supported")


def test_a_wrong_count_among_the_allies_with_figures_is_contradicted():
    # 2025 ed. Table 3, 2025: 30 allies at or above 2%, not 25
    text = "All 25 allies that have a 2025 estimate are at or above 2% of GDP, NATO says."
    found = one_with_value(text, "2025-09-20", 25)
    assert (found.claim.kind, found.verdict) == ("count_meeting", "contradicted")


# --- (b) a labelled list: each figure belongs to the label before it -------------------------


def test_labels_before_figures_take_their_own_category():
    # 2025 ed. Table 8b, France 2025: equipment 31.03, personnel 38.22, infrastructure 3.83
    text = ("Where France's defence money goes in 2025, by NATO's categories: equipment 31.0%, "
            "personnel 38.2%, infrastructure 3.8%.")  # fmt: skip
    day = "2025-09-15"
    equipment, personnel = one_with_value(text, day, 31.0), one_with_value(text, day, 38.2)
    assert (equipment.claim.kind, equipment.verdict) == ("equipment_share", "supported")
    assert (personnel.claim.kind, personnel.verdict) == ("personnel_share", "supported")
    infra = one_with_value(text, day, 3.8)
    assert (infra.claim.kind, infra.verdict) == ("infrastructure_share", "supported")


def test_labels_before_figures_with_colons():
    # 2025 ed. Table 8b, Italy 2025: personnel 42.85, equipment 25.68
    text = "NATO's breakdown of Italy's 2025 spending reads personnel: 42.8%; equipment: 25.7%."
    day = "2025-09-15"
    assert one_with_value(text, day, 42.8).claim.kind == "personnel_share"
    assert one_with_value(text, day, 25.7).claim.kind == "equipment_share"
    assert {one_with_value(text, day, v).verdict for v in (42.8, 25.7)} == {"supported"}


def test_a_label_before_is_never_overruled_by_a_neighbours_category():
    # 2025 ed. Table 8b, Italy 2025: equipment 25.68; the 42.8 is personnel's (42.85), so it
    # must not be judged as an equipment share
    text = "Italy's breakdown for 2025 reads personnel: 42.8%; equipment: 25.7%."
    first = one_with_value(text, "2025-09-15", 42.8)
    assert first.claim.kind != "equipment_share" and first.verdict != "contradicted"


def test_swapped_labels_are_contradicted():
    # 2025 ed. Table 8b, France 2025: equipment 31.03 (not 38.2), personnel 38.22 (not 31.0)
    text = ("France's 2025 defence budget by category, per NATO: equipment 38.2%, personnel "
            "31.0%.")  # fmt: skip
    day = "2025-09-15"
    equipment, personnel = one_with_value(text, day, 38.2), one_with_value(text, day, 31.0)
    assert (equipment.claim.kind, equipment.verdict) == ("equipment_share", "contradicted")
    assert (personnel.claim.kind, personnel.verdict) == ("personnel_share", "contradicted")


# --- (c) a level a negated verb of raising did not bring spending to --------------------------


def test_a_level_not_raised_to_is_no_measured_share():
    # 2025 ed. Table 3: Belgium 2025 = 2.00; "did not lift it to 3.5%" states no share
    text = ("The president named Belgium as the one ally that did not lift its defence budget "
            "to 3.5% of GDP.")  # fmt: skip
    for c in claims_with_value(text, "2025-10-20", 3.5):
        assert c.verdict not in ("supported", "contradicted"), c.explanation
    # but a level it was raised to is measured, and judged: 2025 ed. Table 3, Belgium 2025 = 2.00
    good = "Belgium raised its defence spending to 2.0% of GDP this year."
    bad = "Belgium raised its defence spending to 2.6% of GDP this year."
    assert one_with_value(good, "2025-10-20", 2.0).verdict == "supported"
    assert one_with_value(bad, "2025-10-20", 2.6).verdict == "contradicted"
