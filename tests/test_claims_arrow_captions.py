"""The claim checker on a run of arrow captions in one paragraph, the first dated by a span of
years and the next ones by none ('Romania 1.35% → 2.28% (2014–2025). Latvia 0.97% → 3.73%.'),
in our own words: the captions after the first compare the same two years, so each starting
figure is of the span's first year and each end figure of its last. Official values: NATO's
2025 edition, Table 3: Romania 1.35 (2014), 2.28 (2025); Latvia 0.97 (2014), 3.73 (2025);
Estonia 1.90 (2014), 3.38 (2025)."""

from __future__ import annotations

import milex

_CAPTIONS = ("Small multiples: Romania 1.35% → 2.28% (2014–2025). Latvia 0.97% → 3.73%. "
             "Estonia {start}% → 3.38%.")  # fmt: skip


def _claims(start: str) -> list[tuple]:
    found = milex.check(_CAPTIONS.format(start=start), date="2025-09-01").claims
    return [(c.claim.subject, c.claim.value, c.claim.year, c.verdict) for c in found]


def test_later_arrow_captions_take_the_first_ones_span():
    found = _claims("1.90")
    assert ("Latvia", 0.97, 2014, "supported") in found
    assert ("Latvia", 3.73, 2025, "supported") in found
    assert ("Estonia", 1.9, 2014, "supported") in found


def test_a_wrong_start_in_a_later_caption_is_contradicted_for_the_first_year():
    # Estonia 2014 = 1.90, not 1.60
    assert ("Estonia", 1.6, 2014, "contradicted") in _claims("1.60")
