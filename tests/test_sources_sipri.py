"""Tests for the SIPRI Military Expenditure Database reader.

Layout rules are tested on tiny SIPRI-shaped workbooks built here; the real April 2025 workbook
(when present in ../shared/sources) is checked against SIPRI's own figures and against an
independently derived long CSV of the same workbook.
"""

from __future__ import annotations

import math
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from openpyxl.styles import Font

from milex.errors import SourceLayoutError
from milex.reference import regions
from milex.sources import ROW_COLUMNS
from milex.sources.sipri import read_sipri_workbook

SOURCES = Path(__file__).resolve().parents[1].parent / "shared" / "sources"
REAL_WORKBOOK = SOURCES / "sipri" / "SIPRI-Milex-data-1949-2024_2.xlsx"
REAL_LABEL = "sipri/SIPRI-Milex-data-1949-2024_2.xlsx"

BLUE = Font(color="FF0000FF")  # SIPRI estimate
RED = Font(color="FFFF0000")  # highly uncertain

# --------------------------------------------------------------------------------------------
# A tiny SIPRI-shaped workbook: the seven value sheets, each with its own heading text and
# header columns, one region with one subregion and three countries, years 2021-2024.
# --------------------------------------------------------------------------------------------

YEARS = [2021, 2022, 2023, 2024]

# sheet -> (heading lines above the header, header columns before the years)
TINY_SHEETS = {
    "Local currency financial years": (
        [
            "Military expenditure by country, in local currency, 1949-2024",
            "Figures are in local currency at current prices and are for financial years.",
        ],
        ["Country", "Currency", "Fiscal Year (Jan-Dec if not stated)", "Notes"],
    ),
    "Local currency calendar years": (
        [
            "Military expenditure by country, in local currency, 1949-2024",
            "Figures are in local currency at current prices and are for calendar years.",
        ],
        ["Country", "Currency", "Notes"],
    ),
    "Constant (2023) US$": (
        [
            "Military expenditure by country, in constant (2023) US$ m., 1949-2024",
            "Figures are in US $m., at constant 2023 prices and exchange rates",
        ],
        ["Country", "", "Notes"],
    ),
    "Current US$": (
        [
            "Military expenditure by country, in millions of US$ at current prices and "
            "exchange rates, 1949-2024",
            "Figures are in US $m., in current prices, converted at the exchange rate.",
        ],
        ["Country", "Notes"],
    ),
    "Share of GDP": (
        ["Military expenditure by country as percentage of gross domestic product, 1949-2024"],
        ["Country", "Notes"],
    ),
    "Per capita": (
        ["Military expenditure per capita  by country, 1949-2024", "Figures are in current US$"],
        ["Country", "Notes"],
    ),
    "Share of Govt. spending": (
        ["Military expenditure by country as percentage of government spending, 1949-2024"],
        ["Country", "Notes", "Reporting year"],
    ),
}

# country, currency, note, one value per year ("..." no data, "xxx" did not exist)
TINY_COUNTRIES = [
    ("Atlantis", "Crowns    ", "§4", [0.0125, 0.0150, 0.0175, 0.0210]),
    ("Borduria", "Dinar", "", ["xxx", "...", 0.0300, 0.0320]),
    (" Syldavia ", "Euro", "†", [". .", 0.0110, 0.0115, 0.0120]),
]


# The regional sheet: every SIPRI region, constant 2023 US$ billions for the years, then the
# last year at current prices. Europe's row is given; the others are 1, 2, 3... billion.
REGIONAL_HEADING = [
    "Military expenditure by region in constant US dollars",
    "Figures are in US$ b., at constant 2023 prices and exchange rates, except for the last "
    "figure which is in US$ b. at 2024 prices and exchange rates.",
    "Figures in red indicate that more than 10% of the total figure consists of estimates for "
    "countries for which data is missing.",
]
EUROPE = [600.5, 610.25, 650.0, 680.75, 693.5]  # 2021-2024 constant, 2024 current


