"""A change 'from X to Y' said in the present perfect over the past ten years ('Over the past
decade Lithuania has gone from 0.88% to 2.85% of GDP'), in a sentence that names no year: the
end point is the latest year out at the date; it had been left unverifiable for want of a
year. The start stays undated: 'a decade' is loose (ten years back, or 2014, the Wales
pledge's year, which writers of 2023-2025 often mean).

Official values (NATO 2024 edition, 17 June 2024, milex.observations("share_of_gdp",
["Lithuania", "Hungary"], years=[2014, 2024], edition=2024)): Lithuania 2014 0.88 (D26),
2024 2.85 (N26, estimate); Hungary 2014 0.86 (D23), 2024 2.11 (N23, estimate).
"""

from __future__ import annotations

import milex

_DATE = "2024-07-02"


def _read(text: str) -> dict:
    return {c.claim.value: (c.verdict, str(c.claim.subject), c.claim.year)
            for c in milex.check(text, date=_DATE).claims}  # fmt: skip


def test_a_change_over_the_past_decade_ends_in_the_latest_year():
    got = _read("Over the past decade Lithuania has gone from 0.88% to 2.85% of GDP.")
    assert got[0.88][0] == "unverifiable"
    assert got[2.85] == ("supported", "Lithuania", 2024)


def test_a_wrong_end_of_a_decade_change_is_contradicted():
    got = _read("In a decade Hungary has climbed from 0.86% to 2.41% of GDP, NATO says.")
    assert got[0.86][0] == "unverifiable"
    assert got[2.41] == ("contradicted", "Hungary", 2024)
    # a change still to come within a decade is no past change
    plan = _read("Within a decade Hungary will go from 2.11% to 3.5% of GDP.")
    assert plan[3.5][0] == "unverifiable"
