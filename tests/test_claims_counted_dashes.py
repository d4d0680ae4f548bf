"""A count whose allies are named between dashes ('just three members - Lithuania, Latvia
and Poland - are there already, at 4.00%, 3.73% and 4.48% respectively'): the named allies
are the count's own subject, not an aside, so the figures after 'there' are theirs, each in
order; the 'there' points back to the level named before (3.5%), and the figures past it
are no threshold of the count.

Official values (NATO 2025 edition, 28 August 2025): `milex.observations("share_of_gdp",
<ally>, years=[2025], edition=2025)` Poland 4.48, Lithuania 4.00, Latvia 3.73; allies at or
above 3.5% of GDP in 2025: 3 (the edition's Table 3, as `milex.check` counts it).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-10-01"
LEVEL = "Leaders set a 3.5% core goal at The Hague. "


def _claims(text: str) -> dict[tuple[str, str, float], str]:
    return {(c.claim.kind, str(c.claim.subject), c.claim.value): c.verdict
            for c in milex.check(text, date=DAY).claims}  # fmt: skip


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_allies_between_dashes_take_their_figures_in_order(dash):
    text = (LEVEL + f"Just three members {dash} Lithuania, Latvia and Poland {dash} are there "
            "already, at 4.00%, 3.73% and 4.48% respectively.")  # fmt: skip
    claims = _claims(text)
    assert claims[("count_meeting", "NATO", 3.0)] == "supported"
    assert claims[("share_of_gdp", "Lithuania", 4.0)] == "supported"
    assert claims[("share_of_gdp", "Latvia", 3.73)] == "supported"
    assert claims[("share_of_gdp", "Poland", 4.48)] == "supported"
    assert not any(kind == "count_meeting" and value != 3.0 for kind, _, value in claims)


def test_a_wrong_figure_between_dashed_allies_is_contradicted():
    text = (
        LEVEL + "Just three members — Lithuania, Latvia and Poland — are there already, "
        "at 4.00%, 3.37% and 4.48% respectively."
    )  # Latvia: 3.73
    claims = _claims(text)
    assert claims[("share_of_gdp", "Latvia", 3.37)] == "contradicted"
    assert claims[("share_of_gdp", "Lithuania", 4.0)] == "supported"
