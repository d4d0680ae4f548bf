"""The claim checker on a bare number with decimals quoted after an ally and a copula ('he
said Estonia was "at 2.13"'), after a share of GDP said with its unit: the quotation opens at
'at', the slot is the ally's level, as in 'Estonia was at 2.13'.

Official values: NATO's 2019 edition (25 June 2019), Table 3, read with
`milex.observations("share_of_gdp", ally, years=[2019], edition=2019)`: Poland 2.01,
Estonia 2.13, Lithuania 1.98.
"""

from __future__ import annotations

import milex

DAY = "2019-07-08"


def shares(text: str) -> list[tuple[str, str | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.subject, c.claim.value) for c in report.claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


def test_a_quoted_bare_level_after_a_copula_is_a_share():
    # Estonia 2019: 2.13 (one decimal: 2.1)
    got = shares('NATO has Poland at 2.01% this year. The minister said Estonia was "at 2.1".')
    assert ("supported", "Estonia", 2.1) in got


def test_a_wrong_quoted_bare_level_is_contradicted():
    # Lithuania 2019: 1.98, not 2.4
    got = shares('NATO has Poland at 2.01% this year. He claimed Lithuania is "at 2.4".')
    assert ("contradicted", "Lithuania", 2.4) in got
