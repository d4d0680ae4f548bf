"""A chart's rows written as a name and its figure, with no colon ('India 86.1', 'Japan 55.3
(est.)'), take the source a line under them names ('Source: SIPRI ...'), also when a footer's
sentence shares that line before it ('Together they make up a third of the total. Source:
SIPRI'). Those rows are then SIPRI's figures: a wrong one is contradicted, not left
unverifiable as a figure whose source the text names only elsewhere.

Official values (SIPRI Military Expenditure Database, April 2025 release, current US$),
`milex.observations("spending_usd_current", <country>, years=[2024], source="SIPRI")`:
India 86,126 m, Japan 55,274 m, Saudi Arabia 80,331 m.
"""

from __future__ import annotations

import milex

DAY = "2025-05-02"


def _chart(japan: str) -> str:
    return ("Chart: selected military budgets in 2024, current US$ bn.\n"
            "India 86.1\n"
            "Saudi Arabia 80.3 (est.)\n"
            f"Japan {japan}\n"
            "Together they make up about a tenth of the world's spending. Source: SIPRI "
            "Military Expenditure Database, April 2025.")  # fmt: skip


def _row(text: str, value: float):
    (claim,) = [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]
    return claim


def test_a_wrong_colonless_row_above_a_source_line_is_contradicted():
    text = _chart("52.3")  # SIPRI: 55.27
    claim = _row(text, 52.3)
    assert (claim.verdict, claim.claim.subject, claim.claim.year) == ("contradicted", "Japan", 2024)
    assert claim.claim.source == "SIPRI"
    # the right rows of the same chart stay supported
    assert _row(text, 86.1).verdict == "supported"
    assert _row(text, 80.3).verdict == "supported"
