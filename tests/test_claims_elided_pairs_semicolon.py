"""A pair 'B is X, up from Y' after a semicolon that names no time compares the same two
times as the pair before the semicolon, when that pair dated both its figures ('Italy's 2025
share is 2.01%, up from 1.50% in 2024; Portugal's is 2.00%, up from 1.58%'): Y is of the
earlier year, as the 'and' form of the same structure already reads it.

Values: NATO 2025 edition (28 August 2025), share of GDP, `milex.observations("share_of_gdp",
"Portugal", years=[2024, 2025], edition=2025)`: Italy 2024 1.498, 2025 2.007; Portugal 2024
1.581, 2025 2.004.
"""

from __future__ import annotations

import milex

DAY = "2025-10-15"


def _claims(text: str) -> dict[float, tuple[str, int | None, str]]:
    return {c.claim.value: (str(c.claim.subject), c.claim.year, c.verdict)
            for c in milex.check(text, date=DAY).claims}  # fmt: skip


def test_the_start_of_a_pair_after_a_semicolon_takes_the_earlier_year():
    got = _claims("On NATO's latest figures, Italy's 2025 share is 2.01%, up from 1.50% in "
                  "2024; Portugal's is 2.00%, up from 1.58%.")  # fmt: skip
    assert got[1.58] == ("Portugal", 2024, "supported")
    assert got[2.0] == ("Portugal", 2025, "supported")


def test_a_wrong_start_after_the_semicolon_is_contradicted():
    got = _claims("On NATO's latest figures, Italy's 2025 share is 2.01%, up from 1.50% in "
                  "2024; Portugal's is 2.00%, up from 1.28%.")  # fmt: skip
    assert got[1.28] == ("Portugal", 2024, "contradicted")
