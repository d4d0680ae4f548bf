"""'Athens spends 3.65% of GDP, the alliance's new tables show, fifth among the allies': an
attribution between a figure and the place after it is no clause of its own, and the place
is the figure's ally's (it had no claim).

Official values (NATO 2026 edition, 7 July 2026, core defence expenditure, 2026 estimates):
Greece 3.65% of GDP, fifth of the allies with figures.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize("place, verdict", [("fifth", "supported"), ("third", "contradicted")])
def test_a_place_after_an_attribution_is_the_figures(place, verdict):
    text = (f"Athens now spends 3.65% of GDP on core defence, the alliance's new tables show, "
            f"{place} among the allies.")  # fmt: skip
    ranks = [c for c in milex.check(text, date="2026-07-12").claims if c.claim.kind == "ranking"]
    assert [(c.claim.subject, c.verdict) for c in ranks] == [("Greece", verdict)]
