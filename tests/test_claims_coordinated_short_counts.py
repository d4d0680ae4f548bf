"""A bare number after 'and', 'but' or 'while' that follows a count of the allies meeting a
level, and is followed within a few words by a word of falling short ('18 of the 32 cleared
the 2% line in 2024 and 13 fell short', '... but eight are still below it'): the count of the
allies below that level, in the same year, with no noun of its own.

Official counts (NATO Table 3 as milex holds it, share of GDP): 2025 edition, 2024: 18 allies
at or above 2%, 13 below (31 with figures, Iceland none); 2024 edition, 2024: 23 at or above,
8 below.
"""

from __future__ import annotations

import pytest

import milex


def counts(text: str, day: str) -> list[tuple[float, str | None, int | None, str]]:
    return [(c.claim.value, c.claim.comparator, c.claim.year, c.verdict)
            for c in milex.check(text, date=day).claims if c.claim.kind == "count_meeting"]  # fmt: skip


@pytest.mark.parametrize("short, verdict", [("13", "supported"), ("nine", "contradicted")])
@pytest.mark.parametrize("joint", ["and", "while"])
def test_a_bare_number_falling_short_counts_the_rest(short, verdict, joint):
    text = (f"On NATO's latest tables, 18 of the 32 allies cleared the 2% line in 2024 {joint} "
            f"{short} fell short.")  # fmt: skip
    value = 13.0 if short == "13" else 9.0
    assert counts(text, "2025-09-02") == [(18.0, ">=", 2024, "supported"),
                                           (value, "<", 2024, verdict)]  # fmt: skip
