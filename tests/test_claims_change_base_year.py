"""A change set against a year and ending on a sum ('rose 38% on 2023 to $149 billion'): the
year after 'on' is the base the change is measured from, not the year of the end point.

Official values, SIPRI's 2025 release (28 April 2025), looked up with
milex.observations("spending_usd_current", ..., source="sipri"): Russia 2023 USD 109.20 bn,
2024 USD 148.97 bn; Germany 2024 USD 88.46 bn.
"""

from __future__ import annotations

import milex

DAY = "2025-04-28"


def _sums(text: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked
            if c.claim.kind == "spending_amount"]  # fmt: skip


def test_end_point_after_a_change_on_a_base_year_is_the_latest_year():
    got = _sums("Russia's military spending rose 38% on 2023 to $149 billion, SIPRI said.")
    assert got == [(149.0, "Russia", 2024, "supported")]


def test_wrong_end_point_after_a_change_on_a_base_year_is_contradicted_for_that_year():
    got = _sums("Germany's military spending grew 28% on 2023 to $98.5bn, SIPRI said.")
    assert got == [(98.5, "Germany", 2024, "contradicted")]


def test_a_year_named_for_the_end_point_still_dates_it():
    # "in 2023" dates the sum itself: Russia's 2023 figure is USD 109.20 bn
    got = _sums("In 2023, Russia's military spending reached $109 billion, SIPRI said.")
    assert got == [(109.0, "Russia", 2023, "supported")]
