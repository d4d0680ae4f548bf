"""A whole number said in words with 'exactly' after a share said in words in the same turn
('Poland's at four point four eight, and Belgium made it to exactly two'): a share too, to two
decimals, of the ally named with it; also when the first share had decimals and its unit ('four
point four eight percent of GDP'), after which a wrong one is contradicted. A whole number with
a noun or 'of' after it stays no share ('exactly two of them'). 'Flat' after a number says
it is exact ('Lithuania four flat'): right after an ally's name in a turn, a share as 'exactly
four' is.

Official values (NATO 2025 edition, 28 August 2025, Table 3, looked up with
`milex.observations("share_of_gdp", ally, years=[2025], edition=2025)`): Poland 2025 4.48,
Belgium 2025 2.00, Spain 2025 2.00, Lithuania 2025 4.00 (3.9993, cell R17C13), Latvia 2025 3.73
(R16C13).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-09-05"  # the 2025 edition is current; "this year" is 2025


def _shares(text: str) -> list[tuple[str | None, float, str]]:
    return [
        (c.claim.subject, c.claim.value, c.verdict)
        for c in milex.check(text, date=DAY).claims
        if c.claim.kind == "share_of_gdp"
    ]


def test_exactly_a_whole_number_after_a_spoken_share_is_one_too():
    text = "ANALYST: Poland's at four point four eight, and Belgium made it to exactly two."
    assert _shares(text) == [("Poland", 4.48, "supported"), ("Belgium", 2.0, "supported")]
    # (with a noun after it, no share)
    text = "ANALYST: Poland's at four point four eight, and exactly two of them are new."
    assert _shares(text) == [("Poland", 4.48, "supported")]


@pytest.mark.parametrize(
    "said, value, verdict",
    [("exactly two", 2.0, "supported"), ("exactly three", 3.0, "contradicted")],
)
def test_after_a_share_said_with_decimals_and_its_unit(said, value, verdict):
    text = (
        "ANALYST: Poland is at four point four eight percent of GDP this year, and Spain got "
        f"to {said}."
    )
    assert _shares(text) == [("Poland", 4.48, "supported"), ("Spain", value, verdict)]


@pytest.mark.parametrize(
    "said, value, verdict", [("four flat", 4.0, "supported"), ("three flat", 3.0, "contradicted")]
)
def test_a_whole_number_said_flat_right_after_an_ally(said, value, verdict):
    text = f"GUEST: Latvia is at three point seven three percent of GDP, Lithuania {said}."
    assert _shares(text) == [("Latvia", 3.73, "supported"), ("Lithuania", value, verdict)]
    # (a bare whole number after an ally, with no 'flat' or 'exactly', is no share)
    assert _shares("GUEST: Lithuania four, Latvia three.") == []
