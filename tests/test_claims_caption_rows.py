"""The claim checker on a chart's rows whose measure and year come in a caption under them
(round 27 of benchmarks/claims_rounds.jsonl), in our own words: 'Finland 2.77 | Sweden 2.51 |
...' over 'Share of GDP, 2025 estimates.' reads each ally's figure as its 2025 share of GDP;
the caption ends the rows it heads. Official values: NATO's 2025 edition, Table 3."""

from __future__ import annotations

import milex

_CHART = """NORDIC AND AEGEAN SPENDERS
Greece 2.85 | Finland 2.77 | Sweden 2.51 | Turkey 2.9 | Croatia 2.03 | Canada 2.01 | Albania 2.01
Share of GDP, 2025 estimates. Source: NATO
"""


def _of(text: str, day: str, subject: str):
    found = [c for c in milex.check(text, date=day).claims if c.claim.subject == subject]
    assert len(found) == 1, [(c.claim.kind, c.claim.value, c.verdict) for c in found]
    return found[0]


def test_rows_over_a_caption_take_its_measure_and_year():
    # 2025 ed. Table 3, 2025: Greece 2.85, Finland 2.77, Sweden 2.51
    for ally in ("Greece", "Finland", "Sweden"):
        found = _of(_CHART, "2025-09-05", ally)
        assert (found.claim.kind, found.claim.year, found.verdict) == (
            "share_of_gdp", 2025, "supported")  # fmt: skip


def test_a_wrong_row_over_a_caption_is_contradicted():
    # 2025 ed. Table 3, 2025: Türkiye 2.33, not 2.9
    found = _of(_CHART, "2025-09-05", "Türkiye")
    assert (found.claim.kind, found.claim.year, found.verdict) == (
        "share_of_gdp", 2025, "contradicted")  # fmt: skip
