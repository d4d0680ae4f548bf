"""The claim checker on a list keyed by year under a title that names its ally by an
adjective ('Estonian military spending: the record' over '- 2014: 1.93%'): each item is of its
year and of that ally.

Official values in the comments are NATO's Table 3 (share of GDP, %) in the 2024 edition,
read with `milex.observations("share_of_gdp", "Estonia", years=[...], edition=2024)`.
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"  # the 2024 edition (17 June 2024) is current


def claims(text: str) -> list[tuple[str, str, float | None, int | None]]:
    """(verdict, subject, value, year) of every claim the checker finds."""
    report = milex.check(text, date=DAY)
    return [(c.verdict, str(c.claim.subject), c.claim.value, c.claim.year) for c in report.claims]


def test_items_keyed_by_year_under_a_demonym_title():
    # Estonia: 1.93 (2014), 2.04 (2019), 3.43 (2024)
    text = "Estonian military spending: the record so far\n- 2014: 1.93% of GDP\n- 2019: 2.04%\n- 2024: {}%"
    assert claims(text.format("3.43")) == [
        ("supported", "Estonia", 1.93, 2014),
        ("supported", "Estonia", 2.04, 2019),
        ("supported", "Estonia", 3.43, 2024),
    ]
    # a wrong item in the same list is contradicted, in its own year
    assert claims(text.format("2.90"))[2] == ("contradicted", "Estonia", 2.9, 2024)
    # "Estonian officials" is no subject for the items below: no verdict on Estonia's figures
    found = claims("Estonian officials met on Monday.\n- 2014: 1.93% of GDP\n- 2024: 3.43%")
    assert all(c[0] == "unverifiable" or c[1] != "Estonia" for c in found)
