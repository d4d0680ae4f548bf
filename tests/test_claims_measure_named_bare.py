"""A bare number with decimals said right after the measure it is ('The UK's share of GDP is
2.40 this year', 'UK share of GDP: 2.40') is that share of GDP, its unit said in words (the
heads and links are data in patterns.json); a figure after the time of such a share, set off
by a comma ('2.40 this year, 2.33 last year'), is one too, of its own year.

Official values (NATO 2025 edition, 28 August 2025): `milex.observations("share_of_gdp",
"United Kingdom", years=[2024, 2025], edition=2025)` 2024 2.33%, 2025 2.40%.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-09-12"


def _uk(text: str) -> dict[float, tuple[str, int | None]]:
    return {c.claim.value: (c.verdict, c.claim.year) for c in milex.check(text, date=DAY).claims
            if c.claim.subject == "United Kingdom"}  # fmt: skip


@pytest.mark.parametrize(("said", "verdict"), [("2.40", "supported"), ("2.04", "contradicted")])
@pytest.mark.parametrize("link", [" is", ":"])
def test_a_bare_number_after_its_measure(said, verdict, link):
    assert _uk(f"The UK's share of GDP{link} {said} this year.") == {float(said): (verdict, 2025)}


def test_the_next_figure_after_the_time_of_the_first():
    claims = _uk("Thread 1/ UK share of GDP: 2.40 this year, 2.23 last year.")
    assert claims[2.4] == ("supported", 2025)
    assert claims[2.23] == ("contradicted", 2024)  # UK 2024: 2.33
