"""A clause opened by a figure ('At EUR 32.0 billion this year, ...') may set it against a
start right after it ('..., up from EUR 31.3 billion in 2023, Italian spending ...'): with
only the first figure's time, its unit's words and a comma between, both figures are the
subject's named after them. Before, the start had no subject and was left unverifiable.

Official values, NATO 2024 edition (17 June 2024), Tables 1 and 3:
`milex.observations("spending_nc_current", "Italy", years=[2023, 2024], edition=2024)`:
EUR 31,303 m (2023), 31,957 m (2024, estimate);
`milex.observations("share_of_gdp", "Italy", years=[2023, 2024], edition=2024)`: 1.50 (2023),
1.49 (2024, estimate).
"""

from __future__ import annotations

import milex

DAY = "2024-06-25"


def _read(text: str) -> dict:
    return {
        c.claim.value: (str(c.claim.subject), c.claim.year, c.verdict)
        for c in milex.check(text, date=DAY).claims
    }


def test_the_start_after_a_fronted_sum_is_the_subjects():
    got = _read("At EUR 32.0 billion this year, up from EUR 31.3 billion in 2023, Italian "
                "defence spending as NATO counts it still trails its peers.")  # fmt: skip
    assert got[32.0] == ("Italy", 2024, "supported")
    assert got[31.3] == ("Italy", 2023, "supported")
    got = _read("At EUR 32.0 billion this year, up from EUR 28.3 billion in 2023, Italian "
                "defence spending as NATO counts it still trails its peers.")  # fmt: skip
    assert got[28.3] == ("Italy", 2023, "contradicted")


def test_the_start_after_a_fronted_share_is_the_subjects():
    got = _read("At 1.49% of GDP this year, down from 1.50% in 2023, Italy lags behind.")
    assert got[1.5] == ("Italy", 2023, "supported")
    got = _read("At 1.49% of GDP this year, down from 1.65% in 2023, Italy lags behind.")
    assert got[1.65] == ("Italy", 2023, "contradicted")
