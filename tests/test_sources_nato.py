"""NATO readers: official figures from the real files, an independent cross-check, and refusals
of layouts the readers do not know (on tiny hand-built workbooks and mutated copies)."""

from __future__ import annotations

import csv
import math
import shutil
from pathlib import Path

import openpyxl
import pytest

from milex.errors import SourceLayoutError
from milex.sources import ROW_COLUMNS
from milex.sources.nato import read_nato_csv_tables, read_nato_workbook

SOURCES = Path(__file__).resolve().parents[1].parent / "shared" / "sources"
WORKBOOK = SOURCES / "nato-2024" / "240617-def-exp-2024-TABLES-en.xlsx"
WORKBOOK_LABEL = "nato-2024/240617-def-exp-2024-TABLES-en.xlsx"
real_files = pytest.mark.skipif(
    not SOURCES.is_dir(), reason="NATO sources not found at ../shared/sources"
)
LAW = "national 2% law"


def value(frame, measure, country, year):
    rows = frame[(frame.measure == measure) & (frame.country == country) & (frame.year == year)]
    assert len(rows) <= 1
    return rows.iloc[0] if len(rows) else None


def allies_at_or_above(frame, year, threshold=2.0):
    shares = frame[(frame.measure == "share_of_gdp") & (frame.year == year)]
    shares = shares[~shares.country.str.startswith("NATO ")]
    return len(shares), int((shares.value >= threshold).sum())


@pytest.fixture(scope="module")
def nato2024():
    if not SOURCES.is_dir():
        pytest.skip("NATO sources not found at ../shared/sources")
    return read_nato_workbook(WORKBOOK, edition=2024, file_label=WORKBOOK_LABEL)


@pytest.fixture(scope="module")
def nato2025():
    if not SOURCES.is_dir():
        pytest.skip("NATO sources not found at ../shared/sources")
    return read_nato_csv_tables(SOURCES / "nato-2025", edition=2025, folder_label="nato-2025")


# --- official figures -----------------------------------------------------------------------


@real_files
def test_columns_are_the_row_schema(nato2024, nato2025):
    assert tuple(nato2024.columns) == ROW_COLUMNS
    assert tuple(nato2025.columns) == ROW_COLUMNS
    assert set(nato2024.source) == {"NATO"} and set(nato2024.edition) == {2024}


@real_files
def test_poland_2024_share_in_the_2024_edition(nato2024):
    row = value(nato2024, "share_of_gdp", "Poland", 2024)
    assert round(row.value, 2) == 4.12
    assert row.estimate and row.flag == "e" and row.note == LAW
    assert (row.table, row.unit, row.price_base) == ("3", "% of GDP", "constant 2015")
    assert (row.file, row.sheet, row.cell) == (WORKBOOK_LABEL, "TABLE3", "N32")


@real_files
def test_united_states_2024_spending_in_current_dollars(nato2024):
    row = value(nato2024, "spending_usd_current", "United States", 2024)
    assert row.value == 967707 and row.unit == "million USD" and row.price_base == "current"


@real_files
def test_23_of_31_allies_at_2_percent_in_2024_edition(nato2024):
    assert allies_at_or_above(nato2024, 2024) == (31, 23)


@real_files
def test_iceland_only_in_tables_5_and_6(nato2024):
    assert set(nato2024[nato2024.country == "Iceland"].table) == {"5", "6"}
    iceland6 = nato2024[(nato2024.country == "Iceland") & (nato2024.table == "6")]
    assert set(iceland6.measure) == {"gdp_per_capita_usd_constant"}


@real_files
def test_table1_currencies(nato2024):
    nc = nato2024[nato2024.measure == "spending_nc_current"]
    units = dict(zip(nc.country, nc.unit, strict=False))
    assert units["Denmark"] == "million DKK" and units["Norway"] == "million NOK"
    assert units["Albania"] == "million ALL" and units["Croatia"] == "million EUR"
    assert units["United States"] == "million USD" and units["Romania"] == "million RON"


@real_files
def test_table4_gives_only_the_real_change_since_2014(nato2024):
    t4 = nato2024[nato2024.table == "4"]
    assert set(t4.measure) == {"real_change_since_2014"} and len(t4) == 31
    assert set(t4.year) == {2024} and t4.estimate.all()
    assert value(nato2024, "real_change_since_2014", "Albania", 2024).value == 106.27433754829055


