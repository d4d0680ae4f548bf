"""An ally's possessive with its noun left out before a verb of moving ('Greece's fell by
26.3%') is the ally's spending, not a company's quote; and a year that opens the sentence ('In
2023 ...') dates its later clauses when they name no time and are told in the past.

Official values (milex.observations("real_change", ally, years=[2023], edition=2024)), NATO's
2024 edition: real change 2023 (estimates) Finland 23.28, Greece -26.32.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize("greece, verdict", [("26.3", "supported"), ("16.3", "contradicted")])
def test_an_elided_possessive_falls_in_the_opening_year(greece, verdict):
    text = f"In 2023 Finland's spending grew 23.3% in real terms; Greece's fell by {greece}%."
    got = [
        (c.claim.value, c.verdict, c.claim.subject, c.claim.year)
        for c in milex.check(text, date="2024-06-30").claims
    ]
    assert got == [
        (23.3, "supported", "Finland", 2023),
        (-float(greece), verdict, "Greece", 2023),
    ]
