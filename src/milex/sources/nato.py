"""Reader for NATO's "Defence Expenditure of NATO Countries" (workbook and CSV exports).

Both readers return long rows with the columns of ``ROW_COLUMNS``. They locate everything by
content: sheets by their "Table N : ..." title, the header by its run of year labels, blocks by
their heading text, labels by being the only text left of the year columns. Anything that does
not fit the known layout raises ``SourceLayoutError`` naming file, sheet and cell.

Empty cells: a row may lack values at its start (an ally with no figures for early years) or
at its end (no figure published for the latest year, e.g. Germany 2025 in the 2025 edition).
A hole between two numbers, or text in a value cell, means the row is not what we think it is.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pandas as pd

from milex.errors import SourceLayoutError
from milex.sources import ROW_COLUMNS

ALLIES = frozenset(
    {
        "Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia",
        "Finland", "France", "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia",
        "Lithuania", "Luxembourg", "Montenegro", "Netherlands", "North Macedonia", "Norway",
        "Poland", "Portugal", "Romania", "Slovak Republic", "Slovenia", "Spain", "Sweden",
        "Türkiye", "United Kingdom", "United States",
    }
)  # fmt: skip
AGGREGATES = frozenset({"NATO Europe and Canada", "NATO Total"})
NATIONAL_LAW_NOTE = "national 2% law"  # NATO's "*": a national law or agreement requiring 2%

# Table 1 names currencies in words; the Nordic "Kroner" needs the ally to pick the code.
CURRENCY_CODES = {
    "Leks": "ALL", "Euros": "EUR", "Leva": "BGN", "Canadian dollars": "CAD", "Koruny": "CZK",
    "Forint": "HUF", "Denars": "MKD", "Zlotys": "PLN", "New Lei": "RON", "Kronor": "SEK",
    "Liras": "TRY", "Pounds": "GBP", "US dollars": "USD", "Kuna": "HRK",
}  # fmt: skip
KRONER_CODES = {"Denmark": "DKK", "Norway": "NOK"}

# The CSV exports drop the sheet text that states the constant-price base year.
CSV_CONSTANT_BASE = {2025: 2021}


@dataclass(frozen=True)
class Block:
    heading: str | None  # regex (full match) of the block heading; None: the table has no heading
    measure: str
    unit: str  # "{currency}" is filled from the Table 1 row label
    priced: str  # "current", "constant" (base year read from the sheet) or "" (not money)


@dataclass(frozen=True)
class Layout:
    table: str
    title: str  # regex (full match) of the text after "Table N :"
    unit_line: str  # regex (full match); a "base" group gives the constant-price base year
    blocks: tuple[Block, ...]


_CURRENT_USD = "Current prices and exchange rates"
_CONSTANT_USD = r"Constant (?P<base>\d{4}) prices and exchange rates"
_NC = "million {currency}"
_SHARE = "% of defence expenditure"
# From the 2026 edition NATO's tables measure core defence expenditure: "Table 1: Core defence
# expenditure". The word is optional everywhere; `workbook_basis` tells which a workbook uses.
_CORE = r"(?:core )?"
_CATEGORY_TITLE = f"Distribution of {_CORE}defence expenditure by main category"
_CATEGORY_UNIT = f"Percentage of total {_CORE}defence expenditure"
LAYOUTS = (
    Layout("1", f"{_CORE}Defence expenditure", "Million national currency units", (
        Block("Current prices", "spending_nc_current", _NC, "current"),
        Block(r"Constant (?P<base>\d{4}) prices", "spending_nc_constant", _NC, "constant"),
    )),
    Layout("2", f"{_CORE}Defence expenditure", "Million US dollars", (
        Block(_CURRENT_USD, "spending_usd_current", "million USD", "current"),
        Block(_CONSTANT_USD, "spending_usd_constant", "million USD", "constant"),
    )),
    Layout("3", f"{_CORE}Defence expenditure as a share of GDP and annual real change",
           r"Based on (?P<base>\d{4}) prices", (
        Block(r"Share of real GDP \(%\)", "share_of_gdp", "% of GDP", "constant"),
        Block(r"Annual real change \(%\)", "real_change", "% change", "constant"),
    )),
    Layout("4", _CORE + r"Defence expenditure real change \d{4}-\d{4}e?",
           r"Million US dollars \((?P<base>\d{4}) prices and exchange rates\)", (
        Block(None, "real_change_since_2014", "% change", "constant"),
    )),
    Layout("5", "GDP", "Million US dollars", (
        Block(_CURRENT_USD, "gdp_usd_current", "million USD", "current"),
        Block(_CONSTANT_USD, "gdp_usd_constant", "million USD", "constant"),
    )),
    Layout("6", f"GDP per capita and {_CORE}defence expenditure per capita",
           r"(?P<base>\d{4}) prices and exchange rates", (
        Block(r"GDP per capita \(thousand US dollars\)",
              "gdp_per_capita_usd_constant", "thousand USD", "constant"),
        Block(_CORE + r"Defence expenditure per capita \(US dollars\)",
              "spending_per_capita_usd_constant", "USD", "constant"),
    )),
    Layout("7", "Military personnel", "Thousands", (
        Block(None, "personnel", "thousand persons", ""),
    )),
    Layout("8a", _CATEGORY_TITLE, _CATEGORY_UNIT, (
        Block(r"Equipment \(a\)", "equipment_share", _SHARE, ""),
        Block(r"Personnel \(b\)", "personnel_share", _SHARE, ""),
    )),
    Layout("8b", _CATEGORY_TITLE, _CATEGORY_UNIT, (
        Block(r"Infrastructure \(c\)", "infrastructure_share", _SHARE, ""),
        Block(r"Other \(d\)", "other_share", _SHARE, ""),
    )),
)  # fmt: skip

CSV_FILES = {
    "shareofgdp.csv": ("3", "share_of_gdp", "% of GDP", "constant"),
    "realchange.csv": ("3", "real_change", "% change", "constant"),
    "militarypersonelinthousands.csv": ("7", "personnel", "thousand persons", ""),
    "portionofexpenditure_equipment.csv": ("8a", "equipment_share", _SHARE, ""),
    "portionofexpenditure_personel.csv": ("8a", "personnel_share", _SHARE, ""),
    "portionofexpenditure_infrastructure.csv": ("8b", "infrastructure_share", _SHARE, ""),
    "portionofexpenditure_other.csv": ("8b", "other_share", _SHARE, ""),
}

_TITLE = re.compile(r"Table\s+(\d+[ab]?)\s*:\s*(.*)", re.IGNORECASE)
_YEAR = re.compile(r"(\d{4})(e?)")
_NUMBER = re.compile(r"-?\d+(\.\d*)?([eE][-+]?\d+)?")
_TABLE4_CHANGE = re.compile(r"Real change (\d{4})-(\d{4})(e?) \(%\)")


def _text(value: object) -> str:
    """Cell text with runs of whitespace (incl. non-breaking spaces) collapsed."""
    return " ".join(str(value).split())


@dataclass
class _Where:
    """Where a reader is, so that every refusal names file, sheet and cell."""

    file: str
    sheet: str = ""

    def refuse(self, cell: str | None, problem: str) -> SourceLayoutError:
        return SourceLayoutError(self.file, self.sheet or None, cell, problem)


def _year_label(value: object) -> tuple[int, bool] | None:
    """(year, estimate) for a header cell such as 2014, "2019" or "2023e"; None otherwise."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    match = _YEAR.fullmatch(_text(value)) if isinstance(value, str) else None
    return (int(match[1]), match[2] == "e") if match else None