@real_files
def test_2025_edition_counts_and_revisions(nato2025):
    assert allies_at_or_above(nato2025, 2024)[1] == 18
    assert allies_at_or_above(nato2025, 2023)[1] == 10
    poland = value(nato2025, "share_of_gdp", "Poland", 2024)
    assert (
        round(poland.value, 2) == 3.79 and poland.estimate and poland.price_base == "constant 2021"
    )
    assert not value(nato2025, "share_of_gdp", "Poland", 2023).estimate
    assert value(nato2025, "share_of_gdp", "Germany", 2025) is None
    assert value(nato2025, "personnel", "Germany", 2025).value == 186.413


@real_files
def test_2025_equipment_shares(nato2025):
    equipment = nato2025[(nato2025.measure == "equipment_share") & (nato2025.year == 2025)]
    assert list(equipment[equipment.value < 20].country) == ["Belgium"]
    sweden = value(nato2025, "equipment_share", "Sweden", 2025)
    assert sweden.value == 35.82725061
    assert (sweden.file, sweden.sheet, sweden.cell) == (
        "nato-2025/portionofexpenditure_equipment.csv",
        "",
        "R29C13",
    )


# --- independent cross-check against the research session's long CSVs -----------------------

THEIR_MEASURES = {
    "def_exp_nc_current": "spending_nc_current",
    "def_exp_nc_constant_2015": "spending_nc_constant",
    "def_exp_usd_current": "spending_usd_current",
    "def_exp_usd_constant_2015": "spending_usd_constant",
    "def_exp_pct_gdp": "share_of_gdp",
    "def_exp_real_change_pct": "real_change",
    "def_exp_real_change_2014_2024_pct": "real_change_since_2014",
    "gdp_usd_current": "gdp_usd_current",
    "gdp_usd_constant_2015": "gdp_usd_constant",
    "gdp_per_capita_kusd_constant_2015": "gdp_per_capita_usd_constant",
    "def_exp_per_capita_usd_constant_2015": "spending_per_capita_usd_constant",
    "military_personnel_thousands": "personnel",
    "equipment_share_pct": "equipment_share",
    "personnel_share_pct": "personnel_share",
    "infrastructure_share_pct": "infrastructure_share",
    "other_share_pct": "other_share",
}


def cross_check(mine, long_csv: Path, expected_rows: int):
    ours = {(r.measure, r.country, r.year): r for r in mine.itertuples()}
    repeated, compared = 0, 0
    with long_csv.open(encoding="utf-8", newline="") as handle:
        for theirs in csv.DictReader(handle):
            measure = THEIR_MEASURES[theirs["measure"]]
            if theirs["table"] == "4" and measure != "real_change_since_2014":
                repeated += 1  # Table 4 repeats Tables 2 and 3; we check, not emit, those
                continue
            country = "Slovak Republic" if theirs["ally"] == "Slovakia" else theirs["ally"]
            row = ours[(measure, country, int(theirs["year"]))]
            assert row.table == theirs["table"]
            assert math.isclose(row.value, float(theirs["value"]), rel_tol=1e-12, abs_tol=0)
            assert row.estimate == (theirs["is_estimate"] == "yes")
            if "national_2pct_rule_flag" in theirs and theirs["table"] != "4":
                assert (row.note == LAW) == (theirs["national_2pct_rule_flag"] == "yes")
            compared += 1
    assert compared + repeated == expected_rows
    assert len(mine) == compared
    return repeated


@real_files
def test_2024_edition_matches_the_independent_extraction(nato2024):
    long_csv = SOURCES / "nato-2024" / "nato_2024_tables_long.csv"
    assert cross_check(nato2024, long_csv, 5501) == 124
    assert len(nato2024) == 5501 - 124


@real_files
def test_2025_edition_matches_the_independent_extraction(nato2025):
    long_csv = SOURCES / "nato-2025" / "nato_2025_tables_long.csv"
    assert cross_check(nato2025, long_csv, 2663) == 0


# --- refusals on a tiny hand-built workbook ---------------------------------------------------

