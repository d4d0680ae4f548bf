"""The claim checker on a level someone says a government will keep spending at ('Budapest
would keep spending at 2.5%', 'Bucharest will maintain outlays at 2%'): with no year of its
own, a plan for the years ahead, not this year's measured share; with a year right after it,
that year's estimate as before.

Official values are NATO's 2024 edition (17 June 2024), Table 3, read with
`milex.observations("share_of_gdp", ally, years=[2024], edition=2024)`: Hungary 2024 2.11,
Romania 2024 2.25, Finland 2024 2.41.
"""

from __future__ import annotations

import milex

DAY = "2024-07-12"  # the 2024 edition is current


def shares(text: str) -> list[tuple[str, str | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.subject, c.claim.value) for c in report.claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


def test_a_level_to_be_kept_is_a_plan():
    # Hungary 2024: 2.11, not 2.5; the 2.5 is what the president means to hold, no verdict
    got = shares("Hungary's president said on Friday the country would keep spending at 2.5%.")
    assert ("contradicted", "Hungary", 2.5) not in got
    assert all(v == "unverifiable" for v, _s, x in got if x == 2.5)


def test_will_maintain_is_a_plan_but_a_level_kept_this_year_is_judged():
    # Romania 2024: 2.25, not 3.0 (a plan) nor 2.1 ("this year" right after it: 2024's estimate)
    got = shares("Romania will maintain spending at 3% of GDP, its president told reporters.")
    assert ("contradicted", "Romania", 3.0) not in got
    got = shares("Romania's president said Bucharest would keep spending at 2.1% this year.")
    assert ("contradicted", "Romania", 2.1) in got
    # Finland 2024: 2.41; an aside saying the level is reached makes the kept level measured
    got = shares("Helsinki will keep spending at 2.4% of GDP, a level it reached this year.")
    assert ("supported", "Finland", 2.4) in got
