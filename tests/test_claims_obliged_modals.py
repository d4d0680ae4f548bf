"""Words that act as modals: 'have to' and 'has to' oblige as 'must' does ('France may have
to go to 3%', 'Spain has to spend 3.5%': a demand, not a level measured), and 'may' or
'might', reported or not, make the figures after them a possibility ('the president said
France may go to 3%'). Before, each such figure was judged as a measured share of GDP and
contradicted. Not 'has to date spent 1.28%' (a level measured), nor the month 'May'; and a
figure before the modal, in a relative clause, is still measured.

Official values, NATO 2024 edition (17 June 2024), the edition current in March 2025:
`milex.observations("share_of_gdp", ALLY, years=[2024], edition=2024)`: France 2024 2.06,
Spain 2024 1.28 (% of GDP, estimates).
"""

from __future__ import annotations

import milex

DAY = "2025-03-10"


def _shares(text: str) -> dict:
    return {
        c.claim.value: c.verdict
        for c in milex.check(text, date=DAY).claims
        if c.claim.kind == "share_of_gdp"
    }


def test_have_to_is_a_demand():
    assert _shares("Paris may have to lift defence to 3% of GDP, or even 3.5%.") == {}
    assert _shares("Spain has to spend 3.5% of GDP on defence.") == {}
    assert _shares("The allies have to go to 3% of GDP on defence.") == {}
    # (but not 'has to date', nor the month: measured levels, wrong ones contradicted)
    assert _shares("Spain has to date spent 1.28% of GDP on defence.") == {1.28: "supported"}
    assert _shares("Spain has to date spent 1.82% of GDP on defence.") == {1.82: "contradicted"}
    got = _shares("Figures released in May put Spain at 1.82% of GDP on defence.")
    assert got == {1.82: "contradicted"}


def test_a_reported_possibility_frames_the_figures_after_it():
    got = _shares("The president said that France, which spends about 2.1% of GDP on defence, "
                  "may have to go to 3% or beyond.")  # fmt: skip
    assert got == {2.1: "supported"}  # 2.06, 'about'
    got = _shares("The president said that France, which spends about 2.6% of GDP on defence, "
                  "might go to 3%.")  # fmt: skip
    assert got[2.6] == "contradicted"  # the figure before the modal is still measured
    assert got.get(3.0) in (None, "unverifiable")
    got = _shares("The minister said France may go to 3% of GDP on defence.")
    assert got.get(3.0) in (None, "unverifiable")
