"""The claim checker on transcripts: numbers said over a caption's line break, and questions
in a speaker's turn, which ask rather than claim.

Official values in the comments are NATO's Table 3 (share of GDP, %) as each edition publishes
them, read with `milex.observations("share_of_gdp", ally, years=..., edition="all")`.
"""

from __future__ import annotations

import milex


def verdicts(text: str, date: str) -> list[tuple[str, str, float | None, str]]:
    """(verdict, subject, value, kind) of every claim the checker finds."""
    report = milex.check(text, date=date)
    return [(c.verdict, str(c.claim.subject), c.claim.value, c.claim.kind) for c in report.claims]


def of_value(text: str, date: str, value: float) -> list[tuple[str, str, float | None, str]]:
    return [v for v in verdicts(text, date) if v[2] is not None and abs(v[2] - value) < 1e-9]


# --- a spoken number broken by a caption's line break ------------------------------------------


def test_spoken_decimal_goes_on_across_a_line_break():
    # Canada 2024, 2024 edition: 1.37 (1.3652)
    text = "Speaker 2 (00:41):\nCanada is at one point three\nseven percent of GDP this year."
    assert of_value(text, "2024-06-18", 1.37) == [("supported", "Canada", 1.37, "share_of_gdp")]
    assert of_value(text, "2024-06-18", 7) == []


def test_spoken_decimal_broken_after_point():
    # Canada 2024, 2024 edition: 1.37; the break right after 'point'
    text = "Reporter (02:10):\nOttawa spends one point\nthree seven percent of GDP this year."
    assert of_value(text, "2024-06-18", 1.37) == [("supported", "Canada", 1.37, "share_of_gdp")]


def test_wrong_spoken_decimal_across_a_break_is_contradicted():
    # Italy 2024, 2024 edition: 1.49 (1.4911), not 2.1
    text = "GUEST:\nItaly is now at two\npoint one percent of GDP this year."
    assert of_value(text, "2024-06-20", 2.1) == [("contradicted", "Italy", 2.1, "share_of_gdp")]


def test_a_short_finished_line_still_ends_its_paragraph():
    # Poland 2024, 2024 edition: 4.12; Spain 2024: 1.28: two lines, two allies
    text = "Poland spent 4.12% of GDP in 2024\nSpain spent 1.28% in 2024"
    assert of_value(text, "2024-07-01", 4.12) == [("supported", "Poland", 4.12, "share_of_gdp")]
    assert of_value(text, "2024-07-01", 1.28) == [("supported", "Spain", 1.28, "share_of_gdp")]


# --- a question in a transcript's turn is not a claim -----------------------------------------


def test_a_hosts_question_is_not_a_claim():
    # Italy 2024, 2024 edition: 1.49 (1.4911): the 2 is asked, the 1.5 is said
    text = (
        "HOST: Is it true Italy is at two percent? GUEST: No. Italy is at roughly one and a "
        "half percent this year."
    )
    assert of_value(text, "2024-06-20", 2) == []
    assert of_value(text, "2024-06-20", 1.5) == [("supported", "Italy", 1.5, "share_of_gdp")]


def test_negative_and_opened_questions_are_not_claims():
    # Italy 2024: 1.49; Germany 2024: 2.12 (2024 edition): none of these is stated
    text = (
        "Q: Isn't Italy at 2% already? Speaker 1 (00:12): So, is Germany at three percent? "
        "Doesn't Spain spend 2% this year?"
    )
    assert verdicts(text, "2024-06-20") == []


def test_a_statement_before_a_question_is_still_judged():
    # Poland 2024, 2024 edition: 4.12 (supported); Spain 2024: 1.28, not 2 (contradicted)
    text = "Poland spent 4.12% of GDP in 2024; why can't Italy? Spain spent 2% in 2024."
    assert of_value(text, "2024-07-01", 4.12) == [("supported", "Poland", 4.12, "share_of_gdp")]
    assert of_value(text, "2024-07-01", 2) == [("contradicted", "Spain", 2, "share_of_gdp")]
