"""An aside of likeness set off by commas after a figure ('..., as in 2025, ...', '..., just as
it was in 2025, ...') says the figure before it held in that year too: it does not date a
figure after it, which keeps the time of the main clause ('this year').

Official values (NATO 2026 edition, 7 July 2026): Spain share of GDP 2025 = 2.00, 2026 =
2.00; Spain military personnel (thousands) 2025 = 117.4, 2026 = 119.9.
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str) -> dict[float, tuple[int | None, str]]:
    return {c.claim.value: (c.claim.year, c.verdict)
            for c in milex.check(text, date="2026-07-20").claims}  # fmt: skip


@pytest.mark.parametrize("aside", ["as in 2025", "just as it was in 2025", "like in 2025"])
@pytest.mark.parametrize("troops, verdict", [("119,900", "supported"), ("104,000", "contradicted")])
def test_a_likeness_aside_does_not_date_the_figure_after_it(aside, troops, verdict):
    text = f"Spain holds at 2.00% of GDP this year, {aside}, with {troops} people in uniform."
    found = _found(text)
    assert found[2.0] == (2026, "supported")
    assert found[float(troops.replace(",", "")) / 1000] == (2026, verdict)
