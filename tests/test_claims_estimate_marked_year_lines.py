"""A timeline of counts under a line that counted allies at a level ("2014: 3 allies at 2%"),
its later lines a year and a bare number, the last marked as an estimate ("2024: 23
(estimate)"): the mark in brackets does not stop the line being the same count in its year.

Values from NATO's 2024 edition (17 June 2024), Table 3, looked up with
milex.observations("share_of_gdp", years=[2014, 2023, 2024], edition=2024) and counted at
two decimals among the allies: 3 at or above 2% in 2014, 10 in 2023, 23 in 2024 (estimates).
"""

from __future__ import annotations

import pytest

import milex


def _counts(text: str) -> list:
    return [(c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date="2024-06-21").claims if c.claim.kind == "count_meeting"]  # fmt: skip


@pytest.mark.parametrize(
    ("said", "value", "verdict"),
    [("23 (estimate)", 23.0, "supported"), ("27 (est.)", 27.0, "contradicted")],
)
def test_a_year_line_with_an_estimate_mark(said, value, verdict):
    text = f"Ten years of the pledge\n2014: 3 allies at 2%\n2023: 10\n2024: {said}"
    assert _counts(text) == [
        (3.0, 2014, "supported"),
        (10.0, 2023, "supported"),
        (value, 2024, verdict),
    ]
