"""Figures after a plural pronoun in a later clause of the same sentence, said 'respectively'
('Denmark ... and Norway ...; a decade earlier they were at 1.15% and 1.54%, respectively'),
are the allies named before the pronoun, in order. Only when the figures after the pronoun
are as many as those allies; otherwise they stay unread.

Official values (NATO 2024 edition, 17 June 2024, `milex.observations("share_of_gdp",
"Denmark", years=[2014, 2024], edition=2024)`): Denmark 2014 1.15, 2024 2.37 (estimate);
Norway 2014 1.54, 2024 2.20 (estimate).
"""

from __future__ import annotations

import milex

DAY = "2024-06-19"
OPENING = "Denmark will devote 2.37% of GDP to defence this year and Norway 2.20%; "


def _of_2014(text: str) -> dict:
    got = milex.check(text, date=DAY).claims
    return {c.claim.subject: c for c in got if c.claim.year == 2014}


def test_figures_after_they_pair_with_the_allies_in_order():
    got = _of_2014(OPENING + "in 2014 they spent 1.15% and 1.54%, respectively.")
    assert got["Denmark"].claim.value == 1.15 and got["Denmark"].verdict == "supported"
    assert got["Norway"].claim.value == 1.54 and got["Norway"].verdict == "supported"
    # more figures than allies are left unpaired:
    got = milex.check(
        OPENING + "in 2014 they spent 1.15%, 1.54% and 1.2%, respectively.", date=DAY
    ).claims
    assert all(c.verdict != "contradicted" for c in got)
    assert not [c for c in got if c.claim.year == 2014 and c.claim.subject]


def test_swapped_figures_are_contradicted():
    got = _of_2014(OPENING + "in 2014 they spent 1.54% and 1.15%, respectively.")
    assert got["Denmark"].claim.value == 1.54 and got["Denmark"].verdict == "contradicted"
    assert got["Norway"].claim.value == 1.15 and got["Norway"].verdict == "contradicted"
