"""A number after a capitalised label noun ('Row 2 — European allies and Canada: 2.40%',
'Table 3 — the United States: 3.22%') numbers a row, a table or a figure: it is no count of
allies at the level beside it. Before, such a label was read as a count of allies at that
share and contradicted (a false verdict). The shares on the line are still read.

Values (milex.observations, share_of_gdp, NATO 2025 edition, 28 August 2025): Europe and
Canada 2024 1.99, 2025 2.27; United States 2025 3.22.
"""

from __future__ import annotations

import milex

DAY = "2025-09-01"


def _claims(text: str) -> list:
    return milex.check(text, date=DAY).claims


def test_a_labels_number_is_no_count() -> None:
    text = ("What the tables show\n"
            "Row 2 — European allies and Canada: 2.31% (2025), 1.99% (2024)\n"
            "Table 3 — United States: 3.22% (2025)")  # fmt: skip
    got = _claims(text)
    assert not [c for c in got if c.claim.kind == "count_meeting"]
    shares = {(c.claim.subject, round(c.claim.value, 2)): c.verdict for c in got
              if c.claim.kind == "share_of_gdp"}  # fmt: skip
    assert shares[("Europe and Canada", 1.99)] == "supported"
    assert shares[("Europe and Canada", 2.31)] == "contradicted"  # 2.27
    assert shares[("United States", 3.22)] == "supported"
