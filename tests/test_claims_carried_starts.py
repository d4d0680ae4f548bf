"""A change 'from X to Y' whose start no words date, right after a sentence (in its paragraph
or the one before) that named one past year: the start may be of that year, a reading that can
support it but never contradict it (as with the year before the end point's, which it is tried
after). It had been left unverifiable whenever the year before the end point's disagreed.

NATO's 2025 edition, looked up with milex.observations("share_of_gdp", [...], edition=2025):
Denmark 2022 1.36, 2024 2.27, 2025 3.22 (estimate); Norway 2022 1.46, 2024 2.27, 2025 3.35
(estimate).
"""

import milex

DATE = "2025-11-20"  # the 2025 edition current; its latest year 2025


def _claims(text):
    return milex.check(text, date=DATE).claims


def test_the_start_is_of_the_year_the_paragraph_before_named():
    start, end = _claims(
        "The mood in the Nordic capitals changed in 2022, when tanks crossed into Ukraine.\n\n"
        "Since then Denmark's share has more than doubled, from 1.36% to 3.22%."
    )
    assert (start.claim.value, start.verdict, start.claim.year) == (1.36, "supported", 2022)
    assert "the year the sentence before names" in start.explanation
    assert (end.claim.value, end.verdict) == (3.22, "supported")


def test_in_the_same_paragraph():
    start, _end = _claims(
        "Norway was a laggard in 2022. Its share has climbed, from 1.46% to 3.35%."
    )
    assert (start.verdict, start.claim.year) == ("supported", 2022)


def test_a_start_that_fits_no_reading_stays_open():
    start, end = _claims(
        "The mood in the Nordic capitals changed in 2022, when tanks crossed into Ukraine.\n\n"
        "Since then Denmark's share has more than doubled, from 1.6% to 3.22%."
    )
    assert start.verdict == "unverifiable"
    assert "nor the year the sentence before names (2022)" in start.explanation
    assert end.verdict == "supported"


def test_a_wrong_end_point_is_still_contradicted():
    start, end = _claims(
        "The mood in the Nordic capitals changed in 2022, when tanks crossed into Ukraine.\n\n"
        "Since then Denmark's share has more than doubled, from 1.36% to 2.9%."
    )
    assert start.verdict == "supported"
    assert (end.claim.value, end.verdict) == (2.9, "contradicted")  # 3.22
