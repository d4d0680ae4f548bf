"""A second header under a dated title that names only the unit of its lines ('Spending,
US$ billion:'): its bare sums are in that unit, of the title's year. Alone, with no title
above to date them, they are not read.

Values from NATO's 2024 edition (17 June 2024), Table 2, current USD millions, 2024e:
Germany 97,685.59, France 64,271.20; Table 3, share of GDP, 2024e: Poland 4.12, Italy 1.49.
"""

from __future__ import annotations

import milex


def verdicts(text: str, date: str = "2024-07-01") -> dict:
    return {(c.claim.kind, c.claim.subject_code, c.claim.year, c.claim.value): c.verdict
            for c in milex.check(text, date=date).claims}  # fmt: skip


def test_dollar_lines_take_the_year_of_the_title_above():
    got = verdicts("What NATO expects for 2024, as a share of GDP:\n- Poland: 4.12\n"
                   "- Italy: 1.49\nIn current US$ billion:\n- Germany: 97.7\n- France: 71")  # fmt: skip
    assert got == {("share_of_gdp", "POL", 2024, 4.12): "supported",
                   ("share_of_gdp", "ITA", 2024, 1.49): "supported",
                   ("spending_amount", "DEU", 2024, 97.7): "supported",
                   ("spending_amount", "FRA", 2024, 71.0): "contradicted"}  # fmt: skip


def test_dollar_lines_with_no_dated_title_are_not_read():
    assert verdicts("In current US$ billion:\n- Germany: 97.7\n- France: 64.3") == {}
