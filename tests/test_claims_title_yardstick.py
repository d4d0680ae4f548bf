"""A title's percentage right after a verb of comparing and 'with' / 'against' ('Chart: how
every one of the allies compares with 2%', 'How the members stack up against 3.5%') is the
yardstick the title sets the allies against, nobody's figure: no claim, never the alliance's
share contradicted. The figures under the title are still judged.

Values (milex.observations("share_of_gdp", ..., years=[2024], edition=2024)): NATO 2024
edition (17 June 2024): NATO as a whole 2.71 in 2024; Poland 4.12.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(
    "title",
    [
        "Chart: how every one of the allies compares with 2% (NATO estimates for 2024)",
        "Tracker: how each of the members compares against 2% (NATO data, 2024)",
        "How the allies stack up against 2% (NATO estimates for 2024)",
    ],
)
def test_compared_level_in_a_title_is_no_figure(title):
    report = milex.check(title + "\nPoland spent 4.12% of GDP.", date="2024-09-01")
    assert [c for c in report.claims if c.claim.value == 2.0] == []
    poland = [c for c in report.claims if c.claim.value == 4.12]
    assert len(poland) == 1 and poland[0].verdict == "supported"
    # a wrong figure under such a title is still contradicted
    report = milex.check(title + "\nPoland spent 3.1% of GDP.", date="2024-09-01")
    assert [c for c in report.claims if c.claim.value == 2.0] == []
    poland = [c for c in report.claims if c.claim.value == 3.1]
    assert len(poland) == 1 and poland[0].verdict == "contradicted"
