"""Words that leave the United States out ('take out the Americans', 'without Washington',
'excluding America') name the rest of the alliance, Europe and Canada, whatever the name the
US goes by: the figure that follows is theirs, not the US's (it was judged as the US's and
contradicted). A relative clause right after the name ('without the United States, which
spends 3.38%') speaks of the US itself.

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


@pytest.mark.parametrize("name", ["the United States, which spends", "the US, which spends"])
@pytest.mark.parametrize(("level", "verdict"), [("3.38", "supported"), ("3.08", "contradicted")])
def test_a_relative_clause_after_the_us_left_out_is_the_us(name, level, verdict):
    # NATO 2024 edition (17 June 2024): United States share of GDP 2024 = 3.38 (estimate)
    for text in (f"Europe cannot defend itself without {name} {level}% of GDP.",
                 f"Europe cannot defend itself without the Americans, who spend {level}% of GDP."):  # fmt: skip
        found = next(c for c in milex.check(text, date="2024-07-10").claims
                     if c.claim.value == float(level))  # fmt: skip
        assert (found.claim.subject_code, found.verdict) == ("USA", verdict)
