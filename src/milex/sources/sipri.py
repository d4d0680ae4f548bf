"""Reader for SIPRI's Military Expenditure Database workbook (one release = one edition).

SIPRI publishes one workbook per release: a sheet per measure, each a wide table of country rows
grouped under region and subregion headings, with one column per year. Estimates are not marked
in the text of a cell but by its font colour, so the workbook is opened with styles (not in
read-only mode). Even so, reading the whole April 2025 release takes about two seconds.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pandas as pd
from openpyxl.cell.cell import Cell
from openpyxl.utils.exceptions import InvalidFileException

from milex.errors import SourceLayoutError
from milex.reference import regions
from milex.sources import ROW_COLUMNS
from milex.sources.sipri_layout import font_rgb, header_row, is_missing, normalise
from milex.sources.sipri_regions import REGIONAL_SHEET, read_regional_totals

SOURCE = "SIPRI"
FOOTNOTES_SHEET = "Footnotes"

# Font colour (RGB, resolved through the workbook's palette) -> flag. The April 2025 release uses
# indexed colours only: 8 = 000000 black, 12 = 0000FF blue (SIPRI estimate), 10 = FF0000 red
# (highly uncertain); a number cell without a font colour, or in theme colour "Text 1" (Excel's
# default text colour), is black too. Any other colour on a number is refused, because it would
# be a marker we do not know the meaning of. (Red means something else on the regional sheet:
# see sipri_regions.py.)
FLAG_BY_FONT_RGB = {"000000": "", "0000FF": "estimate", "FF0000": "highly uncertain"}

# Header labels SIPRI puts between "Country" and the first year; anything else is a new layout.
KNOWN_HEADER_PREFIXES = ("country", "currency", "notes", "fiscal year", "reporting year")


@dataclass(frozen=True)
class SheetSpec:
    """What one value sheet holds and the heading text that proves its unit."""

    sheet: str
    measure: str
    unit: str | None  # None: the row's currency, as SIPRI writes it in its Currency column
    price_base: str
    unit_phrases: tuple[str, ...]  # lower-case phrases that must appear above the header row
    fraction: bool = False  # SIPRI stores shares as fractions; we publish percentages


# Local-currency sheets hold whole currency units, not millions like the US$ sheets: the US
# 2024 figure is 997309000000 dollars there and 997309 (million) in "Current US$". Their heading
# says just "in local currency"; should it ever say "millions of local currency", the phrase
# check below fails instead of the unit silently being off by a million.
VALUE_SHEETS = (
    SheetSpec(
        "Local currency financial years",
        "spending_lcu_current_fy",
        None,
        "current",
        ("figures are in local currency at current prices", "for financial years"),
    ),
    SheetSpec(
        "Local currency calendar years",
        "spending_lcu_current",
        None,
        "current",
        ("figures are in local currency at current prices", "for calendar years"),
    ),
    # The constant-price sheet's name and unit phrase depend on the base year: see _constant_spec.
    SheetSpec(
        "Current US$",
        "spending_usd_current",
        "million USD",
        "current",
        ("millions of us$ at current prices", "figures are in us $m., in current prices"),
    ),
    SheetSpec(
        "Share of GDP",
        "share_of_gdp",
        "% of GDP",
        "",
        ("percentage of gross domestic product",),
        fraction=True,
    ),
    SheetSpec(
        "Per capita",
        "spending_per_capita_usd_current",
        "USD",
        "current",
        ("per capita", "figures are in current us$"),
    ),
    SheetSpec(
        "Share of Govt. spending",
        "share_of_government_spending",
        "% of government spending",
        "",
        ("percentage of government spending",),
        fraction=True,
    ),
)

CONSTANT_SHEET = re.compile(r"^Constant \((\d{4})\) US\$$")


def read_sipri_workbook(path: Path, *, edition: int, file_label: str) -> pd.DataFrame:
    """Read every value sheet of a SIPRI milex workbook into long rows (``ROW_COLUMNS``): the
    country sheets, then the world and regional totals.

    edition: the release year (April 2025 release, data 1949-2024 -> 2025); the last year
        column must be ``edition - 1``.
    file_label: how the file is named in rows and errors, e.g. "sipri/SIPRI-Milex-...xlsx".

    Example: ``read_sipri_workbook(p, edition=2025, file_label="sipri/x.xlsx")``.
    """
    try:
        # Not read-only: estimate flags live in font colours, which read-only mode does not load.
        wb = openpyxl.load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError) as exc:
        problem = f"not a readable xlsx workbook ({exc})"
        raise SourceLayoutError(file_label, None, None, problem) from exc

    if FOOTNOTES_SHEET not in wb.sheetnames:
        raise SourceLayoutError(file_label, FOOTNOTES_SHEET, None, "footnotes sheet missing")
    symbols, numbers = _read_footnotes(wb[FOOTNOTES_SHEET], file_label)

    constant = _constant_spec(wb, file_label)
    specs = [*VALUE_SHEETS[:2], constant, *VALUE_SHEETS[2:]]
    # wb._colors is the workbook's own indexed palette (openpyxl's default when none is stored).
    palette = list(wb._colors)
    rows: list[tuple] = []
    headings_seen: dict[str, list[str]] = {}
    for spec in specs:
        if spec.sheet not in wb.sheetnames:
            raise SourceLayoutError(file_label, spec.sheet, None, "value sheet missing")
        sheet = _SheetReader(wb[spec.sheet], spec, file_label, edition, palette)
        rows.extend(sheet.read(symbols, numbers))
        headings_seen[spec.sheet] = sheet.headings

    # Region and subregion headings are recognised only by having no values; if one sheet's
    # list differs from the others, a country row with empty cells was probably taken for one.
    first_sheet, first = next(iter(headings_seen.items()))
    for name, headings in headings_seen.items():
        if headings != first:
            raise SourceLayoutError(
                file_label, name, None, f"region headings {headings} differ from {first_sheet!r}"
            )
    if REGIONAL_SHEET not in wb.sheetnames:
        raise SourceLayoutError(file_label, REGIONAL_SHEET, None, "value sheet missing")
    base_year = constant.price_base.removeprefix("constant ")
    rows.extend(read_regional_totals(wb[REGIONAL_SHEET], file_label, edition, base_year, palette))
    return pd.DataFrame(rows, columns=list(ROW_COLUMNS))


def _constant_spec(wb, file_label: str) -> SheetSpec:
    """Find the constant-US$ sheet and check its title states the same base year as its name."""
    matches = [(name, m) for name in wb.sheetnames if (m := CONSTANT_SHEET.match(name))]
    if len(matches) != 1:
        problem = f"value sheet missing: expected one such sheet, found {len(matches)}"
        raise SourceLayoutError(file_label, "Constant (YYYY) US$", None, problem)
    name, match = matches[0]
    year = match.group(1)
    title = normalise(wb[name]["A1"].value)
    found = re.search(r"constant \((\d{4})\) us\$", title)
    if not found or found.group(1) != year:
        raise SourceLayoutError(
            file_label, name, "A1", f"title does not state constant ({year}) US$: {title!r}"
        )
    return SheetSpec(
        name,
        "spending_usd_constant",
        "million USD",
        f"constant {year}",
        (f"us $m., at constant {year} prices",),
    )


def _read_footnotes(ws, file_label: str) -> tuple[dict[str, str], set[int]]:
    """Return SIPRI's special-note symbols (symbol -> meaning) and its numbered footnotes."""
    symbols: dict[str, str] = {}
    numbers: set[int] = set()
    for row in ws.iter_rows():
        key = row[0].value
        meaning = next((c.value for c in row[1:] if isinstance(c.value, str) and c.value), None)
        if meaning is None:
            continue
        if isinstance(key, int) and not isinstance(key, bool):
            numbers.add(key)
        elif isinstance(key, str) and len(key.strip()) == 1 and not key.strip().isalnum():
            symbols[key.strip()] = meaning.strip()
    if not symbols or not numbers:
        raise SourceLayoutError(file_label, ws.title, None, "no footnote marker table found")
    return symbols, numbers


