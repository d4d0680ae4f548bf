"""A figure set right after its subject ('Belgium (1.21%) and Portugal (1.48%) were ...') has
its verb after it: the tense is that verb's, so a past verb takes the past year the paragraph
opened on, not the latest figures of the date.

Official values (NATO, Defence Expenditure of NATO Countries, 2024 edition, 17 June 2024),
looked up with milex.observations("share_of_gdp", ally, years=[2023, 2024], edition=2024):
Denmark 2023 2.01; Belgium 2023 1.21, 2024 1.30; Portugal 2023 1.48, 2024 1.55.
"""

from __future__ import annotations

import milex

DAY = "2025-02-10"  # the 2024 edition is current; its latest year is 2024


def _verdicts(text: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked]


def test_bracketed_figures_before_a_past_verb_take_the_year_opened_on():
    got = _verdicts(
        "In 2023 Denmark crossed the line, at 2.01% of GDP. Belgium (1.21%) and Portugal "
        "(1.48%) were still well short of it."
    )
    assert (1.21, "Belgium", 2023, "supported") in got
    assert (1.48, "Portugal", 2023, "supported") in got
    # with a present verb, the same structure speaks of the latest figures
    now = _verdicts("Belgium (1.30%) and Portugal (1.55%) are well short of it.")
    assert (1.3, "Belgium", 2024, "supported") in now
    assert (1.55, "Portugal", 2024, "supported") in now


def test_wrong_bracketed_figure_is_contradicted_for_the_year_opened_on():
    # the paragraph speaks of 2023, when Belgium's share was 1.21 (1.40 is no year's: 2024's
    # is 1.30)
    got = _verdicts(
        "In 2023 Denmark crossed the line, at 2.01% of GDP. Belgium (1.40%) and Portugal "
        "(1.48%) were well short of it."
    )
    assert (1.4, "Belgium", 2023, "contradicted") in got
    assert not [v for v in got if v[0] == 1.4 and v[2] == 2024]
