"""Joined figures in a sentence that names no ally pair by position with the allies of the
sentence before, when that sentence gave exactly those allies one figure each of the same
kind: 'A minister claimed Spain spends 1.1 percent this year and Portugal 1.9 percent. NATO's
own numbers are 1.28% and 1.55%.' -- the 1.28% is Spain's and the 1.55% Portugal's.

Official values in the comments are NATO's Table 3 (share of GDP, %) in the 2024 edition, read
with `milex.observations("share_of_gdp", ally, years=[2024], edition=2024)`: Spain 1.28,
Portugal 1.55, Italy 1.49 (2024 estimates).
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"  # the 2024 edition (17 June 2024) is current
CLAIMED = "A minister claimed Spain spends 1.1 percent of GDP this year and Portugal 1.9 percent. "


def owners(text: str, value: float) -> list[tuple[str | None, str]]:
    """(subject, verdict) of the checker's claims of that value."""
    return [(c.claim.subject, c.verdict) for c in milex.check(text, date=DAY).claims
            if c.claim.value == value]  # fmt: skip


def test_the_second_figure_is_the_second_allys():
    text = CLAIMED + "NATO's own numbers are 1.28% and {}%."
    assert owners(text.format("1.55"), 1.55) == [("Portugal", "supported")]  # Portugal 1.55
    # a wrong second figure is Portugal's, contradicted (not Spain's)
    assert owners(text.format("1.75"), 1.75) == [("Portugal", "contradicted")]
    assert owners(text.format("1.55"), 1.28) == [("Spain", "supported")]  # Spain 1.28


def test_no_pairing_when_the_counts_differ():
    # three allies before, two figures: the order settles nothing, and neither figure is
    # given to Portugal by position
    text = (
        "A minister claimed Spain spends 1.1 percent of GDP this year, Italy 1.2 percent and "
        "Portugal 1.9 percent. NATO's own numbers are 1.28% and 1.55%."
    )
    assert ("Portugal", "supported") not in owners(text, 1.55)
    assert owners(CLAIMED + "NATO's own numbers are 1.28% and 1.55%.", 1.55) == [
        ("Portugal", "supported")
    ]
