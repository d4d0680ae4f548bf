"""The claim checker on two figures joined by an arrow, as slope charts and sparkline captions
write them ('Romania 1.35% → 2.28% (2014–2025)'), in our own words: the arrow reads 'from the
first to the second', so a span of years after the pair dates the first figure by its first
year and the second by its last; with no year at all, the starting point is undated (never
judged against the end point's year). Official values: NATO's 2025 edition, Table 3."""

from __future__ import annotations

import milex


def _claims(text: str, subject: str):
    return [c for c in milex.check(text, date="2025-09-01").claims if c.claim.subject == subject]


def test_a_span_after_an_arrow_dates_each_end():
    # 2025 ed. Table 3: Romania 2014 = 1.35, 2025 = 2.28 (estimate)
    found = _claims("Romania 1.35% → 2.28% (2014–2025).", "Romania")
    assert [(c.claim.value, c.claim.year, c.verdict) for c in found] == [
        (1.35, 2014, "supported"), (2.28, 2025, "supported")]  # fmt: skip


def test_an_ascii_arrow_reads_the_same():
    # 2025 ed. Table 3: Latvia 2014 = 0.97, 2025 = 3.73 (estimate)
    found = _claims("Latvia 0.97% -> 3.73% (2014-2025).", "Latvia")
    assert [(c.claim.year, c.verdict) for c in found] == [(2014, "supported"), (2025, "supported")]


def test_a_wrong_starting_point_is_contradicted_for_the_first_year():
    # 2025 ed. Table 3: Estonia 2014 = 1.90, not 1.60
    found = _claims("Estonia 1.60% → 3.38% (2014–2025).", "Estonia")
    assert [(c.claim.value, c.claim.year, c.verdict) for c in found] == [
        (1.6, 2014, "contradicted"), (3.38, 2025, "supported")]  # fmt: skip


def test_an_undated_starting_point_is_not_the_end_points_year():
    # 2025 ed. Table 3: Latvia 2025 = 3.73; 0.97 is its 2014 figure, which the text does not
    # date here: unverifiable, not contradicted against 2025
    found = _claims("Latvia 0.97% → 3.73%.", "Latvia")
    assert [(c.claim.value, c.verdict) for c in found] == [
        (0.97, "unverifiable"), (3.73, "supported")]  # fmt: skip
