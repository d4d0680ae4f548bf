"""A change said to take one year ('from 1.29% to 2.00% in a single year', 'in just one
year') starts from the year before its end point, as 'in a year' already did: the wordings
are one_year_spans in patterns.json.

Values (looked up with milex.observations): NATO 2025 edition (28 August 2025), Belgium share
of GDP 2024: 1.29 (estimate), 2025: 2.00 (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2025-09-15").claims if c.claim.value == value]


@pytest.mark.parametrize(("start", "verdict"), [("1.29", "supported"), ("1.60", "contradicted")])
@pytest.mark.parametrize("span", ["in a single year", "in just one year"])
def test_the_start_of_a_one_year_change_is_the_year_before(span, start, verdict):
    found = _of(f"Belgium's defence spending climbed from {start}% to 2.00% of GDP {span}, "
                "NATO says.", float(start))  # fmt: skip
    assert len(found) == 1 and found[0].claim.subject == "Belgium"
    assert found[0].claim.year == 2024 and found[0].verdict == verdict
