"""Two figures joined by 'and' that share their verb share the time after the second, also
when the first carries its own 'of GDP' ('devoted 3.26% of its GDP and over a tenth of all
public spending to defence in 2023'): the year is the first figure's too (years._joined_pair).

Values from NATO's 2024 edition, looked up with milex.observations("share_of_gdp", "Poland",
years=[2023], edition=2024): Poland 2023 = 3.26 (2024 = 4.12).
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("share", "verdict"), [("3.26", "supported"), ("3.83", "contradicted")])
def test_the_year_after_the_pair_is_the_first_figures(share, verdict):
    text = (
        f"Poland devoted {share}% of its GDP and over a tenth of all public spending to "
        "defence in 2023."
    )
    got = [(c.claim.value, c.claim.subject, c.claim.year, c.verdict)
           for c in milex.check(text, date="2024-07-20").claims if c.claim.kind == "share_of_gdp"]  # fmt: skip
    assert got == [(float(share), "Poland", 2023, verdict)]
