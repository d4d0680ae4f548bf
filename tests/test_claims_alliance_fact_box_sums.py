"""Sums of money in a fact box whose title names the alliance with the box's words first ("In
numbers: the alliance in 2023", then "$34bn - Italy"): the box is the alliance's, its sums
the allies' defence spending in the title's year, though no line says "defence" or
"spending".

Values from NATO's 2024 edition (17 June 2024), Table 2, current prices, looked up with
milex.observations("spending_usd_current", ["Italy", "Norway"], years=[2023], edition=2024):
Italy 2023 USD 33,856.66 million, Norway 2023 USD 8,799.39 million (and 2024 estimates, the
year an undated box would be read in, Italy USD 34.46 bn: the title's 2023 is read).
"""

from __future__ import annotations

import pytest

import milex


def _sums(text: str) -> list:
    return [(c.claim.subject_code, c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date="2024-09-01").claims
            if c.claim.kind == "spending_amount"]  # fmt: skip


@pytest.mark.parametrize(("said", "value", "verdict"), [("8.8", 8.8, "supported"),
                                                        ("12", 12.0, "contradicted")])  # fmt: skip
def test_rows_of_money_under_a_title_naming_the_alliance(said, value, verdict):
    text = f"In numbers: the alliance in 2023\n$33.9bn - Italy\n${said}bn - Norway"
    assert _sums(text) == [("ITA", 33.9, 2023, "supported"), ("NOR", value, 2023, verdict)]


def test_a_figure_first_row_takes_the_year_of_its_list_header():
    # ("$34.5bn - Italy" was no row: read in 2024, where it agrees with 34.46, not in 2023)
    text = "Defence spending in 2023:\n$34.5bn - Italy"
    assert _sums(text) == [("ITA", 34.5, 2023, "contradicted")]