def _check_years(where: _Where, cells: list[tuple[str, object]], edition: int):
    """Years of a header: consecutive, ending at the edition, the last one or two marked e."""
    years = []
    for ref, value in cells:
        label = _year_label(value)
        if label is None:
            raise where.refuse(ref, f"expected a year label in the header, found {value!r}")
        if years and label[0] != years[-1][0] + 1:
            raise where.refuse(ref, f"year {label[0]} does not follow {years[-1][0]}")
        years.append(label)
    if not years or years[-1][0] != edition:
        raise where.refuse(cells[-1][0] if cells else None, f"years do not end at {edition}")
    marks = "".join("e" if est else "-" for _, est in years)
    if not re.fullmatch(r"-*e{1,2}", marks):
        raise where.refuse(cells[0][0], f"estimate marks {marks!r}: expected the last 1-2 years")
    return years


def _label(where: _Where, ref: str, raw: object, with_currency: bool):
    """(country, note, currency) from a row label such as "Poland*   (Zlotys)"."""
    text, currency = _text(raw), ""
    if with_currency:
        match = re.fullmatch(r"(.*?)\s*\(([^()]+)\)", text)
        if not match:
            raise where.refuse(ref, f"label {text!r} lacks the national currency in brackets")
        text, currency = match[1], match[2]
    note = NATIONAL_LAW_NOTE if "*" in text else ""
    country = _text(text.replace("*", ""))
    if country not in ALLIES | AGGREGATES:
        raise where.refuse(ref, f"unknown ally label {_text(raw)!r}")
    if with_currency:
        code = KRONER_CODES.get(country) if currency == "Kroner" else CURRENCY_CODES.get(currency)
        if code is None:
            raise where.refuse(ref, f"unknown currency {currency!r} for {country}")
        currency = code
    return country, note, currency


