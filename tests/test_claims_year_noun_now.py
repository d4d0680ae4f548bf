"""A year that heads the noun of a figure ("Poland's 2024 share", "the 2024 figure") dates
that figure even when 'now' follows ("Poland's 2024 share is now 3.79%"): 'now' says the
figure as the latest tables have it, not that it is this year's. A year set off on its own
('Greece, which spent 2.2% in 2014, now reaches 2.85%') is still reset by 'now'.

Official values (NATO 2025 edition, 28 August 2025, `milex.observations("share_of_gdp", A,
years=[2024, 2025], edition=2025)`): Poland 2024 3.79, 2025 4.48; Greece 2025 2.85 (% of
GDP).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-09-10"


def _at(text: str, value: float) -> list:
    return [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]


@pytest.mark.parametrize(
    "text",
    [
        "Poland's 2024 share is now {v}% of GDP.",
        "Poland's 2024 share of GDP, after the revision, is now {v}%.",
        "The revised tables matter: Poland's 2024 figure is now {v}% of GDP.",
    ],
)
def test_year_of_the_noun_survives_now(text):
    (right,) = _at(text.format(v="3.79"), 3.79)
    assert (right.claim.subject, right.claim.year, right.verdict) == ("Poland", 2024, "supported")
    (wrong,) = _at(text.format(v="4.48"), 4.48)  # 2025's value, said of 2024
    assert (wrong.claim.year, wrong.verdict) == (2024, "contradicted")
    # (a year set off on its own is still reset by 'now')
    (reset,) = _at("Greece, which spent 2.2% in 2014, now reaches 2.85%.", 2.85)
    assert (reset.claim.year, reset.verdict) == (2025, "supported")
