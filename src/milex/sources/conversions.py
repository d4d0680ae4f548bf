"""Readers for NATO editions held only as CSV conversions made by others (2019 and 2026).

Neither file is NATO's own: the 2026 file is a long table written from NATO's workbook and
rounded (shares to 2 decimals, money to 0.1 million); the 2019 file is a wide data frame from
an R package, at full precision but in units of its own (dollars and persons). The readers
name the NATO table each figure comes from, bring units to those of NATO's tables (million
USD, thousand persons) and refuse anything unexpected, naming file and cell ("R{line}C{field}",
1-based). They never fill a missing figure.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from milex.errors import SourceLayoutError
from milex.sources import ROW_COLUMNS

_EURO = "EUR"
# The 2026 conversion has no currency column. NATO's 2026 tables give every euro-area ally in
# euros for all years, Bulgaria included (it adopted the euro on 1 January 2026): its implied
# exchange rate equals the euro's in every year (tests/test_sources_conversions.py checks it).
CURRENCY_2026 = {
    "AL": "ALL", "CA": "CAD", "CZ": "CZK", "DK": "DKK", "HU": "HUF", "MK": "MKD", "NO": "NOK",
    "PL": "PLN", "RO": "RON", "SE": "SEK", "TR": "TRY", "UK": "GBP", "US": "USD",
}  # fmt: skip
# Eurostat-style codes of the 2026 conversion -> NATO's labels (as the workbook readers give).
GEO_2026 = {
    "AL": "Albania", "BE": "Belgium", "BG": "Bulgaria", "CA": "Canada", "CZ": "Czechia",
    "DE": "Germany", "DK": "Denmark", "EE": "Estonia", "EL": "Greece", "ES": "Spain",
    "FI": "Finland", "FR": "France", "HR": "Croatia", "HU": "Hungary", "IT": "Italy",
    "LT": "Lithuania", "LU": "Luxembourg", "LV": "Latvia", "ME": "Montenegro",
    "MK": "North Macedonia", "NL": "Netherlands", "NO": "Norway", "PL": "Poland",
    "PT": "Portugal", "RO": "Romania", "SE": "Sweden", "SI": "Slovenia", "SK": "Slovak Republic",
    "TR": "Türkiye", "UK": "United Kingdom", "US": "United States",
    "NATO_EUR_CAN": "NATO Europe and Canada", "NATO_TOTAL": "NATO Total",
}  # fmt: skip


@dataclass(frozen=True)
class Series:
    table: str
    measure: str
    unit: str  # "{currency}" is filled per ally
    priced: str  # "current", "constant" or "" (not money)
    per: float = 1.0  # file units per unit of the series (1e6 dollars per million USD)


MEASURES_2026 = {
    "core_nat_currency_current_m": Series("1", "spending_nc_current", "million {currency}", "current"),
    "core_nat_currency_2021_m": Series("1", "spending_nc_constant", "million {currency}", "constant"),
    "core_usd_current_m": Series("2", "spending_usd_current", "million USD", "current"),
    "core_usd_2021_m": Series("2", "spending_usd_constant", "million USD", "constant"),
    "core_share_gdp": Series("3", "share_of_gdp", "% of GDP", "constant"),
    "core_real_change_pct": Series("3", "real_change", "% change", "constant"),
    "gdp_usd_current_m": Series("5", "gdp_usd_current", "million USD", "current"),
    "gdp_usd_2021_m": Series("5", "gdp_usd_constant", "million USD", "constant"),
    "gdp_per_capita_2021_kusd": Series("6", "gdp_per_capita_usd_constant", "thousand USD", "constant"),
    "core_per_capita_2021_usd": Series("6", "spending_per_capita_usd_constant", "USD", "constant"),
    "personnel_k": Series("7", "personnel", "thousand persons", ""),
    "equipment_share_pct": Series("8a", "equipment_share", "% of defence expenditure", ""),
    "personnel_share_pct": Series("8a", "personnel_share", "% of defence expenditure", ""),
    "infrastructure_share_pct": Series("8b", "infrastructure_share", "% of defence expenditure", ""),
    "other_share_pct": Series("8b", "other_share", "% of defence expenditure", ""),
}  # fmt: skip

# The 2019 data frame: column header -> series. Money is in US dollars, personnel in persons.
MEASURES_2019 = {
    "Defense expenditure (USD, current prices)": Series("2", "spending_usd_current", "million USD", "current", 1e6),
    "Defense expenditure (USD, 2015 prices)": Series("2", "spending_usd_constant", "million USD", "constant", 1e6),
    "Defense expenditure (% real GDP)": Series("3", "share_of_gdp", "% of GDP", "constant"),
    # Mislabelled "(% GDP)" by the converter: it is NATO's annual real change, in %.
    "Defense expenditure annual real change (% GDP)": Series("3", "real_change", "% change", "constant"),
    "Real GDP (2015 prices)": Series("5", "gdp_usd_constant", "million USD", "constant", 1e6),
    "GDP per capita (USD)": Series("6", "gdp_per_capita_usd_constant", "thousand USD", "constant", 1e3),
    "Defence expenditure per capita (USD)": Series("6", "spending_per_capita_usd_constant", "USD", "constant"),
    "Military personnel": Series("7", "personnel", "thousand persons", "", 1e3),
    "Equipment expenditure (%)": Series("8", "equipment_share", "% of defence expenditure", ""),
    "Personnel expenditure (%)": Series("8", "personnel_share", "% of defence expenditure", ""),
    "Infrastructure expenditure (%)": Series("8", "infrastructure_share", "% of defence expenditure", ""),
    "Other expenditure (%)": Series("8", "other_share", "% of defence expenditure", ""),
}  # fmt: skip
ISO3_2019 = {
    "ALB": "Albania", "BEL": "Belgium", "BGR": "Bulgaria", "CAN": "Canada", "CZE": "Czechia",
    "DEU": "Germany", "DNK": "Denmark", "ESP": "Spain", "EST": "Estonia", "FRA": "France",
    "GBR": "United Kingdom", "GRC": "Greece", "HRV": "Croatia", "HUN": "Hungary",
    "ISL": "Iceland", "ITA": "Italy", "LTU": "Lithuania", "LUX": "Luxembourg", "LVA": "Latvia",
    "MNE": "Montenegro", "NLD": "Netherlands", "NOR": "Norway", "POL": "Poland",
    "PRT": "Portugal", "ROU": "Romania", "SVK": "Slovak Republic", "SVN": "Slovenia",
    "TUR": "Türkiye", "USA": "United States",
}  # fmt: skip


def _number(file: str, cell: str, text: str) -> float | None:
    stripped = text.strip()
    if stripped in ("", "NA"):
        return None
    try:
        value = float(stripped)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise SourceLayoutError(file, None, cell, f"expected a number, found {text!r}")
    return value


def _row(edition, series: Series, base: int, country, year, value, estimate, file, cell, unit):
    price_base = f"constant {base}" if series.priced == "constant" else series.priced
    return {
        "source": "NATO", "edition": edition, "table": series.table, "measure": series.measure,
        "unit": unit, "price_base": price_base, "country": country, "year": year,
        "value": value, "estimate": estimate, "flag": "e" if estimate else "", "note": "",
        "file": file, "sheet": "", "cell": cell,
    }  # fmt: skip


def _frame(rows: list[dict], file: str) -> pd.DataFrame:
    seen: dict[tuple, str] = {}
    for row in rows:
        key = (row["measure"], row["country"], row["year"])
        if key in seen:
            raise SourceLayoutError(file, None, row["cell"], f"{key} twice (first {seen[key]})")
        seen[key] = row["cell"]
    if not rows:
        raise SourceLayoutError(file, None, None, "no figures")
    frame = pd.DataFrame(rows, columns=list(ROW_COLUMNS))
    return frame.astype(
        {"edition": "int64", "year": "int64", "value": "float64", "estimate": "bool"}
    )


def _estimate_years(edition: int) -> set[int]:
    return {edition - 1, edition}


def read_nato_2026_conversion(path: Path, *, edition: int, file_label: str) -> pd.DataFrame:
    """Read the long CSV conversion of NATO's 2026 workbook (core defence expenditure).

    Columns geo, country, year, estimate, measure, value; the ``country`` column (Italian
    names) is not used: ``geo`` names the ally.
    """
    header = ["geo", "country", "year", "estimate", "measure", "value"]
    rows: list[dict] = []
    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        if next(reader, None) != header:
            raise SourceLayoutError(file_label, None, "R1C1", f"expected the header {header}")
        for record in reader:
            line = reader.line_num
            if len(record) != len(header):
                raise SourceLayoutError(file_label, None, f"R{line}C1", f"{len(record)} fields")
            geo, _, year_text, estimate_text, measure, value_text = record
            if geo not in GEO_2026:
                raise SourceLayoutError(file_label, None, f"R{line}C1", f"unknown code {geo!r}")
            series = MEASURES_2026.get(measure)
            if series is None:
                raise SourceLayoutError(file_label, None, f"R{line}C5", f"unknown {measure!r}")
            if not year_text.isdigit() or not 2014 <= int(year_text) <= edition:
                raise SourceLayoutError(file_label, None, f"R{line}C3", f"year {year_text!r}")
            year = int(year_text)
            estimate = {"True": True, "False": False}.get(estimate_text)
            if estimate is None or estimate != (year in _estimate_years(edition)):
                raise SourceLayoutError(
                    file_label, None, f"R{line}C4", f"estimate {estimate_text!r} for {year}"
                )
            value = _number(file_label, f"R{line}C6", value_text)
            if value is None:
                raise SourceLayoutError(file_label, None, f"R{line}C6", "empty value")
            if series.table == "1" and geo.startswith("NATO"):
                raise SourceLayoutError(file_label, None, f"R{line}C1", "aggregate in Table 1")
            unit = series.unit.format(currency=CURRENCY_2026.get(geo, _EURO))
            rows.append(_row(edition, series, 2021, GEO_2026[geo], year, value, estimate,
                             file_label, f"R{line}C6", unit))  # fmt: skip
    return _frame(rows, file_label)


def read_nato_2019_conversion(path: Path, *, edition: int, file_label: str) -> pd.DataFrame:
    """Read the 2019 edition as the R package ``passport`` ships it (one row per ally-year)."""
    rows: list[dict] = []
    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None) or []
        if header[:2] != ["country_stanag", "year"]:
            raise SourceLayoutError(file_label, None, "R1C1", "expected country_stanag, year")
        for field, name in enumerate(header[2:], start=3):
            if name not in MEASURES_2019:
                raise SourceLayoutError(file_label, None, f"R1C{field}", f"unknown {name!r}")
        if len(set(header[2:])) != len(MEASURES_2019):
            raise SourceLayoutError(file_label, None, "R1C1", "a known column is missing")
        for record in reader:
            line = reader.line_num
            if len(record) != len(header):
                raise SourceLayoutError(file_label, None, f"R{line}C1", f"{len(record)} fields")
            if record[0] not in ISO3_2019:
                raise SourceLayoutError(file_label, None, f"R{line}C1", f"unknown {record[0]!r}")
            if not record[1].isdigit() or not 2012 <= int(record[1]) <= edition:
                raise SourceLayoutError(file_label, None, f"R{line}C2", f"year {record[1]!r}")
            year = int(record[1])
            for field, (name, text) in enumerate(zip(header[2:], record[2:], strict=True), 3):
                value = _number(file_label, f"R{line}C{field}", text)
                if value is None:  # missing stays missing (e.g. Iceland's spending)
                    continue
                series = MEASURES_2019[name]
                rows.append(_row(edition, series, 2015, ISO3_2019[record[0]], year,
                                 value / series.per,
                                 year in _estimate_years(edition), file_label,
                                 f"R{line}C{field}", series.unit))  # fmt: skip
    return _frame(rows, file_label)
