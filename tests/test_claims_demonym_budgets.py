"""The claim checker on a share of a budget named after the figure by the demonym of its
ally ('25.7% of the Italian budget', 'of the Polish defence budget'): that ally's, as 'of
Italy's budget' is.

Official values in the comments: `milex.observations("equipment_share", ally, years=[2025],
edition=2025)`: Italy 2025 = 25.68, Poland 2025 = 54.44 (2025 edition, 28 August 2025).
"""

from __future__ import annotations

import milex

DATE = "2025-09-05"


def equipment(text: str) -> list[tuple[str, str | None, float]]:
    report = milex.check(text, date=DATE)
    return [(c.verdict, c.claim.subject, c.claim.value) for c in report.claims
            if c.claim.kind == "equipment_share"]  # fmt: skip


def test_a_share_of_a_budget_named_by_its_demonym():
    text = "This year new equipment absorbs {}% of the Italian budget."
    assert equipment(text.format("25.68")) == [("supported", "Italy", 25.68)]
    assert equipment(text.format("31.68")) == [("contradicted", "Italy", 31.68)]
    text = "Major equipment now absorbs {}% of the Polish defence budget."
    assert equipment(text.format("54.4")) == [("supported", "Poland", 54.4)]
