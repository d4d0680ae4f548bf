"""A figure set against another of the same ally and tied to a release right after it ('3.67%
last year, against 3.73% in last year's edition') is the same year's figure as that release
gave it: judged on that edition for that year, not left without a year.

Official values, looked up with `milex.observations("share_of_gdp", "Latvia", years=[2025],
edition=...)`: Latvia 2025 = 3.73 in the 2025 edition (28 August 2025), 3.67 in the 2026
edition (7 July 2026, core defence).
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize("value, verdict", [(3.73, "supported"), (3.9, "contradicted")])
def test_the_compared_figure_of_an_earlier_edition(value, verdict):
    text = (f"On the core basis Latvia spent 3.67% of GDP last year, compared with {value}% in "
            "last year's edition.")  # fmt: skip
    claims = {c.claim.value: c for c in milex.check(text, date="2026-07-10").claims}
    assert claims[3.67].verdict == "supported"
    assert (claims[value].verdict, claims[value].claim.year) == (verdict, 2025)
