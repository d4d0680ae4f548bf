"""A header closed by a colon that names rises ('Among the bigger rises: the Netherlands
26.4%, Poland 22.2% and Latvia 13.2%') gives each 'Ally N%' item after it the header's
measure, a change in spending (NATO's real change when the text does not say), not a share
of GDP; a header that names no rise leaves its items shares of GDP.

Values looked up with milex.observations, NATO 2025 edition, Table 3: real change in 2025
(estimates): Netherlands 26.40%, Poland 22.23%, Latvia 13.23%; share of GDP in 2025: Poland
4.48%, Lithuania 4.00%, Latvia 3.73%.
"""

from __future__ import annotations

import pytest

import milex

DATE = "2025-09-02"  # the 2025 edition current


def _found(text: str) -> list[tuple]:
    return [(c.claim.subject, c.claim.kind, c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date=DATE).claims]  # fmt: skip


@pytest.mark.parametrize(("poland", "verdict"), [("22.2", "supported"), ("29.5", "contradicted")])
def test_items_after_a_header_of_rises_are_changes(poland, verdict):
    text = ("Spending grew across the alliance this year, NATO's tables show. Among the bigger "
            f"rises: the Netherlands 26.4%, Poland {poland}% and Latvia 13.2%.")  # fmt: skip
    found = _found(text)
    assert found == [
        ("Netherlands", "real_change", 26.4, 2025, "supported"),
        ("Poland", "real_change", float(poland), 2025, verdict),
        ("Latvia", "real_change", 13.2, 2025, "supported"),
    ], found
    # a header that names no rise leaves its items shares of GDP
    text = ("NATO's tables show the biggest spenders relative to their economies: Poland 4.48%, "
            "Lithuania 4.00% and Latvia 3.73%.")  # fmt: skip
    assert [f[1] for f in _found(text)] == ["share_of_gdp"] * 3
