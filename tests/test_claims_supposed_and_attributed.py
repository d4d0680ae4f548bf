"""Structures where a figure's frame, body, year or table was read wrongly, and a wrong
'contradicted' followed:

- a supposition ('Suppose Italy had met the 2% floor ...') or a question of what it would take
  ('what would it take for France to reach 3.5%?'): the level supposed or asked about is no
  measured value, while a figure after 'instead of' says what was;
- a body named right after a figure, as the subject of its verb of estimating ('the 1.28% NATO
  recorded'), is that figure's body, even after another body was named before it;
- a figure dated only by a decade ('below 1% in the mid-2010s') is of some year of it, not of
  the latest year;
- a rank right after an ally's share in brackets ('Poland (4.68%) fourth') is by that share;
- a level dated to this year and estimated by a body ('core spending will reach 2.86% of GDP
  this year, NATO estimates') is measured, not the value of a commitment;
- a count of the allies with figures ('31 allies with figures, and 23 of them ...') is not a
  count of allies meeting the level the other count meets.

Official values (looked up with milex):
- NATO 2024 edition: `milex.observations("share_of_gdp", "Italy", years=[2024],
  edition=2024)` 1.49; Spain 2024 1.28 (`"Spain"`, same call).
- SIPRI (April 2025 release): Spain 2024 1.43 (`milex.observations("share_of_gdp", "Spain",
  years=[2024], source="SIPRI")`).
- NATO 2026 edition (core): France 2025 2.04, 2026 2.22; NATO total 2026 2.86; Poland 2026
  4.68, fourth by share after Lithuania 5.33, Estonia 5.10 and Latvia 4.92 (sixth by current
  USD); Greece 2026 3.65.
- NATO 2025 edition: Sweden 2015 1.02, 2016 0.98, 2025 2.51.
- NATO 2024 edition: 23 of the 31 allies with figures at or above 2% in 2024.
"""

from __future__ import annotations

import milex


def _claims(text: str, date: str) -> list:
    return milex.check(text, date=date).claims


def _of(claims: list, value: float) -> list:
    return [c for c in claims if c.claim.value is not None and abs(c.claim.value - value) < 1e-9]


def test_supposed_level_is_not_measured_but_the_actual_one_is():
    text = ("Imagine Italy had met the 2% floor in 2024 instead of settling for the {v}% it "
            "actually spent, NATO's figures show.")  # fmt: skip
    claims = _claims(text.format(v="1.49"), "2024-09-10")
    assert all(c.verdict != "contradicted" for c in _of(claims, 2.0))
    assert [(c.claim.subject, c.claim.year, c.verdict) for c in _of(claims, 1.49)] == [
        ("Italy", 2024, "supported")
    ]
    wrong = _claims(text.format(v="1.94"), "2024-09-10")
    assert [c.verdict for c in _of(wrong, 1.94)] == ["contradicted"]
    assert all(c.verdict != "contradicted" for c in _of(wrong, 2.0))


def test_question_of_what_it_would_take_is_no_level():
    text = ("On the new core basis, what would it take for France to reach 3.5%? NATO now puts "
            "French core spending at {v}% of GDP for this year.")  # fmt: skip
    claims = _claims(text.format(v="2.22"), "2026-09-01")
    assert all(c.verdict != "contradicted" for c in _of(claims, 3.5))
    assert [c.verdict for c in _of(claims, 2.22)] == ["supported"]
    assert [c.verdict for c in _of(_claims(text.format(v="2.62"), "2026-09-01"), 2.62)] == [
        "contradicted"
    ]


def test_body_named_after_the_figure_with_its_verb_owns_it():
    text = ("In 1985 Madrid put nearly 3% of its output into the armed forces (SIPRI), over "
            "twice the {v}% NATO recorded for 2024.")  # fmt: skip
    got = _of(_claims(text.format(v="1.28"), "2025-07-10"), 1.28)
    assert [(c.claim.source, c.claim.year, c.verdict) for c in got] == [
        ("NATO", 2024, "supported")
    ]  # (SIPRI's 1.43 would have contradicted it)
    got = _of(_claims(text.format(v="1.82"), "2025-07-10"), 1.82)
    assert [(c.claim.source, c.verdict) for c in got] == [("NATO", "contradicted")]


