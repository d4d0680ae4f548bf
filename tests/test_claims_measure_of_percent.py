"""Which measure a bare percentage is, when the words say it is a change: the size of a change
bounded by a hedge ('real growth of just under 2%') and a comparative qualified by a price
aside with nothing compared ('9% more in real terms', '5% less after inflation') are real
changes, not shares of GDP. A comparative set against another ally ('9% more in real terms
than Belgium') is a gap between two, no one's level. Before, each was judged as a share of
GDP and contradicted.

Official values, NATO 2025 edition (28 August 2025), Table 3:
`milex.observations("real_change", ALLY, years=[2024, 2025], edition=2025)`:
Italy 2024 2.33, Belgium 2025 57.41, Spain 2025 43.11, France 2025 1.96 (% real change);
`milex.observations("share_of_gdp", ALLY, years=[2024, 2025], edition=2025)`: Italy 2024
1.50, Belgium 2025 2.00, France 2025 2.05 (% of GDP).
"""

from __future__ import annotations

import milex

DAY = "2025-09-10"


def _read(text: str) -> dict:
    return {c.claim.value: (c.claim.kind, c.verdict) for c in milex.check(text, date=DAY).claims}


def test_a_hedged_size_of_a_change_is_a_change():
    got = _read("In 2024 Italy put 1.5% of its GDP into defence, real growth of just over 2%.")
    assert got[2.0] == ("real_change", "supported")  # 2.33, above 2
    got = _read("In 2024 Italy put 1.5% of its GDP into defence, real growth of just under 2%.")
    assert got[2.0] == ("real_change", "contradicted")  # 2.33 is not under 2
    got = _read("France keeps to 2.05% of GDP this year, a rise of slightly below 2%.")
    assert got[2.0] == ("real_change", "supported")  # 1.96


def test_more_in_real_terms_with_nothing_compared_is_a_change():
    got = _read("Belgium reaches 2.00% of GDP this year, some 57% more in real terms.")
    assert got[57.0] == ("real_change", "supported")  # 57.41
    got = _read("Belgium reaches 2.00% of GDP this year, some 75% more in real terms.")
    assert got[75.0] == ("real_change", "contradicted")
    got = _read("Spain spends 2.00% of GDP this year, 43% higher after inflation.")
    assert got[43.0] == ("real_change", "supported")  # 43.11


def test_less_in_real_terms_is_a_fall():
    got = _read("Spain spends 2.00% of GDP this year, 5% less in real terms.")
    assert got[-5.0] == ("real_change", "contradicted")  # a rise of 43.11


def test_more_in_real_terms_than_another_ally_is_no_level():
    got = _read("Spain spends 2.00% of GDP this year, 9% more in real terms than Belgium.")
    assert got[2.0] == ("share_of_gdp", "supported")
    assert got.get(9.0, ("unread", "unverifiable"))[1] == "unverifiable"
