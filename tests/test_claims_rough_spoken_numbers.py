"""The claim checker on a number said in words with a rounding suffix ('three point one-ish',
'two-ish'), as transcripts write speech: the number is read without the suffix and hedged
'about', so it is judged with the tolerance of a rounded figure; other words ending in '-ish'
('flat-ish') are no numbers.

Official values in the comments are NATO's Table 3 (share of GDP, %) in the 2024 edition, read
with `milex.observations("share_of_gdp", ally, years=[2024], edition=2024)`.
"""

from __future__ import annotations

import milex

DAY = "2024-11-15"  # the 2024 edition (17 June 2024) is current


def claims(text: str) -> list[tuple[str, str, float | None, str | None]]:
    """(verdict, subject, value, hedge) of every claim with a subject."""
    report = milex.check(text, date=DAY)
    return [(c.verdict, str(c.claim.subject), c.claim.value, c.claim.hedge)
            for c in report.claims if c.claim.subject]  # fmt: skip


def test_a_decimal_said_in_words_with_ish_is_about_that_figure():
    # Latvia 2024 = 3.15
    found = claims("GUEST: Latvia now spends three point one-ish percent of GDP on defence.")
    assert ("supported", "Latvia", 3.1, "about") in found


def test_a_wrong_rough_figure_is_still_contradicted():
    # Latvia 2024 = 3.15: 'about 2.4' is far off
    found = claims("GUEST: Latvia now spends two point four-ish percent of GDP on defence.")
    assert ("contradicted", "Latvia", 2.4, "about") in found


def test_a_whole_number_with_ish_and_a_word_that_is_no_number():
    # Norway 2024 = 2.20; 'flat-ish' is no figure
    found = claims("GUEST: Norway spends two-ish percent of GDP on defence, flat-ish for years.")
    assert [f for f in found if f[1] == "Norway"] == [("supported", "Norway", 2.0, "about")]
