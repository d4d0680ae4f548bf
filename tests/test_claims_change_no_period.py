"""'Its real spending grew 43%' with no period said may be the change since 2014 that NATO's
Table 4 adds up: agreeing with that, it is not called wrong against the year's change (it had
been contradicted against 2024's 0.12%); a figure right in no reading still is, and a period
said ('last year') is judged as said.

Official values (NATO 2024 edition, 17 June 2024, Italy): real change 2024 = 0.12%, 2023 =
-0.56%; real change 2014-2024 = 43.49%.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Italy's share stayed low, but its real spending grew 43%.", "unverifiable"),
        ("Italy's share stayed low, but its real spending grew 73%.", "contradicted"),
        ("Italy's real spending grew 43% last year.", "contradicted"),
    ],
)
def test_a_change_with_no_period_may_be_since_2014(text, verdict):
    (change,) = milex.check(text, date="2024-07-10").claims
    assert change.verdict == verdict
