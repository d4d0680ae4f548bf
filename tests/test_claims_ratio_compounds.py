"""A ratio to GDP of another field written as one hyphenated word ('the debt-to-GDP ratio
stands at 96%', 'a deficit-to-GDP ratio of 3.4%') is no share of GDP spent on defence, even in
a paragraph about defence: no claim is read from it, while the defence shares beside it still
are.

Values: NATO 2025 edition (28 August 2025), share of GDP, `milex.observations("share_of_gdp",
"Italy", years=[2024, 2025], edition=2025)`: Italy 2024 1.498, 2025 2.007.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-10-01"


def _values(text: str) -> dict[float, str]:
    return {c.claim.value: c.verdict for c in milex.check(text, date=DAY).claims}


@pytest.mark.parametrize("field", ["debt", "deficit", "tax"])
def test_a_hyphenated_ratio_of_another_field_is_no_defence_share(field):
    got = _values(f"Italy spends 2.01% of GDP on defence this year. Its {field}-to-GDP ratio "
                  "is 96%.")  # fmt: skip
    assert 96.0 not in got
    assert got[2.01] == "supported"


def test_a_wrong_defence_share_beside_the_ratio_is_still_contradicted():
    got = _values("Italy spends 2.41% of GDP on defence this year, while the debt-to-GDP "
                  "ratio is 135%.")  # fmt: skip
    assert 135.0 not in got
    assert got[2.41] == "contradicted"
