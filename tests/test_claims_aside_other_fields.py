"""An ally's figure in an aside ('Czechia, at 2.10% of GDP last year, has ...') is read even
when the main clause past the aside names another field (debt, inflation): that field is what
the ally does or wants, not what the aside's figure measures. As the measure is then only the
likely one, a figure that agrees is supported and one that does not is unverifiable, never
contradicted.

Official value (NATO, Defence Expenditure of NATO Countries, 2024 edition, 17 June 2024),
looked up with milex.observations("share_of_gdp", "Czechia", years=[2024], edition=2024):
Czechia 2024 2.10.
"""

from __future__ import annotations

import milex

DAY = "2025-03-10"  # the 2024 edition is current; "last year" is 2024


def _verdicts(text: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked]


def test_aside_figure_before_a_main_clause_on_debt_is_read():
    got = _verdicts("Czechia, at 2.10% of GDP last year, has voted against the common debt plan.")
    assert (2.1, "Czechia", 2024, "supported") in got


def test_aside_figure_before_a_main_clause_on_inflation_is_read():
    got = _verdicts("Czechia, at 2.10% of GDP last year, wants lower inflation first.")
    assert (2.1, "Czechia", 2024, "supported") in got


def test_wrong_aside_figure_there_is_unverifiable_not_contradicted():
    # 2.40 is not Czechia's 2024 share (2.10), but the sentence is about debt: the figure may
    # measure something else, so no contradiction
    got = _verdicts("Czechia, at 2.40% of GDP last year, has voted against the common debt plan.")
    assert (2.4, "Czechia", 2024, "unverifiable") in got
    assert not [v for v in got if v[3] == "contradicted"]