class _SheetReader:
    """Reads one value sheet; ``headings`` lists the region/subregion labels it passed."""

    def __init__(self, ws, spec: SheetSpec, file_label: str, edition: int, palette: list[str]):
        self.ws = ws
        self.spec = spec
        self.file = file_label
        self.edition = edition
        self.palette = palette
        self.headings: list[str] = []

    def _error(self, cell: str | None, problem: str) -> SourceLayoutError:
        return SourceLayoutError(self.file, self.ws.title, cell, problem)

    def read(self, symbols: dict[str, str], numbers: set[int]) -> list[tuple]:
        header, preamble = self._find_header()
        self._check_unit(preamble, header[0].coordinate)
        named, years = self._columns(header)
        # A release covers data up to the year before it (April 2025 release: 1949-2024).
        last_col, last_year = years[-1]
        if last_year != self.edition - 1:
            where = header[last_col].coordinate
            raise self._error(where, f"last year {last_year} does not fit edition {self.edition}")
        notes_col = named.get("notes")
        currency_col = named.get("currency")
        if notes_col is None:
            raise self._error(header[0].coordinate, "no 'Notes' column in the header row")
        if self.spec.unit is None and currency_col is None:
            raise self._error(header[0].coordinate, "no 'Currency' column in the header row")

        rows: list[tuple] = []
        countries: set[str] = set()
        for row in self.ws.iter_rows(min_row=header[0].row + 1):
            label = str(row[0].value or "").strip()
            year_cells = [(row[col], year) for col, year in years if col < len(row)]
            if all(c.value in (None, "") for c, _ in year_cells):
                if label:
                    self.headings.append(label)
                continue
            if not label:
                raise self._error(row[0].coordinate, "values in a row without a country name")
            if label in countries:
                raise self._error(row[0].coordinate, f"country {label!r} appears twice")
            if label in regions.BY_NAME:  # totals belong on the regional sheet alone
                raise self._error(row[0].coordinate, f"region heading {label!r} holds values")
            countries.add(label)
            note = self._note(row[notes_col], symbols, numbers)
            unit = self.spec.unit or self._currency_unit(row[currency_col])
            for cell, year in year_cells:
                if (value_row := self._value_row(cell, year, label, unit, note)) is not None:
                    rows.append(value_row)
        return rows

    def _find_header(self) -> tuple[tuple[Cell, ...], str]:
        """The first row with "Country" in column A; the text above it (lower case) is returned
        too, since that is where SIPRI states the unit."""
        found = header_row(self.ws, "country")
        if found is None:
            raise self._error(None, "no header row with 'Country' in column A")
        return found

    def _check_unit(self, preamble: str, where: str) -> None:
        missing = [p for p in self.spec.unit_phrases if p not in preamble]
        if missing:
            raise self._error(
                where, f"unit text above the header not as expected: missing {missing}"
            )

    def _columns(self, header) -> tuple[dict[str, int], list[tuple[Cell, int]]]:
        """Named columns (by header text) and the run of consecutive year columns."""
        named: dict[str, int] = {}
        years: list[tuple[Cell, int]] = []
        for cell in header:
            value = cell.value
            if isinstance(value, int) and not isinstance(value, bool):
                if years and value != years[-1][1] + 1:
                    problem = f"year {value} does not follow {years[-1][1]}"
                    raise self._error(cell.coordinate, problem)
                years.append((cell, value))
            elif value in (None, ""):
                continue
            elif years:
                raise self._error(cell.coordinate, f"unexpected header {value!r} among years")
            else:
                text = normalise(value)
                prefix = next((p for p in KNOWN_HEADER_PREFIXES if text.startswith(p)), None)
                if prefix is None:
                    raise self._error(cell.coordinate, f"unknown column header {value!r}")
                named[prefix] = cell.column - 1
        if len(years) < 2:
            raise self._error(header[0].coordinate, "no run of year columns in the header row")
        # A gap (empty header) inside the run would shift every later year by one column.
        if years[-1][0].column - years[0][0].column != len(years) - 1:
            raise self._error(years[0][0].coordinate, "year columns are not adjacent")
        return named, [(cell.column - 1, year) for cell, year in years]

    def _note(self, cell: Cell, symbols: dict[str, str], numbers: set[int]) -> str:
        # Markers are special-note symbols followed by at most one footnote number, e.g. "§‖19".
        note = str(cell.value or "").strip()
        parts = re.fullmatch(r"(\D*)(\d*)", note)
        if (
            parts is None
            or any(mark not in symbols for mark in parts.group(1))
            or (parts.group(2) and int(parts.group(2)) not in numbers)
        ):
            raise self._error(cell.coordinate, f"unknown footnote marker in {note!r}")
        return note

    def _currency_unit(self, cell: Cell) -> str:
        currency = str(cell.value or "").strip()
        if not currency:
            raise self._error(cell.coordinate, "country row without a currency")
        return currency

    def _value_row(self, cell: Cell, year: int, country: str, unit: str, note: str):
        """One long row for a number cell; None for SIPRI's "no data" and "did not exist"."""
        value = cell.value
        if is_missing(value):
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._error(cell.coordinate, f"year cell is not a number: {value!r}")
        flag = self._flag(cell)
        value = float(value) * 100 if self.spec.fraction else float(value)
        head = (SOURCE, self.edition, self.ws.title, self.spec.measure, unit, self.spec.price_base)
        where = (self.file, self.ws.title, cell.coordinate)
        return (*head, country, year, value, flag != "", flag, note, *where)

    def _flag(self, cell: Cell) -> str:
        rgb = font_rgb(cell, self.palette)
        if rgb not in FLAG_BY_FONT_RGB:
            raise self._error(cell.coordinate, f"unknown font colour {rgb} on a number")
        return FLAG_BY_FONT_RGB[rgb]
