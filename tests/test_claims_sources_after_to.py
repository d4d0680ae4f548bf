"""A body named after a figure reached with 'to' ('... and Poland's to $982, SIPRI figures
show') is the source of the sentence's figures, not a body spoken to ('in remarks to the
Wilson Center'): a number or a comma between 'to' and the name shows the 'to' is the
figure's.

Official values (SIPRI, April 2025 release, `milex.observations(
"spending_per_capita_usd_current", "Norway", years=[2024], source="SIPRI")`): military
spending per head in 2024, current US dollars: Norway 1,880.24, Denmark 1,669.84, Poland
981.63, United States 2,895.11. NATO prints no per-head figure at current prices.
"""

from __future__ import annotations

import milex

DAY = "2025-05-20"


def _by_subject(text: str) -> dict:
    return {c.claim.subject: c for c in milex.check(text, date=DAY).claims}


def test_the_source_after_a_figure_reached_with_to_is_the_sentences():
    got = _by_subject(
        "Per person, Denmark's military outlays came to $1,670 in 2024 and Poland's to $982, "
        "SIPRI figures show, against $2,895 for the United States."
    )
    for ally in ("Denmark", "Poland", "United States"):
        assert got[ally].claim.source == "SIPRI"
        assert got[ally].verdict == "supported"
    # a body spoken to is still no source:
    (claim,) = milex.check(
        "In remarks to SIPRI on Monday, the minister said Poland spends 4.1% of GDP.",
        date=DAY,
    ).claims
    assert claim.claim.source == "NATO"


def test_a_wrong_figure_under_that_source_is_contradicted():
    got = _by_subject(
        "Per person, Denmark's military outlays came to $1,670 in 2024 and Poland's to $1,450, "
        "SIPRI figures show."
    )
    assert got["Poland"].claim.source == "SIPRI"
    assert got["Poland"].verdict == "contradicted"  # 981.63, not 1,450
