"""'Not the 23 reported at the time': a figure as first announced is an earlier estimate
(patterns.json time.earlier_estimate); when more than one edition came before the day's, the
text does not say which, so one earlier still that agrees leaves the figure unverifiable
(verify_alliance._older_count, verify._older_agrees), and one that no edition agrees with is
still contradicted.

Counts of allies at or above 2% of GDP in 2024 (milex.observations("share_of_gdp", ...,
years=[2024], edition=...), counted): 23 in the 2024 edition, 18 in the 2025 edition, 17 in
the 2026 edition (core defence). Poland 2025: 4.48 in the 2025 edition, 4.25 in the 2026 one.
"""

from __future__ import annotations

import pytest

import milex


def found(text: str) -> dict:
    return {c.claim.value: c.verdict for c in milex.check(text, date="2026-07-15").claims}


@pytest.mark.parametrize(("count", "verdict"), [(23, "unverifiable"), (27, "contradicted")])
def test_a_count_first_reported_is_not_held_to_the_edition_before_the_days(count, verdict):
    got = found("Only 17 allies reached 2% in 2024, the alliance's new tables show, "
                f"not the {count} reported at the time.")  # fmt: skip
    assert got[17.0] == "supported"
    assert got[float(count)] == verdict


@pytest.mark.parametrize(("share", "verdict"), [("4.48", "supported"), ("4.78", "contradicted")])
def test_a_share_published_at_the_time_is_an_earlier_estimate(share, verdict):
    got = found("Poland spent 4.25% in 2025, NATO's latest tables show, "
                f"not the {share}% published at the time.")  # fmt: skip
    assert got[float(share)] == verdict
