"""A national budget line is not NATO's measure, and an earlier NATO estimate is judged on
the edition that gave it.

Figures are NATO's, read with milex.observations(): Germany's spending in 2024 at current
prices (Table 1) is EUR 90.59 bn in the 2024 edition; its share of GDP in 2024 (Table 3) is
2.12% in the 2024 edition and 2.00% in the 2025 edition. The United States' 2024 spending is
USD 967.71 bn in the 2024 edition.
"""

from __future__ import annotations

import pytest

import milex

AUTUMN_2024 = "2024-11-20"  # the 2024 edition (17 June 2024) is current
AUTUMN_2025 = "2025-09-10"  # the 2025 edition (28 August 2025) is current


def by_value(report, value: float):
    found = [c for c in report.claims if c.claim.value == value]
    assert len(found) == 1, [(c.claim.kind, c.claim.text) for c in report.claims]
    return found[0]


# --- (a) a line of the national budget, named beside its amount ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # EUR 51.95 bn against NATO's EUR 90.59 bn: the core line, not NATO's total
        "Germany's regular defence budget is €51.95 billion this year.",
        "Berlin's regular defence budget of €51.95 billion this year is topped up by money "
        "from the special fund.",
        "This year the German defence ministry's budget stands at €51.95 billion.",
        "Germany draws €51.95 billion out of its ordinary defence budget this year.",
        "Germany's core defence budget for this year comes to €51.95 billion.",
    ],
)
def test_a_named_budget_line_is_unverifiable_however_precise(text):
    c = by_value(milex.check(text, date=AUTUMN_2024), 51.95)
    assert c.verdict == "unverifiable", c.explanation
    assert "own budget" in c.explanation


def test_budget_line_beside_a_nato_reported_total():
    text = ("The Bundeswehr's core budget is €51.8 billion this year, but with the special "
            "fund Germany's NATO-reported spending comes to €90.6 billion.")  # fmt: skip
    report = milex.check(text, date=AUTUMN_2024)
    line = by_value(report, 51.8)
    assert line.verdict == "unverifiable", line.explanation
    assert "own budget" in line.explanation
    # NATO 2024 ed.: EUR 90.59 bn
    assert by_value(report, 90.6).verdict == "supported"


def test_budget_line_beside_a_wrong_nato_reported_total():
    text = ("The Bundeswehr's core budget is €51.8 billion this year, but with the special "
            "fund Germany's NATO-reported spending comes to €80.6 billion.")  # fmt: skip
    report = milex.check(text, date=AUTUMN_2024)
    assert by_value(report, 51.8).verdict == "unverifiable"
    # NATO 2024 ed.: EUR 90.59 bn, not 80.6
    assert by_value(report, 80.6).verdict == "contradicted"


def test_the_pentagons_base_budget_is_a_national_line():
    text = "The Pentagon's base budget comes to $850 billion this year."
    c = by_value(milex.check(text, date=AUTUMN_2024), 850)
    # NATO 2024 ed.: USD 967.71 bn for the US, on NATO's broader definition
    assert c.verdict == "unverifiable", c.explanation


@pytest.mark.parametrize(
    ("line", "natos"),
    [
        ("With the special fund, Germany's regular budget reaches €70.59 billion this year.",
         "With the special fund, Germany's regular budget reaches €70.59 billion this year on "
         "NATO's definition."),
        # a saying of NATO's holds its clause
        ("The Bundeswehr's budget comes to €70.59 billion this year.",
         "The Bundeswehr's budget comes to €70.59 billion this year, NATO's figures show."),
    ],
)  # fmt: skip
def test_a_line_said_to_be_natos_is_judged_as_natos(line, natos):
    # NATO 2024 ed.: EUR 90.59 bn; a national line may be 70.59, NATO's total is not
    c = by_value(milex.check(line, date=AUTUMN_2024), 70.59)
    assert c.verdict == "unverifiable", c.explanation
    c = by_value(milex.check(natos, date=AUTUMN_2024), 70.59)
    assert c.verdict == "contradicted", c.explanation
    right = natos.replace("70.59", "90.59")
    assert by_value(milex.check(right, date=AUTUMN_2024), 90.59).verdict == "supported"


