"""One figure shared by a list that mixes allies with a group of allies that names its
members ('the US, Poland and the Baltic states spend more than 3%'): each ally of the list
and each member of the group gets the claim.

Official values (NATO's 2024 edition, 17 June 2024, current on 17 February 2025; looked up
with `milex.observations("share_of_gdp", ally, years=[2024], edition=2024)`): United States
3.38, Poland 4.12, Italy 1.49, Spain 1.28, Lithuania 2.85 (below 3).
"""

from __future__ import annotations

import pytest

import milex


def verdicts(text: str) -> dict[str, str]:
    report = milex.check(text, date="2025-02-17")
    return {str(c.claim.subject): c.verdict for c in report.claims if c.claim.value == 3.0}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Just the US, Poland and the Baltic states spend more than 3% today.",
         {"United States": "supported", "Poland": "supported"}),
        ("Italy, Spain and the Baltic states spend more than 3% today.",
         {"Italy": "contradicted", "Spain": "contradicted"}),
    ],
)  # fmt: skip
def test_allies_listed_with_a_group_share_its_figure(text, expected):
    found = verdicts(text)
    assert {k: found.get(k) for k in expected} == expected
    assert found.get("Lithuania") != "supported"  # 2.85: not above 3
