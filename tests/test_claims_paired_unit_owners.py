"""The claim checker on one level given in two units, a sum and then a share, whose owner is
named only after the second ('EUR 32 billion and 1.49% of GDP for Italy in 2024'): the
words after the pair say whose both figures are, the sum's as much as the share's.

Official values: NATO's 2024 edition (17 June 2024), Tables 1 and 3, read with
`milex.observations("spending_nc_current", ally, years=[2024], edition=2024)` and
`milex.observations("share_of_gdp", ally, years=[2024], edition=2024)`: Italy EUR 31,957
million, 1.49%; Germany EUR 90,586 million, 2.12%.
"""

from __future__ import annotations

import milex

DAY = "2024-07-25"


def claims(text: str) -> list[tuple[str, str, str | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.kind, c.claim.subject, c.claim.value) for c in report.claims]


def test_the_sum_before_a_share_is_the_named_allys():
    # Italy 2024: EUR 31,957 mn, 1.49%
    got = claims("NATO's estimates come to EUR 32.0 billion and 1.49% of GDP for Italy in 2024.")
    assert ("supported", "spending_amount", "Italy", 32.0) in got
    assert ("supported", "share_of_gdp", "Italy", 1.49) in got


def test_a_wrong_sum_before_a_share_is_contradicted():
    # Germany 2024: EUR 90,586 mn, not 97.5 bn
    got = claims("NATO's June tables show EUR 97.5 billion and 2.12% of GDP for Germany in 2024.")
    assert ("contradicted", "spending_amount", "Germany", 97.5) in got