def add_regional_sheet(wb) -> None:
    ws = wb.create_sheet("Regional totals")
    for line in REGIONAL_HEADING:
        ws.append([line])
    ws.append([])
    ws.append(["Region", *YEARS, "2024 (current prices)", "", "Omitted countries"])
    for i, region in enumerate(regions.REGIONS, start=1):
        values = EUROPE if region.name == "Europe" else [float(i)] * 5
        omitted = "Atlantis, Borduria" if region.name == "Africa" else ""
        if region.name == "World":
            values = [". .", *values[1:]]  # a total SIPRI deems unreliable
        ws.append([region.name, *values, "", omitted])
        if region.name == "Middle East":
            ws.cell(ws.max_row, 5).font = RED  # 2024: more than 10% estimated


def build_tiny_workbook(path: Path, change=None) -> Path:
    """Write the tiny workbook; ``change(wb)`` edits it before saving, to break one rule."""
    wb = openpyxl.Workbook()
    wb.active.title = "Front page"
    add_regional_sheet(wb)
    for name, (lines, columns) in TINY_SHEETS.items():
        ws = wb.create_sheet(name)
        for line in lines:
            ws.append([line])
        ws.append([])
        ws.append(columns + YEARS)
        ws.append(["Europe"])
        ws.append(["Western Europe"])
        for country, currency, note, values in TINY_COUNTRIES:
            named = {"Country": country, "Currency": currency, "Notes": note}
            ws.append([named.get(c) for c in columns] + values)
            if country == "Atlantis":
                ws.cell(ws.max_row, len(columns) + 4).font = BLUE  # 2024
            if country == "Borduria":
                ws.cell(ws.max_row, len(columns) + 3).font = RED  # 2023
    notes = wb.create_sheet("Footnotes")
    notes.append(["Footnotes and special notes"])
    notes.append(["†", "Figures for these countries do not include military pensions"])
    notes.append(["§", "Figures for these countries are for the adopted budget"])
    notes.append([4, None, "Atlantis: a numbered footnote."])
    if change is not None:
        change(wb)
    wb.save(path)
    return path


def read_tiny(tmp_path: Path, change=None) -> pd.DataFrame:
    path = build_tiny_workbook(tmp_path / "sipri_tiny.xlsx", change)
    return read_sipri_workbook(path, edition=2025, file_label="sipri/tiny.xlsx")


def refusal(tmp_path: Path, change) -> SourceLayoutError:
    with pytest.raises(SourceLayoutError) as caught:
        read_tiny(tmp_path, change)
    return caught.value


def test_tiny_workbook_gives_one_row_per_published_number(tmp_path):
    rows = read_tiny(tmp_path)
    assert tuple(rows.columns) == ROW_COLUMNS
    # Per sheet: Atlantis 4 numbers, Borduria 2 ("xxx", "..." dropped), Syldavia 3 (". ." dropped);
    # 19 totals x 5 figures, less World's ". ." in 2021
    assert rows.groupby("sheet").size().to_dict() == {
        **{name: 9 for name in TINY_SHEETS},
        "Regional totals": 19 * 5 - 1,
    }
    countries = rows[rows.sheet != "Regional totals"]
    assert set(countries.country) == {"Atlantis", "Borduria", "Syldavia"}  # headings are not
    assert set(rows.source) == {"SIPRI"} and set(rows.edition) == {2025}
    assert (rows.table == rows.sheet).all() and set(rows.file) == {"sipri/tiny.xlsx"}


