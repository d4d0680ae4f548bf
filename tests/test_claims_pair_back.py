"""A sentence that opens on the allies the sentence before gave figures for ('Both trail
Poland's 3.26%', 'Neither comes near ...') compares them in the year those figures were given
for: its own figure, dated by nothing, is of that year, not the latest year of the edition.

Official values (NATO 2024 edition, 17 June 2024, `milex.observations("share_of_gdp",
"Poland", years=[2023, 2024], edition=2024)` and the same for Germany and France): Germany
2023 1.64, France 2023 1.96, Poland 2023 3.26, 2024 4.12 (estimate).
"""

from __future__ import annotations

import milex

DAY = "2024-09-01"
PAIR = "Berlin devoted 1.64% of GDP to defence in 2023 and Paris 1.96%, NATO's tables show. "


def _one(text: str, value: float):
    (claim,) = [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]
    return claim


def test_both_compares_in_the_year_of_the_pair():
    claim = _one(PAIR + "Both still sit well below Poland's 3.26%.", 3.26)
    assert claim.claim.subject == "Poland"
    assert claim.claim.year == 2023
    assert claim.verdict == "supported"  # 3.26 in 2023 (4.12 in 2024 would not agree)
    # a pair given a deadline, not a year, lends none: the latest year of the edition
    claim = _one("Berlin and Paris pledged 3.5% of GDP by 2035. Both trail Poland's 4.12%.", 4.12)
    assert claim.claim.year == 2024


def test_neither_compares_in_the_year_of_the_pair_and_a_wrong_figure_is_contradicted():
    claim = _one(PAIR + "Neither comes near Poland's 3.9%.", 3.9)
    assert claim.claim.year == 2023
    assert claim.verdict == "contradicted"  # 3.26 in 2023
