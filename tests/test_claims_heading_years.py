"""The year a subheading gives its section ('Back in 2014', 'Laggards in 2025') for past
figures under it that name no year of their own, until the next subheading; and counts of
the equipment guideline said with 'a fifth' or left elliptical after the guideline is stated
('... asked allies to spend 20% of their budgets on major equipment. In 2014, seven did.').

Values from NATO's tables, looked up with milex.observations:
- 2024 edition, Table 3: Latvia 0.94% of GDP and Lithuania 0.88% in 2014; Latvia 3.15% in
  2024e. Table 8a: 7 of the 28 allies of 2014 at or above 20% on equipment in 2014 (Sweden,
  at 40.5, joined in 2024).
- 2026 edition, Table 8a: 30 allies at or above 20% in 2026e; Belgium 13.36% in 2025.
"""

from __future__ import annotations

import pytest

import milex

THEN_AND_NOW = """A decade on from Wales

NEWPORT, 3 September 2024 - How far have the allies come?

Back in 2014

The start was grim. The Baltic pair trailed: Latvia was at {latvia} and Lithuania at 0.88%.

Today

Latvia is at 3.15% now."""


def _shares(text: str, date: str) -> list:
    return [(c.claim.subject, c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date=date).claims if c.claim.kind == "share_of_gdp"]  # fmt: skip


@pytest.mark.parametrize(("latvia", "verdict"), [("0.94%", "supported"), ("1.94%", "contradicted")])
def test_a_subheading_year_dates_the_past_figures_under_it(latvia, verdict):
    found = _shares(THEN_AND_NOW.format(latvia=latvia), "2024-09-03")
    assert found == [
        ("Latvia", float(latvia[:-1]), 2014, verdict),
        ("Lithuania", 0.88, 2014, "supported"),
        ("Latvia", 3.15, 2024, "supported"),  # (the next subheading ends the section's year)
    ], found


@pytest.mark.parametrize(
    ("belgium", "verdict"), [("13.4%", "supported"), ("17.4%", "contradicted")]
)
def test_a_heading_in_a_year_over_equipment_shares(belgium, verdict):
    text = (f"Equipment shares\n\nBRUSSELS, 12 August 2026 - The alliance still tracks it.\n\n"
            f"Laggards in 2025\n\nBelgium spent just {belgium} of its defence budget on major "
            "equipment.")  # fmt: skip
    found = [(c.claim.kind, c.claim.year, c.verdict)
             for c in milex.check(text, date="2026-08-12").claims]  # fmt: skip
    assert found == [("equipment_share", 2025, verdict)], found


@pytest.mark.parametrize(("n", "verdict"), [("Thirty", "supported"), ("Twenty", "contradicted")])
def test_a_fifth_of_budgets_on_equipment_is_the_equipment_guideline(n, verdict):
    text = (
        f"{n} allies put at least a fifth of their defence budgets into major equipment this year."
    )
    found = [(c.claim.kind, c.claim.threshold, c.claim.year, c.verdict)
             for c in milex.check(text, date="2026-08-12").claims]  # fmt: skip
    assert found == [("count_meeting", 20.0, 2026, verdict)], found


@pytest.mark.parametrize(("n", "verdict"), [("seven", "supported"), ("eleven", "contradicted")])
def test_did_after_the_guideline_is_stated_counts_those_meeting_it(n, verdict):
    text = ("The Wales pledge also asked allies to spend 20% of their defence budgets on major "
            f"equipment. In 2014, {n} did.")  # fmt: skip
    found = [(c.claim.threshold, c.claim.year, c.verdict)
             for c in milex.check(text, date="2024-09-02").claims
             if c.claim.kind == "count_meeting"]  # fmt: skip
    assert found == [(20.0, 2014, verdict)], found