# --- (b) an earlier NATO estimate, said to be one -----------------------------------------


def test_the_figure_estimated_a_year_earlier_is_the_earlier_editions():
    text = ("NATO's new figures put Germany at exactly 2 per cent of GDP last year, down from "
            "the 2.12 per cent estimated a year earlier.")  # fmt: skip
    report = milex.check(text, date=AUTUMN_2025)
    new = by_value(report, 2.0)
    assert new.verdict == "supported"  # 2025 ed.: Germany 2024 = 2.00
    old = by_value(report, 2.12)
    assert old.verdict == "supported", old.explanation  # 2024 ed.: Germany 2024 = 2.12
    assert old.evidence.edition == 2024 and old.claim.year == 2024


def test_had_estimated_a_year_ago_then_revised():
    text = ("NATO had estimated Germany's 2024 spending at 2.12 per cent of GDP a year ago; its "
            "new report revises that to 2.0 per cent.")  # fmt: skip
    report = milex.check(text, date=AUTUMN_2025)
    old = by_value(report, 2.12)
    assert old.verdict == "supported", old.explanation  # 2024 ed.: Germany 2024 = 2.12
    new = by_value(report, 2.0)
    assert new.claim.year == 2024  # the year the first clause names
    assert new.verdict == "supported", new.explanation  # 2025 ed.: Germany 2024 = 2.00


@pytest.mark.parametrize(
    ("text", "old", "verdict"),
    [
        # 2024 ed.: Germany 2024 = 2.12; the 2025 edition's 2.00 is the figure of the day
        ("NATO put Germany's 2024 spending at 2.12 per cent of GDP last year, but has since "
         "revised it down to 2.0 per cent.", 2.12, "supported"),
        ("NATO put Germany's 2024 spending at 2.31 per cent of GDP last year, but has since "
         "revised it down to 2.0 per cent.", 2.31, "contradicted"),
        ("Germany's 2024 spending had been estimated at 2.12 per cent of GDP a year earlier; "
         "the alliance now says 2.0 per cent.", 2.12, "supported"),
        ("Germany's 2024 spending had been estimated at 2.31 per cent of GDP a year earlier; "
         "the alliance now says 2.0 per cent.", 2.31, "contradicted"),
        # 2024 ed.: Poland 2024 = 4.12 (the 2025 edition: 3.79)
        ("In the previous edition, Poland's 2024 spending stood at 4.12 per cent of GDP.", 4.12,
         "supported"),
    ],
)  # fmt: skip
def test_earlier_estimates_in_other_words(text, old, verdict):
    c = by_value(milex.check(text, date=AUTUMN_2025), old)
    assert c.claim.year == 2024
    assert c.verdict == verdict, c.explanation
    assert c.evidence.edition == 2024


def test_an_earlier_estimate_compared_with_is_stated_as_it_was():
    text = ("NATO now puts Germany's 2024 spending at 2.0 per cent of GDP, lower than the 2.12 "
            "per cent it estimated a year ago.")  # fmt: skip
    c = by_value(milex.check(text, date=AUTUMN_2025), 2.12)
    assert c.claim.hedge is None
    assert c.verdict == "supported", c.explanation  # 2024 ed.: Germany 2024 = 2.12


def test_figures_released_the_year_before_are_that_years_edition():
    # 23 allies at 2% in 2024 in the 2024 edition (released in June 2024); 18 in the 2025 one
    text = ("NATO's figures, released the year before, showed 23 of the 32 allies meeting the "
            "2% of GDP guideline in 2024.")  # fmt: skip
    c = next(c for c in milex.check(text, date=AUTUMN_2025).claims
             if c.claim.kind == "count_meeting")  # fmt: skip
    assert c.verdict == "supported", c.explanation
    assert c.evidence.edition == 2024
