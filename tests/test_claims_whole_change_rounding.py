"""A whole-number real change that the published change rounds to, but that is not within 10%
of it ('fell 1%' of -1.35), is not called contradicted: the 10% bound DOMAIN.md sets for a
bare whole-number percentage is a level's (a share of GDP), and a change is written rounded;
the checker abstains. A whole number the change does not round to is still contradicted.

Official value: NATO 2025 edition (28 August 2025), real change in 2025,
`milex.observations("real_change", "Czechia", years=[2025], edition=2025)`: Czechia -1.35.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-09-01"


@pytest.mark.parametrize(("fall", "verdict"), [("1", "unverifiable"), ("3", "contradicted")])
def test_a_change_that_rounds_to_the_whole_number_is_not_contradicted(fall, verdict):
    (c,) = milex.check(f"Czechia's defence spending fell {fall}% in real terms in 2025.",
                       date=DAY).claims  # fmt: skip
    assert (c.claim.kind, c.claim.subject, c.verdict) == ("real_change", "Czechia", verdict)