def test_level_dated_by_a_decade_is_not_the_latest_year():
    text = ("Sweden is at 2.51% of GDP this year on NATO's August figures, having dropped "
            "under 1% during the mid-2010s.")  # fmt: skip
    claims = _claims(text, "2025-11-25")
    assert [c.verdict for c in _of(claims, 1.0)] == ["unverifiable"]
    assert [c.claim.year for c in _of(claims, 1.0)] == [None]
    assert [c.verdict for c in _of(claims, 2.51)] == ["supported"]


def test_rank_after_a_bracketed_share_is_by_share():
    text = ("On NATO's July numbers, Lithuania (5.33%), Estonia (5.10%) and Latvia (4.92%) lead "
            "the core-spending league this year, with Poland (4.68%) {rank}.")  # fmt: skip
    ranked = [c for c in _claims(text.format(rank="fourth"), "2026-07-25")
              if c.claim.kind == "ranking"]  # fmt: skip
    assert [(c.claim.subject, c.claim.measure, c.verdict) for c in ranked] == [
        ("Poland", "share_of_gdp", "supported")
    ]
    ranked = [c for c in _claims(text.format(rank="fifth"), "2026-07-25")
              if c.claim.kind == "ranking"]  # fmt: skip
    assert [(c.claim.subject, c.verdict) for c in ranked] == [("Poland", "contradicted")]


def test_alliance_level_estimated_for_this_year_is_measured():
    text = (
        "NATO-wide, core defence spending will reach {v}% of GDP this year, the alliance estimates."
    )
    got = _of(_claims(text.format(v="2.86"), "2026-08-05"), 2.86)
    assert [(c.claim.kind, c.claim.subject, c.claim.year, c.verdict) for c in got] == [
        ("share_of_gdp", "NATO", 2026, "supported")
    ]
    got = _of(_claims(text.format(v="2.68"), "2026-08-05"), 2.68)
    assert [(c.claim.kind, c.verdict) for c in got] == [("share_of_gdp", "contradicted")]


def test_allies_with_figures_are_not_a_count_meeting_the_level():
    text = ("Without Iceland there are {n} allies with figures, and in 2024, {k} of them were at "
            "or above 2%.")  # fmt: skip
    claims = _claims(text.format(n=31, k=23), "2024-10-15")
    assert _of(claims, 31.0) == []
    assert [c.verdict for c in _of(claims, 23.0)] == ["supported"]
    claims = _claims(text.format(n=31, k=25), "2024-10-15")
    assert [c.verdict for c in _of(claims, 25.0)] == ["contradicted"]


def test_unit_given_once_in_the_source_line_under_a_table():
    # NATO 2025 edition: `milex.observations("share_of_gdp", "Spain", years=[2014, 2024],
    # edition=2025)` 0.92 and 1.43; Netherlands 1.12 and 2.00; Norway 1.54 and 2.27
    table = (
        "Ally | 2014 | 2024\n"
        "Spain | 0.92 | 1.43\n"
        "Netherlands | 1.12 | {nl}\n"
        "Norway | 1.54 | 2.27\n"
        "Source: NATO, August 2025, % of GDP"
    )
    got = {
        (str(c.claim.subject), c.claim.year): c.verdict
        for c in _claims(table.format(nl="2.00"), "2025-10-01")
    }
    assert got[("Spain", 2024)] == "supported"
    assert got[("Netherlands", 2024)] == "supported"
    wrong = {
        (str(c.claim.subject), c.claim.year): c.verdict
        for c in _claims(table.format(nl="2.30"), "2025-10-01")
    }
    assert wrong[("Netherlands", 2024)] == "contradicted"
    assert wrong[("Norway", 2024)] == "supported"
