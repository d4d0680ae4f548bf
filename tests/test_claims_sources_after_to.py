"""A body named after a 'to' phrase is the source of the figures, not a body spoken to ('in
remarks to the Wilson Center'), when a number or something that sets the name off stands
between 'to' and the name: a figure reached with 'to' ('... and Poland's to $982, SIPRI
figures show') or a comma after the 'to' phrase ('devotes 1.9% of GDP to defence, SIPRI
said'). A name right after 'to' is still the body addressed.

Official values: SIPRI Military Expenditure Database, release of 28 April 2025, sheet "Share
of GDP", looked up with `milex.observations("share_of_gdp", country, years=[2023, 2024],
source="sipri")`: Germany 2024 1.89 (BZ168), Russia 2024 7.05 and 2023 5.40 (BZ158, BY158).
NATO's 2024 edition gives Germany 2024 2.12, so the source decides the verdict on '1.9%'.
Military spending per head in 2024, current US dollars (`milex.observations(
"spending_per_capita_usd_current", "Norway", years=[2024], source="SIPRI")`): Norway
1,880.24, Denmark 1,669.84, Poland 981.63, United States 2,895.11. NATO prints no per-head
figure at current prices.
"""

from __future__ import annotations

import pytest

import milex

_DATE = "2025-05-12"  # two weeks after SIPRI's release: no release-week reading
_LATER = "2025-05-20"


def _by_value(text: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=_DATE).claims}


def _by_subject(text: str) -> dict:
    return {c.claim.subject: c for c in milex.check(text, date=_LATER).claims}


@pytest.mark.parametrize(
    "text, value, verdict",
    [
        ("Berlin devotes 1.9% of GDP to defence, SIPRI said.", 1.9, "supported"),
        ("Germany puts 1.9% of its GDP to military use, SIPRI estimates.", 1.9, "supported"),
        ("Russia devotes 7.1% of GDP to the army, SIPRI said.", 7.1, "supported"),
        ("Russia devotes 7.9% of GDP to the army, SIPRI said.", 7.9, "contradicted"),
        ("Germany devotes 2.4% of GDP to defence, SIPRI said.", 2.4, "contradicted"),
    ],
)
def test_body_after_the_comma_is_the_source(text, value, verdict):
    found = _by_value(text)
    assert found[value].claim.source == "SIPRI"
    assert found[value].verdict == verdict


def test_the_source_after_a_figure_reached_with_to_is_the_sentences():
    got = _by_subject(
        "Per person, Denmark's military outlays came to $1,670 in 2024 and Poland's to $982, "
        "SIPRI figures show, against $2,895 for the United States."
    )
    for ally in ("Denmark", "Poland", "United States"):
        assert got[ally].claim.source == "SIPRI"
        assert got[ally].verdict == "supported"


def test_a_wrong_figure_under_that_source_is_contradicted():
    got = _by_subject(
        "Per person, Denmark's military outlays came to $1,670 in 2024 and Poland's to $1,450, "
        "SIPRI figures show."
    )
    assert got["Poland"].claim.source == "SIPRI"
    assert got["Poland"].verdict == "contradicted"  # 981.63, not 1,450


def test_body_spoken_to_is_still_no_source():
    # nothing between 'to' and the name: the body addressed, not the one saying the figure
    found = _by_value("In remarks to SIPRI researchers, the minister said Germany devotes "
                      "1.9% of GDP to defence, SIPRI said.")  # fmt: skip
    assert found[1.9].claim.source == "SIPRI"  # (the second naming, after the comma)
    found = _by_value("In a speech to SIPRI, Germany's minister put spending at 2.1% of GDP.")
    assert all(c.claim.source != "SIPRI" for c in found.values())
    (claim,) = milex.check(
        "In remarks to SIPRI on Monday, the minister said Poland spends 4.1% of GDP.",
        date=_LATER,
    ).claims
    assert claim.claim.source == "NATO"
