"""A count of wartime or reserve strength ('its wartime strength is 280,000', '870,000
reservists') is not the standing forces NATO's Table 7 counts: never judged against it,
while the standing count in the same sentence still is.

Values looked up with milex.observations:
- NATO 2024 edition, Table 7: Finland 2024 = 30.76 thousand military personnel (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _personnel(text: str, date: str) -> list[tuple]:
    return [(c.claim.value, c.verdict) for c in milex.check(text, date=date).claims
            if c.claim.kind == "personnel"]  # fmt: skip


@pytest.mark.parametrize(
    "after",
    [
        "but in wartime it would mobilise 280,000",
        "while its wartime strength stands at 280,000",
        "and 870,000 reservists",
    ],
)
def test_wartime_or_reserve_strength_is_not_judged(after):
    text = f"According to NATO, Finland's armed forces number about 31,000 this year, {after}."
    found = _personnel(text, "2024-06-20")
    assert (31.0, "supported") in found, found
    assert all(v == "unverifiable" for value, v in found if value >= 200), found


def test_a_wrong_standing_count_beside_it_is_still_contradicted():
    text = ("According to NATO, Finland's armed forces number about 45,000 this year, while its "
            "wartime strength stands at 280,000.")  # fmt: skip
    found = _personnel(text, "2024-06-20")
    assert (45.0, "contradicted") in found, found
    assert (280.0, "unverifiable") in found, found
