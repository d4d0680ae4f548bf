"""Figures an article gives as an older edition's: 'last year's estimate for Germany's 2024
share was 2.12%' (the estimate's time, the figure's own year named between them) and 'the
count of allies at or above 2% in 2024 drops from 23 to 18' (one year, two editions: the first
count is the one the new edition replaced). Each is judged on the edition it names, with what
the later one says as 'revised since'.

Values from NATO's tables, looked up with milex.observations (Table 3, share of GDP, 2024e):
- 2024 edition (17 June 2024): Germany 2.12, Poland 4.12; 23 allies at or above 2%.
- 2025 edition (28 August 2025): Germany 2.00, Poland 3.79; 18 allies at or above 2%.
"""

from __future__ import annotations

import pytest

import milex

DATE = "2025-09-02"  # the 2025 edition current, the 2024 one the edition before it


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date=DATE).claims if c.claim.value == value]


@pytest.mark.parametrize(("said", "verdict"), [("2.12%", "supported"), ("2.21%", "contradicted")])
def test_last_years_estimate_of_a_named_year_is_the_older_editions(said, verdict):
    text = f"A year ago the picture was rosier: last year's estimate for Germany's 2024 share was {said}."
    found = _of(text, float(said[:-1]))
    assert [(c.claim.year, c.claim.earlier_edition, c.verdict) for c in found] == [
        (2024, True, verdict)
    ], [c.explanation for c in found]
    assert "2024 edition" in found[0].explanation and "revised since" in found[0].explanation


def test_the_figure_after_it_is_the_current_editions():
    found = milex.check("Last year's estimate for Poland's 2024 share was 4.12%; the new "
                        "tables have 3.79%.", date=DATE).claims  # fmt: skip
    assert [(c.claim.value, c.claim.year, c.verdict) for c in found] == [
        (4.12, 2024, "supported"),
        (3.79, 2024, "supported"),
    ], [c.explanation for c in found]


@pytest.mark.parametrize(("old", "verdict"), [("23", "supported"), ("25", "contradicted")])
def test_a_count_of_one_year_moving_between_editions(old, verdict):
    text = f"The number of allies at or above 2% in 2024 drops from {old} to 18 in the new report."
    found = milex.check(text, date=DATE).claims
    counts = [(c.claim.value, c.claim.year, c.verdict) for c in found
              if c.claim.kind == "count_meeting"]  # fmt: skip
    assert counts == [(float(old), 2024, verdict), (18.0, 2024, "supported")], [
        c.explanation for c in found
    ]
    # between two named years it is still a change over time (2025 ed.: 3 in 2014, 18 in 2024)
    found = milex.check("The number of allies at or above 2% rose from 3 in 2014 to 18 in 2024.",
                        date=DATE).claims  # fmt: skip
    counts = [(c.claim.value, c.claim.year, c.claim.earlier_edition, c.verdict) for c in found
              if c.claim.kind == "count_meeting"]  # fmt: skip
    assert counts == [(3.0, 2014, False, "supported"), (18.0, 2024, False, "supported")]
