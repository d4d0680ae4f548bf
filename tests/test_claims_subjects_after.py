"""The claim checker on figures whose allies come after them (round 27 of
benchmarks/claims_rounds.jsonl), in our own words: 'N% each: A, B and C' lists the allies
after the colon, and 'taking them to N% and M% respectively' pairs the figures with the
allies the pronoun stands for, in the order named. Official values: NATO's 2025 edition,
Table 3 (share of GDP and real change)."""

from __future__ import annotations

import milex
from tests.conftest import one_with_value

# --- (a) "N% each: A, B and C" ---------------------------------------------------------------


def test_allies_listed_after_each_and_a_colon_own_the_figure():
    # 2025 ed. Table 3, 2025: Lithuania 4.00
    text = ("Poland leads the alliance this year. Right behind it sits one more at 4.00% "
            "apiece: Lithuania.")  # fmt: skip
    found = one_with_value(text, "2025-09-10", 4.0, "Lithuania")
    assert (found.claim.year, found.verdict) == (2025, "supported")


def test_a_wrong_figure_for_allies_listed_after_each_is_contradicted():
    # 2025 ed. Table 3, 2025: Latvia 3.73, Estonia 3.38 (neither at 3.5); Poland (4.48) is
    # not among those the figure is said of
    text = "Poland leads the table. Then come two more at 3.5% each: Latvia and Estonia."
    found = [c for c in milex.check(text, date="2025-09-10").claims if c.claim.value == 3.5]
    assert sorted((c.claim.subject, c.verdict) for c in found) == [
        ("Estonia", "contradicted"), ("Latvia", "contradicted")]  # fmt: skip


# --- (b) "taking them to N% and M% respectively" ---------------------------------------------


def test_respectively_after_a_pronoun_pairs_the_allies_named_before():
    # 2025 ed. Table 3, 2025: Finland real change 17.23, share 2.77; Sweden 10.79, 2.51
    text = ("Finland's outlays rose 17.2% in real terms this year and Sweden's 10.8%, lifting "
            "them to 2.77% and 2.51% of GDP respectively.")  # fmt: skip
    day = "2025-09-10"
    finland, sweden = (
        one_with_value(text, day, 2.77, "Finland"),
        one_with_value(text, day, 2.51, "Sweden"),
    )
    assert (finland.verdict, sweden.verdict) == ("supported", "supported")


def test_respectively_after_a_pronoun_in_the_wrong_order_is_contradicted():
    # 2025 ed. Table 3, 2025: Finland 2.77, Sweden 2.51: swapped, both are wrong
    text = ("Finland's outlays rose 17.2% in real terms this year and Sweden's 10.8%, lifting "
            "them to 2.51% and 2.77% of GDP respectively.")  # fmt: skip
    day = "2025-09-10"
    finland, sweden = (
        one_with_value(text, day, 2.51, "Finland"),
        one_with_value(text, day, 2.77, "Sweden"),
    )
    assert (finland.verdict, sweden.verdict) == ("contradicted", "contradicted")
