"""In a sentence of shares of GDP, a bare number with decimals right after an ally is a share
too, whatever its number of decimals ('Italy spends 1.49 per cent; Portugal, 1.5; Croatia,
1.81'): spoken and written lists round some figures and not others.

Official values (NATO 2024 edition, 17 June 2024, Table 3), looked up with
milex.observations("share_of_gdp", ally, years=[2024], edition=2024): Italy 1.49 (cell N24),
Portugal 1.55 (N33, 1.5475: 1.5 at one decimal), Croatia 1.81 (N15).
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize("portugal, verdict", [("1.5", "supported"), ("1.9", "contradicted")])
def test_a_share_elided_with_fewer_decimals(portugal, verdict):
    text = f"Italy spends 1.49 per cent of GDP; Portugal, {portugal}; Croatia, 1.81."
    found = [(c.claim.subject, c.claim.value, c.verdict)
             for c in milex.check(text, date="2024-09-01").claims]  # fmt: skip
    assert found == [
        ("Italy", 1.49, "supported"),
        ("Portugal", float(portugal), verdict),
        ("Croatia", 1.81, "supported"),
    ]