def test_tiny_workbook_measures_units_and_price_bases(tmp_path):
    rows = read_tiny(tmp_path)
    described = rows.drop_duplicates(["sheet", "measure", "unit", "price_base", "country"])
    atlantis = described[described.country == "Atlantis"].set_index("sheet")
    assert atlantis[["measure", "unit", "price_base"]].to_dict("index") == {
        "Local currency financial years": {
            "measure": "spending_lcu_current_fy",
            "unit": "Crowns",
            "price_base": "current",
        },
        "Local currency calendar years": {
            "measure": "spending_lcu_current",
            "unit": "Crowns",
            "price_base": "current",
        },
        "Constant (2023) US$": {
            "measure": "spending_usd_constant",
            "unit": "million USD",
            "price_base": "constant 2023",
        },
        "Current US$": {
            "measure": "spending_usd_current",
            "unit": "million USD",
            "price_base": "current",
        },
        "Share of GDP": {"measure": "share_of_gdp", "unit": "% of GDP", "price_base": ""},
        "Per capita": {
            "measure": "spending_per_capita_usd_current",
            "unit": "USD",
            "price_base": "current",
        },
        "Share of Govt. spending": {
            "measure": "share_of_government_spending",
            "unit": "% of government spending",
            "price_base": "",
        },
    }
    assert set(rows[rows.country == "Syldavia"].unit) >= {"Euro"}


def test_tiny_workbook_values_flags_notes_and_cells(tmp_path):
    rows = read_tiny(tmp_path).set_index(["sheet", "country", "year"])
    share = rows.loc[("Share of GDP", "Atlantis", 2024)]
    assert share.value == 0.0210 * 100  # a fraction in the workbook, a percentage here
    assert (share.flag, share.estimate, share.note, share.cell) == ("estimate", True, "§4", "F6")
    per_capita = rows.loc[("Per capita", "Atlantis", 2024)]
    assert per_capita.value == 0.0210  # not a share: unchanged
    uncertain = rows.loc[("Current US$", "Borduria", 2023)]
    assert (uncertain.flag, uncertain.estimate, uncertain.cell) == ("highly uncertain", True, "E8")
    plain = rows.loc[("Local currency calendar years", "Syldavia", 2022)]
    assert (plain.flag, plain.estimate, plain.note) == ("", False, "†")
    assert ("Share of GDP", "Borduria", 2021) not in rows.index  # "xxx"
    assert ("Share of GDP", "Borduria", 2022) not in rows.index  # "..."
    assert ("Share of GDP", "Syldavia", 2021) not in rows.index  # ". ."


def test_tiny_regional_totals_in_million_usd_with_their_prices_flags_and_notes(tmp_path):
    rows = read_tiny(tmp_path)
    totals = rows[rows.sheet == "Regional totals"].set_index(["country", "measure", "year"])
    constant = totals.loc[("Europe", "spending_usd_constant", 2024)]
    assert (constant.value, constant.unit, constant.price_base) == (
        680_750.0,  # 680.75 billion
        "million USD",
        "constant 2023",
    )
    assert (constant.cell, constant.flag, constant.estimate) == ("E20", "", False)
    current = totals.loc[("Europe", "spending_usd_current", 2024)]
    assert (current.value, current.price_base, current.cell) == (693_500.0, "current", "F20")
    assert ("Europe", "spending_usd_current", 2023) not in totals.index  # last year only
    red = totals.loc[("Middle East", "spending_usd_constant", 2024)]
    assert (red.flag, red.estimate) == ("more than 10% estimated", True)
    assert totals.loc[("Africa", "spending_usd_constant", 2022)].note == (
        "omitted from the total: Atlantis, Borduria"
    )
    assert totals.loc[("North Africa", "spending_usd_constant", 2022)].note == ""
    assert ("World", "spending_usd_constant", 2021) not in totals.index  # ". ."
    assert (totals.table == "Regional totals").all()


@pytest.mark.parametrize(
    "change, cell, words",
    [
        (lambda ws: ws.__setitem__("A10", "Atlantic Ocean"), "A10", "unknown region"),
        (lambda ws: ws.__setitem__("A10", "Africa"), "A10", "appears twice"),
        (lambda ws: ws.delete_rows(20), None, "regions missing: Europe"),
        (lambda ws: ws.__setitem__("F5", "2023 (current prices)"), "F5", "unexpected header"),
        (lambda ws: ws.__setitem__("D10", "n/a"), "D10", "not a number"),
        (lambda ws: setattr(ws["C12"], "font", BLUE), "C12", "0000FF"),
        (lambda ws: ws.__setitem__("E12", None), "E12", "no figure"),
    ],
)
def test_regional_sheet_refuses_what_it_does_not_know(tmp_path, change, cell, words):
    error = refusal(tmp_path, lambda wb: change(wb["Regional totals"]))
    assert error.sheet == "Regional totals" and error.cell == cell and words in error.problem


