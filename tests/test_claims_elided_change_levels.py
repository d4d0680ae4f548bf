"""A clause whose verb is left out after a semicolon, 'Italy's by 1.0%, to 2.10%', carries the
change and the level of the clause before: the figure after 'by' and before ', to' plus a
level is a change, not a share of GDP (it was read as one, and contradicted).

Official values (NATO 2026 edition, 7 July 2026, core defence expenditure; looked up with
`milex.observations(..., edition=2026)`): 2026 estimates: Poland real change 13.39, share of
GDP 4.68; Italy real change 1.01, share of GDP 2.10.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2026-07-20"


@pytest.mark.parametrize(("change", "verdict"), [("1.0", "supported"), ("4.0", "contradicted")])
def test_an_elided_change_to_a_level_is_a_change(change, verdict):
    text = (f"Poland's core spending grows 13.4% in real terms this year, to 4.68% of GDP; "
            f"Italy's by {change}%, to 2.10%.")  # fmt: skip
    found = {c.claim.value: c for c in milex.check(text, date=DAY).claims}
    italy = found[float(change)]
    assert italy.claim.subject == "Italy" and italy.claim.kind == "real_change"
    assert italy.claim.year == 2026 and italy.verdict == verdict
    assert (found[2.1].claim.kind, found[2.1].verdict) == ("share_of_gdp", "supported")
    assert (found[13.4].claim.kind, found[13.4].verdict) == ("real_change", "supported")
