"""'X can meet its obligations with 2.1%': a level someone holds to be enough for a
commitment, not a share measured, even when reported ('told reporters that ...')
(frames._enough_with).

Values from NATO's 2024 edition, looked up with milex.observations("share_of_gdp", "Italy",
years=[2024], edition=2024): Italy 2024: 1.49.
"""

from __future__ import annotations

import pytest

import milex


def found(text: str) -> dict:
    return {c.claim.value: c.verdict for c in milex.check(text, date="2024-07-20").claims}


@pytest.mark.parametrize(
    "text",
    [
        "Meloni told reporters that Italy can meet its obligations with 1.8% of GDP.",
        "Meloni told allies that Italy could honour the pledge with only 1.8% of GDP.",
    ],
)
def test_a_level_said_to_be_enough_is_not_judged_as_spent(text):
    assert found(text).get(1.8) in (None, "unverifiable")


def test_a_level_said_to_be_spent_is_still_judged():
    got = found("Meloni told reporters that Italy spent 1.8% of GDP in 2024.")
    assert got[1.8] == "contradicted"
