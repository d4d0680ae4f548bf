"""'that year' after a sentence has named two years of its own ('In 2024 France spent ..., up
from 1.94% in 2023; its spending grew 9% in real terms that year') may point back to either:
the year that frames the sentence or the base year named last. The figure is unverifiable,
never contradicted on one reading.

Official values (NATO 2025 edition, 28 August 2025, `milex.observations("real_change",
"France", years=[2023, 2024], edition=2025)`): France real change 2023 5.26%, 2024 5.73%;
share of GDP 2023 1.94%, 2024 2.03%.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-11-20"


@pytest.mark.parametrize("figure", ["5.7%", "9%"])
def test_that_year_after_two_years_is_ambiguous(figure):
    text = (f"In 2024 France spent 2.03% of GDP, up from 1.94% in 2023; its spending grew "
            f"{figure} in real terms that year.")  # fmt: skip
    (change,) = [c for c in milex.check(text, date=DAY).claims if c.claim.kind == "real_change"]
    assert change.verdict == "unverifiable"
    assert "2023 or 2024" in change.explanation
