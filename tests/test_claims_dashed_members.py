"""The claim checker on a count whose allies are named between dashes after it, the first
with an article ('only three — the US, Britain and Greece — were at 2%'), and on a bare
count with an auxiliary for its verb in the next sentence ('Today 23 are.'), which repeats
the count before it for its own year.

Official values in the comments, NATO 2024 edition (17 June 2024), read with
`milex.observations("share_of_gdp", ally, years=[...], edition=2024)` for every ally: allies
at or above 2%: 3 in 2014 (United States, United Kingdom, Greece), 23 in 2024.
"""

from __future__ import annotations

import milex

DATE = "2024-07-15"


def counts(text: str) -> list[tuple[str, float, int | None]]:
    report = milex.check(text, date=DATE)
    return [(c.verdict, c.claim.value, c.claim.year) for c in report.claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_a_count_with_its_allies_between_dashes_after_an_article():
    text = "Back in 2014 only {} — the US, Britain and Greece — were at 2% of GDP."
    assert ("supported", 3.0, 2014) in counts(text.format("three"))
    # "five" beside three allies named: which is wrong is unclear, never supported
    assert [v for v, value, _y in counts(text.format("five")) if value == 5.0] == ["unverifiable"]


def test_a_bare_count_with_an_auxiliary_repeats_the_count_before():
    text = "Back in 2014 only three — the US, Britain and Greece — were at 2% of GDP. Now {} are."
    assert ("supported", 23.0, 2024) in counts(text.format("23"))
    assert ("contradicted", 27.0, 2024) in counts(text.format("27"))
