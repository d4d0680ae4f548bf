"""'<ally> ..., followed by <country outside NATO> with <sum>': the sum after 'with' is the
country's that 'followed by' names, hedged or not ('with an estimated $314 billion'), not the
ally the sentence opened on. (Before, the country was read as the object of 'by' and the sum
went to the United States, a false contradiction.)

Official values (SIPRI, April 2025 release, `milex.observations("spending_usd_current",
"China", years=[2024], source="SIPRI")`, millions of current US$): United States 997,309,
China 313,658 (estimate), Russia 149,000 (estimate).
"""

from __future__ import annotations

import milex

DAY = "2025-04-30"


def _by_value(text: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=DAY).claims}


def test_a_hedged_sum_after_followed_by_a_country_with():
    got = _by_value("SIPRI's new data put the US first at $997 billion, followed by China with "
                    "roughly $314 billion.")  # fmt: skip
    assert got[314.0].claim.subject == "China"
    assert got[314.0].verdict == "supported"


def test_a_wrong_sum_after_followed_by_a_country_with_is_that_country_s():
    got = _by_value("SIPRI's new data put the US first at $997 billion, followed by China with "
                    "an estimated $241 billion.")  # fmt: skip
    assert got[241.0].claim.subject == "China"  # not the United States'
    assert got[241.0].verdict == "contradicted"  # 313.7
