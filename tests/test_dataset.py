"""The packaged dataset and its Python API, against values from the official tables."""

from __future__ import annotations

import csv
import shutil
from datetime import date

import pytest

import milex
from milex.dataset import load as dataset
from milex.errors import BadParameter, CorruptDataError, NoData, UnknownAlly, UnknownName


def share(country, year, edition):
    return milex.value("share_of_gdp", country, year, edition=edition)


# ---------------------------------------------------------------- 2024 edition
def test_2024_edition_23_of_32_allies_at_or_above_2pct_in_2024():
    rows = milex.observations("share_of_gdp", years=2024, edition=2024)
    allies = rows[~rows["iso3"].isin(["NATO", "NATO_EC"])]
    assert len(allies) == 31  # Iceland has no armed forces and no row
    assert (allies["value"] >= 2.0).sum() == 23
    assert len(milex.allies(as_of=date(2024, 6, 17))) == 32


def test_2024_edition_poland_2024_is_an_estimate_of_4_12():
    row = share("Poland", 2024, 2024)
    assert round(row["value"], 2) == 4.12
    assert bool(row["estimate"]) is True
    assert row["flag"] == "e"
    assert row["unit"] == "% of GDP"
    assert row["price_base"] == "constant 2015"
    assert row["note"] == "national 2% law"


def test_2024_edition_us_spending_2024_in_current_usd():
    row = milex.value("spending_usd_current", "United States", 2024, edition=2024)
    assert row["value"] == pytest.approx(967707)
    assert row["unit"] == "million USD"
    assert row["price_base"] == "current"
    assert row["table"] == "2"


# ---------------------------------------------------------------- 2025 edition
def test_2025_edition_counts_and_revisions():
    rows = milex.observations("share_of_gdp", years=[2023, 2024], edition=2025)
    allies = rows[~rows["iso3"].isin(["NATO", "NATO_EC"])]
    at_2 = allies[allies["value"] >= 2.0].groupby("year").size()
    assert at_2[2024] == 18
    assert at_2[2023] == 10
    assert round(share("POL", 2024, 2025)["value"], 2) == 3.79
    assert share("POL", 2024, 2025)["price_base"] == "constant 2021"


def test_germany_has_no_2025_figure_in_the_2025_edition():
    rows = milex.observations("share_of_gdp", "Germany", 2025, edition=2025)
    assert rows.empty
    with pytest.raises(NoData, match="Germany"):
        share("Germany", 2025, 2025)


def test_default_edition_is_the_latest_and_as_of_picks_by_publication_date():
    assert set(milex.observations("share_of_gdp", "Poland", 2024)["edition"]) == {2025}
    early = milex.observations("share_of_gdp", "Poland", 2024, as_of="2025-03-13")
    late = milex.observations("share_of_gdp", "Poland", 2024, as_of="2025-09-01")
    assert early["edition"].tolist() == [2024]
    assert late["edition"].tolist() == [2025]


def test_every_edition_and_sipri_side_by_side():
    both = milex.observations("share_of_gdp", "Poland", 2024, edition="all")
    assert sorted(both["value"].round(2)) == [3.79, 4.12]
    sipri = milex.observations("share_of_gdp", "Poland", 2024, source="SIPRI")
    assert round(sipri["value"].iloc[0], 2) == 4.15  # SIPRI April 2025 release


def test_aliases_and_codes_query_the_same_rows():
    a = milex.observations("share_of_gdp", "Turkey", 2024, edition=2024)
    b = milex.observations("share_of_gdp", "TUR", 2024, edition=2024)
    assert a.equals(b) and len(a) == 1 and a["country"].iloc[0] == "Türkiye"


def test_bad_names_and_parameters_are_refused_with_suggestions():
    with pytest.raises(UnknownAlly, match="Poland"):
        milex.observations("share_of_gdp", "Polnad")
    with pytest.raises(UnknownName, match="share_of_gdp"):
        milex.observations("share_of_gpd")
    with pytest.raises(UnknownName, match="2024"):
        milex.observations("share_of_gdp", edition=2019)
    with pytest.raises(BadParameter):
        milex.observations("share_of_gdp", edition=2024, as_of="2025-01-01")
    with pytest.raises(BadParameter):
        milex.observations("share_of_gdp", years="twenty")


# ---------------------------------------------------------------- integrity
def test_a_damaged_data_file_is_refused(tmp_path, monkeypatch):
    copy = tmp_path / "data"
    shutil.copytree(dataset.DATA, copy)
    path = copy / "observations.parquet"
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    path.write_bytes(bytes(raw))
    monkeypatch.setattr(dataset, "DATA", copy)
    dataset.clear_cache()
    try:
        with pytest.raises(CorruptDataError, match="checksum"):
            milex.observations("share_of_gdp")
    finally:
        monkeypatch.undo()
        dataset.clear_cache()


def test_packaged_tables_have_their_provenance():
    pkg = dataset.package()
    names = {r["name"] for r in pkg["resources"]}
    assert names == {"observations", "allies", "commitments", "editions"}
    assert all(r["hash"].startswith("sha256:") for r in pkg["resources"])
    assert {s["published"] for s in pkg["sources"]} == {"2024-06-17", "2025-08-28", "2025-04-28"}
    commitments = dataset.table("commitments")
    hague = commitments.set_index("id").loc["hague-core"]
    assert (hague["threshold"], hague["deadline"], hague["agreed"]) == (3.5, 2035, "2025-06-25")


# ---------------------------------------------------------------- fidelity to the raw files
def _raw_cell_reader(sources):
    import openpyxl

    books: dict = {}
    csvs: dict = {}

    def read(file, sheet, cell):
        path = sources / file
        if path.suffix == ".xlsx":
            if file not in books:
                books[file] = openpyxl.load_workbook(path, data_only=True, read_only=False)
            return books[file][sheet][cell].value
        if file not in csvs:
            with open(path, encoding="utf-8", newline="") as fh:
                csvs[file] = list(csv.reader(fh))
        line, field = cell[1:].split("C")
        return float(csvs[file][int(line) - 1][int(field) - 1])

    return read


FRACTION_SHEETS = {"Share of GDP", "Share of Govt. spending"}  # SIPRI stores fractions


def test_every_value_equals_its_raw_cell_at_full_precision(sources):
    obs = dataset.table("observations")
    read = _raw_cell_reader(sources)
    mismatches = []
    for r in obs.itertuples(index=False):
        raw = read(r.file, r.sheet, r.cell)
        expected = raw * 100 if r.source == "SIPRI" and r.sheet in FRACTION_SHEETS else raw
        if not isinstance(raw, (int, float)) or float(expected) != r.value:
            mismatches.append((r.file, r.sheet, r.cell, raw, r.value))
    assert not mismatches, mismatches[:10]
    assert len(obs) > 50_000
