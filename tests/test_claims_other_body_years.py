"""'NATO's June estimate for Italy is 1.49%; SIPRI puts it at 1.6%': another body's estimate of
the figure just given, neither with a year said, is of the latest year that body's edition of
the day gives, as the first is of NATO's (years._estimated_again keeps the 'tense' reading),
not of the article's own year.

Values: NATO's 2024 edition, Italy 2024: 1.49; SIPRI's April 2025 release (milex.observations(
"share_of_gdp", "Italy", years=[2024], source="SIPRI")), Italy 2024: 1.61.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("share", "verdict"), [("1.6", "supported"), ("1.9", "contradicted")])
def test_another_bodys_estimate_is_of_its_latest_year(share, verdict):
    text = ("NATO's June estimate for Italy is 1.49% of GDP; SIPRI, which counts differently, "
            f"puts it at {share}%.")  # fmt: skip
    got = {c.claim.value: (c.verdict, c.claim.year, c.claim.source)
           for c in milex.check(text, date="2025-05-02").claims}  # fmt: skip
    assert got[float(share)] == (verdict, 2024, "SIPRI")
