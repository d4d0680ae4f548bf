"""A body named after a comma that follows a 'to' phrase ('devotes 1.9% of GDP to defence,
SIPRI said') says the figure; it is not a body spoken to ('in remarks to the Wilson Center'),
which the 'to' right before a name marks only when nothing sets the name off from it.

Official values: SIPRI Military Expenditure Database, release of 28 April 2025, sheet "Share
of GDP", looked up with `milex.observations("share_of_gdp", country, years=[2023, 2024],
source="sipri")`: Germany 2024 1.89 (BZ168), Russia 2024 7.05 and 2023 5.40 (BZ158, BY158).
NATO's 2024 edition gives Germany 2024 2.12, so the source decides the verdict on '1.9%'.
"""

from __future__ import annotations

import pytest

import milex

_DATE = "2025-05-12"  # two weeks after SIPRI's release: no release-week reading


def _by_value(text: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=_DATE).claims}


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


def test_body_spoken_to_is_still_no_source():
    # nothing between 'to' and the name: the body addressed, not the one saying the figure
    found = _by_value("In remarks to SIPRI researchers, the minister said Germany devotes "
                      "1.9% of GDP to defence, SIPRI said.")  # fmt: skip
    assert found[1.9].claim.source == "SIPRI"  # (the second naming, after the comma)
    found = _by_value("In a speech to SIPRI, Germany's minister put spending at 2.1% of GDP.")
    assert all(c.claim.source != "SIPRI" for c in found.values())
