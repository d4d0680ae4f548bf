"""A sum in money of one ally alone (zlotys are Poland's, forints Hungary's), set after a colon
that follows a clause naming the ally ('Poland ... 4.12% of GDP this year, NATO says: 151.2
billion zlotys, or about $35.0 billion'), is that ally's, and so is the writer's conversion of
it into US dollars after 'or': it is judged as the ally's spending in dollars, where it had
been left unread.

Official values (NATO 2024 edition, 17 June 2024, milex.observations(["spending_nc_current",
"spending_usd_current", "share_of_gdp"], ["Poland", "Hungary"], years=[2024], edition=2024),
estimates): Poland PLN 151,240.7 m, USD 34,974.5 m, 4.12% (N32); Hungary HUF 1,730,698 m,
USD 4,888.8 m, 2.11% (N23).
"""

from __future__ import annotations

import milex

_DATE = "2024-06-24"


def _read(text: str) -> dict:
    return {c.claim.value: (c.verdict, c.claim.kind, str(c.claim.subject), c.claim.year)
            for c in milex.check(text, date=_DATE).claims}  # fmt: skip


def test_a_conversion_of_a_sum_in_the_allys_own_money():
    got = _read("Poland's defence outlay reaches 4.12% of GDP this year, NATO says: 151.2 "
                "billion zlotys, or about $35.0 billion.")  # fmt: skip
    assert got[35.0] == ("supported", "spending_amount", "Poland", 2024)


def test_a_wrong_conversion_is_contradicted():
    got = _read("Hungary's defence outlay reaches 2.11% of GDP this year, NATO says: 1,731 "
                "billion forints, or about $5.9 billion.")  # fmt: skip
    assert got[5.9] == ("contradicted", "spending_amount", "Hungary", 2024)
