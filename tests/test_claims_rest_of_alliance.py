"""'The other N allies' with N one short of the alliance is every ally but the subject, the base
of a comparison ('more than the other 31 allies combined'), not a count of allies at the
percentage beside it; that percentage is then the subject's own share of GDP.

Values from NATO's 2024 edition (17 June 2024), Table 3, share of GDP, 2024e: United States
3.38 (32 allies on 1 July 2024).
"""

from __future__ import annotations

import milex


def verdicts(text: str, date: str) -> dict:
    return {(c.claim.kind, c.claim.value): c.verdict for c in milex.check(text, date=date).claims}


def test_the_other_allies_put_together_are_not_counted():
    got = verdicts("Washington spends roughly 3.4% of its economic output on its military this "
                   "year, more than the other 31 allies combined.", "2024-07-01")  # fmt: skip
    assert got == {("share_of_gdp", 3.4): "supported"}


def test_a_wrong_share_beside_them_is_still_wrong():
    got = verdicts("Washington spends roughly 4.5% of its economic output on its military this "
                   "year, more than the other 31 allies combined.", "2024-07-01")  # fmt: skip
    assert got == {("share_of_gdp", 4.5): "contradicted"}
