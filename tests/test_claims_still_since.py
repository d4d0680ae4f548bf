"""A comparison with 'still' and a 'since' ('Rome keeps a share still below 1.5% since 2014')
claims the level now for sure; whether it also claims every year since is not settled by the
words. A run's failing earlier years alone therefore do not make it wrong (unverifiable), the
level now failing does (contradicted), and every year agreeing supports it. Without 'still'
('has stayed below 1.5% since 2014') the run is claimed and judged as before.

Official values (NATO 2024 edition, 17 June 2024, `milex.observations("share_of_gdp",
"Italy", years=list(range(2014, 2025)), edition=2024)`): Italy 2014 1.14, 2020 1.59,
2021 1.54, 2022 1.52, 2023 1.50 (estimate), 2024 1.49 (estimate): below 1.5 now, not in
2020-2022, below 1.6 in every year.
"""

from __future__ import annotations

import milex

DAY = "2024-07-03"


def _one(text: str, value: float):
    (claim,) = [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]
    return claim


def test_still_below_since_abstains_when_only_earlier_years_fail():
    claim = _one("Rome, on a share still below 1.5% since 2014, trails its neighbours.", 1.5)
    assert claim.claim.subject == "Italy"
    assert claim.verdict == "unverifiable"  # 1.49 in 2024 agrees; 1.59 in 2020 would not
    # the level now failing is wrong under either reading:
    claim = _one("Rome, on a share still below 1.1% since 2014, trails its neighbours.", 1.1)
    assert claim.verdict == "contradicted"  # 1.49 in 2024 (nor 1.14 in 2014) is below 1.1
    # every year agreeing, either reading agrees:
    claim = _one("Rome, on a share still below 1.6% since 2014, trails its neighbours.", 1.6)
    assert claim.verdict == "supported"  # 1.59 in 2020 is its highest year
    # without 'still', the run is claimed and judged over every year:
    claim = _one("Rome's share has stayed below 1.5% since 2014.", 1.5)
    assert claim.verdict == "contradicted"  # 1.59 in 2020
