"""'Germany hits the goal for the first time since 1990: 2.12% of GDP this year': a pledge
word ('goal for', 'target for') that is the object of a verb of meeting names a yardstick
reached, so the figure after it is a measured level, judged as such (not a plan).

Value cited: NATO's 2024 edition (17 June 2024), Table 3, Germany 2024 = 2.12% of GDP
(milex.observations("share_of_gdp", "Germany", years=[2024], edition=2024)).
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(
    ("verb", "noun", "since", "figure", "verdict"),
    [
        ("hits", "goal", "1990", "2.12%", "supported"),
        ("clears", "target", "reunification", "2.12%", "supported"),
        ("hits", "goal", "1990", "2.21%", "contradicted"),
    ],
)
def test_a_met_target_before_the_level(verb, noun, since, figure, verdict):
    report = milex.check(
        f"Germany {verb} the {noun} for the first time since {since}: {figure} of GDP this year.",
        date="2024-06-20",
    )
    got = {c.claim.text: (c.verdict, c.claim.subject_code, c.claim.year) for c in report.claims}
    assert got[figure] == (verdict, "DEU", 2024)


def test_a_target_for_a_year_is_still_a_pledge():
    # "Poland's target for 2023 was 5%": a level promised, not spent (no verdict against 2023)
    report = milex.check("Poland's target for 2023 was 5% of GDP.", date="2024-06-20")
    assert all(c.verdict == "unverifiable" for c in report.claims if c.claim.text == "5%")
