"""A clause of time after a count's level ('met the 2% guideline in 2016, when the Warsaw
declaration was signed') dates the year; its verb of agreeing does not make the level a
commitment's value, so the count keeps the year its own words give.

Official values (NATO 2024 edition, 17 June 2024, `milex.observations("share_of_gdp",
years=[2016], edition=2024)`): five allies at or above 2% of GDP in 2016 (Estonia, Greece,
Poland, the United Kingdom, the United States).
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize("count, word, verdict", [(5, "five", "supported"),
                                                  (8, "eight", "contradicted")])  # fmt: skip
def test_a_when_clause_dates_the_count(count: int, word: str, verdict: str) -> None:
    text = (
        f"Only {word} allies met the 2% guideline in 2016, when the Warsaw declaration was signed."
    )
    claims = [c for c in milex.check(text, date="2024-07-01").claims
              if c.claim.kind == "count_meeting"]  # fmt: skip
    assert [(c.claim.value, c.claim.year, c.verdict) for c in claims] == [(count, 2016, verdict)]
