"""A run of figures closed by 'respectively' pairs by place with a run of as many years
before it: 'only 2017, 2018 and 2023 were lower (3.28, 3.26 and 3.23 per cent respectively)'
gives 3.28 to 2017, 3.26 to 2018 and 3.23 to 2023, even after another figure of the sentence
(before, with 'post-2014' and '3.38% in 2024' earlier in the sentence, the years no longer
paired and 3.28 took 2023 and was contradicted).

Official values, NATO 2024 edition (17 June 2024), Table 3, looked up with
`milex.observations("share_of_gdp", "United States", years=[2017, 2018, 2023],
edition=2024)`: 3.28 (G41), 3.26 (H41), 3.23 (M41).
"""

from __future__ import annotations

import milex

DATE = "2024-09-01"


def _read(text: str) -> dict[float, tuple[str, int | None]]:
    return {c.claim.value: (c.verdict, c.claim.year) for c in milex.check(text, date=DATE).claims}


def test_years_and_figures_paired_respectively():
    got = _read("America's burden, an estimated 3.38% in 2024, is low by post-2014 standards; only "
                "2017, 2018 and 2023 were lower (3.28, 3.26 and 3.23 per cent respectively).")  # fmt: skip
    assert got[3.28] == ("supported", 2017)
    assert got[3.26] == ("supported", 2018)
    assert got[3.23] == ("supported", 2023)


def test_a_wrong_figure_of_the_run_is_contradicted_for_its_own_year():
    got = _read("America's burden, an estimated 3.38% in 2024, is low by post-2014 standards; only "
                "2017, 2018 and 2023 were lower (3.28, 3.56 and 3.23 per cent respectively).")  # fmt: skip
    assert got[3.56] == ("contradicted", 2018)  # 3.26
    assert got[3.28] == ("supported", 2017)
