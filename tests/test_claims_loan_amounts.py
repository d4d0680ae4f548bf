"""Money lent is no ally's defence spending: a sum said with a loan ('will borrow to fund
SEK 120 billion', 'EUR 6bn in loans'), one asked for or drawn from a loan fund ('up to EUR 6.4
billion from SAFE'), and the sums of a list under a header that names a loan or a loan fund
('Who gets what from the EU's defence loans:') make no claim, neither judged nor listed as
unread. The shares of GDP beside them are still judged.

Official values (NATO 2025 edition, 28 August 2025, `milex.observations("share_of_gdp",
"Lithuania", years=[2024, 2025], edition=2025)` and the same for Latvia): Lithuania 2025
4.00, Latvia 2025 3.73 (estimates).
"""

from __future__ import annotations

import milex

DAY = "2025-09-15"


def _values(text: str) -> dict[float, str]:
    return {c.claim.value: c.verdict for c in milex.check(text, date=DAY).claims}


def test_sum_asked_from_a_loan_fund_is_no_claim():
    got = _values("Lithuania has asked for as much as EUR 6.4 billion from SAFE, the "
                  "EU's EUR 150 billion defence loan facility. It will spend 4.0% of GDP on "
                  "defence this year, NATO estimates.")  # fmt: skip
    assert 6.4 not in got
    assert got[4.0] == "supported"


def test_sum_funded_by_borrowing_is_no_claim():
    got = _values("Latvia will borrow to finance EUR 2 billion of additional defence over "
                  "five years. NATO puts its spending at 3.9% of GDP this year.")  # fmt: skip
    assert 2.0 not in got
    assert got[3.9] == "contradicted"  # 3.73


def test_sums_listed_under_a_loan_header_are_no_claims():
    got = _values("Who gets what from the EU's defence loans:\n"
                  "- Lithuania: EUR 6.4bn (4.0% of GDP this year)\n"
                  "- Latvia: EUR 5.7bn (3.9% of GDP)")  # fmt: skip
    assert 6.4 not in got and 5.7 not in got
    assert got[4.0] == "supported"
    assert got[3.9] == "contradicted"  # 3.73
