"""A phrase opening a clause that names a group of allies and adds them up before 'it' ('for
European allies and Canada together, it is 2.27%') makes 'it' the group's figure, as the
same phrase without 'together' already does, not the whole alliance's named earlier in the
sentence.

Values: NATO 2025 edition (28 August 2025), share of GDP, `milex.observations("share_of_gdp",
"NATO Europe and Canada", years=[2024, 2025], edition=2025)`: 2024 1.99, 2025 2.272.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-09-10"


@pytest.mark.parametrize(("figure", "verdict"), [("2.27", "supported"), ("2.57", "contradicted")])
def test_it_after_a_group_named_together_is_the_groups(figure, verdict):
    text = (f"Across the alliance, the burden is well above 2% of GDP this year; for European "
            f"allies and Canada together it is {figure}%.")  # fmt: skip
    got = {c.claim.value: c for c in milex.check(text, date=DAY).claims}
    c = got[float(figure)]
    assert c.claim.subject == "Europe and Canada"
    assert (c.claim.year, c.verdict) == (2025, verdict)
