"""Equipment named in a 'with' aside after a share of GDP, with its own share right after it
("..., up from 1.47% last year, with equipment now taking 22.6% of the budget"), is that later
figure's measure: the share of GDP before it stays a share of GDP.

Values (NATO's 2025 edition of 28 August 2025; milex.observations("share_of_gdp", "Canada",
years=[2024, 2025], edition=2025) and milex.observations("equipment_share", "Canada", ...)):
Canada share of GDP 2024 1.47, 2025 2.01; equipment share 2024 18.26, 2025 22.55.
"""

from __future__ import annotations

import milex

_DATE = "2025-09-01"


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(c.claim.text, c.claim.kind, c.verdict) for c in milex.check(text, date=_DATE).claims]


def test_share_of_gdp_before_an_equipment_aside_stays_of_gdp():
    text = ("The alliance's figures have Canada at 2.01% of GDP this year, up from 1.47% in "
            "2024, with equipment now taking 22.6% of its defence budget.")  # fmt: skip
    assert _read(text) == [
        ("2.01%", "share_of_gdp", "supported"),
        ("1.47%", "share_of_gdp", "supported"),
        ("22.6%", "equipment_share", "supported"),
    ]


def test_wrong_share_of_gdp_before_an_equipment_aside_is_contradicted():
    text = ("The alliance's figures have Canada at 2.01% of GDP this year, up from 1.62% in "
            "2024, with equipment now taking 22.6% of its defence budget.")  # fmt: skip
    assert _read(text)[1] == ("1.62%", "share_of_gdp", "contradicted")
