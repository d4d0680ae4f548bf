"""A run of allies each given its figure after a dash, the items parted by semicolons
('Poland – 4.48%; Latvia – 3.73%; Croatia – 2.03%'): two dashes with a semicolon between
them do not set off an aside, since the semicolon ends the clause the first dash opened. Read
as an aside, the second ally's name was hidden and its figure went to the ally before it.

Official values (NATO 2025 edition, 28 August 2025, milex.observations("share_of_gdp",
[...], years=[2025], edition=2025), nato-2025/shareofgdp.csv, estimates): Poland 4.48
(R23C13), Latvia 3.73 (R16C13), Croatia 2.03 (R6C13), Italy 2.01 (R15C13).
"""

from __future__ import annotations

import milex

_DATE = "2025-09-08"


def _read(text: str) -> dict:
    return {
        c.claim.value: (c.verdict, str(c.claim.subject), c.claim.year)
        for c in milex.check(text, date=_DATE).claims
    }


def test_each_item_keeps_its_ally():
    got = _read("Poland – 4.48 %; Latvia – 3.73 %; Croatia – 2.03 %; Italy – 2.01 % "
                "(NATO estimates for 2025).")  # fmt: skip
    assert got[4.48] == ("supported", "Poland", 2025)
    assert got[3.73] == ("supported", "Latvia", 2025)
    assert got[2.03] == ("supported", "Croatia", 2025)
    assert got[2.01] == ("supported", "Italy", 2025)


def test_a_wrong_item_is_contradicted_under_its_own_ally():
    got = _read("Poland – 4.48%; Latvia – 3.93%; Croatia – 2.03% (NATO estimates for 2025).")
    assert got[3.93] == ("contradicted", "Latvia", 2025)
    assert got[2.03] == ("supported", "Croatia", 2025)
