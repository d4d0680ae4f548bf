"""The claim checker on a level named with its year and then stated: 'the 2023 level
(1.64%)', 'the 2023 level was 1.64%'. The year dates the figure that states the level (as in
'its 2023 level of 1.64%'); only a level set against, with no figure of its own ('up from
its 2023 level'), is a base.

Official values: NATO's 2024 edition (17 June 2024), Table 3, read with
`milex.observations("share_of_gdp", ally, years=[...], edition=2024)`: Germany 2023 1.64,
2024 2.12; France 2022 1.88, 2024 2.06.
"""

from __future__ import annotations

import milex

DAY = "2024-07-05"


def shares(text: str) -> list[tuple[str, int | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.year, c.claim.value) for c in report.claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


def test_a_bracketed_figure_after_a_dated_level():
    # Germany 2023: 1.64 (2024 would be 2.12)
    got = shares("Germany now spends 2.12%. A critic's 1.6% was only the 2023 level (1.64%).")
    assert ("supported", 2023, 1.64) in got


def test_a_dated_level_stated_by_a_copula():
    # France 2022: 1.88
    got = shares("France spends 2.06%. The 2022 level was 1.88%.")
    assert ("supported", 2022, 1.88) in got


def test_a_wrong_figure_for_a_dated_level_is_contradicted():
    # Germany 2023: 1.64, not 1.9
    got = shares("Germany now spends 2.12%. The 2023 level (1.9%) was far lower.")
    assert ("contradicted", 2023, 1.9) in got
