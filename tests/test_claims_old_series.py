"""Words that name the definition before NATO's core basis ('in the old series', 'on the old
basis') pin a figure to the last edition on that basis; they are the figure's before them
only, not a later figure's that its own words put on the core basis ('2.00% for 2025 in the
old series and 2.01% on the core basis').

Looked up with milex.observations("share_of_gdp", "Portugal", years=[2025], edition=E):
Portugal 2025 = 2.00 in the 2025 edition (2.0037), 2.01 in the 2026 edition (core).
"""

import milex

DATE = "2026-07-20"


def _verdicts(text):
    return [(c.claim.value, c.evidence.edition if c.evidence else None, c.verdict)
            for c in milex.check(text, date=DATE).claims]  # fmt: skip


def test_the_old_series_pins_the_edition_before_the_core_basis():
    assert _verdicts(
        "Portugal stood at 2.00% for 2025 in the old series and 2.01% on the core basis."
    ) == [(2.0, 2025, "supported"), (2.01, 2026, "supported")]


def test_a_wrong_figure_of_the_old_series_is_still_wrong():
    assert _verdicts(
        "Portugal stood at 2.20% for 2025 in the old series and 2.01% on the core basis."
    ) == [(2.2, 2025, "contradicted"), (2.01, 2026, "supported")]
