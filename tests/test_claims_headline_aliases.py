"""Headlines name their subjects and sources loosely: a people in the plural opening the line
with a verb of what the country does ('Czechs double down', 'Poles spend') is the country
(not a people's view: 'Czechs back ...', 'Danes say ...'); 'Stockholm institute' without its
article is SIPRI; 'alliance outlay(s)' is the allies' total.

Official values, looked up with milex.observations:
- NATO 2024 edition (17 June 2024), 2024 estimates: Czechia share of GDP 2.10, real change
  54.65; Poland share of GDP 4.12; NATO Total USD current 1,474 bn (1,474,400 m).
- SIPRI April 2025 release: China 2024 = 313.66 bn USD (current).
"""

from __future__ import annotations

import milex


def _got(text: str, day: str) -> list[tuple[float, str, str | None, str]]:
    return [(c.claim.value, c.claim.kind, c.claim.subject, c.verdict)
            for c in milex.check(text, date=day).checked]  # fmt: skip


def test_people_opening_a_headline_is_the_country():
    got = _got("Czechs push on: defence budget up to 2.1pc of GDP", "2024-06-20")
    assert (2.1, "share_of_gdp", "Czechia", "supported") in got
    got = _got("Poles spend 3.1% of GDP on their army", "2024-06-20")
    assert (3.1, "share_of_gdp", "Poland", "contradicted") in got


def test_people_giving_a_view_is_no_subject():
    got = _got("Czechs back a 3% goal for defence", "2024-06-20")
    assert not [g for g in got if g[2] == "Czechia" and g[3] in ("supported", "contradicted")]
    got = _got("Poles spend 4.1% of GDP on defence, survey of voters finds", "2024-06-20")
    assert not [g for g in got if g[3] in ("supported", "contradicted")]
    got = _got("Czechs lift spending to 2.1% of GDP", "2024-06-20")  # (the guard's pair)
    assert (2.1, "share_of_gdp", "Czechia", "supported") in got


def test_stockholm_institute_without_article_is_sipri():
    got = _got(
        "China's military outlays put at $351bn for 2024 by Stockholm institute", "2025-04-29"
    )
    assert (351.0, "spending_amount", "China", "contradicted") in got
    got = _got(
        "China's military outlays put at $314bn for 2024 by Stockholm institute", "2025-04-29"
    )
    assert (314.0, "spending_amount", "China", "supported") in got


def test_alliance_outlay_is_the_allies_total():
    got = _got("Alliance outlays pass $1.9tn this year", "2024-06-20")
    assert (1.9, "spending_amount", "NATO", "contradicted") in got
    got = _got("Alliance outlay near $1.5tn this year", "2024-06-20")
    assert (1.5, "spending_amount", "NATO", "supported") in got
