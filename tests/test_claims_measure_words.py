"""The claim checker on figures whose measure is said only by the words around them or by
their line's label or header (round 43 of benchmarks/claims_rounds.jsonl: explainers, fact
boxes, chart captions), in our own words: a share of a budget on a category named after the
whole ('X% of its budget on personnel'), a label naming a rise before its colon with a time
between ('Real increase this year: X%'), a header naming a gap to a target or a share of
government spending, a ministry's own budget, a release named right after the figure or
dated before the edition of the day, and a share of 'the total'. None of these may fall back
to a share of GDP or an equipment share.

Official values (looked up with milex.observations):
- NATO 2024 edition, Table 8: Italy 2024 equipment 22.08%, personnel 59.36%; Poland 2024
  equipment 51.13%. Table 3: Poland 2024 real change 30.07%; Spain 2024 1.28% of GDP,
  Belgium 1.30%, Italy 1.49%, United Kingdom 2.33%; Albania 2024 2.03%.
- NATO 2026 edition, Table 3 (core basis): Albania 2024 1.35%.
- NATO 2019 edition, Table 3: Netherlands 2018 1.21% (the 2018 release is not held).
- SIPRI April 2025 release: share of government spending 2024: Poland 8.47%, Israel 19.99%,
  Ukraine 54.01%; United States USD 997.3 bn of a world total of USD 2,718.2 bn (36.7%).
"""

from __future__ import annotations

import milex
from tests.conftest import one_with_value


def _found(text: str, day: str, value: float) -> list[tuple[str, str, str]]:
    """(kind, subject, verdict) of every claim of that value."""
    return [(c.claim.kind, str(c.claim.subject), c.verdict)
            for c in milex.check(text, date=day).claims
            if c.claim.value is not None and abs(float(c.claim.value) - value) < 1e-6]  # fmt: skip


def _judged(text: str, day: str, value: float) -> list[str]:
    return [v for _k, _s, v in _found(text, day, value) if v in ("supported", "contradicted")]


# --- a share of a budget whose category follows the whole it is of -----------------------

_MIX = ("Italy put 22.1% of its 2024 spending into equipment; Italy also spent {}% of its "
        "budget on personnel.")  # fmt: skip


def test_a_category_named_after_the_budget_is_the_figures_own():
    # 2024 ed. Table 8: Italy 2024 personnel 59.36 (the equipment word before is the 22.1%'s)
    right = one_with_value(_MIX.format("59.4"), "2024-07-01", 59.4, "Italy")
    assert (right.claim.kind, right.verdict) == ("personnel_share", "supported")
    wrong = one_with_value(_MIX.format("49.4"), "2024-07-01", 49.4, "Italy")
    assert (wrong.claim.kind, wrong.verdict) == ("personnel_share", "contradicted")
    equipment = one_with_value(_MIX.format("59.4"), "2024-07-01", 22.1, "Italy")
    assert (equipment.claim.kind, equipment.verdict) == ("equipment_share", "supported")


# --- a label naming a rise, with a time before its colon ----------------------------------

_BOX = "Poland, key figures (NATO, 2024)\nEquipment share: 51.1%\nReal increase this year: {}%"


def test_a_rise_label_dated_before_its_colon_is_a_change():
    # 2024 ed. Table 3: Poland 2024 real change 30.07 (not its equipment share, 51.13)
    right = one_with_value(_BOX.format("30.1"), "2024-06-20", 30.1, "Poland")
    assert (right.claim.kind, right.verdict) == ("real_change", "supported")
    wrong = one_with_value(_BOX.format("24.0"), "2024-06-20", 24.0, "Poland")
    assert (wrong.claim.kind, wrong.verdict) == ("real_change", "contradicted")


# --- a header naming a gap to a target -----------------------------------------------------


