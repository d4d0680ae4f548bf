"""A rank set right after the share of a budget's part ('spends 47.8% of its budget on
equipment, second only to Poland', '54% on equipment, the largest share in NATO', 'its
equipment share, 45.8%, is the fourth highest') places the ally by that share (NATO's Table
8a), not by share of GDP or by dollars named elsewhere in the sentence."""

from __future__ import annotations

import milex

# NATO 2024 edition (17 June 2024), Table 8a, equipment share of defence spending, 2024
# (estimates): Poland 51.13 (N32), Hungary 47.81 (N23), Albania 47.74 (N11), Finland 45.75
# (N19): Hungary 2nd, Finland 4th. NATO 2025 edition (28 August 2025), Table 8a, 2025:
# Poland 54.44 (R23C13), first, ahead of Luxembourg 53.51 (R18C13).


def _ranks(text: str, date: str):
    return [c for c in milex.check(text, date=date).claims if c.claim.kind == "ranking"]


def test_a_rank_after_an_equipment_share_ranks_that_share():
    text = ("Hungary, at 2.11% of GDP this year, puts 47.8% of its military budget into "
            "equipment, second only to Poland.")  # fmt: skip
    ranks = _ranks(text, "2024-06-21")
    assert [(c.claim.measure, c.claim.value, c.verdict) for c in ranks] == [
        ("equipment_share", 2.0, "supported")
    ]


def test_a_wrong_place_by_equipment_share_is_contradicted():
    text = ("Hungary, at 2.11% of GDP this year, spends 47.8% of its budget on equipment, the "
            "third highest in the alliance.")  # fmt: skip
    ranks = _ranks(text, "2024-06-21")
    assert [(c.claim.measure, c.claim.value, c.verdict) for c in ranks] == [
        ("equipment_share", 3.0, "contradicted")
    ]


def test_the_largest_share_after_a_part_is_that_parts_share():
    ranks = _ranks("Warsaw devotes 54% to equipment, the largest share in NATO.", "2025-09-02")
    assert [(c.claim.measure, c.verdict) for c in ranks] == [("equipment_share", "supported")]
    ranks = _ranks("Warsaw devotes 54% to equipment, the second-largest share in NATO.",
                   "2025-09-02")  # fmt: skip
    assert [(c.claim.measure, c.verdict) for c in ranks] == [("equipment_share", "contradicted")]


def test_an_ordinal_and_a_superlative_closing_the_clause_is_a_rank():
    text = "Finland's equipment share, 45.8 percent, is the fourth highest, after three others."
    ranks = _ranks(text, "2024-06-20")
    assert [(c.claim.measure, c.claim.value, c.verdict) for c in ranks] == [
        ("equipment_share", 4.0, "supported")
    ]
    ranks = _ranks(text.replace("fourth", "second"), "2024-06-20")
    assert [(c.claim.value, c.verdict) for c in ranks] == [(2.0, "contradicted")]


def test_a_rank_naming_another_table_keeps_it():
    # NATO 2024 edition, Table 2, cell N32: Poland 2024, USD 34,975 m, 5th of the allies in dollars
    text = "Poland spends 51% of its budget on equipment, the second-largest in dollar terms."
    ranks = _ranks(text, "2024-06-21")
    assert [(c.claim.measure, c.verdict) for c in ranks] == [
        ("spending_usd_current", "contradicted")
    ]
