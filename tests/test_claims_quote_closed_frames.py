"""A modal inside a quotation frames the quoted words, not the reporter's figure after the
quotation closes: "'Reaching 3% would take a decade,' the economist said, pointing out that
Italy now spends 1.49%." The 1.49% is a measured level, judged as such.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), share of GDP
2024 (estimates): Italy 1.49, Spain 1.28.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2024-09-01").claims if c.claim.value == value]


@pytest.mark.parametrize(
    ("ally", "level", "verdict"),
    [("Italy", "1.49", "supported"), ("Italy", "1.9", "contradicted"),
     ("Spain", "1.28", "supported"), ("Spain", "1.8", "contradicted")],
)  # fmt: skip
def test_quoted_modal_leaves_the_figure_after(ally, level, verdict):
    text = (
        "'Reaching 3% of GDP would take a decade,' the economist said, pointing out that "
        f"{ally} now spends {level}%."
    )
    found = _of(text, float(level))
    assert len(found) == 1 and found[0].claim.subject == ally
    assert found[0].claim.year == 2024 and found[0].verdict == verdict
    # the quoted figure stays a projection, never judged
    assert all(c.verdict == "unverifiable" for c in _of(text, 3.0))
