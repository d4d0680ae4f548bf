"""The 2019 and 2026 editions, held as CSV conversions made by others: read, checked, refused."""

from __future__ import annotations

import csv
import shutil

import pytest

from milex.errors import SourceLayoutError
from milex.sources.conversions import read_nato_2019_conversion, read_nato_2026_conversion

FILE_2026 = "nato-2026/nato_defence_2026_conversion.csv"
FILE_2019 = "nato-2019/nato_2019_edition.csv"


@pytest.fixture(scope="module")
def nato2026(sources):
    return read_nato_2026_conversion(sources / FILE_2026, edition=2026, file_label=FILE_2026)


@pytest.fixture(scope="module")
def nato2019(sources):
    return read_nato_2019_conversion(sources / FILE_2019, edition=2019, file_label=FILE_2019)


def _one(frame, measure, country, year):
    rows = frame[(frame["measure"] == measure) & (frame["country"] == country)
                 & (frame["year"] == year)]  # fmt: skip
    assert len(rows) == 1
    return rows.iloc[0]


def test_2026_edition_figures_and_tables(nato2026):
    assert _one(nato2026, "share_of_gdp", "Poland", 2026)["value"] == 4.68
    assert _one(nato2026, "share_of_gdp", "Lithuania", 2026)["value"] == 5.33
    us = _one(nato2026, "spending_usd_current", "United States", 2026)
    assert (us["value"], us["unit"], us["table"], us["estimate"]) == (
        1032849,
        "million USD",
        "2",
        True,
    )
    de = _one(nato2026, "spending_nc_current", "Germany", 2026)
    assert (de["value"], de["unit"]) == (124660, "million EUR")
    sweden = _one(nato2026, "spending_nc_current", "Sweden", 2024)
    assert (sweden["value"], sweden["unit"]) == (140549, "million SEK")
    assert _one(nato2026, "share_of_gdp", "Poland", 2024)["price_base"] == "constant 2021"
    assert not _one(nato2026, "share_of_gdp", "Poland", 2024)["estimate"]
    assert "Iceland" not in set(nato2026["country"])


def test_2026_bulgaria_is_in_euros_for_every_year(nato2026):
    """NATO's 2026 tables give Bulgaria in euros: its USD/national rate is the euro's each year."""
    for year in range(2014, 2027):
        rates = {}
        for ally in ("Bulgaria", "Germany", "France"):
            nc = _one(nato2026, "spending_nc_current", ally, year)["value"]
            usd = _one(nato2026, "spending_usd_current", ally, year)["value"]
            rates[ally] = usd / nc
        assert rates["Bulgaria"] == pytest.approx(rates["Germany"], rel=2e-3), year
        assert rates["France"] == pytest.approx(rates["Germany"], rel=2e-3), year


def test_2019_edition_units_are_nato_s(nato2019):
    us = _one(nato2019, "spending_usd_current", "United States", 2019)
    assert (us["value"], us["unit"], us["estimate"]) == (730149.0, "million USD", True)
    assert round(_one(nato2019, "share_of_gdp", "United States", 2019)["value"], 2) == 3.42
    assert _one(nato2019, "personnel", "United States", 2019)["value"] == 1338.1
    assert not _one(nato2019, "share_of_gdp", "United States", 2017)["estimate"]
    iceland = set(nato2019.loc[nato2019["country"] == "Iceland", "measure"])
    assert iceland == {"gdp_usd_constant", "gdp_per_capita_usd_constant"}


def _damaged(sources, tmp_path, name, line, field, text):
    path = tmp_path / name.split("/")[1]
    shutil.copy(sources / name, path)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    rows[line - 1][field - 1] = text
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    return path


@pytest.mark.parametrize(
    "line, field, text, cell, words",
    [
        (2, 6, "n/a", "R2C6", "expected a number"),
        (2, 6, "", "R2C6", "empty value"),
        (2, 1, "XX", "R2C1", "unknown code"),
        (2, 5, "core_share_gpd", "R2C5", "unknown"),
        (2, 4, "True", "R2C4", "estimate"),
        (2, 3, "2027", "R2C3", "year"),
        (1, 6, "amount", "R1C1", "header"),
    ],
)
def test_2026_refusals_name_the_cell(sources, tmp_path, line, field, text, cell, words):
    path = _damaged(sources, tmp_path, FILE_2026, line, field, text)
    with pytest.raises(SourceLayoutError) as err:
        read_nato_2026_conversion(path, edition=2026, file_label=FILE_2026)
    assert err.value.cell == cell and words in err.value.problem


@pytest.mark.parametrize(
    "line, field, text, cell, words",
    [
        (2, 3, "lots", "R2C3", "expected a number"),
        (2, 1, "XYZ", "R2C1", "unknown"),
        (2, 2, "2020", "R2C2", "year"),
        (1, 5, "Defence share", "R1C5", "unknown"),
    ],
)
def test_2019_refusals_name_the_cell(sources, tmp_path, line, field, text, cell, words):
    path = _damaged(sources, tmp_path, FILE_2019, line, field, text)
    with pytest.raises(SourceLayoutError) as err:
        read_nato_2019_conversion(path, edition=2019, file_label=FILE_2019)
    assert err.value.cell == cell and words in err.value.problem


def test_a_duplicated_row_is_refused(sources, tmp_path):
    path = tmp_path / "dup.csv"
    lines = (sources / FILE_2026).read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join([*lines, lines[5]]), encoding="utf-8")
    with pytest.raises(SourceLayoutError, match="twice"):
        read_nato_2026_conversion(path, edition=2026, file_label=FILE_2026)
