"""'Near the bottom of the table', 'close to the top': a place somewhere near one end of the
ranking, not at it. It is no claim of last (or first) place: before, an ally named beside
the phrase was read as ranked last and contradicted when it was not (a false verdict).

Values (milex's tables, as its verdicts report them): NATO 2025 edition (28 August 2025),
share of GDP in 2025, 30 allies with figures: Italy 24th, Albania 22nd, Belgium 26th; none
of them last.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(
    "text",
    [
        "At 2.01%, Canada now ties with Italy and Albania near the bottom of the table.",
        "Canada, at 2.01%, is now tied with Albania near the bottom of the table, 23rd of 30.",
        "At 1.28%, Spain sits with Belgium close to the bottom of the table.",
    ],
)
def test_near_an_end_is_no_place_at_it(text: str) -> None:
    ranks = [c for c in milex.check(text, date="2025-09-15").claims
             if c.claim.kind == "ranking" and c.claim.text.endswith("bottom of the table")]  # fmt: skip
    assert not [c for c in ranks if c.verdict == "contradicted"]
    assert not ranks
