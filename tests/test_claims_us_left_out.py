"""Words that leave the United States out ('take out the Americans', 'without Washington',
'excluding America') name the rest of the alliance, Europe and Canada, whatever the name the
US goes by: the figure that follows is theirs, not the US's (it was judged as the US's and
contradicted).

Official values (NATO 2025 edition, 28 August 2025; `milex.observations("share_of_gdp", ...,
years=[2025], edition=2025)`): NATO Europe and Canada 2025 = 2.27 (estimate), United States
3.22 (estimate).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-09-20"


@pytest.mark.parametrize("left_out", ["Take out the Americans", "Leave out Washington",
                                      "Remove America"])  # fmt: skip
@pytest.mark.parametrize(("level", "verdict"), [("2.27", "supported"), ("2.57", "contradicted")])
def test_the_alliance_without_the_us_by_any_name(left_out, level, verdict):
    text = (
        f"The allies together spend 2.76% of GDP this year. {left_out}, and it drops to {level}%."
    )
    found = next(c for c in milex.check(text, date=DAY).claims if c.claim.value == float(level))
    assert found.claim.subject_code == "NATO_EC" and found.claim.year == 2025
    assert found.verdict == verdict
    # the US named with nothing leaving it out is still the US
    alone = "This year the Americans spend 3.22% of GDP on defence."
    found = next(c for c in milex.check(alone, date=DAY).claims if c.claim.value == 3.22)
    assert (found.claim.subject_code, found.verdict) == ("USA", "supported")
