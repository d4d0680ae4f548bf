"""'Since 2023, when its share came to 3.27%': a 'when' clause on the year a run began dates
its figure to that year (not to the run since it, nor to the article's year).

Values (looked up with milex.observations): NATO 2025 edition (28 August 2025), Poland share
of GDP 2023: 3.27, 2024: 3.79 (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2025-10-01").claims if c.claim.value == value]


@pytest.mark.parametrize(("level", "verdict"), [("3.27", "supported"), ("3.79", "contradicted")])
def test_when_after_since_year_is_that_year(level, verdict):
    found = _of(f"Poland has stayed above 3% since 2023, when its share came to {level}%.",
                float(level))  # fmt: skip
    assert len(found) == 1 and found[0].claim.subject == "Poland"
    assert found[0].claim.year == 2023 and found[0].verdict == verdict


def test_another_year_between_keeps_it_apart():
    found = _of("Poland has stayed above 3% since 2023, when its share came to 3.27%.", 3.27)
    assert found[0].claim.year == 2023
    found = _of("Poland has stayed above 3% since 2023, when it joined the club; its share "
                "came to 3.79% in 2024.", 3.79)  # fmt: skip
    assert len(found) == 1 and found[0].claim.year == 2024 and found[0].verdict == "supported"
