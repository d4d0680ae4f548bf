"""A year inside an aside that gives the base of a comparison ('up from 1.96% in 2023,')
dates only that base: a figure after the aside ('..., and at $64bn', '..., so it meets its
2.5% pledge') keeps the time of the clause the aside interrupts.

Official values, looked up with `milex.observations`:
- NATO 2024 edition (17 June 2024): France share of GDP 2024 = 2.06, 2023 = 1.96 (Table 3);
  France USD current 2024 = 64,271m, 2023 = 59,379m (Table 2).
- NATO 2026 edition (7 July 2026, core defence): United Kingdom share of GDP 2026 = 2.56,
  2025 = 2.32.
"""

from __future__ import annotations

import pytest

import milex


def claims(text: str, day: str) -> dict[float, tuple[str, int | None]]:
    return {c.claim.value: (c.verdict, c.claim.year)
            for c in milex.check(text, date=day).claims}  # fmt: skip


_FRANCE = ("The alliance put French spending at 2.06% of GDP for 2024, up from 1.96% in 2023, and "
           "at ${} in cash terms.")  # fmt: skip
_UK = ("British core spending comes to 2.56% of GDP this year, up from 2.32% in 2025, so the "
       "government meets its {}% pledge early.")  # fmt: skip


@pytest.mark.parametrize(
    "text, day, value, expected",
    [
        (_FRANCE.format("64bn"), "2024-06-20", 64.0, ("supported", 2024)),
        (_FRANCE.format("80bn"), "2024-06-20", 80.0, ("contradicted", 2024)),
        (_UK.format("2.5"), "2026-07-09", 2.5, ("supported", 2026)),
        (_UK.format("2.6"), "2026-07-09", 2.6, ("contradicted", 2026)),
    ],
)
def test_a_figure_after_a_base_aside_keeps_its_clause_year(text, day, value, expected):
    found = claims(text, day)
    assert found[value] == expected
    assert found[2.06 if "French" in text else 2.56][0] == "supported"
