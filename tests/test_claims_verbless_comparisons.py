"""A clause after 'but' that opens on a comparison with no verb of its own ('..., little
moved from 2.03% in 2024 but still above the 1.82% of 2014'): its verb and subject are the
clause before's, so the figure there is that subject's level of the year named.

Official values (milex.observations("share_of_gdp", "France", years=[2014, 2024, 2025],
edition=2025)): NATO 2025 edition, France 2014 1.82 (1.815), 2024 2.03 (2.032, estimate),
2025 2.05 (2.054, estimate).
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, day: str) -> list[tuple[float, str, str | None, int | None]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict, c.claim.subject, c.claim.year) for c in report.claims]


@pytest.mark.parametrize("then, verdict", [("1.82", "supported"), ("1.52", "contradicted")])
@pytest.mark.parametrize("adverb", ["still above", "comfortably above"])
def test_a_verbless_comparison_after_but_shares_the_subject(then, verdict, adverb):
    text = (
        "Paris puts an estimated 2.05% of GDP into defence this year, little moved from 2.03% "
        f"in 2024 but {adverb} the {then}% of 2014, NATO's figures show."
    )
    assert judged(text, "2025-08-29") == [
        (2.05, "supported", "France", 2025),
        (2.03, "supported", "France", 2024),
        (float(then), verdict, "France", 2014),
    ]
