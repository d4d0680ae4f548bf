"""Shares of GDP written as decimal fractions ('a burden of 0.0181', '0.02 of GDP') or per
mille ('33.8‰ of GDP', '13 per thousand of its GDP'), in a sentence that speaks of GDP,
output, a burden or a ratio: each is read as the percentage it is (1.81%, 2%, 3.38%, 1.3%)
to the decimals its digits give, so a figure that agrees once normalised is never
contradicted (before, '0.0181' was judged as 0.0181% and contradicted, '0.02 of GDP' made a
count of allies above 0.02%, and per mille figures were not read at all).

Official values, NATO 2024 edition (17 June 2024), Table 3, looked up with
`milex.observations("share_of_gdp", ALLY, years=[2024], edition=2024)`: Croatia 1.807 (N15),
Portugal 1.548 (N33), Slovenia 1.291 (N36), Latvia 3.148 (N25), United States 3.379 (N41),
Belgium 1.299 (N12), Netherlands 2.050 (N29); allies at or above 2.00 in 2024: 23 (counted
from the same table).
"""

from __future__ import annotations

import milex

DATE = "2024-11-20"  # the 2024 edition is current


def _read(text: str) -> dict[float, tuple[str, str | None, int | None]]:
    return {
        round(c.claim.value, 4): (c.verdict, c.claim.subject, c.claim.year)
        for c in milex.check(text, date=DATE).claims
    }


def test_decimal_fractions_of_gdp_in_a_list():
    got = _read("Military spending over GDP as a plain ratio, 2024: Croatia 0.0181; Portugal "
                "0.0155; Slovenia 0.0229.")  # fmt: skip
    assert got[1.81] == ("supported", "Croatia", 2024)
    assert got[1.55] == ("supported", "Portugal", 2024)
    assert got[2.29] == ("contradicted", "Slovenia", 2024)  # 1.29


def test_a_decimal_burden_with_its_year():
    got = _read("Latvia's defence burden reached 0.0315 in 2024.")
    assert got[3.15] == ("supported", "Latvia", 2024)


def test_a_guideline_written_as_a_decimal_of_gdp_heads_a_count():
    got = _read("A burden of 0.02 of GDP, the agreed floor, was reached by 23 allies in 2024.")
    assert got[23.0][0] == "supported"
    got = _read("A burden of 0.02 of GDP, the agreed floor, was reached by 19 allies in 2024.")
    assert got[19.0][0] == "contradicted"  # 23


def test_per_mille_shares():
    got = _read("Measured per mille, America put 33.8‰ of GDP into defence in 2024 and "
                "Belgium 18.0‰.")  # fmt: skip
    assert got[3.38] == ("supported", "United States", 2024)
    assert got[1.8] == ("contradicted", "Belgium", 2024)  # 1.30


def test_per_thousand_in_words():
    got = _read("Belgium spent 13 per thousand of its GDP on defence in 2024, the Netherlands "
                "20.5 per thousand.")  # fmt: skip
    assert got[1.3] == ("supported", "Belgium", 2024)
    assert got[2.05] == ("supported", "Netherlands", 2024)
    # (but soldiers per thousand people are no share: "3.4 per thousand" stays unread)
    got = _read("Latvia has 3.4 soldiers per thousand people and spent 3.15% of GDP in 2024.")
    assert 0.34 not in got
