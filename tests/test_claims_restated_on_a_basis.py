"""A figure restated on another definition ('...; on the core basis it is 3.93%', 'Under the
new definition it was ...') is the figure just before, of its stated year, as the other
basis has it: not a figure of the year the tense would give.

Official values, looked up with milex.observations("share_of_gdp", "Estonia", years=[2025],
edition=...): NATO 2025 edition (28 August 2025): Estonia 2025 3.38; NATO 2026 edition (7 July
2026, core defence expenditure): Estonia 2025 3.93 (and 2026 5.10, another year).
"""

from __future__ import annotations

import milex

DAY = "2026-07-20"  # the 2026 edition is current


def _verdicts(text: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked]


def test_figure_on_another_basis_after_a_semicolon_keeps_the_year():
    got = _verdicts(
        "The August report gave Estonia's 2025 outlay as 3.38% of GDP; on the core basis "
        "it is 3.93%."
    )
    assert (3.93, "Estonia", 2025, "supported") in got


def test_figure_on_another_basis_in_the_next_sentence_keeps_the_year():
    got = _verdicts(
        "The August report gave Estonia's 2025 outlay as 3.38% of GDP. Under the new "
        "definition it is 3.93%."
    )
    assert (3.93, "Estonia", 2025, "supported") in got


def test_wrong_figure_on_another_basis_is_contradicted_for_that_year():
    # Estonia's 2025 core share is 3.93, not 3.73; it was once judged as a 2026 figure
    got = _verdicts(
        "The August report gave Estonia's 2025 outlay as 3.38% of GDP; on the core basis "
        "it is 3.73%."
    )
    assert (3.73, "Estonia", 2025, "contradicted") in got
    assert not [v for v in got if v[0] == 3.73 and v[2] == 2026]
