"""A sum restated as a share of GDP ('Belgium got stuck at EUR 7.05 billion, or 1.21% of GDP,
in 2023'): the sum is the ally's defence spending, as the share beside it says, of the year
after the pair, and a verb reaching a level ('got stuck at') is no verb of receiving money.
Before, the sum was not read at all (and, said with 'spent', took this year's date).

Official values, NATO 2024 edition (17 June 2024), Tables 1 and 3:
`milex.observations("spending_nc_current", "Belgium", years=[2023, 2024], edition=2024)`:
EUR 7,047 m (2023), 7,900 m (2024, estimate); `milex.observations("share_of_gdp",
"Belgium", years=[2023], edition=2024)`: 1.21.
"""

from __future__ import annotations

import milex

DAY = "2024-09-02"


def _sums(text: str) -> dict:
    return {
        c.claim.value: (str(c.claim.subject), c.claim.year, c.verdict)
        for c in milex.check(text, date=DAY).claims
        if c.claim.kind == "spending_amount"
    }


def test_a_sum_restated_as_a_share_is_spending_of_the_pairs_year():
    text = "On NATO's figures, Belgium got stuck at EUR {v} billion, or 1.21% of GDP, in 2023."
    assert _sums(text.format(v="7.05")) == {7.05: ("Belgium", 2023, "supported")}
    assert _sums(text.format(v="7.90")) == {7.9: ("Belgium", 2023, "contradicted")}  # 2024's
    got = _sums("Belgium spent EUR 7.05 billion, or 1.21% of GDP, last year, NATO says.")
    assert got == {7.05: ("Belgium", 2023, "supported")}
