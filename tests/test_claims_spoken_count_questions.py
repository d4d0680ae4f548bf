"""A count of allies asked in a transcript and answered in the next turn: 'How many of them
did so in 2014?' asks the count at the level named before ('two per cent'), in that year,
and a follow-up under any speaker's label ('HOST: And in 2021?') asks the count before again
for another year. The answer's bare number ('Minister: Three, Senator.', 'GUEST: Six.') is
that count. A wrong number said in answer is left unverifiable, as other answered counts.

Official values (NATO 2024 edition, 17 June 2024): allies at or above 2% of GDP, counted from
milex.observations("share_of_gdp", ally, years=[year], edition=2024) for each ally, rounded
to two decimals: 3 in 2014, 6 in 2021, 23 in 2024.
"""

from __future__ import annotations

import pytest

import milex


def _counts(text: str, date: str) -> list[tuple[float, int | None, str]]:
    return [
        (c.claim.value, c.claim.year, c.verdict)
        for c in milex.check(text, date=date).claims
        if c.claim.kind == "count_meeting"
    ]


@pytest.mark.parametrize(
    "said, value, verdict", [("Three", 3.0, "supported"), ("Five", 5.0, "unverifiable")]
)
def test_how_many_of_them_did_so_asks_the_count_in_that_year(said, value, verdict):
    text = (
        "Senator: NATO says twenty-three allies will reach two per cent this year. "
        f"How many of them did so in 2014?\nMinister: {said}, Senator."
    )
    assert _counts(text, "2024-06-27") == [(23.0, 2024, "supported"), (value, 2014, verdict)]


@pytest.mark.parametrize(
    "said, value, verdict", [("Six", 6.0, "supported"), ("Nine", 9.0, "unverifiable")]
)
def test_a_follow_up_under_a_hosts_label_asks_the_count_again(said, value, verdict):
    text = (
        f"HOST: Twenty-three allies met two percent last year.\nHOST: And in 2021?\nGUEST: {said}."
    )
    assert _counts(text, "2025-07-02") == [(23.0, 2024, "supported"), (value, 2021, verdict)]
