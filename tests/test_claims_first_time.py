"""'For the first time' at a guideline's level, judged on NATO's 2025 edition (Table 3, share of
GDP): Italy 2.01 in 2025 and below 2 in every year 2014-2024 (at most 1.58, in 2020); Poland
2.21 already in 2015. NATO's tables start in 2014, the 2% guideline was
first agreed in 2006: a first time is confirmed only when the text ties it to the 2014 pledge.
`test_the_figures_quoted_are_the_published_ones` re-reads them from the raw file."""

from __future__ import annotations

import csv

import pytest

from tests.conftest import SOURCES, claims_of, needs_sources


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Italy put 2% of its GDP into defence in 2025, the first time it met the benchmark "
         "laid down at the 2014 Wales summit.", "supported"),
        ("Poland spent 2% of GDP on defence in 2025, the first time it met the benchmark laid "
         "down at the 2014 Wales summit.", "contradicted"),
        # the guideline dates from 2006 and NATO's tables from 2014: no verdict either way
        ("Italy put 2% of its GDP into defence in 2025, for the first time.", "unverifiable"),
    ],
)  # fmt: skip
def test_a_first_time_at_the_guideline(text, verdict):
    found = claims_of("first_time", text, "2025-09-15")
    assert [(c.claim.year, c.verdict) for c in found] == [(2025, verdict)]


@pytest.mark.parametrize(
    "text",
    [
        "Germany reached 2% of GDP in 2024 for the first time since 1991.",
        "Italy reached 2% of GDP in 2025 for the first time in decades.",
        "For the first time, all allies are expected to spend at least 2% of GDP this year.",
        "Belgium hosted the ministers for the first time, and spends 1.3% of GDP.",
    ],
)
def test_no_first_time_claim(text):
    assert claims_of("first_time", text, "2025-09-15") == []


@needs_sources
def test_the_figures_quoted_are_the_published_ones():
    with open(SOURCES / "nato-2025" / "shareofgdp.csv", encoding="utf-8") as fh:
        rows = {r["country"]: r for r in csv.DictReader(fh)}
    italy = [float(rows["Italy"][str(y)]) for y in range(2014, 2024)] + [
        float(rows["Italy"]["2024e"])
    ]
    assert max(italy) < 2 and round(float(rows["Italy"]["2025e"]), 2) == 2.01
    assert round(float(rows["Poland"]["2015"]), 2) == 2.21
