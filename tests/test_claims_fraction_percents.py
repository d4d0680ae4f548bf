"""The claim checker on a share of GDP said as a fraction of a percent ('half a percent', 'a
quarter of a per cent'): a percentage to the fraction's decimals, about that much when no
hedge is said (a fraction is a round figure), compared as worded under another hedge. A
fraction whose decimals do not end ('a third of a percent') is left unread.

Official values in the comments are NATO's Table 3 (share of GDP, %) in the 2019 edition, read
with `milex.observations("share_of_gdp", ally, years=[year], edition=2019)`.
"""

from __future__ import annotations

import milex

DAY = "2019-09-10"  # the 2019 edition (25 June 2019) is current


def found(text: str) -> list[tuple[str, str, int | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, str(c.claim.subject), c.claim.year, c.claim.value)
            for c in report.claims if c.claim.kind == "share_of_gdp"]  # fmt: skip


def test_half_a_percent_is_a_share_about_that_much():
    # Luxembourg 2018: 0.54 (within 0.05 of one half)
    got = found("By NATO's figures, Luxembourg put half a percent of its GDP into defence in 2018.")
    assert ("supported", "Luxembourg", 2018, 0.5) in got


def test_a_wrong_half_a_percent_is_contradicted():
    # Belgium 2019: 0.93, nowhere near one half
    got = found("Belgium devotes roughly half a per cent of GDP to its armed forces, NATO says.")
    assert ("contradicted", "Belgium", 2019, 0.5) in got


def test_a_bound_on_a_fraction_compares_as_worded():
    # Spain 2019: 0.92 is not under one half
    got = found("Spain spends well under half a percent of GDP on defence, NATO says.")
    assert ("contradicted", "Spain", 2019, 0.5) in got


def test_a_fraction_without_ending_decimals_is_not_read():
    got = found("Luxembourg spends a third of a percent of GDP on defence, NATO says.")
    assert not [c for c in got if c[3] is not None and 0.3 < c[3] < 0.4]
