"""A count after a colon whose lead says a level is met, its total written with no noun after
it ('Most allies with figures now meet the 2% guideline: 23 of 31, NATO says'): a count of the
allies at that level, as it is with a noun ('23 of 31 allies'). It had been read as nothing.

Official values (NATO 2024 edition, 17 June 2024, milex.observations("share_of_gdp",
years=[2024], edition=2024)): 23 allies at or above 2% of GDP in 2024, of the 31 with figures
(Iceland has none); 2025 edition (28 August 2025): all 30 with a 2025 figure at or above 2%
(Germany had none at the cut-off).
"""

from __future__ import annotations

import milex


def _counts(text: str, date: str) -> list:
    return [(c.verdict, c.claim.value, c.claim.year) for c in milex.check(text, date=date).claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_a_bare_total_after_a_colon_of_meeting():
    got = _counts("Most allies with figures now meet the 2% guideline: 23 of 31, NATO says.",
                  "2024-06-25")  # fmt: skip
    assert got == [("supported", 23.0, 2024)]
    every = _counts("Every ally with a figure now clears 2% of GDP: 30 out of 30, NATO says.",
                    "2025-09-05")  # fmt: skip
    assert every == [("supported", 30.0, 2025)]


def test_a_wrong_count_before_a_bare_total_is_contradicted():
    got = _counts("Most allies with figures now meet the 2% guideline: 25 out of 31, NATO says.",
                  "2024-06-25")  # fmt: skip
    assert got == [("contradicted", 25.0, 2024)]