@pytest.mark.parametrize(
    "line, text",
    [
        (2, "Figures are in US$ m., at constant 2023 prices and exchange rates, except for "
            "the last figure which is in US$ m. at 2024 prices and exchange rates."),
        (2, "Figures are in US$ b., at constant 2022 prices and exchange rates, except for "
            "the last figure which is in US$ b. at 2024 prices and exchange rates."),
        (3, "Figures in red indicate that the figure is highly uncertain."),
    ],
)  # fmt: skip
def test_regional_sheet_needs_its_unit_and_the_meaning_of_red_stated(tmp_path, line, text):
    def heading(wb):
        wb["Regional totals"][f"A{line}"] = text

    error = refusal(tmp_path, heading)
    assert error.sheet == "Regional totals" and "heading" in error.problem


def test_a_region_heading_with_figures_on_a_country_sheet_is_refused(tmp_path):
    def figures(wb):
        wb["Share of GDP"]["C4"] = 0.015  # the "Europe" heading row

    error = refusal(tmp_path, figures)
    assert (error.sheet, error.cell) == ("Share of GDP", "A4") and "Europe" in error.problem


def test_text_in_a_year_cell_is_refused_naming_sheet_and_cell(tmp_path):
    def put_text(wb):
        wb["Current US$"]["D7"] = "n/a"

    error = refusal(tmp_path, put_text)
    assert (error.sheet, error.cell) == ("Current US$", "D7")
    assert "'n/a'" in str(error) and "sipri/tiny.xlsx" in str(error)


@pytest.mark.parametrize("sheet", ["Per capita", "Constant (2023) US$"])
def test_missing_value_sheet_is_refused_naming_it(tmp_path, sheet):
    error = refusal(tmp_path, lambda wb: wb.remove(wb[sheet]))
    assert "missing" in error.problem
    assert error.sheet == ("Constant (YYYY) US$" if sheet.startswith("Constant") else sheet)


def test_missing_footnotes_sheet_is_refused(tmp_path):
    error = refusal(tmp_path, lambda wb: wb.remove(wb["Footnotes"]))
    assert error.sheet == "Footnotes"


def test_unknown_unit_text_is_refused(tmp_path):
    def billions(wb):
        wb["Current US$"]["A1"] = "Military expenditure by country, in billions of US$"
        wb["Current US$"]["A2"] = "Figures are in US $bn., in current prices"

    error = refusal(tmp_path, billions)
    assert error.sheet == "Current US$" and "unit" in error.problem


def test_local_currency_in_millions_is_refused(tmp_path):
    # This release prints whole currency units; a "millions" heading would change the unit.
    def millions(wb):
        wb["Local currency calendar years"]["A2"] = "Figures are in millions of local currency"

    assert refusal(tmp_path, millions).sheet == "Local currency calendar years"


def test_constant_base_year_must_match_between_title_and_sheet_name(tmp_path):
    def other_base(wb):
        wb["Constant (2023) US$"]["A1"] = "Military expenditure, in constant (2022) US$ m."

    error = refusal(tmp_path, other_base)
    assert (error.sheet, error.cell) == ("Constant (2023) US$", "A1")


def test_non_consecutive_year_header_is_refused_naming_the_cell(tmp_path):
    def skip_a_year(wb):
        wb["Share of GDP"]["E3"] = 2024  # 2021, 2022, 2024, 2024

    error = refusal(tmp_path, skip_a_year)
    assert (error.sheet, error.cell) == ("Share of GDP", "E3")


