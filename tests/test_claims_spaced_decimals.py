"""An amount written with spaces between its thousands and a decimal comma ('CZK 159 691,5
million', as Czech, Hungarian, Polish and French texts write them) is one number, not a small
number followed by another.

Values looked up with milex.observations, NATO 2024 edition, Table 1 (current prices, 2024
estimates): Czechia CZK 159,691.469 million; Poland PLN 151,240.714 million.
"""

from __future__ import annotations

import pytest

import milex

DATE = "2024-06-25"


@pytest.mark.parametrize(
    ("text", "value", "verdict"),
    [
        ("NATO puts Czechia's defence spending this year at CZK 159 691,5 million, or 2,1% of "
         "GDP.", 159691.5, "supported"),
        ("NATO puts Czechia's defence spending this year at CZK 149 691,5 million.", 149691.5,
         "contradicted"),
        ("NATO puts Poland's defence spending this year at PLN 151 240,7 million.", 151240.7,
         "supported"),
    ],
)  # fmt: skip
def test_spaced_thousands_with_a_decimal_comma(text, value, verdict):
    found = [(c.claim.kind, c.claim.value, c.claim.year, c.verdict)
             for c in milex.check(text, date=DATE).claims if c.claim.kind == "spending_amount"]  # fmt: skip
    assert found == [("spending_amount", pytest.approx(value), 2024, verdict)], found
