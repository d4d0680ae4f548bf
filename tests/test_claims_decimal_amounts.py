"""An amount written with a decimal place is rounded to it, not cut: only a long whole number
('$967bn' for 967.71) may drop its last digits.

Values from NATO's June 2019 edition (25 June 2019), Table 2, current USD millions, 2019e:
Poland 11,971.1 (12.0 bn at one decimal), Germany 54,112.8.
"""

from __future__ import annotations

from tests.conftest import claims_of


def amounts(text: str, date: str) -> dict:
    found = claims_of("spending_amount", text, date)
    return {(c.claim.subject_code, c.claim.value): c.verdict for c in found}


def test_a_decimal_in_billions_that_only_a_cut_would_reach_is_wrong():
    # 11,971 m is 12.0 bn at one decimal: 11.9 is off by its last digit
    got = amounts("Warsaw will put $11.9 billion into its armed forces in 2019.", "2019-07-01")
    assert got == {("POL", 11.9): "contradicted"}
    # rounded, the same figure is right
    got = amounts("Warsaw will put $12.0 billion into its armed forces in 2019.", "2019-07-01")
    assert got == {("POL", 12.0): "supported"}
    got = amounts("Berlin's defence budget comes to $54.1 billion in 2019.", "2019-07-01")
    assert got == {("DEU", 54.1): "supported"}
