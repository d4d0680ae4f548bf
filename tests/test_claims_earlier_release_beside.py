"""An earlier release's figure set against the new one by a comparison, dated only by when it
was published ('was 4.25% last year, lower than the 4.48% it published a year ago'): the
same year's figure as the new one, as the earlier edition gave it, and stated as it was (the
comparison is the new figure's, not a bound on the old).

Values looked up with milex.observations:
- NATO 2026 edition (core basis): Poland 2025 = 4.25% of GDP.
- NATO 2025 edition: Poland 2025 = 4.48% of GDP.
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str, date: str) -> list[tuple]:
    return [(c.claim.value, str(c.claim.subject), c.claim.year, c.claim.hedge, c.verdict)
            for c in milex.check(text, date=date).claims]  # fmt: skip


@pytest.mark.parametrize(("old", "verdict"), [("4.48", "supported"), ("4.68", "contradicted")])
def test_the_earlier_release_figure_is_the_same_years(old, verdict):
    text = (f"NATO now puts Poland's core spending for last year at 4.25% of GDP, below the "
            f"{old}% it published a year ago under the old definition.")  # fmt: skip
    found = _found(text, "2026-07-12")
    assert (4.25, "Poland", 2025, None, "supported") in found, found
    assert (float(old), "Poland", 2025, None, verdict) in found, found
