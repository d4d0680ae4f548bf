"""A move 'from X to Y' where no words date the starting point ('Canada jumped from 1.47% to
2.01%'): the end point gets its year (here from the tense and the date), the start is read,
as a move from one year to the next, as the year before; it is supported when that year's
figure agrees, and never contradicted on that guess (the writer may start from 2014 or any
earlier year), while a wrong end point is still contradicted.

Official values (NATO's 2025 edition, 28 August 2025, Table 3, looked up with
`milex.observations("share_of_gdp", country, years=[2023, 2024, 2025], edition=2025)`):
Canada 2024 1.47, 2025 2.01; Czechia 2024 2.08, 2025 2.00; Lithuania 2024 3.09, 2025 4.00.
"""

from __future__ import annotations

import pytest

import milex

_DATE = "2025-08-30"  # two days after the 2025 edition


def _by_value(text: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=_DATE).claims}


@pytest.mark.parametrize(
    "text, start, subject",
    [
        ("Ottawa's big leap took Canada from 1.47% to 2.01% of GDP.", 1.47, "Canada"),
        ("Czechia slipped slightly, from 2.08% to 2.00%.", 2.08, "Czechia"),
        ("Lithuania's share of GDP went from 3.09% to 4.00%.", 3.09, "Lithuania"),
    ],
)
def test_undated_start_that_the_year_before_gives_is_supported(text, start, subject):
    found = _by_value(text)
    assert found[start].verdict == "supported"
    assert found[start].claim.subject == subject
    assert found[start].claim.year == 2024
    assert "the year before the end point's" in found[start].explanation


def test_undated_start_that_disagrees_is_never_contradicted():
    # Canada's 2024 figure is 1.47, not 1.27: but the text may start from an earlier year
    # (2014's was about 1.0), so the guess does not make it wrong
    found = _by_value("Canada's share of GDP climbed from 1.27% to 2.01%.")
    assert found[1.27].verdict == "unverifiable"
    assert "does not agree" in found[1.27].explanation
    assert found[2.01].verdict == "supported"


def test_wrong_end_point_is_still_contradicted():
    # the end point keeps its own year (2025: 2.00 for Czechia), and a wrong one is wrong,
    # while the start beside it is supported on the year before
    found = _by_value("Czechia slipped slightly, from 2.08% to 1.70%.")
    assert found[1.7].verdict == "contradicted"
    assert found[2.08].verdict == "supported"
