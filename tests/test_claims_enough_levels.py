"""A figure that is the subject of a modal verb saying it suffices ('Rome says 2% will do',
'1.5% will be plenty', '3% should suffice') is a stand someone takes on a level, not a level
measured: it is never contradicted (it was, against the ally's share of GDP). A figure
measured in the next sentence is still judged.

Official values (NATO 2024 edition, 17 June 2024; `milex.observations("share_of_gdp",
"Italy", years=[2024], edition=2024)`): Italy 2024 = 1.49 (estimate).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-07-01"


@pytest.mark.parametrize("stand", ["Rome says 2.1% will do.", "Rome thinks 2.1% will be plenty.",
                                   "To Rome, 2.1% of GDP should suffice."])  # fmt: skip
@pytest.mark.parametrize(("level", "verdict"), [("1.49", "supported"), ("1.79", "contradicted")])
def test_a_level_said_to_be_enough_is_not_measured(stand, level, verdict):
    text = f"Allies press Italy to aim for 3.5% by 2035; {stand} This year Italy spends {level}%."
    found = {c.claim.value: c.verdict for c in milex.check(text, date=DAY).claims}
    assert found.get(2.1) in (None, "unverifiable")
    assert found[float(level)] == verdict
