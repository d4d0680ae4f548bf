"""Headlines name allies by their people in the plural with no article, the people opening
its clause and its level right after ('Romanians on 2.28%, Croats 2.03%'): the country, as
'the Romanians' is; a people set beside a large percentage is polled, not a country.

Official values (NATO, Defence Expenditure of NATO Countries, 2025 edition, 28 August 2025,
estimates for 2025), looked up with milex.observations("share_of_gdp", ally, years=[2025],
edition=2025): Romania 2.28, Croatia 2.03, Hungary 2.06.
"""

from __future__ import annotations

import milex

DAY = "2025-09-05"


def _verdicts(text: str) -> list[tuple[float, str, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.kind, c.claim.subject, c.claim.year, c.verdict)
            for c in report.checked]  # fmt: skip


def test_peoples_with_no_article_are_their_countries():
    got = _verdicts("Romanians on 2.28%, Croats 2.03%")
    assert (2.28, "share_of_gdp", "Romania", 2025, "supported") in got
    assert (2.03, "share_of_gdp", "Croatia", 2025, "supported") in got


def test_wrong_share_of_a_people_is_contradicted():
    got = _verdicts("Hungarians at 2.06%, Croats 2.3%")
    assert (2.06, "share_of_gdp", "Hungary", 2025, "supported") in got
    assert (2.3, "share_of_gdp", "Croatia", 2025, "contradicted") in got
    # (a people beside a poll's share is no country's figure)
    assert not [
        v for v in _verdicts("Croats 61% in favour, survey finds") if v[1] == "share_of_gdp"
    ]
