"""An amount in the ally's own currency that the text says is on NATO's core definition ('...
up from 164.6 billion crowns in 2025, on NATO's core definition') is NATO's figure, not the
country's own budget: a wrong one is contradicted, not set aside as a national budget. An
amount with no such words still may be the national budget, and is not contradicted.

Values looked up with milex.observations, NATO 2026 edition (core defence expenditure), Table 1
(current prices, estimates): Norway NOK 174,608 million (2025), NOK 186,211 million (2026).
"""

from __future__ import annotations

import milex

DATE = "2026-07-12"


def _found(text: str) -> list[tuple]:
    return [(c.claim.value, c.claim.year, c.verdict) for c in milex.check(text, date=DATE).claims]


def test_an_amount_on_natos_core_definition_is_natos():
    said = ("Norway's defence outlays come to 186.2 billion crowns this year, up from {} billion "
            "crowns in 2025, on NATO's core definition.")  # fmt: skip
    assert _found(said.format("164.6")) == [
        (186.2, 2026, "supported"),
        (164.6, 2025, "contradicted"),
    ]
    assert _found(said.format("174.6")) == [(186.2, 2026, "supported"), (174.6, 2025, "supported")]
    # with no definition said, a wrong amount may be the national budget
    assert _found("Norway's defence budget is 164.6 billion crowns for 2025.") == [
        (164.6, 2025, "unverifiable")
    ]
