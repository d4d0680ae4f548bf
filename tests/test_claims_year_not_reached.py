"""A share dated only by its tense, right after the text named a year that has come by the
article's date but that the current edition does not reach yet, may be of that year: it is
unverifiable, not wrong against the edition's latest year.

On 15 April 2025 the current edition held is NATO's 2024 edition (17 June 2024), whose last
year is 2024 (Table 3, Poland 2024e: 4.12% of GDP); it has no 2025 column.
"""

from __future__ import annotations

from tests.conftest import claims_of


def shares(text: str, date: str) -> dict:
    return {(c.claim.subject_code, c.claim.value): c.verdict
            for c in claims_of("share_of_gdp", text, date)}  # fmt: skip


def test_a_figure_after_a_year_the_edition_does_not_reach_is_unsure():
    got = shares("In 2025 a record number of allies are expected to reach 2%, NATO says. "
                 "Poland is put at 4.7%.", "2025-04-15")  # fmt: skip
    assert got == {("POL", 4.7): "unverifiable"}
    # after a year the edition holds it is still wrong (4.12% in 2024, the year named)
    got = shares("In 2024 a record number of allies reached 2%, NATO says. "
                 "Poland is put at 4.7%.", "2025-04-15")  # fmt: skip
    assert got == {("POL", 4.7): "contradicted"}
    # and a deadline still to come is no such year
    got = shares("Allies promised to reach 3% by 2030, NATO says. Poland is put at 4.7%.",
                 "2025-04-15")  # fmt: skip
    assert got == {("POL", 4.7): "contradicted"}