def test_last_year_must_fit_the_edition(tmp_path):
    path = build_tiny_workbook(tmp_path / "sipri_tiny.xlsx")
    with pytest.raises(SourceLayoutError, match="edition 2026"):
        read_sipri_workbook(path, edition=2026, file_label="sipri/tiny.xlsx")


def test_unknown_font_colour_on_a_number_is_refused(tmp_path):
    def green(wb):
        wb["Per capita"]["C7"].font = Font(color="FF00B050")

    error = refusal(tmp_path, green)
    assert (error.sheet, error.cell) == ("Per capita", "C7") and "00B050" in error.problem


def test_unknown_footnote_marker_is_refused(tmp_path):
    def marker(wb):
        wb["Current US$"]["B7"] = "§7"  # there is no footnote 7

    error = refusal(tmp_path, marker)
    assert (error.sheet, error.cell) == ("Current US$", "B7")


def test_country_twice_in_a_sheet_is_refused(tmp_path):
    def twice(wb):
        wb["Share of GDP"]["A7"] = "Atlantis"

    error = refusal(tmp_path, twice)
    assert (error.sheet, error.cell) == ("Share of GDP", "A7")


def test_unknown_header_column_is_refused(tmp_path):
    def new_column(wb):
        wb["Share of GDP"]["B3"] = "Unit"

    assert refusal(tmp_path, new_column).cell == "B3"


def test_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "sipri_not_xlsx.xlsx"
    path.write_bytes(b"not a zip file")
    with pytest.raises(SourceLayoutError, match="not a readable xlsx"):
        read_sipri_workbook(path, edition=2025, file_label="sipri/x.xlsx")


# --------------------------------------------------------------------------------------------
# The real April 2025 release
# --------------------------------------------------------------------------------------------

needs_sources = pytest.mark.skipif(
    not REAL_WORKBOOK.exists(), reason="SIPRI sources not found at ../shared/sources"
)


@pytest.fixture(scope="module")
def sipri() -> pd.DataFrame:
    if not REAL_WORKBOOK.exists():
        pytest.skip("SIPRI sources not found at ../shared/sources")
    return read_sipri_workbook(REAL_WORKBOOK, edition=2025, file_label=REAL_LABEL)


def value_of(rows: pd.DataFrame, measure: str, country: str, year: int) -> pd.Series:
    match = rows[(rows.measure == measure) & (rows.country == country) & (rows.year == year)]
    assert len(match) == 1, (measure, country, year)
    return match.iloc[0]


@needs_sources
def test_real_workbook_rows_per_sheet(sipri):
    assert tuple(sipri.columns) == ROW_COLUMNS
    assert sipri.groupby("sheet").size().to_dict() == {
        "Local currency financial years": 8909,
        "Local currency calendar years": 8846,
        "Constant (2023) US$": 8329,
        "Current US$": 8846,
        "Share of GDP": 8245,
        "Per capita": 5324,
        "Share of Govt. spending": 4705,
        "Regional totals": 719,  # 19 totals x (37 years + 2024 current), less 3 ". ." (1991)
    }
    assert not sipri.duplicated(["measure", "country", "year"]).any()
    assert sipri.year.between(1949, 2024).all()


@needs_sources
def test_real_workbook_shares_of_gdp_from_sipri_tables(sipri):
    poland = value_of(sipri, "share_of_gdp", "Poland", 2024)
    assert round(poland.value, 2) == 4.15 and poland.cell == "BZ146"
    usa = value_of(sipri, "share_of_gdp", "United States of America", 2024)
    assert round(usa.value, 2) == 3.42 and usa.cell == "BZ79"
    assert poland.unit == "% of GDP" and poland.price_base == "" and poland.flag == ""


