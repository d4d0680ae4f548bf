"""A record set off after a change ('rose 21% to $55.3 billion, the largest annual increase
since 1952'): the 'since' dates how long since such a rise was last seen, not the start of
the change, which stays one year's (the latest year of the figures current at the date).

Official values (SIPRI Military Expenditure Database, release of 28 April 2025, real change
2024 against 2023 from the sheet "Constant (2023) US$", as milex derives it; looked up with
`milex.observations("spending_usd_constant", country, years=[2023, 2024], source="sipri")`):
Japan 2024 +21.19% (CA107), Germany 2024 +28.26% (CA168).
"""

from __future__ import annotations

import pytest

import milex

_DATE = "2025-04-29"  # the day after SIPRI's release


def _by_value(text: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=_DATE).claims}


@pytest.mark.parametrize(
    "text, value, verdict",
    [
        ("Tokyo's military outlay grew 21% to $55.3 billion, SIPRI said, the biggest annual "
         "increase since 1952.", 21.0, "supported"),
        ("Germany's military outlay grew 28% to $88.5 billion, SIPRI said, the sharpest jump "
         "since 1990.", 28.0, "supported"),
        ("Tokyo's military outlay grew 31% to $55.3 billion, SIPRI said, the biggest annual "
         "increase since 1952.", 31.0, "contradicted"),  # SIPRI: 21.19
        ("Germany's military outlay grew 18% to $88.5 billion, SIPRI said, the sharpest jump "
         "since 1990.", 18.0, "contradicted"),  # SIPRI: 28.26
    ],
)  # fmt: skip
def test_record_since_is_not_the_start_of_the_change(text, value, verdict):
    found = _by_value(text)
    assert found[value].claim.kind == "real_change"
    assert found[value].claim.since is None
    assert found[value].claim.year == 2024
    assert found[value].verdict == verdict
    # with no record noun between the figure and 'since', the change is over the years since
    found = _by_value("Germany's spending has risen 28% since 1990, SIPRI said.")
    assert found[28.0].claim.since == 1990
