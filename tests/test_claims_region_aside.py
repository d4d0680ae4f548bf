"""A region named in a description set off after a country outside NATO ('Brazil, Latin
America's top spender, ...') is neither the US (whose name it holds) nor the figure's owner:
the figures of the sentence, and an 'it' after a semicolon or in the next sentence, are the
country's, judged on SIPRI's series.

Values (milex.claims.evidence.lookup("SIPRI", 2025, "share_of_gdp", "BRA", 2024, None),
SIPRI's edition of 28 April 2025, the latest current at the dates below): Brazil 2024 share of
GDP 0.97.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2025-06-15").claims if c.claim.value == value]


@pytest.mark.parametrize(("level", "verdict"), [("0.97", "supported"), ("1.5", "contradicted")])
@pytest.mark.parametrize("link", ["; it is", ". It stands at"])
def test_it_after_a_region_in_an_aside_is_the_country(level, verdict, link):
    text = (f"Brazil, Latin America's top military spender, put a little under 1% of its GDP "
            f"into its forces last year, SIPRI says{link} {level}%.")  # fmt: skip
    found = _of(text, float(level))
    assert [c.claim.subject for c in found] == ["Brazil"]
    assert found[0].verdict == verdict
