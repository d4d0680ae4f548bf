"""A change's start in brackets right after its end point ('Portugal 2.00% (from 1.58%)'):
the bracket gives an earlier level, not the end point's own year. With no year said for it,
it is read as the year before the end point's: supported when that year's figure agrees,
unverifiable otherwise (never contradicted on that reading); a wrong end point is still
contradicted.

Official values (NATO's 2025 edition, 28 August 2025, Table 3, looked up with
`milex.observations("share_of_gdp", country, years=[2024, 2025], edition=2025)`):
Portugal 2024 1.58, 2025 2.00; Luxembourg 2024 1.19, 2025 2.00; Slovenia 2024 1.37, 2025 2.02.
"""

from __future__ import annotations

import pytest

import milex

_DATE = "2025-08-30"


def _by_value(text: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=_DATE).claims}


@pytest.mark.parametrize(
    "text, start, subject",
    [
        ("Where the laggards now stand: Portugal 2.00% (from 1.58%).", 1.58, "Portugal"),
        ("Luxembourg now reports 2.00% (from 1.19%).", 1.19, "Luxembourg"),
        ("Slovenia 2.02% (from 1.37%), a jump few expected.", 1.37, "Slovenia"),
    ],
)
def test_bracketed_start_is_the_year_before(text, start, subject):
    found = _by_value(text)
    assert found[start].claim.subject == subject
    assert found[start].claim.year == 2024
    assert found[start].verdict == "supported"


def test_bracketed_start_that_disagrees_is_not_judged_on_the_end_year():
    # 1.28 is neither Portugal's 2024 (1.58) nor 2025 (2.00) figure: before, it was
    # contradicted as a 2025 figure; the start may be of any earlier year, so: unverifiable
    found = _by_value("Where the laggards now stand: Portugal 2.00% (from 1.28%).")
    assert found[1.28].verdict == "unverifiable"
    assert found[1.28].claim.year is None
    # a wrong end point beside a right start: the end is contradicted, the start supported
    found = _by_value("Where the laggards now stand: Portugal 2.30% (from 1.58%).")
    assert found[2.3].verdict == "contradicted"
    assert found[1.58].verdict == "supported"
