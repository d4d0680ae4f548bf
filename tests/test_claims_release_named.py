"""Words that name the release of the day ('the new report', "NATO's latest core tables",
'the new core series') settle which definition a figure is on: a figure of an older edition
is then no excuse for disagreeing with the 2026 edition's core figures (it had been left
unverifiable). 'NATO's 2025 tables' names that edition. A clause after a semicolon that
only says what a release gives ('; the latest tables give X', '; the core figures released
in July say X') restates the figure before: the same ally and year, on that release.

Looked up with milex.observations("share_of_gdp", "Poland", years=[2024], edition=E):
Poland 2024 = 4.12 (2024 edition), 3.79 (2025 edition), 3.75 (2026 edition, core).
Allies at or above 2% in 2025: 30 in the 2025 edition, 28 in the 2026 edition
(milex.observations("share_of_gdp", ALLY, years=[2025], edition=2026), counted).
"""

import milex

DATE = "2026-07-20"


def _claims(text):
    return milex.check(text, date=DATE).claims


def test_the_new_report_pins_the_core_edition():
    (c,) = _claims("Poland's spending in 2024 came to 3.79% of GDP, the new report shows.")
    assert (c.claim.year, c.verdict) == (2024, "contradicted")  # 3.75
    (c,) = _claims("Poland's spending in 2024 came to 3.75% of GDP, the new report shows.")
    assert (c.claim.year, c.verdict) == (2024, "supported")


def test_a_count_from_the_latest_core_tables():
    (c,) = _claims("According to NATO's latest core tables, 30 allies met 2% in 2025.")
    assert (c.claim.kind, c.verdict) == ("count_meeting", "contradicted")  # 28
    (c,) = _claims("According to NATO's latest core tables, 28 allies met 2% in 2025.")
    assert (c.claim.kind, c.verdict) == ("count_meeting", "supported")


def test_a_release_restating_the_figure_before_after_a_semicolon():
    old, new = _claims(
        "NATO's 2025 tables credited Poland with 3.79% for 2024; the core figures released "
        "in July say 3.75%."
    )
    assert (old.evidence.edition, old.verdict) == (2025, "supported")
    assert (new.claim.subject, new.claim.year, new.verdict) == ("Poland", 2024, "supported")
    _old, new = _claims(
        "NATO's 2025 tables credited Poland with 3.79% for 2024; the core figures released "
        "in July say 3.95%."
    )
    assert (new.claim.year, new.verdict) == (2024, "contradicted")  # 3.75


def test_tables_that_give_a_figure_are_no_donor():
    _old, new = _claims("NATO once put Poland at 3.79% for 2024; the latest tables give 3.75%.")
    assert (new.claim.kind, new.claim.year, new.verdict) == ("share_of_gdp", 2024, "supported")
