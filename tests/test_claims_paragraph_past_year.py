"""A figure in the past tense with no time words of its own, in a paragraph whose figures and
times so far are all of one past year, is of that year ('In 2024 Latvia put 3.36% ... Finland
was at 2.40%'), even when the edition of the date already gives the year after. When it agrees
with that latest year instead, it may mean it: unverifiable, not contradicted.

Official values (NATO, Defence Expenditure of NATO Countries, 2025 edition, 28 August 2025),
looked up with milex.observations("share_of_gdp", ally, years=[2024, 2025], edition=2025):
Latvia 2024 3.36; Finland 2024 2.40, 2025 2.77 (2024 edition, 17 June 2024: Finland 2024 2.41).
"""

from __future__ import annotations

import milex

DAY = "2025-11-20"  # the 2025 edition is current; its latest year is 2025


def _verdicts(text: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked]


def test_past_tense_figure_takes_the_paragraphs_one_past_year():
    got = _verdicts("In 2024 Latvia put 3.36% of its GDP into defence. Finland was at 2.40%.")
    assert (2.4, "Finland", 2024, "supported") in got


def test_past_tense_figure_wrong_for_that_year_is_contradicted():
    # Finland's 2024 share is 2.40, and 2.60 is no year's of this edition
    got = _verdicts("In 2024 Latvia put 3.36% of its GDP into defence. Finland was at 2.60%.")
    assert (2.6, "Finland", 2024, "contradicted") in got


def test_past_tense_figure_agreeing_with_the_latest_year_is_unverifiable():
    # 2.77 is Finland's 2025 share: the text may mean the latest figure
    got = _verdicts("In 2024 Latvia put 3.36% of its GDP into defence. Finland was at 2.77%.")
    assert (2.77, "Finland", 2024, "unverifiable") in got
    assert not [v for v in got if v[0] == 2.77 and v[3] == "contradicted"]


def test_past_tense_figure_agreeing_with_the_edition_before_is_unverifiable():
    # 2.41 is Finland's 2024 share in the 2024 edition (17 June 2024), revised to 2.40 in the
    # 2025 edition: the text may cite the earlier estimate
    got = _verdicts("In 2024 Latvia put 3.36% of its GDP into defence. Finland was at 2.41%.")
    assert (2.41, "Finland", 2024, "unverifiable") in got
    assert not [v for v in got if v[0] == 2.41 and v[3] == "contradicted"]
