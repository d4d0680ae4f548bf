"""A bare percentage right after 'after' or 'following' that follows a real change ('grew 2.0%
this year after 5.7% in 2024'): the earlier year's change, of the same kind, not a share of
GDP.

Official values (milex.observations("real_change", "France", years=[2024, 2025],
edition=2025)): NATO 2025 edition, France real change 2024 5.73, 2025 1.96 (estimates).
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, day: str) -> list[tuple[float, str, str, int | None]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict, c.claim.kind, c.claim.year) for c in report.claims]


@pytest.mark.parametrize("before, verdict", [("5.7", "supported"), ("3.7", "contradicted")])
@pytest.mark.parametrize("word", ["after", "following"])
def test_the_figure_after_after_is_the_earlier_change(before, verdict, word):
    text = (
        f"French military spending grows 2.0% in real terms this year {word} {before}% last "
        "year, NATO estimates."
    )
    assert judged(text, "2025-09-05") == [
        (2.0, "supported", "real_change", 2025),
        (float(before), verdict, "real_change", 2024),
    ]
