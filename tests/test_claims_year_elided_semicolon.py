"""A clause after a semicolon holding only a subject's name and a figure, its verb left out
('Albania stood at 1.75% of GDP in 2023; Montenegro's at 1.54%'), says what the clause
before said, of the same time: its figure takes that clause's stated year, not the year
of the article's present tense.

Official values (NATO 2024 edition, 17 June 2024), share of GDP: Albania 2023 = 1.75;
Montenegro 2023 = 1.54, 2024 = 2.02.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize("tail", ["Montenegro's", "Montenegro's at"])
@pytest.mark.parametrize("value, verdict", [("1.54", "supported"), ("2.02", "contradicted")])
def test_an_elided_clause_takes_the_time_of_the_clause_before(tail, value, verdict):
    text = f"Albania's defence ratio stood at 1.75% in 2023; {tail} {value}%."
    found = {c.claim.value: (c.claim.subject, c.claim.year, c.verdict)
             for c in milex.check(text, date="2024-07-20").claims}  # fmt: skip
    assert found[1.75] == ("Albania", 2023, "supported")
    assert found[float(value)] == ("Montenegro", 2023, verdict)
