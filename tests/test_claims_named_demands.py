"""The claim checker on a figure that the text itself names a demand: 'the 5% is a demand,
not a measurement', 'that 3% was only a request'. The figure, set out by 'the' or 'that' as the
subject of a predicate calling it a demand, is what someone asks for, no ally's level, even
when the sentence before spoke of an ally and its share.

Official values: NATO's 2024 edition (17 June 2024), Table 3, read with
`milex.observations("share_of_gdp", "United States", years=[2024], edition=2024)`: 3.38.
"""

from __future__ import annotations

import milex

DAY = "2025-02-20"


def claims(text: str) -> list[tuple[str, str, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.kind, c.claim.value) for c in report.claims]


def test_a_figure_named_a_demand_is_not_the_ally_carried():
    # US 2024: 3.38 (2024 ed.); the 5% is what Washington asks of others
    got = claims("Washington spends 3.38 percent of GDP on defence. The 5 percent is a demand "
                 "on the Europeans, not a measured level.")  # fmt: skip
    assert ("supported", "share_of_gdp", 3.38) in got
    assert not any(v == 5.0 for _verdict, _kind, v in got)


def test_a_figure_named_a_request_with_a_filler():
    # US 2024: 3.38 (2024 ed.); 'that 4% was only a request'
    got = claims("The United States is at 3.38 percent. That 4% was only a request of allies.")
    assert ("supported", "share_of_gdp", 3.38) in got
    assert not any(v == 4.0 for _verdict, _kind, v in got)


def test_the_ally_figure_beside_it_is_still_judged():
    # US 2024: 3.38 (2024 ed.): a wrong figure for it stays contradicted
    got = claims("The US spends 2.9 percent of GDP on defence. The 5 percent is a demand.")
    assert ("contradicted", "share_of_gdp", 2.9) in got
    assert not any(v == 5.0 for _verdict, _kind, v in got)