def _numbers(where: _Where, cells: list[tuple[str, object]]) -> list[tuple[int, float]]:
    """(position, value) of the numbers of a data row; None marks an empty cell."""
    found = []
    for pos, (ref, value) in enumerate(cells):
        if value is None:
            continue
        if not isinstance(value, float) or not math.isfinite(value):
            raise where.refuse(ref, f"expected a number, found {value!r}")
        found.append((pos, value))
    if not found:
        raise where.refuse(cells[0][0], "the row has a label but no values")
    first, last = found[0][0], found[-1][0]
    for ref, value in cells[first : last + 1]:
        if value is None:
            raise where.refuse(ref, "empty cell between numbers of the same row")
    return found


def _cell_value(value: object) -> object:
    """A workbook cell as float, None (empty) or the offending object (text, date...)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return value


# What a series of rows shares; each row adds its year, value and cell.
_SERIES = ("edition", "table", "measure", "unit", "price_base", "country", "note")


def _row(where: _Where, cell: str, year: tuple[int, bool], value: float, series: tuple) -> dict:
    estimate = year[1]
    row = dict(zip(_SERIES, series, strict=True), source="NATO", year=year[0], value=value)
    row.update(estimate=estimate, flag="e" if estimate else "", file=where.file)
    row.update(sheet=where.sheet, cell=cell)
    return {column: row[column] for column in ROW_COLUMNS}


def _frame(rows: list[dict]) -> pd.DataFrame:
    seen: dict[tuple, str] = {}
    for row in rows:
        key = (row["measure"], row["country"], row["year"])
        if key in seen:
            where = _Where(row["file"], row["sheet"])
            raise where.refuse(row["cell"], f"{key} appears twice (first at {seen[key]})")
        seen[key] = f"{row['sheet'] or row['file']}!{row['cell']}"
    frame = pd.DataFrame(rows, columns=list(ROW_COLUMNS))
    types = {"edition": "int64", "year": "int64", "value": "float64", "estimate": "bool"}
    return frame.astype(types)


# --- the workbook ---------------------------------------------------------------------------


def read_nato_workbook(path: Path, *, edition: int, file_label: str) -> pd.DataFrame:
    """Read NATO's annual workbook (Tables 1-8b) into long rows.

    file_label: what goes in the ``file`` column, e.g.
    "nato-2024/240617-def-exp-2024-TABLES-en.xlsx".
    Table 4 yields only ``real_change_since_2014``; its other columns repeat Tables 2 and 3 and
    are checked against them.
    """
    book = openpyxl.load_workbook(path, data_only=True)
    found = _sheets_by_title(book, _Where(file_label))
    rows: list[dict] = []
    for layout in LAYOUTS:
        sheet, title_row = found[layout.table]
        where = _Where(file_label, sheet.title)
        if layout.table == "4":
            rows += _read_table4(sheet, title_row, layout, where, edition, rows)
        else:
            rows += _read_blocks(sheet, title_row, layout, where, edition)
    return _frame(rows)


def workbook_basis(path: Path) -> str:
    """ "core defence expenditure" when the workbook's Table 1 says "Core defence expenditure"
    (NATO from 2026), else "defence expenditure"."""
    book = openpyxl.load_workbook(path, data_only=True, read_only=True)
    try:
        for sheet in book.worksheets:
            for row in sheet.iter_rows(max_row=12, values_only=True):
                for value in row:
                    match = _TITLE.fullmatch(_text(value)) if isinstance(value, str) else None
                    if match and match[1] == "1":
                        core = match[2].lower().startswith("core")
                        return "core defence expenditure" if core else "defence expenditure"
    finally:
        book.close()
    raise SourceLayoutError(str(path.name), None, None, "no sheet has the title of Table 1")


def _sheets_by_title(book, where: _Where) -> dict[str, tuple]:
    """{table: (worksheet, title row)}, whatever the sheets are called."""
    found: dict[str, tuple] = {}
    expected = {layout.table: layout for layout in LAYOUTS}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                match = _TITLE.fullmatch(_text(cell.value)) if isinstance(cell.value, str) else None
                if not match or match[1].lower() not in expected:
                    continue
                here = _Where(where.file, sheet.title)
                layout = expected[match[1].lower()]
                if not re.fullmatch(layout.title, match[2], re.IGNORECASE):
                    raise here.refuse(cell.coordinate, f"unexpected title {_text(cell.value)!r}")
                if layout.table in found:
                    raise here.refuse(cell.coordinate, f"a second title for Table {layout.table}")
                found[layout.table] = (sheet, cell.row)
    for table in expected:
        if table not in found:
            raise where.refuse(None, f"no sheet has the title of Table {table}")
    return found


def _header_row(sheet, title_row: int, where: _Where) -> int:
    for row in sheet.iter_rows(min_row=title_row + 1):
        if any(_year_label(cell.value) for cell in row):
            return row[0].row
    raise where.refuse(None, "no row of year labels below the title")


def _unit_match(sheet, title_row: int, header_row: int, layout: Layout, where: _Where):
    """The unit line between title and header: exactly one cell, one of the known units."""
    rows = sheet.iter_rows(min_row=title_row + 1, max_row=header_row - 1)
    cells = [cell for row in rows for cell in row if _cell_value(cell.value) is not None]
    if len(cells) != 1:
        raise where.refuse(
            None, f"expected one unit line between rows {title_row} and {header_row}"
        )
    match = re.fullmatch(layout.unit_line, _text(cells[0].value), re.IGNORECASE)
    if not match:
        raise where.refuse(cells[0].coordinate, f"unknown unit line {_text(cells[0].value)!r}")
    return match


def _scan(sheet, header_row: int, value_cols: list[int], where: _Where) -> Iterator[tuple]:
    """Rows below the header as ("text", cell) or ("data", label cell, [(ref, value)])."""
    first, last = min(value_cols), max(value_cols)
    for row in sheet.iter_rows(min_row=header_row + 1, max_col=max(sheet.max_column, last)):
        labels = [c for c in row[: first - 1] if _cell_value(c.value) is not None]
        values = [(row[col - 1].coordinate, _cell_value(row[col - 1].value)) for col in value_cols]
        beyond = [c for c in row[last:] if _cell_value(c.value) is not None]
        filled = [v for _, v in values if v is not None]
        stray = [c for c in beyond if isinstance(_cell_value(c.value), float) or filled]
        if stray:  # values that slid off the year columns
            raise where.refuse(stray[0].coordinate, f"{stray[0].value!r} right of the year columns")
        if not labels and not filled:
            continue
        if not filled:  # headings, notes and footers
            yield ("text", labels[0])
            continue
        if not labels:
            # NATO leaves unlabelled helper rows of "#REF!" (or zeros) between blocks.
            if all(v == "#REF!" or v == 0.0 for v in filled):
                continue
            ref = next(ref for ref, v in values if v is not None)
            raise where.refuse(ref, "values without a row label")
        if len(labels) > 1 or not isinstance(labels[0].value, str):
            cell = labels[-1]
            raise where.refuse(cell.coordinate, f"{cell.value!r} where only a label belongs")
        yield ("data", labels[0], values)


def _read_blocks(sheet, title_row: int, layout: Layout, where: _Where, edition: int) -> list:
    header_row = _header_row(sheet, title_row, where)
    unit_match = _unit_match(sheet, title_row, header_row, layout, where)
    header = [(c.coordinate, c.column, c.value) for c in sheet[header_row] if c.value is not None]
    years = _check_years(where, [(ref, v) for ref, _, v in header], edition)
    cols = [col for _, col, _ in header]
    if cols != list(range(cols[0], cols[0] + len(cols))):
        raise where.refuse(header[0][0], "the year columns are not side by side")
    rows: list[dict] = []
    counts: dict[Block, int] = {}  # data rows per block heading seen
    block, base = None, None
    if layout.blocks[0].heading is None:  # a single block without heading (Table 7)
        block, counts[block] = layout.blocks[0], 0
    for event in _scan(sheet, header_row, cols, where):
        if event[0] == "text":
            text, block = _text(event[1].value), None  # a note or footer ends the block
            for candidate in layout.blocks:
                match = re.fullmatch(candidate.heading or "(?!)", text, re.IGNORECASE)
                if match and candidate in counts:
                    raise where.refuse(event[1].coordinate, f"block {text!r} appears twice")
                if match:
                    block, counts[candidate] = candidate, 0
                    base = match.groupdict().get("base") or unit_match.groupdict().get("base")
            continue
        _, label_cell, values = event
        if block is None:
            raise where.refuse(label_cell.coordinate, "row is not under a known block heading")
        counts[block] += 1
        country, note, currency = _label(
            where, label_cell.coordinate, label_cell.value, layout.table == "1"
        )
        if block.priced == "constant" and not base:
            raise where.refuse(label_cell.coordinate, "the sheet does not state the base year")
        price_base = f"constant {base}" if block.priced == "constant" else block.priced
        unit = block.unit.format(currency=currency)
        series = (edition, layout.table, block.measure, unit, price_base, country, note)
        for pos, value in _numbers(where, values):
            rows.append(_row(where, values[pos][0], years[pos], value, series))
    for candidate in layout.blocks:
        if not counts.get(candidate):
            raise where.refuse(None, f"block {candidate.heading or candidate.measure!r} missing")
    return rows


def _read_table4(sheet, title_row, layout, where: _Where, edition: int, earlier: list) -> list:
    """Table 4: emit the real change since 2014; check its other columns against Tables 2-3."""
    header_row = _header_row(sheet, title_row, where)
    base = _unit_match(sheet, title_row, header_row, layout, where)["base"]
    header = {c.column: (c.coordinate, _text(c.value)) for c in sheet[header_row] if c.value}
    change = [(col, _TABLE4_CHANGE.fullmatch(text)) for col, (_, text) in header.items()]
    change = [(col, match) for col, match in change if match]
    if len(change) != 1 or change[0][1].group(1, 2) != ("2014", str(edition)):
        raise where.refuse(None, f"expected one 'Real change 2014-{edition}' column")
    change_col, estimate = change[0][0], change[0][1][3] == "e"
    end = f"{edition}{change[0][1][3]}"
    # The other columns repeat Tables 2 and 3: (header text) -> (measure, year) to compare with.
    repeats = {"2014": ("spending_usd_constant", 2014), end: ("spending_usd_constant", edition),
               "Share of real GDP 2014 (%)": ("share_of_gdp", 2014),
               f"Share of real GDP {end} (%)": ("share_of_gdp", edition)}  # fmt: skip
    checked = {col: repeats.get(text) for col, (_, text) in header.items() if col != change_col}
    for col, key in checked.items():
        if key is None:
            raise where.refuse(header[col][0], f"unexpected Table 4 column {header[col][1]!r}")
    if sorted(checked.values()) != sorted(repeats.values()):
        raise where.refuse(None, f"Table 4 lacks one of the columns {sorted(repeats)}")
    index = {(r["measure"], r["country"], r["year"]): r for r in earlier}
    rows: list[dict] = []
    ended = False
    for event in _scan(sheet, header_row, [change_col, *checked], where):
        if event[0] == "text":
            ended = bool(rows)  # notes below the allies end the table
            continue
        _, label_cell, values = event
        if ended:
            raise where.refuse(label_cell.coordinate, "ally row below the notes")
        if len(_numbers(where, values)) != len(values):
            raise where.refuse(values[0][0], "Table 4 rows need all five values")
        country, note, _ = _label(where, label_cell.coordinate, label_cell.value, False)
        for (measure, year), (ref, value) in zip(checked.values(), values[1:], strict=True):
            other = index.get((measure, country, year))
            if other is None or abs(other["value"] - value) >= 1e-6:
                found = "nothing" if other is None else f"{other['value']!r} at {other['sheet']}"
                raise where.refuse(ref, f"{value!r} differs from {found} for {country} {year}")
        series = (edition, "4", "real_change_since_2014", "% change", f"constant {base}")
        series += (country, note)
        rows.append(_row(where, values[0][0], (edition, estimate), values[0][1], series))
    if not rows:
        raise where.refuse(None, "Table 4 has no ally rows")
    return rows


# --- the CSV exports ------------------------------------------------------------------------


def read_nato_csv_tables(folder: Path, *, edition: int, folder_label: str) -> pd.DataFrame:
    """Read the CSV exports of Tables 3, 7, 8a and 8b (2025 edition) into long rows.

    folder_label: prefix of the ``file`` column, e.g. "nato-2025". Cells are "R{line}C{field}".
    """
    if edition not in CSV_CONSTANT_BASE:
        raise SourceLayoutError(
            folder_label, None, None, f"no known constant-price base year for edition {edition}"
        )
    rows: list[dict] = []
    for name, (table, measure, unit, priced) in CSV_FILES.items():
        where = _Where(f"{folder_label}/{name}")
        path = Path(folder) / name
        if not path.is_file():
            raise where.refuse(None, "file missing")
        price_base = f"constant {CSV_CONSTANT_BASE[edition]}" if priced else ""
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if not header or _text(header[0]).lower() != "country":
                raise where.refuse("R1C1", "expected the header to start with 'country'")
            years = _check_years(
                where, [(f"R1C{i}", v) for i, v in enumerate(header[1:], 2)], edition
            )
            for record in reader:
                line = reader.line_num
                if not any(field.strip() for field in record):
                    continue
                if len(record) != len(header):
                    raise where.refuse(
                        f"R{line}C1", f"{len(record)} fields, header has {len(header)}"
                    )
                country, note, _ = _label(where, f"R{line}C1", record[0], False)
                values = [(f"R{line}C{i}", _csv_value(v)) for i, v in enumerate(record[1:], 2)]
                series = (edition, table, measure, unit, price_base, country, note)
                for pos, value in _numbers(where, values):
                    rows.append(_row(where, values[pos][0], years[pos], value, series))
    return _frame(rows)


def _csv_value(field: str) -> object:
    """float for a plain decimal number, None for "", the text itself otherwise."""
    text = field.strip()
    if not text:
        return None
    # float() alone would also take "1_000", "nan" and "inf"; a source never means those.
    return float(text) if _NUMBER.fullmatch(text) else field
