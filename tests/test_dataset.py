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
    assert set(milex.observations("share_of_gdp", "Poland", 2024)["edition"]) == {2026}
    early = milex.observations("share_of_gdp", "Poland", 2024, as_of="2025-03-13")
    late = milex.observations("share_of_gdp", "Poland", 2024, as_of="2025-09-01")
    assert early["edition"].tolist() == [2024]
    assert late["edition"].tolist() == [2025]


@pytest.mark.parametrize(
    "day, edition, basis",
    [
        ("2019-06-24", None, None),  # before the earliest edition held
        ("2019-07-01", 2019, "defence expenditure"),
        ("2024-06-16", 2019, "defence expenditure"),
        ("2026-07-06", 2025, "defence expenditure"),
        ("2026-07-07", 2026, "core defence expenditure"),
    ],
)
def test_as_of_switches_on_the_publication_days(day, edition, basis):
    if edition is None:
        with pytest.raises(NoData, match="earliest held"):
            milex.observations("share_of_gdp", "Poland", as_of=day)
        return
    rows = milex.observations("share_of_gdp", "Poland", as_of=day)
    assert set(rows["edition"]) == {edition} and set(rows["basis"]) == {basis}


def test_the_2026_edition_as_published(sources):
    """Values from the conversion of NATO's 2026 workbook (read here with the csv module)."""
    with open(sources / "nato-2026" / "nato_defence_2026_conversion.csv", encoding="utf-8") as f:
        raw = {
            (r["geo"], r["measure"], int(r["year"])): float(r["value"]) for r in csv.DictReader(f)
        }
    expected = {("PL", 2026): 4.68, ("PL", 2025): 4.25, ("LT", 2026): 5.33, ("DE", 2026): 2.69,
                ("DE", 2025): 2.22}  # fmt: skip
    for (geo, year), value in expected.items():
        assert raw[(geo, "core_share_gdp", year)] == value
    assert raw[("US", "core_usd_current_m", 2026)] == 1_032_849
    got = milex.observations("share_of_gdp", years=[2025, 2026])
    assert set(got["edition"]) == {2026} and set(got["basis"]) == {"core defence expenditure"}
    share = got.set_index(["iso3", "year"])["value"]
    for (geo, year), value in expected.items():
        iso3 = {"PL": "POL", "LT": "LTU", "DE": "DEU"}[geo]
        assert share[(iso3, year)] == value
    us = milex.value("spending_usd_current", "United States", 2026)
    assert (us["value"], us["unit"], us["estimate"]) == (1_032_849, "million USD", True)
    allies = got[got["iso3"].str.len() == 3]
    at_35 = allies[(allies["year"] == 2026) & (allies["value"] >= 3.5)]["country"]
    assert set(at_35) == {"Lithuania", "Estonia", "Latvia", "Poland", "Greece"}
    below_2 = allies[(allies["year"] == 2025) & (allies["value"] < 2.0)]["country"]
    assert set(below_2) == {"Czechia", "Slovenia", "Albania"}
    # GDP and personnel are not spending figures: no basis
    assert set(milex.observations("gdp_usd_current", years=2026)["basis"]) == {""}


def test_the_2019_edition_as_published(sources):
    with open(sources / "nato-2019" / "nato_2019_edition.csv", encoding="utf-8") as f:
        us = next(
            r for r in csv.DictReader(f) if (r["country_stanag"], r["year"]) == ("USA", "2019")
        )
    assert float(us["Defense expenditure (USD, current prices)"]) == 730_149_000_000
    assert round(float(us["Defense expenditure (% real GDP)"]), 2) == 3.42
    share = milex.value("share_of_gdp", "United States", 2019, edition=2019)
    assert round(share["value"], 2) == 3.42 and share["basis"] == "defence expenditure"
    money = milex.value("spending_usd_current", "US", 2019, as_of="2019-07-01")
    assert (money["value"], money["unit"]) == (730_149, "million USD")
    # 29 allies in June 2019: no North Macedonia, Finland or Sweden; Iceland only in GDP tables
    allies = set(milex.observations("share_of_gdp", years=2019, edition=2019)["country"])
    assert len(allies) == 28 and "North Macedonia" not in allies and "Iceland" not in allies


def test_every_edition_and_sipri_side_by_side():
    both = milex.observations("share_of_gdp", "Poland", 2024, edition="all")
    assert sorted(both["value"].round(2)) == [3.75, 3.79, 4.12]
    assert sorted(both["basis"]) == ["core defence expenditure", *["defence expenditure"] * 2]
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
        milex.observations("share_of_gdp", edition=2018)
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
    assert {s["published"] for s in pkg["sources"] if "published" in s} == {
        "2019-06-25", "2024-06-17", "2025-08-28", "2026-07-07", "2025-04-28"
    }  # fmt: skip
    # the dashboard's map shapes are credited with their licence
    assert any("Natural Earth" in s["title"] for s in pkg["sources"])
    assert any(lic["name"] == "ISC" and "world-atlas" in lic["title"] for lic in pkg["licenses"])
    fields = {f["name"]: f for f in _resource_fields(pkg, "observations")}
    assert "core defence expenditure" in fields["basis"]["description"]
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
        raw = float(csvs[file][int(line) - 1][int(field) - 1])
        return raw / PER_UNIT.get(csvs[file][0][int(field) - 1], 1.0)

    return read


FRACTION_SHEETS = {"Share of GDP", "Share of Govt. spending"}  # SIPRI stores fractions
# The 2019 conversion gives money in dollars, GDP per capita in dollars and personnel in
# persons; NATO's tables (and the dataset) use millions of dollars, thousands and thousands.
PER_UNIT = {
    "Defense expenditure (USD, current prices)": 1e6,
    "Defense expenditure (USD, 2015 prices)": 1e6,
    "Real GDP (2015 prices)": 1e6,
    "GDP per capita (USD)": 1e3,
    "Military personnel": 1e3,
}


def test_every_value_equals_its_raw_cell_at_full_precision(sources):
    obs = dataset.table("observations")
    read = _raw_cell_reader(sources)
    mismatches = []
    for r in obs.itertuples(index=False):
        raw = read(r.file, r.sheet, r.cell)
        expected = raw * 100 if r.source == "SIPRI" and r.sheet in FRACTION_SHEETS else raw
        if r.source == "SIPRI" and r.sheet == "Regional totals":
            expected = raw * 1000  # SIPRI's totals are in US$ billions, the dataset's in millions
        if not isinstance(raw, (int, float)) or float(expected) != r.value:
            mismatches.append((r.file, r.sheet, r.cell, raw, r.value))
    assert not mismatches, mismatches[:10]
    assert len(obs) > 50_000
    files = {f.split("/")[0] for f in obs["file"]}
    assert {"nato-2019", "nato-2024", "nato-2025", "nato-2026", "sipri"} <= files


def _resource_fields(pkg: dict, name: str) -> list[dict]:
    return next(r for r in pkg["resources"] if r["name"] == name)["schema"]["fields"]
