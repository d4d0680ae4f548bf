"""A country named right before 'up'/'down' and a change ('..., with Israel up 65% and Saudi
Arabia up 15%'): the change is that country's, not the region the clause before spoke of.

Values (milex.observations("spending_usd_constant", country, years=[2023, 2024],
source="SIPRI"), SIPRI's April 2025 release, constant USD m): Israel 27,499 -> 45,267, a real
rise of 64.6% in 2024; Saudi Arabia 77,765 -> 78,954, 1.5%.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(("figure", "verdict"), [("65", "supported"), ("40", "contradicted")])
def test_the_country_before_up_owns_the_change(figure, verdict):
    text = (f"SIPRI says military spending across the Middle East climbed by about 15% last "
            f"year, with Israel up {figure}%.")  # fmt: skip
    found = _of(text, "2025-04-30", float(figure))
    assert [(c.claim.subject, c.verdict) for c in found] == [("Israel", verdict)]
