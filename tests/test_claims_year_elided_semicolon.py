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


def test_a_clause_before_with_two_times_gives_none():
    # NATO 2019 edition (25 June 2019): Germany 2018 = 1.24, 2019 = 1.36; France 2019 = 1.84
    text = "Germany stands at 1.36% this year, up from 1.24% in 2018; France at 1.84%."
    found = {c.claim.value: (c.claim.year, c.verdict)
             for c in milex.check(text, date="2019-06-27").claims}  # fmt: skip
    assert found[1.84] == (2019, "supported")
