"""A sentence that says its paragraph's changes are real and gives no figure of its own
('Chart: real-terms growth in defence spending, 2024.', "'Real change' compares spending at
constant prices.") makes the changes after it, in the same paragraph, real changes said as
such: a wrong one is contradicted, no longer left unverifiable as a change that may be
nominal.

Values (milex.observations, real_change, NATO 2024 edition, 17 June 2024, year 2024):
France 6.05, Germany 29.45.
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"


def _verdicts(text: str) -> dict[tuple[str, float], str]:
    return {(c.claim.subject or "", round(c.claim.value, 2)): c.verdict
            for c in milex.check(text, date=DAY).claims if c.claim.kind == "real_change"}  # fmt: skip


def test_changes_after_a_real_lead() -> None:
    got = _verdicts("Chart: real-terms growth in defence spending. France: +6.1% in 2024. "
                    "Germany: +29.5% in 2024.")  # fmt: skip
    assert got[("France", 6.1)] == "supported"
    got = _verdicts("Chart: real-terms growth in defence spending. France: +7.4% in 2024. "
                    "Germany: +29.5% in 2024.")  # fmt: skip
    assert got[("France", 7.4)] == "contradicted"  # 6.05
