"""A dateline that opens a wire story ('THE HAGUE - ...', 'VILNIUS, June 18 (Agency) - ...')
names where the story was filed, not the summit of that name: a figure after it with no
commitment in its words is the ally's measured share, not a value of The Hague's or
Vilnius's commitment.

Values looked up with milex.observations, NATO 2025 edition, Table 3: Netherlands 2.49% of GDP
(2025e).
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(
    ("dateline", "share", "verdict"),
    [
        ("THE HAGUE -", "2.49", "supported"),
        ("THE HAGUE -", "2.94", "contradicted"),
        ("THE HAGUE, Sept 1 (Agency) -", "2.94", "contradicted"),
    ],
)
def test_a_dateline_is_no_summit(dateline, share, verdict):
    text = (f"{dateline} Dutch defence spending this year will reach {share}% of GDP, according "
            "to NATO's latest estimates.")  # fmt: skip
    found = [(c.claim.kind, c.claim.subject, c.claim.year, c.verdict)
             for c in milex.check(text, date="2025-09-01").claims]  # fmt: skip
    assert found == [("share_of_gdp", "Netherlands", 2025, verdict)], found
