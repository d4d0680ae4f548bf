"""'1.17% in 2019, then 1.59%, 1.54% and 1.52% over the next three years': a run of N figures
ending 'in the N years after' counts on from the year of the figure before it, one year a
figure (years._years_after_run); not all of them that year's.

Values from NATO's 2024 edition, looked up with milex.observations("share_of_gdp", "Italy",
years=[...], edition=2024): 2019: 1.17; 2020: 1.59; 2021: 1.54; 2022: 1.52; 2023: 1.50.
"""

from __future__ import annotations

import pytest

import milex


def found(text: str) -> dict:
    return {c.claim.value: (c.verdict, c.claim.year)
            for c in milex.check(text, date="2024-07-20").claims}  # fmt: skip


@pytest.mark.parametrize("tail", ["in the three years after", "in the three years that followed",
                                  "in the following three years"])  # fmt: skip
def test_a_run_counts_on_from_the_year_before_it(tail):
    got = found(f"NATO's tables had Italy at 1.17% in 2019, then 1.59%, 1.54% and 1.52% {tail}.")
    assert got[1.59] == ("supported", 2020)
    assert got[1.54] == ("supported", 2021)
    assert got[1.52] == ("supported", 2022)


def test_a_wrong_figure_in_the_run_is_judged_against_its_own_year():
    got = found("NATO's tables had Italy at 1.17% in 2019, then 1.59%, 1.74% and 1.52% "
                "in the three years after.")  # fmt: skip
    assert got[1.74] == ("contradicted", 2021)  # 2021: 1.54
