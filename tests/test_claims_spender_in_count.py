"""The claim checker on a count whose clause goes on to one ally's own figure with its verb
of spending ('23 members are there today, with Poland alone spending more than 4%'): the
ally's figure is its own, not the level the allies are counted at; and a count whose words
end on 'are there' counts at the level the article named before ('the 2% guideline ... 23
members are there today').

Official values in the comments are NATO's Table 3 (share of GDP) in the 2024 edition (17 June
2024), read with `milex.observations("share_of_gdp", ally, years=[2024], edition=2024)`:
Poland 4.12 in 2024, and 23 of 32 allies at or above 2% in 2024.
"""

from __future__ import annotations

import milex

DAY = "2024-07-10"  # the 2024 edition is current
LEAD = "Allies promised in Wales to move towards the 2% of GDP guideline. "


def found(text: str) -> list[tuple[str, str, str | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.kind, c.claim.subject, c.claim.value) for c in report.claims]


def test_the_count_is_at_the_level_named_before_and_the_ally_has_its_own_figure():
    # 2024: 23 at or above 2%; Poland 4.12
    got = found(LEAD + "NATO says 23 members are there today, with Poland alone spending more "
                "than 4%.")  # fmt: skip
    assert ("supported", "count_meeting", "NATO", 23.0) in got
    assert ("supported", "share_of_gdp", "Poland", 4.0) in got
    assert not [c for c in got if c[1] == "count_meeting" and c[0] == "contradicted"]


def test_wrong_figures_in_that_clause_are_contradicted():
    # 2024: 23, not 20; Poland 4.12 is not about 5
    got = found(LEAD + "NATO says 20 members are there today, with Poland alone spending close "
                "to 5%.")  # fmt: skip
    assert ("contradicted", "count_meeting", "NATO", 20.0) in got
    assert ("contradicted", "share_of_gdp", "Poland", 5.0) in got