def test_figures_under_a_gap_header_are_not_levels():
    # 2024 ed. Table 3, 2024: Spain 1.28, Belgium 1.30, Italy 1.49: the figures are 2% minus those
    text = "Shortfall against the 2% guideline, points of GDP, 2024: Spain 0.72, Belgium 0.70, Italy 0.51."
    for value in (0.72, 0.70, 0.51):
        assert _judged(text, "2024-07-01", value) == [], _found(text, "2024-07-01", value)
    # a header of levels still has its wrong figures contradicted
    levels = one_with_value("Share of GDP, 2024: Spain 0.72, Belgium 1.30.", "2024-07-01", 0.72)
    assert levels.verdict == "contradicted"


# --- a header naming a share of government spending (SIPRI's measure) ----------------------

_BURDEN = "Defence as a share of total government spending, SIPRI, 2024:\nPoland 8.5%\nIsrael 20%\nUkraine 45%"


def test_items_under_a_government_spending_header_take_its_measure():
    # SIPRI (April 2025), 2024: Poland 8.47, Israel 19.99, Ukraine 54.01
    poland = one_with_value(_BURDEN, "2025-05-10", 8.5, "Poland")
    assert (poland.claim.kind, poland.verdict) == ("share_of_government_spending", "supported")
    israel = one_with_value(_BURDEN, "2025-05-10", 20, "Israel")
    assert (israel.claim.kind, israel.verdict) == ("share_of_government_spending", "supported")
    ukraine = one_with_value(_BURDEN, "2025-05-10", 45, "Ukraine")
    assert (ukraine.claim.kind, ukraine.verdict) == ("share_of_government_spending", "contradicted")


# --- a ministry's own budget -----------------------------------------------------------------

_MOD = ("On NATO's definition Britain's spending is put at {}% of GDP this year; the defence "
        "ministry's budget, at about 2.0%, is smaller.")  # fmt: skip


def test_a_ministrys_own_budget_is_not_natos_measure():
    # 2024 ed. Table 3: United Kingdom 2024 = 2.33 (the ministry's budget is another measure)
    assert _judged(_MOD.format("2.33"), "2024-06-25", 2.0) == []
    assert one_with_value(_MOD.format("2.33"), "2024-06-25", 2.33).verdict == "supported"
    assert one_with_value(_MOD.format("2.53"), "2024-06-25", 2.53).verdict == "contradicted"


# --- a release named right after the figure -------------------------------------------------

_ALBANIA = ("Albania's 2024 figure stands at 1.35% of GDP in the 2026 edition, well below the "
            "{}% estimated in 2024.")  # fmt: skip


def test_a_release_named_right_after_a_figure_is_its_own():
    # 2024 ed. Table 3: Albania 2024 = 2.03; 2026 ed. (core basis): 1.35
    old = one_with_value(_ALBANIA.format("2.03"), "2026-07-10", 2.03, "Albania")
    assert (old.claim.year, old.verdict) == (2024, "supported")
    wrong = one_with_value(_ALBANIA.format("2.30"), "2026-07-10", 2.30, "Albania")
    assert wrong.verdict == "contradicted"
    new = one_with_value(_ALBANIA.format("2.03"), "2026-07-10", 1.35, "Albania")
    assert new.verdict == "supported"


# --- an earlier release that milex does not hold ----------------------------------------------

_DUTCH = ("NATO now puts the Netherlands' 2018 spending at {}% of GDP, up from the 1.15% it "
          "published a year earlier.")  # fmt: skip


def test_a_figure_of_an_unheld_earlier_release_is_not_judged():
    # 2019 ed. Table 3: Netherlands 2018 = 1.21; the June 2018 release is not held
    assert _judged(_DUTCH.format("1.21"), "2019-07-01", 1.15) == []
    assert one_with_value(_DUTCH.format("1.21"), "2019-07-01", 1.21).verdict == "supported"
    assert one_with_value(_DUTCH.format("1.41"), "2019-07-01", 1.41).verdict == "contradicted"


# --- a share of 'the total' -----------------------------------------------------------------


