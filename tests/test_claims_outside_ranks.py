"""A rank given to a country outside NATO with no scope said ('Japan, the tenth-largest
spender, ...'), in a sentence that names no ally or group: such a country has a place only
among the world's countries, as SIPRI ranks them by spending in current US dollars. A place
the text gives wrong is contradicted; with the alliance named, nothing is read, as before.

Official values (SIPRI Military Expenditure Database, release of 28 April 2025, sheet
"Current US$", 2024, looked up with
`milex.observations("spending_usd_current", None, years=[2024], source="sipri")` and sorted):
1 United States 997.3 bn, 2 China 313.7, 3 Russia 149.0, 4 Germany 88.5, 5 India 86.1
(BZ101), 6 United Kingdom 81.8, 7 Saudi Arabia 80.3, 8 Ukraine 64.70 (BZ159), 9 France
64.68, 10 Japan 55.3 (BZ107).
"""

from __future__ import annotations

import pytest

import milex

_DATE = "2025-04-30"


def _ranks(text: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=_DATE).claims
            if c.claim.kind == "ranking"}  # fmt: skip


@pytest.mark.parametrize(
    "text, value, subject, verdict",
    [
        ("Japan, the tenth-largest spender, raised its outlay again.", 10.0, "Japan", "supported"),
        ("Japan, the seventh-largest spender, raised its outlay again.", 7.0, "Japan",
         "contradicted"),
        ("India, the fifth-biggest military spender, ordered more jets.", 5.0, "India",
         "supported"),
        ("India, the third-biggest military spender, ordered more jets.", 3.0, "India",
         "contradicted"),
        ("Ukraine, the eighth-largest spender, spent most of it on its war.", 8.0, "Ukraine",
         "supported"),
    ],
)  # fmt: skip
def test_place_of_a_country_outside_is_a_world_rank(text, value, subject, verdict):
    found = _ranks(text)
    assert found[value].claim.subject == subject
    assert found[value].claim.rank_scope == "world"
    assert found[value].verdict == verdict
    assert found[value].evidence.source == "SIPRI"
    # the alliance named: not a world rank, and NATO ranks no country outside; nothing read
    assert not _ranks(text.replace("the ", "NATO's ", 1))
