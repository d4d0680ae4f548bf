"""'the alliance target', 'the NATO benchmark': the alliance's name right before a guideline's
noun only says whose guideline it is; it is no subject for the figures after it ('Canada
should reach 2.01% this year, clearing the alliance benchmark, up from 1.47% in 2024': the
1.47% is still Canada's, not the alliance's).

Official values (milex.observations("share_of_gdp", "Canada", years=[2024, 2025],
edition=2025)): NATO 2025 edition, Canada 2024 1.47 (1.471, estimate), 2025 2.01 (2.008, estimate).
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, day: str) -> list[tuple[float, str, str | None, int | None]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict, c.claim.subject, c.claim.year) for c in report.claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


@pytest.mark.parametrize("before, verdict", [("1.47", "supported"), ("1.27", "contradicted")])
@pytest.mark.parametrize("noun", ["target", "benchmark"])
def test_the_alliance_before_a_guideline_noun_is_no_subject(before, verdict, noun):
    text = (
        "Ottawa's military spending should come to 2.01% of GDP this year, clearing the "
        f"alliance {noun}, up from {before}% in 2024, NATO estimates."
    )
    got = judged(text, "2025-08-29")
    assert got[0] == (2.01, "supported", "Canada", 2025)
    assert got[-1] == (float(before), verdict, "Canada", 2024)
