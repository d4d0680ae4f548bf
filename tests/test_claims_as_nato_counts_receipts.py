"""What an ally's armed forces 'will get' this year 'as NATO counts it' is the ally's defence
spending on NATO's definition, not money received from a programme (a loan, an allocation,
which milex does not hold); and a change said 'in real terms' beside it is a change of money,
not of troop numbers, however the sentence names the armed forces. Before, the sum was set
aside as an allocation and the change left unread.

Official values, NATO 2024 edition (17 June 2024), Tables 1 and 3, 2024 estimates:
`milex.observations("spending_nc_current", "Netherlands", years=[2024], edition=2024)`:
EUR 19,900 m; `milex.observations("real_change", "Netherlands", years=[2024],
edition=2024)`: 24.25 (%).
"""

from __future__ import annotations

import milex

DAY = "2024-06-25"


def _read(text: str) -> dict:
    return {
        c.claim.value: (c.claim.kind, str(c.claim.subject), c.claim.year, c.verdict)
        for c in milex.check(text, date=DAY).claims
    }


def test_what_the_forces_get_as_nato_counts_it_is_spending():
    got = _read("The Dutch armed forces will get about EUR 19.9 billion this year as NATO "
                "counts it, some 24% more in real terms than in 2023.")  # fmt: skip
    assert got[19.9] == ("spending_amount", "Netherlands", 2024, "supported")
    assert got[24.0] == ("real_change", "Netherlands", 2024, "supported")
    got = _read("The Dutch armed forces will get about EUR 21.4 billion this year as NATO "
                "counts it, some 35% more in real terms than in 2023.")  # fmt: skip
    assert got[21.4] == ("spending_amount", "Netherlands", 2024, "contradicted")
    assert got[35.0] == ("real_change", "Netherlands", 2024, "contradicted")