TINY_YEARS = [2014, "2015e", "2016e"]
TINY_TABLES = {  # table: (title, unit line, [block headings])
    "1": ("Defence expenditure", "Million national currency units",
          ["Current prices", "Constant 2015 prices"]),
    "2": ("Defence expenditure", "Million US dollars",
          ["Current prices and exchange rates", "Constant 2015 prices and exchange rates"]),
    "3": ("Defence expenditure as a share of GDP and annual real change",
          "Based on 2015 prices", ["Share of real GDP (%)", "Annual real change (%)"]),
    "5": ("GDP", "Million US dollars",
          ["Current prices and exchange rates", "Constant 2015 prices and exchange rates"]),
    "6": ("GDP per capita and defence expenditure per capita", "2015 prices and exchange rates",
          ["GDP per capita (thousand US dollars)", "Defence expenditure per capita (US dollars)"]),
    "7": ("Military personnel", "Thousands", [None]),
    "8a": ("Distribution of defence expenditure by main category",
           "Percentage of total defence expenditure", ["Equipment (a)", "Personnel (b)"]),
    "8b": ("Distribution of defence expenditure by main category",
           "Percentage of total defence expenditure", ["Infrastructure (c)", "Other (d)"]),
}  # fmt: skip


def tiny_value(table, block, ally, year_index):
    return 1.0 + int(table[0]) * 100 + block * 10 + ally + year_index / 4


