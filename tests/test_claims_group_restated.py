"""A clause after a semicolon with no subject of its own ('...; the core figure is 2.31%')
restates the figure before for the one group of allies the sentence names, as it does for
one ally (the European allies and Canada's figure had been left unread).

Looked up with milex.observations("share_of_gdp", "NATO Europe and Canada", years=[2025],
edition=E): 2.27 in the 2025 edition, 2.31 in the 2026 edition (core).
"""

import milex

DATE = "2026-11-10"


def _judged(text):
    return [(c.claim.subject, c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date=DATE).claims]  # fmt: skip


def test_a_groups_figure_restated_after_a_semicolon():
    text = "Under the old definition, Europe and Canada stood at 2.27% of GDP in 2025; the core figure is {}%."
    assert _judged(text.format("2.31"))[1:] == [("Europe and Canada", 2.31, 2025, "supported")]
    assert _judged(text.format("2.45"))[1:] == [("Europe and Canada", 2.45, 2025, "contradicted")]
