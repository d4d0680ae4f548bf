"""The claim checker on a country named before 'at' and words of estimate ('followed by China
at an estimated $314 billion', 'and Germany at roughly $88 billion'): the figure is that
country's, as it is with no words between ('China at $314 billion'), not the sentence's
first subject's.

Official values are SIPRI's April 2025 release, current USD, 2024, read with
`milex.observations("spending_usd_current", country, years=[2024], edition=2025,
source="SIPRI")`: United States 997.3 bn, China 313.7 bn, Germany 88.5 bn.
"""

from __future__ import annotations

import milex

DAY = "2025-04-29"


def amounts(text: str) -> list[tuple[str, str | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.subject, c.claim.value) for c in report.claims
            if c.claim.kind == "spending_amount"]  # fmt: skip


def test_the_estimate_after_at_is_the_country_named():
    # China 2024: USD 313.7 bn (SIPRI); not the United States' 997.3
    got = amounts("America again spent the most, $997 billion by SIPRI's count, trailed by "
                  "China at an estimated $314 billion.")  # fmt: skip
    assert ("supported", "China", 314.0) in got
    assert ("contradicted", "United States", 314.0) not in got


def test_a_wrong_estimate_of_an_ally_after_at_is_contradicted_as_its_own():
    # Germany 2024: USD 88.5 bn (SIPRI), not 120; an estimate of China's (313.7) after it is
    # China's, not Germany's nor the United States'
    got = amounts("America again spent the most, $997 billion by SIPRI's count, followed by "
                  "Germany at roughly $120 billion.")  # fmt: skip
    assert ("contradicted", "Germany", 120.0) in got
    assert ("contradicted", "United States", 120.0) not in got
    got = amounts("Germany spent far less than America, followed by China at an estimated $314 "
                  "billion.")  # fmt: skip
    assert ("supported", "China", 314.0) in got
