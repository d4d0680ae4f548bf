"""A speaker gives a share's unit once and leaves it off after: 'We are at two percent this
year, two point oh one to be precise, and it was one point five last year.' The numbers said
in words after a spoken share in the same sentence are shares too, of the turn's ally, each
with its own year; the measure a guess unless the conversation says 'of GDP' (then a wrong
one is contradicted).

Official values (NATO 2025 edition, 28 August 2025): `milex.observations("share_of_gdp",
"Italy", years=[2024, 2025], edition=2025)` 2024 1.50%, 2025 2.01%.
"""

from __future__ import annotations

import milex

DAY = "2025-09-12"


def _italy(text: str) -> dict[float, tuple[str, int | None]]:
    return {c.claim.value: (c.verdict, c.claim.year) for c in milex.check(text, date=DAY).claims
            if c.claim.subject == "Italy"}  # fmt: skip


def test_the_figures_after_a_spoken_share_are_shares():
    text = ("HOST: And Italy?\nMINISTER: We are at two percent this year, two point oh one to "
            "be precise, and it was one point five last year.")  # fmt: skip
    claims = _italy(text)
    assert claims[2.01] == ("supported", 2025)
    assert claims[1.5] == ("supported", 2024)


def test_a_wrong_one_is_contradicted_once_of_gdp_was_said():
    text = ("HOST: Italy's share of GDP?\nMINISTER: We are at two percent of GDP this year, two "
            "point one oh to be precise, and it was one point five last year.")  # fmt: skip
    claims = _italy(text)
    assert claims[2.1] == ("contradicted", 2025)  # Italy 2025: 2.01
    assert claims[1.5] == ("supported", 2024)