@needs_sources
def test_real_workbook_agrees_with_the_vintage_crosscheck_for_nato_allies(sipri):
    crosscheck = pd.read_csv(SOURCES / "crosscheck" / "pct_gdp_vintages_2023_2025.csv")
    crosscheck = crosscheck[
        crosscheck.year.isin([2023, 2024]) & crosscheck.sipri2025release_pct_gdp.notna()
    ]
    assert len(crosscheck) == 62  # 31 allies with armed forces x 2 years
    sipri_names = {"United States": "United States of America"}
    shares = sipri[sipri.measure == "share_of_gdp"].set_index(["country", "year"]).value
    disagreements = [
        (ally, year, shares[(sipri_names.get(ally, ally), year)], expected)
        for ally, year, expected in crosscheck[
            ["ally", "year", "sipri2025release_pct_gdp"]
        ].itertuples(index=False)
        if round(shares[(sipri_names.get(ally, ally), year)], 2) != expected
    ]
    assert disagreements == []


@needs_sources
@pytest.mark.parametrize(
    "measure, country, year, flag",
    [
        # checked by opening the workbook: font colour indexed 12 (0000FF) / 10 (FF0000) / none
        ("share_of_gdp", "Russia", 2024, "estimate"),  # BZ158
        ("share_of_gdp", "Russia", 2021, ""),  # BW158
        ("spending_usd_current", "China", 2024, "estimate"),  # BZ106
        ("spending_usd_constant", "Argentina", 2024, "highly uncertain"),  # CA81
        ("spending_lcu_current", "Ethiopia", 2024, "highly uncertain"),  # CA31
        ("share_of_gdp", "Poland", 2024, ""),  # BZ146
    ],
)
def test_real_workbook_estimate_flags_follow_font_colour(sipri, measure, country, year, flag):
    row = value_of(sipri, measure, country, year)
    assert (row.flag, row.estimate) == (flag, flag != "")


@needs_sources
def test_real_workbook_units_notes_and_names(sipri):
    usa_lcu = value_of(sipri, "spending_lcu_current", "United States of America", 2024)
    usa_usd = value_of(sipri, "spending_usd_current", "United States of America", 2024)
    # Local-currency sheets hold whole units: 997309000000 dollars = 997309 million USD.
    assert usa_lcu.unit == "US dollars" and usa_lcu.value == usa_usd.value * 1e6
    assert value_of(sipri, "spending_lcu_current_fy", "Poland", 2024).unit == "Zlotys"
    constant = value_of(sipri, "spending_usd_constant", "Poland", 2024)
    assert (constant.unit, constant.price_base) == ("million USD", "constant 2023")
    assert value_of(sipri, "share_of_gdp", "Algeria", 2020).note == "§4"
    assert value_of(sipri, "share_of_gdp", "Türkiye", 2024).note == "‖"
    assert {"Türkiye", "Czechia", "United States of America"} <= set(sipri.country)
    countries = set(sipri.loc[sipri.sheet != "Regional totals", "country"])
    assert not ({"Europe", "Western Europe", "Middle East"} & countries)  # headings
    assert (sipri.country == sipri.country.str.strip()).all()


# The long CSV was derived from the same workbook by someone else; its measure names and its
# flag spelling ("highly_uncertain") differ from ours.
LONG_CSV_MEASURES = {
    "milex_lcu_current_financial_year": "spending_lcu_current_fy",
    "milex_lcu_current_calendar_year": "spending_lcu_current",
    "milex_usd_constant_2023": "spending_usd_constant",
    "milex_usd_current": "spending_usd_current",
    "milex_pct_gdp": "share_of_gdp",
    "milex_per_capita_usd_current": "spending_per_capita_usd_current",
    "milex_pct_govt_spending": "share_of_government_spending",
}


