"""The claim checker on a fall named after its figure ('after a 1.94% fall', 'about 1.4% less
than in 2024'), in our own words: the figure is a change in real spending, read as a fall, not
a share of GDP. Official values: NATO's 2025 edition and 2026 edition, Table 3 (real change)."""

from __future__ import annotations

import milex


def _of(text: str, day: str, subject: str):
    found = [c for c in milex.check(text, date=day).claims if c.claim.subject == subject]
    assert len(found) == 1, [(c.claim.kind, c.claim.value, c.verdict) for c in found]
    return found[0]


def test_less_than_an_earlier_year_is_a_fall():
    # 2025 ed. real change 2025: Hungary -1.37
    found = _of("Hungary expects to spend about 1.4% less in real terms than in 2024.",
                "2025-09-01", "Hungary")  # fmt: skip
    assert (found.claim.kind, found.claim.value, found.verdict) == (
        "real_change", -1.4, "supported")  # fmt: skip


def test_a_fall_named_after_its_figure_is_a_change():
    # 2026 ed. real change: United States 2025 = -1.94
    found = _of("In real terms, US defence spending posted a 1.94% fall in 2025.", "2026-07-20",
                "United States")  # fmt: skip
    assert (found.claim.kind, found.claim.value, found.verdict) == (
        "real_change", -1.94, "supported")  # fmt: skip


def test_a_wrong_fall_named_after_its_figure_is_contradicted():
    # 2025 ed. real change 2025: Czechia -1.35, not -4.5
    found = _of("Czechia is set to spend about 4.5% less in real terms than in 2024.",
                "2025-09-01", "Czechia")  # fmt: skip
    assert (found.claim.kind, found.verdict) == ("real_change", "contradicted")
