"""A card's title naming one ally's defence spending and nothing else ('France defence
spending', no figure, no year, no measure), then a line for each year ('2024: 2.03%'): each
line's figure, with its own '%', is that ally's share of GDP in that year.

Official values, looked up with milex.observations("share_of_gdp", "France", years=[2024,
2025], edition=2025): NATO, 2025 edition (28 August 2025), France 2024 = 2.03, 2025 = 2.05
(estimate). And edition=2026 (core basis, 7 July 2026): Germany 2024 = 2.00, 2026 = 2.69.
"""

from __future__ import annotations

import milex


def _got(text: str, day: str) -> list[tuple[float, str, str | None, int | None, str]]:
    return [(c.claim.value, c.claim.kind, c.claim.subject, c.claim.year, c.verdict)
            for c in milex.check(text, date=day).checked]  # fmt: skip


def test_year_lines_under_an_ally_spending_title_are_its_shares():
    got = _got("France defence spending\n2024: 2.03%\n2025: 2.05%\n(NATO)", "2025-09-10")
    assert (2.03, "share_of_gdp", "France", 2024, "supported") in got
    assert (2.05, "share_of_gdp", "France", 2025, "supported") in got


def test_a_wrong_year_line_under_the_title_is_contradicted():
    got = _got("France military spending\n2024: 2.03%\n2025: 2.35%", "2025-09-10")
    assert (2.35, "share_of_gdp", "France", 2025, "contradicted") in got
    assert (2.03, "share_of_gdp", "France", 2024, "supported") in got


def test_core_basis_title_and_emoji_mark():
    got = _got("📈 Germany core defence spending\n2024: 2.00%\n2026: 2.96%", "2026-07-09")
    assert (2.0, "share_of_gdp", "Germany", 2024, "supported") in got
    assert (2.96, "share_of_gdp", "Germany", 2026, "contradicted") in got


def test_only_lines_with_their_own_percent_are_read_as_shares():
    # no '%' and no measure in the title: a bare number could be anything (money, a rank)
    got = _got("France defence spending\n2024: 2.35\n2025: 2.05%", "2025-09-10")
    assert not [g for g in got if g[0] == 2.35 and g[4] in ("supported", "contradicted")]
    assert (2.05, "share_of_gdp", "France", 2025, "supported") in got