@needs_sources
def test_real_workbook_matches_the_independent_long_csv(sipri):
    long = pd.read_csv(
        SOURCES / "sipri" / "sipri_milex_long.csv", keep_default_na=False, dtype={"value": float}
    )
    assert len(long) == 53204
    long["measure"] = long.measure.map(LONG_CSV_MEASURES)
    long["sipri_flag"] = long.sipri_flag.str.replace("_", " ")
    countries = sipri[sipri.sheet != "Regional totals"]  # the CSV has no regional sheet
    merged = countries.merge(
        long, on=["country", "measure", "year"], how="outer", indicator=True, validate="1:1"
    )
    assert merged._merge.value_counts().to_dict() == {
        "both": 53204,
        "left_only": 0,
        "right_only": 0,
    }
    # The CSV prints values with 10 decimals, so tiny shares (e.g. 0.000039 % of GDP) differ
    # by up to half a unit in the 10th decimal: relative 1e-9, or absolute 5e-11 for those.
    unequal = [
        (r.country, r.measure, r.year, r.value_x, r.value_y)
        for r in merged.itertuples()
        if not math.isclose(r.value_x, r.value_y, rel_tol=1e-9, abs_tol=5e-11)
    ]
    assert unequal == []
    assert (merged.flag == merged.sipri_flag).all()
    assert (merged.note == merged.sipri_notes).all()


# SIPRI's fact sheet of April 2025 ("Trends in world military expenditure, 2024") quotes these
# from the same workbook: world $2718 bn in 2024, up 9.4% in real terms; Europe $693 bn, up
# 17%; Middle East $243 bn, up 15%.
@needs_sources
@pytest.mark.parametrize(
    "region, billions, cell",
    [("World", 2718, "AM15"), ("Europe", 693, "AM29"), ("Middle East", 243, "AM33")],
)
def test_real_regional_totals_at_current_prices(sipri, region, billions, cell):
    total = value_of(sipri, "spending_usd_current", region, 2024)
    assert round(total.value / 1000) == billions and total.cell == cell
    assert (total.unit, total.price_base, total.table) == (
        "million USD",
        "current",
        "Regional totals",
    )


@needs_sources
@pytest.mark.parametrize("region, growth", [("World", 9.4), ("Europe", 17), ("Middle East", 15)])
def test_real_regional_totals_grow_in_real_terms_as_sipri_says(sipri, region, growth):
    now = value_of(sipri, "spending_usd_constant", region, 2024)
    before = value_of(sipri, "spending_usd_constant", region, 2023)
    digits = 1 if isinstance(growth, float) else 0
    assert round(100 * (now.value / before.value - 1), digits) == growth
    assert now.price_base == "constant 2023"


@needs_sources
def test_real_regional_totals_constant_prices_and_a_subregion(sipri):
    world = value_of(sipri, "spending_usd_constant", "World", 2024)
    assert round(world.value / 1000) == 2677 and world.cell == "AL15"
    west = value_of(sipri, "spending_usd_current", "Western Europe", 2024)
    assert round(west.value / 1000, 1) == 397.4 and west.cell == "AM32"
    # North America is the United States and Canada, each from the "Current US$" sheet
    usa = value_of(sipri, "spending_usd_current", "United States of America", 2024)
    canada = value_of(sipri, "spending_usd_current", "Canada", 2024)
    north_america = value_of(sipri, "spending_usd_current", "North America", 2024)
    assert math.isclose(north_america.value, usa.value + canada.value, rel_tol=1e-12)


@needs_sources
def test_real_regional_totals_flags_notes_and_gaps(sipri):
    middle_east = value_of(sipri, "spending_usd_current", "Middle East", 2024)  # red in AM33
    assert (middle_east.flag, middle_east.estimate) == ("more than 10% estimated", True)
    assert middle_east.note == "omitted from the total: Syria, Yemen, North, Yemen"
    europe = value_of(sipri, "spending_usd_current", "Europe", 2024)  # black
    assert (europe.flag, europe.estimate, europe.note) == ("", False, "")
    africa = value_of(sipri, "spending_usd_constant", "Africa", 2022)  # red in AJ16
    assert africa.flag == "more than 10% estimated"
    assert africa.note == "omitted from the total: Djibouti, Eritrea, Somalia"
    totals = sipri[sipri.sheet == "Regional totals"]
    gaps = {(r.country, r.year) for r in totals.itertuples() if r.year == 1991} ^ {
        (r.name, 1991) for r in regions.REGIONS
    }
    assert gaps == {("World", 1991), ("Europe", 1991), ("Eastern Europe", 1991)}  # ". ."
    assert set(totals.year) == set(range(1988, 2025))
