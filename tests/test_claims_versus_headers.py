"""The claim checker on a table whose header sets two years against each other ('share of
GDP, 2023 vs 2024') over rows of two figures, here joined by an arrow ('Bulgaria: 1.96 →
2.18'), in our own words: the two years are the two columns, the first figure the first
year's and the second the second's (in a header of changes, 'Real change, 2024 vs 2023', the
second year stays the base of one change: benchmarks r52-d01, r55-d05). Official values:
NATO's 2024 edition, Table 3: Bulgaria 1.96 (2023), 2.18 (2024); Croatia 1.74 (2023), 1.81
(2024)."""

from __future__ import annotations

import milex

_TABLE = """Table: share of GDP, 2023 vs 2024
Bulgaria: 1.96 → 2.18
Croatia: {croatia} → 1.81"""


def _claims(text: str) -> list[tuple]:
    return [(c.claim.subject, c.claim.kind, c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date="2024-06-25").claims]  # fmt: skip


def test_two_years_set_against_each_other_are_two_columns():
    found = _claims(_TABLE.format(croatia="1.74"))
    assert found == [
        ("Bulgaria", "share_of_gdp", 1.96, 2023, "supported"),
        ("Bulgaria", "share_of_gdp", 2.18, 2024, "supported"),
        ("Croatia", "share_of_gdp", 1.74, 2023, "supported"),
        ("Croatia", "share_of_gdp", 1.81, 2024, "supported"),
    ]


def test_a_wrong_first_column_figure_is_contradicted_for_the_first_year():
    # Croatia 2023 = 1.74, not 1.94
    assert ("Croatia", "share_of_gdp", 1.94, 2023, "contradicted") in _claims(
        _TABLE.format(croatia="1.94")
    )
