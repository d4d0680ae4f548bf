"""A count of allies whose level is only pointed at, with its noun said ('only three allies
were there', 'five countries already meet it') or its verb left out after a sentence saying an
ally reaches the level ('Germany will hit 2% this year. A decade ago only three did.'): the
allies at or above the level named before.

Official values (NATO 2024 edition, 17 June 2024, Table 3, looked up with
`milex.observations("share_of_gdp", years=[2014], edition=2024)`): allies at or above 2% of
GDP in 2014: 3 (United States, United Kingdom, Greece); in 2024: 23. Germany 2024: 2.12.
"""

from __future__ import annotations

import milex

DAY = "2024-06-25"


def _counts(text: str) -> list:
    return [(c.claim.value, c.claim.year, c.claim.threshold, c.verdict)
            for c in milex.check(text, date=DAY).claims if c.claim.kind == "count_meeting"]  # fmt: skip


def test_a_count_with_its_noun_pointing_at_the_level_before():
    text = "Germany is set to meet the 2% guideline this year. Back in 2014, just three allies were there."
    assert _counts(text) == [(3.0, 2014, 2.0, "supported")]
    text = "Germany is set to meet the 2% guideline this year. Back in 2014, just six allies were there."
    assert _counts(text) == [(6.0, 2014, 2.0, "contradicted")]


def test_a_bare_did_after_an_ally_reaching_the_level():
    text = (
        "Berlin will finally spend at least 2% of GDP in 2024. In 2014, only three countries did."
    )
    assert _counts(text) == [(3.0, 2014, 2.0, "supported")]
    text = (
        "Berlin will finally spend at least 2% of GDP in 2024. In 2014, only seven countries did."
    )
    assert _counts(text) == [(7.0, 2014, 2.0, "contradicted")]

    # after an ally falling short, 'did' is not a count of those meeting the level:
    text = "Spain will again spend less than 2% of GDP in 2024. In 2014, only three countries did."
    assert not [c for c in _counts(text) if c[3] in ("supported", "contradicted")]
