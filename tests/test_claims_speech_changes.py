"""Figures in politicians' speech and in fact-checks: the structures they come in.

Official values are NATO's (Table 3 and Table 2 of the edition current at each date), looked
up with `milex.observations(...)`.
"""

from __future__ import annotations

import milex


def verdict_of(text: str, date: str, figure: str) -> tuple[str, str]:
    """(verdict, kind) of the claim whose text is `figure`."""
    report = milex.check(text, date=date)
    found = [c for c in report.claims if c.claim.text == figure]
    assert found, [(c.claim.text, c.claim.kind) for c in report.claims]
    return found[0].verdict, found[0].claim.kind


# --- a change next to a later clause with a modal; a modal with this year ----------------------
# 2024 edition: real change of NATO Europe and Canada in 2024 = 17.95%
# 2026 edition: real change of NATO Europe and Canada in 2026 = 10.98% (estimate)


def test_a_would_in_a_later_clause_leaves_the_change_before_it_measured() -> None:
    text = ("The Secretary General said European allies and Canada had increased defence "
            "spending by {} this year, the largest rise in a generation, and that 23 allies "
            "would reach 2% of GDP.")  # fmt: skip
    assert verdict_of(text.format("18%"), "2024-06-18", "18%") == ("supported", "real_change")
    wrong = text.format("25% in real terms")
    assert verdict_of(wrong, "2024-06-18", "25%")[0] == "contradicted"  # 17.95


def test_a_change_in_a_second_clause_joined_by_and() -> None:
    text = ("Spending by Canada and the European allies went up 18% in 2024, and the alliance "
            "could see more allies at 2% soon.")  # fmt: skip
    assert verdict_of(text, "2024-06-18", "18%") == ("supported", "real_change")  # 17.95


def test_would_with_this_year_is_this_years_estimate() -> None:
    text = ("Canada and the European allies raised defence spending by 19% in real terms "
            "last year and would add a further {} this year.")  # fmt: skip
    assert verdict_of(text.format("11%"), "2026-07-10", "11%") == ("supported", "real_change")
    assert verdict_of(text.format("15%"), "2026-07-10", "15%")[0] == "contradicted"  # 10.98
    # under a condition, 'would' stays a projection, unjudged
    text = "If Canada and the European allies kept up the pace, they would add 15% this year."
    verdicts = [c.verdict for c in milex.check(text, date="2026-07-10").claims]
    assert "supported" not in verdicts and "contradicted" not in verdicts


# --- a share of 'what the allies spend' --------------------------------------------------------
# 2024 edition, Table 2: the United States is 65.6% of the allies' total in 2024


def test_a_share_of_what_the_allies_spend() -> None:
    text = "This year the United States pays for roughly {} of what the allies spend on defence."
    right = text.format("two-thirds")
    assert verdict_of(right, "2024-07-15", "roughly two-thirds") == ("supported", "alliance_share")
    wrong = text.format("three-quarters")
    assert verdict_of(wrong, "2024-07-15", "roughly three-quarters")[0] == "contradicted"
    other = "The US share is 66% of everything NATO members spent on their armed forces in 2024."
    assert verdict_of(other, "2024-07-15", "66%") == ("supported", "alliance_share")


# --- money since a year: the end value after 'to' ----------------------------------------------
# 2024 edition, Table 2: Poland 2024 = USD 34,975 million (current prices)


def test_money_after_to_is_the_level_reached_not_a_sum() -> None:
    text = "Poland has tripled its defence spending since 2022, to about {} this year."
    assert verdict_of(text.format("$35 billion"), "2024-06-20", "about $35 billion")[0] == (
        "supported"
    )
    assert verdict_of(text.format("$45 billion"), "2024-06-20", "about $45 billion")[0] == (
        "contradicted"
    )
    # the sum since a year is still read as one (2022-2024: USD 76.79 bn)
    total = "Poland has spent $77 billion on defence since 2022."
    assert verdict_of(total, "2024-06-20", "$77 billion")[0] == "supported"


# --- the alliance as a whole: 'we' of NATO's chief, 'across the alliance', 'their combined GDP' --
# NATO total, share of GDP: 2024 edition 2024 = 2.71; 2025 edition 2025 = 2.76


def test_we_of_the_secretary_general_is_the_alliance() -> None:
    by_name = '"We are now at {} of GDP," Stoltenberg told reporters.'
    assert verdict_of(by_name.format("2.71%"), "2024-07-11", "2.71%")[0] == "supported"
    assert verdict_of(by_name.format("3.1%"), "2024-07-11", "3.1%")[0] == "contradicted"
    by_role = '"We now spend {} of GDP," said NATO Secretary General Mark Rutte.'
    assert verdict_of(by_role.format("2.76%"), "2025-09-10", "2.76%")[0] == "supported"
    # before he led NATO, the same name spoke for another ally: not NATO's figure
    before = '"We spend 1.4% of GDP," Stoltenberg said.'
    assert verdict_of(before, "2014-03-01", "1.4%")[0] == "unverifiable"


def test_across_the_alliance_is_the_alliance() -> None:
    quoted = '"We are now at {} of GDP across the alliance," the Norwegian said.'
    assert verdict_of(quoted.format("2.71%"), "2024-07-11", "2.71%")[0] == "supported"
    plain = "Spending is now at {} of GDP across the alliance."
    assert verdict_of(plain.format("3.1%"), "2024-07-11", "3.1%")[0] == "contradicted"
    as_one = "As an alliance, we now spend 2.71% of GDP on defence."
    assert verdict_of(as_one, "2024-07-11", "2.71%")[0] == "supported"


def test_allies_with_their_combined_gdp_are_all_allies() -> None:
    text = "This year allies spent {} of their combined GDP on defence."
    assert verdict_of(text.format("3.5%"), "2025-09-10", "3.5%")[0] == "contradicted"  # 2.76
    assert verdict_of(text.format("2.76%"), "2025-09-10", "2.76%")[0] == "supported"
    together = "The allies collectively spend 2.76% of GDP on defence this year."
    assert verdict_of(together, "2025-09-10", "2.76%")[0] == "supported"
    # a group it does not name stays unnamed
    some = "Together the four Nordic allies spend 2.1% of their combined GDP."
    assert verdict_of(some, "2025-09-10", "2.1%")[0] == "unverifiable"


# --- a rise still to come starts from today's level, said by a leader --------------------------
# 2024 edition: United Kingdom 2024 (fiscal 2024/25) = 2.33% of GDP; Poland 2024 = 4.12%


def test_the_start_of_a_rise_to_come_is_the_current_level_of_the_speakers_ally() -> None:
    text = "Starmer told MPs that defence spending would rise from {} of GDP to 2.5% by April 2027."
    assert verdict_of(text.format("2.3%"), "2025-02-26", "2.3%") == ("supported", "share_of_gdp")
    assert verdict_of(text.format("2.1%"), "2025-02-26", "2.1%")[0] == "contradicted"
    named = ("Prime Minister Donald Tusk announced that defence spending will go up from "
             "4.1% of GDP to 4.7% next year.")  # fmt: skip
    assert verdict_of(named, "2025-03-01", "4.1%")[0] == "supported"
    # a change in another field, even from a leader, is not a defence figure
    aid = "Starmer said overseas aid would be cut from 0.5% of GDP to 0.3% by 2027."
    verdicts = [c.verdict for c in milex.check(aid, date="2025-02-26").claims]
    assert "supported" not in verdicts and "contradicted" not in verdicts