def test_a_share_of_the_total_after_the_worlds_total_is_a_world_share():
    # SIPRI (April 2025): United States 997.3 of 2,718.2 bn in 2024 = 36.7%
    text = ("SIPRI put world military spending at $2.7 trillion in 2024, up 9.4% in real terms. "
            "The US accounted for {}% of the total.")  # fmt: skip
    right = one_with_value(text.format(37), "2025-05-01", 37)
    assert (right.claim.kind, right.verdict) == ("world_share", "supported")
    wrong = one_with_value(text.format(45), "2025-05-01", 45)
    assert (wrong.claim.kind, wrong.verdict) == ("world_share", "contradicted")


def test_a_share_of_an_unnamed_total_is_no_change():
    # the sentence before speaks of a rise: the 45% is no real change, and no share of GDP
    text = ("Spending by the allies rose 11% in real terms in 2024, NATO says. Germany accounted "
            "for 45% of the total.")  # fmt: skip
    assert _judged(text, "2024-07-01", 45) == [], _found(text, "2024-07-01", 45)


# --- a question that names the year, answered right after ------------------------------------

_ASKED = (
    "What did the larger allies spend last year? Germany came to 2.22% of GDP and Canada to {}%."
)


def test_the_year_a_question_asks_of_dates_its_answer():
    # 2026 ed. Table 3 (core basis), 2025: Germany 2.22, Canada 2.03 (2026: 2.69 and 2.13)
    germany = one_with_value(_ASKED.format("2.03"), "2026-07-20", 2.22, "Germany")
    assert (germany.claim.year, germany.verdict) == (2025, "supported")
    canada = one_with_value(_ASKED.format("2.03"), "2026-07-20", 2.03, "Canada")
    assert (canada.claim.year, canada.verdict) == (2025, "supported")
    wrong = one_with_value(_ASKED.format("2.13"), "2026-07-20", 2.13, "Canada")
    assert (wrong.claim.year, wrong.verdict) == (2025, "contradicted")


# --- another field's words in another clause ---------------------------------------------------

_LAST = "Belgium sits near the bottom at {}%, even though the Belgian economy grew 1.4% last year."


def test_another_fields_words_in_another_clause_leave_the_figure_read():
    # 2024 ed. Table 3: Belgium 2024 = 1.30 (the 1.4% is the economy's, in its own clause)
    assert (
        one_with_value(_LAST.format("1.30"), "2024-06-20", 1.30, "Belgium").verdict == "supported"
    )
    assert (
        one_with_value(_LAST.format("1.10"), "2024-06-20", 1.10, "Belgium").verdict
        == "contradicted"
    )
    assert _judged(_LAST.format("1.30"), "2024-06-20", 1.4) == []


# --- changes whose verb is elided, at constant prices ------------------------------------------

_ELIDED = "After inflation, the Netherlands by 24.2% this year and Denmark by {}%."


def test_by_a_figure_in_a_real_terms_clause_is_a_change():
    # 2024 ed. Table 3, real change 2024: Netherlands 24.25, Denmark 20.66
    dutch = one_with_value(_ELIDED.format("20.7"), "2024-06-20", 24.2, "Netherlands")
    assert (dutch.claim.kind, dutch.verdict) == ("real_change", "supported")
    danes = one_with_value(_ELIDED.format("20.7"), "2024-06-20", 20.7, "Denmark")
    assert (danes.claim.kind, danes.verdict) == ("real_change", "supported")
    wrong = one_with_value(_ELIDED.format("27.7"), "2024-06-20", 27.7, "Denmark")
    assert (wrong.claim.kind, wrong.verdict) == ("real_change", "contradicted")


# --- 'the line' a chart measures the distance from -----------------------------------------------

_LINE = "Chart: the distance of each ally from 3.5%. {} already above the line."


def test_a_count_above_the_line_a_gap_chart_measures_from_uses_that_level():
    # 2024 ed. Table 3, 2024: Poland 4.12 is the one ally at or above 3.5 (22 are above 2%)
    right = one_with_value(_LINE.format("Only Poland is"), "2024-07-01", 1)
    assert (right.claim.kind, right.verdict) == ("count_meeting", "supported")
    wrong = one_with_value(_LINE.format("Only four allies are"), "2024-07-01", 4)
    assert (wrong.claim.kind, wrong.verdict) == ("count_meeting", "contradicted")
