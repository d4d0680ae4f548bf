"""A share written with a decimal comma and a space after it ('1, 89 per cent'), as some
English-language outlets of the Balkans print it, is one figure (1.89), not a 1 and an 89 each
judged as a share of GDP. Only the unambiguous shape is joined: one digit, a comma right after
it, one space, two digits and a percent word; a list ('1, 2, 89 per cent') and other spacings
are left alone.

Official values (NATO 2025 edition, 28 August 2025, milex.observations("share_of_gdp",
["Montenegro", "North Macedonia"], years=[2024, 2025], edition=2025), nato-2025/shareofgdp.csv):
- North Macedonia 2024: 1.888 (R21C12); 2025: 2.000 (R21C13, estimate).
- Montenegro 2024: 1.716 (R19C12).
"""

from __future__ import annotations

import milex

_DATE = "2025-09-10"


def _claims(text: str) -> list:
    return milex.check(text, date=_DATE).claims


def test_a_spaced_decimal_comma_is_one_share():
    text = "Skopje put 1, 89 per cent of its output into its army last year, NATO figures show."
    got = [(c.verdict, c.claim.value, c.claim.year) for c in _claims(text)]
    assert ("supported", 1.89, 2024) in got
    assert not [c for c in _claims(text) if c.claim.value in (1.0, 89.0)]
    # a list of numbers before a percent word is not joined
    listed = "Polls in Skopje gave 1, 2, 89 percent to the three parties."
    assert not [c for c in _claims(listed) if c.claim.value == 2.89]


def test_a_wrong_spaced_decimal_is_still_contradicted():
    text = "According to NATO, Montenegro devoted 1, 95 % of GDP to defence in 2024."
    got = [(c.verdict, c.claim.value) for c in _claims(text)]
    assert ("contradicted", 1.95) in got
    assert not [c for c in _claims(text) if c.claim.value in (1.0, 95.0)]
