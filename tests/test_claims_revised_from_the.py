"""The figure a revision started from is the earlier release's also with an article before
it ('revised to 18 from the 23 first counted'), as without one ('revised to 18 from
23'): it is judged on the edition before the one the revision comes from, and the revised
figure on the newer one.

Official values (milex's count of allies at or above 2% of GDP in 2024): NATO 2024 edition
(17 June 2024) 23 of 32; NATO 2025 edition (28 August 2025) 18 of 32.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-09-05"


@pytest.mark.parametrize(("first", "verdict"), [("23", "supported"), ("25", "contradicted")])
def test_revision_start_after_from_the_is_the_earlier_editions(first, verdict):
    text = ("In the latest tables the count of allies at or above 2% in 2024 was revised to 18 "
            f"from the {first} first counted.")  # fmt: skip
    found = {c.claim.value: c for c in milex.check(text, date=DAY).claims}
    assert found[18.0].verdict == "supported"
    got = found[float(first)]
    assert (got.claim.kind, got.claim.year, got.verdict) == ("count_meeting", 2024, verdict)
    assert got.explanation.startswith("NATO's 2024 edition")  # judged on it, not only noted
