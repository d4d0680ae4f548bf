"""Which body a figure is named as: 'NATO, counting fewer items, had put Poland at 4.12%' (the
body, an aside, then its verb of estimating) is NATO's figure, and the clause before it, in an
article that has spoken for SIPRI so far, stays SIPRI's; 'the latest alliance tables' are
NATO's; and 'on the alliance's own definition' is NATO's definition, not a national budget's.

Official values: SIPRI 2025 edition, 2024 (milex.observations(..., source="SIPRI")): Poland
USD 38,001 mn, 4.15% of GDP. NATO 2024 edition (milex.observations("share_of_gdp", "Poland",
years=[2024], edition=2024)): Poland 2024 4.12 (estimate). NATO 2025 edition: Latvia 2025
3.73 (estimate).
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, day: str) -> list[tuple[float, str, str | None, str]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict, c.claim.subject, c.claim.source) for c in report.claims]


@pytest.mark.parametrize("nato, verdict", [("4.12", "supported"), ("5.12", "contradicted")])
def test_a_body_then_an_aside_then_its_verb(nato, verdict):
    text = (
        "Polish military spending hit $38.0bn last year, according to SIPRI. Its burden "
        f"reached 4.2% of GDP; NATO, counting fewer items, had put Poland at {nato}%."
    )
    assert judged(text, "2025-04-30") == [
        (38.0, "supported", "Poland", "SIPRI"),
        (4.2, "supported", "Poland", "SIPRI"),
        (float(nato), verdict, "Poland", "NATO"),
    ]


@pytest.mark.parametrize("latvia, verdict", [("3.73", "supported"), ("3.93", "contradicted")])
def test_the_alliance_tables_are_natos(latvia, verdict):
    text = (
        f"In the latest alliance tables Latvia comes in at {latvia}% of GDP for 2025, though "
        "SIPRI's release stops at 2024."
    )
    assert judged(text, "2025-09-15") == [(float(latvia), verdict, "Latvia", "NATO")]


@pytest.mark.parametrize("poland, verdict", [("4.12", "supported"), ("5.12", "contradicted")])
def test_the_alliances_own_definition_is_no_national_budget(poland, verdict):
    text = f"On the alliance's own definition, Poland's share was {poland}% last year."
    assert judged(text, "2025-04-28") == [(float(poland), verdict, "Poland", "NATO")]
