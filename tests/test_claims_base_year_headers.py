"""The claim checker on a list whose header names the year its lines are set against
('Largest climbs compared with 2024:', 'Change on 2024 (% of GDP):'): that year is not the
year of the lines' figures, but of the starting point a line gives after 'from' ('Spain:
2.00%, from 1.43%').

Official values in the comments, read with `milex.observations("share_of_gdp", ally,
years=[2024, 2025], edition=2025)`: Canada 2024 = 1.47, 2025 = 2.01; Spain 2024 = 1.43, 2025
= 2.00; Belgium 2024 = 1.29, 2025 = 2.00 (2025 edition, published 28 August 2025).
"""

from __future__ import annotations

import milex

DATE = "2025-09-02"  # the 2025 edition is current


def shares(text: str) -> list[tuple[str, str | None, float, int | None]]:
    report = milex.check(text, date=DATE)
    return [(c.verdict, c.claim.subject, c.claim.value, c.claim.year) for c in report.claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


def test_the_starting_point_after_from_is_of_the_headers_year():
    text = (
        "Largest climbs compared with 2024:\n- Spain: 2.00%, from {}%\n- Belgium: 2.00%, from 1.29%"
    )
    found = shares(text.format("1.43"))
    assert ("supported", "Spain", 1.43, 2024) in found
    assert ("supported", "Belgium", 1.29, 2024) in found
    assert ("supported", "Spain", 2.0, 2025) in found
    # a wrong starting point, in the same structure, is contradicted with 2024's 1.43
    assert ("contradicted", "Spain", 1.63, 2024) in shares(text.format("1.63"))


def test_a_change_on_a_year_names_the_base_year():
    text = "Change on 2024 (% of GDP):\n- Canada: 2.01%, from {}%"
    assert ("supported", "Canada", 1.47, 2024) in shares(text.format("1.47"))
    assert ("contradicted", "Canada", 1.27, 2024) in shares(text.format("1.27"))


def test_a_line_with_one_figure_is_not_of_the_base_year():
    # Canada's 2.01 is its 2025 estimate, not a wrong figure for 2024 (1.47)
    found = shares("Largest climbs compared with 2024:\n- Canada: 2.01%\n- Spain: 2.00%")
    assert ("supported", "Canada", 2.01, 2025) in found
    assert not any(v == "contradicted" for v, *_ in found)
