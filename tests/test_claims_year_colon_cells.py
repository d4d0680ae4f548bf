"""An item line giving each figure after its year and a colon, the cells set apart by a bar
or a comma ('Germany - 2014: 1.18 | 2019: 1.36') under a header of shares of GDP: each figure
is of the year labelling it.

Values from NATO's 2019 edition (25 June 2019), Table 3, share of GDP: Germany 2014 1.18,
2019e 1.36; Norway 2014 1.56, 2019e 1.70.
"""

from __future__ import annotations

import milex


def verdicts(text: str, date: str = "2019-07-01") -> dict:
    return {(c.claim.subject_code, c.claim.year, c.claim.value): c.verdict
            for c in milex.check(text, date=date).claims if c.claim.kind == "share_of_gdp"}  # fmt: skip


def test_figures_labelled_by_their_years_after_a_dash():
    got = verdicts("Defence spending as a share of GDP (NATO figures):\n"
                   "Germany - 2014: 1.18 | 2019: 1.36\nNorway - 2014: 1.56 | 2019: 1.9")  # fmt: skip
    assert got == {("DEU", 2014, 1.18): "supported", ("DEU", 2019, 1.36): "supported",
                   ("NOR", 2014, 1.56): "supported", ("NOR", 2019, 1.9): "contradicted"}  # fmt: skip


def test_figures_labelled_by_their_years_after_a_comma():
    got = verdicts("Defence spending as a share of GDP (NATO figures):\n"
                   "Norway - 2014: 1.56, 2019: 1.70")  # fmt: skip
    assert got == {("NOR", 2014, 1.56): "supported", ("NOR", 2019, 1.7): "supported"}