def build_tiny(path: Path) -> Path:
    """Tables 1-8b with two allies, years 2014-2016e, laid out like NATO's workbook."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for table, (title, unit, headings) in TINY_TABLES.items():
        sheet = book.create_sheet(f"TABLE{table}")
        sheet["B4"], sheet["B6"] = f"Table {table} : {title}", unit
        for i, year in enumerate(TINY_YEARS):
            sheet.cell(8, 4 + i, year)
        row = 10
        for b, heading in enumerate(headings):
            if heading:
                sheet.cell(row, 2, heading)
                row += 1
            labels = (
                ["Poland*   (Zlotys)", "Norway   (Kroner)"]
                if table == "1"
                else ["Poland*", "Norway"]
            )
            for a, label in enumerate(labels):
                sheet.cell(row, 3, label)
                for i in range(len(TINY_YEARS)):
                    sheet.cell(row, 4 + i, tiny_value(table, b, a, i))
                row += 1
            sheet.cell(row, 4, "#REF!")  # NATO's stray helper rows
            row += 1
        sheet.cell(row + 2, 3, "Notes: Figures for 2015 and 2016 are estimates.")
    sheet = book.create_sheet("TABLE4")
    sheet["B16"], sheet["B18"] = (
        "Table 4 : Defence expenditure real change 2014-2016e",
        "Million US dollars (2015 prices and exchange rates)",
    )
    header = [2014, "2016e", "Real change 2014-2016e (%)", "Share of real GDP 2014 (%)",
              "Share of real GDP 2016e (%)"]  # fmt: skip
    for i, label in enumerate(header):
        sheet.cell(20, 4 + i, label)
    for a, ally in enumerate(["Poland", "Norway"]):
        sheet.cell(23 + a, 3, ally)
        usd, share = tiny_value("2", 1, a, 0), tiny_value("3", 0, a, 0)
        values = [usd, tiny_value("2", 1, a, 2), 50.0 + a, share, tiny_value("3", 0, a, 2)]
        for i, number in enumerate(values):
            sheet.cell(23 + a, 4 + i, number)
    book.save(path)
    return path


def read_tiny(path: Path, edition=2016):
    return read_nato_workbook(path, edition=edition, file_label="tiny.xlsx")


def mutate(path: Path, change) -> Path:
    book = openpyxl.load_workbook(path, data_only=True)  # keep values, not formulas
    change(book)
    book.save(path)
    return path


def refused(path: Path, edition=2016) -> SourceLayoutError:
    with pytest.raises(SourceLayoutError) as caught:
        read_tiny(path, edition)
    return caught.value


@pytest.fixture
def tiny(tmp_path):
    return build_tiny(tmp_path / "tiny.xlsx")


def test_tiny_workbook_reads(tiny):
    frame = read_tiny(tiny)
    # 8 tables x 2 blocks (Table 7: 1) x 2 allies x 3 years, plus Table 4's 2 rows
    assert len(frame) == (7 * 2 + 1) * 2 * 3 + 2
    poland = value(frame, "spending_nc_constant", "Poland", 2016)
    assert (poland.unit, poland.price_base, poland.note, poland.flag) == (
        "million PLN",
        "constant 2015",
        LAW,
        "e",
    )
    assert value(frame, "spending_nc_current", "Norway", 2014).unit == "million NOK"
    assert value(frame, "real_change_since_2014", "Norway", 2016).value == 51.0


def test_renamed_sheet_is_found_by_its_title(tiny):
    mutate(tiny, lambda book: setattr(book["TABLE3"], "title", "Sheet 9"))
    frame = read_tiny(tiny)
    assert set(frame[frame.table == "3"].sheet) == {"Sheet 9"}


def test_sheet_without_its_title_is_refused(tiny):
    def rename_and_drop_title(book):
        book["TABLE3"].title = "Sheet 9"
        book["Sheet 9"]["B4"] = None

    error = refused(mutate(tiny, rename_and_drop_title))
    assert error.file == "tiny.xlsx" and "Table 3" in str(error)


def test_missing_table_is_refused(tiny):
    error = refused(mutate(tiny, lambda book: book.remove(book["TABLE5"])))
    assert "Table 5" in error.problem


@pytest.mark.parametrize(
    ("sheet", "cell", "text", "edition", "where", "words"),
    [
        ("TABLE3", "F11", "n/a", 2016, "F11", "number"),
        ("TABLE8a", "E12", "#REF!", 2016, "E12", "number"),
        ("TABLE2", "B6", "Billion US dollars", 2016, "B6", "unit"),
        ("TABLE2", "C11", "Atlantis", 2016, "C11", "unknown ally"),
        ("TABLE1", "C11", "Poland   (Thalers)", 2016, "C11", "currency"),
        ("TABLE1", "C11", "Poland", 2016, "C11", "currency"),
        ("TABLE3", "E8", 2016, 2016, "E8", "follow"),
        ("TABLE3", "F8", 2016, 2016, "D8", "estimate"),
        ("TABLE1", "D8", 2014, 2017, "F8", "2017"),
        ("TABLE7", "C11", "Poland", 2016, "D11", "twice"),
        ("TABLE4", "H23", 9.0, 2016, "H23", "differs"),
        ("TABLE4", "F20", "Real change 2015-2016e (%)", 2016, None, "2014"),
        ("TABLE6", "E11", None, 2016, "E11", "empty cell between"),
        ("TABLE6", "C11", None, 2016, "D11", "without a row label"),
        ("TABLE6", "D22", 3.5, 2016, "D22", "without a row label"),
    ],
)  # fmt: skip
def test_layout_refusals(tiny, sheet, cell, text, edition, where, words):
    error = refused(mutate(tiny, lambda book: book[sheet].__setitem__(cell, text)), edition)
    assert (error.file, error.sheet, error.cell) == ("tiny.xlsx", sheet, where)
    assert words in error.problem


def test_missing_block_heading_is_refused(tiny):
    error = refused(mutate(tiny, lambda book: book["TABLE3"].__setitem__("B14", "Real change")))
    assert (error.sheet, error.cell) == ("TABLE3", "C15")


def test_empty_early_years_are_missing_not_refused(tiny):
    frame = read_tiny(mutate(tiny, lambda book: book["TABLE7"].__setitem__("D10", None)))
    assert value(frame, "personnel", "Poland", 2014) is None
    assert value(frame, "personnel", "Poland", 2015) is not None


# --- refusals on mutated copies of the real workbook ------------------------------------------


@pytest.fixture
def real_copy(tmp_path):
    if not SOURCES.is_dir():
        pytest.skip("NATO sources not found at ../shared/sources")
    return shutil.copyfile(WORKBOOK, tmp_path / "copy.xlsx")


def read_copy(path):
    return read_nato_workbook(path, edition=2024, file_label="copy.xlsx")


def refused_copy(path) -> SourceLayoutError:
    with pytest.raises(SourceLayoutError) as caught:
        read_copy(path)
    return caught.value


def test_whole_table_shifted_right_is_read_by_content(real_copy, nato2024):
    # Labels, years and values move together: nothing is ambiguous, so the reader follows.
    frame = read_copy(mutate(real_copy, lambda book: book["TABLE3"].insert_cols(1)))
    poland = value(frame, "share_of_gdp", "Poland", 2024)
    assert poland.cell == "O32"
    # openpyxl saves floats to 16 significant digits, so the copy differs in the last bit
    assert frame.value.to_numpy() == pytest.approx(nato2024.value.to_numpy(), rel=1e-15)
    assert frame.drop(columns=["value", "file", "cell"]).equals(
        nato2024.drop(columns=["value", "file", "cell"])
    )


def test_values_shifted_against_the_year_header_are_refused(real_copy):
    def shift_poland_values(book):
        sheet = book["TABLE3"]
        for col in range(14, 3, -1):  # N..D -> O..E
            sheet.cell(32, col + 1, sheet.cell(32, col).value)
        sheet["D32"] = None

    error = refused_copy(mutate(real_copy, shift_poland_values))
    assert (error.file, error.sheet, error.cell) == ("copy.xlsx", "TABLE3", "O32")


def test_year_header_shifted_against_the_values_is_refused(real_copy):
    def shift_header(book):
        sheet = book["TABLE3"]
        for col in range(14, 3, -1):
            sheet.cell(8, col + 1, sheet.cell(8, col).value)
        sheet["D8"] = None

    error = refused_copy(mutate(real_copy, shift_header))
    assert (error.sheet, error.cell) == ("TABLE3", "D11")


def test_text_in_a_number_column_is_refused(real_copy):
    error = refused_copy(mutate(real_copy, lambda book: book["TABLE3"].__setitem__("N32", "n/a")))
    assert (error.file, error.sheet, error.cell) == ("copy.xlsx", "TABLE3", "N32")


def test_unknown_unit_line_is_refused(real_copy):
    error = refused_copy(
        mutate(real_copy, lambda book: book["TABLE5"].__setitem__("B6", "Billion euros"))
    )
    assert (error.sheet, error.cell) == ("TABLE5", "B6") and "unit" in error.problem


def test_real_missing_table_is_refused(real_copy):
    def drop_table8b_title(book):
        book["TABLE8b"].title = "Extra"
        book["Extra"]["B4"] = "Distribution of defence expenditure by main category"

    error = refused_copy(mutate(real_copy, drop_table8b_title))
    assert error.sheet is None and "Table 8b" in error.problem


# --- CSV refusals --------------------------------------------------------------------------


@pytest.fixture
def csv_copy(tmp_path):
    if not SOURCES.is_dir():
        pytest.skip("NATO sources not found at ../shared/sources")
    folder = tmp_path / "nato-2025"
    shutil.copytree(SOURCES / "nato-2025", folder)
    return folder


def rewrite_field(path: Path, country: str, field: int, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    line = next(i for i, ln in enumerate(lines, 1) if ln.startswith(f'"{country}"'))
    fields = lines[line - 1].rstrip("\n").split(",")
    fields[field - 1] = text
    lines[line - 1] = ",".join(fields) + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    return line


def read_csv_copy(folder):
    return read_nato_csv_tables(folder, edition=2025, folder_label="nato-2025")


@pytest.mark.parametrize("text", ['"n/a"', "n/a", "1,5", "nan", "1_000"])
def test_csv_text_in_a_number_field_is_refused(csv_copy, text):
    line = rewrite_field(csv_copy / "shareofgdp.csv", "Poland", 12, text)
    with pytest.raises(SourceLayoutError) as caught:
        read_csv_copy(csv_copy)
    assert caught.value.file == "nato-2025/shareofgdp.csv"
    assert caught.value.cell in {f"R{line}C12", f"R{line}C1"}  # "1,5" adds a field


def test_csv_hole_inside_a_row_is_refused(csv_copy):
    line = rewrite_field(csv_copy / "realchange.csv", "Spain", 5, '""')
    with pytest.raises(SourceLayoutError) as caught:
        read_csv_copy(csv_copy)
    assert caught.value.cell == f"R{line}C5"


def test_csv_missing_file_is_refused(csv_copy):
    (csv_copy / "realchange.csv").unlink()
    with pytest.raises(SourceLayoutError) as caught:
        read_csv_copy(csv_copy)
    assert caught.value.file == "nato-2025/realchange.csv"


def test_csv_header_not_ending_at_the_edition_is_refused(csv_copy):
    with pytest.raises(SourceLayoutError) as caught:
        read_nato_csv_tables(csv_copy, edition=2024, folder_label="nato-2025")
    assert "edition 2024" in caught.value.problem  # no base year known for a 2024 CSV export
    path = csv_copy / "militarypersonelinthousands.csv"
    path.write_text(path.read_text(encoding="utf-8").replace('"2025e"', '"2026e"', 1), "utf-8")
    with pytest.raises(SourceLayoutError) as caught:
        read_csv_copy(csv_copy)
    assert caught.value.cell == "R1C13"
