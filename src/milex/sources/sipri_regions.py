"""Reader for the "Regional totals" sheet of SIPRI's workbook: the world, regions, subregions.

One row per total, in SIPRI's order: a run of years in constant US$ billions, then one column
with the last year in current US$ billions, then the countries the total leaves out. The rows
become the dataset's usual long rows, in million USD like SIPRI's country sheets, so a region
and a country are read in the same unit. Red figures are not SIPRI's "highly uncertain" here:
the sheet's own legend says they are totals of which more than 10% is estimated for countries
without data, and the reader insists on that legend before it reads the colour so.
"""

from __future__ import annotations

from milex.errors import SourceLayoutError
from milex.reference import regions
from milex.sources.sipri_layout import font_rgb, header_row, is_missing, normalise

SOURCE = "SIPRI"
REGIONAL_SHEET = "Regional totals"
PER_BILLION = 1000.0  # the sheet is in US$ billions; the dataset's money is in millions

ESTIMATED = "more than 10% estimated"
FLAG_BY_FONT_RGB = {"000000": "", "FF0000": ESTIMATED}
# The legend that gives red its meaning, and the column that names the countries left out.
RED_LEGEND = (
    "figures in red indicate that more than 10% of the total figure consists of estimates for "
    "countries for which data is missing"
)
OMITTED = "omitted countries"


def read_regional_totals(
    ws, file_label: str, edition: int, base_year: str, palette: list[str]
) -> list[tuple]:
    """Long rows (``ROW_COLUMNS`` order) for every figure on the regional sheet.

    base_year: the constant-price base of the workbook's country sheets ("2023"); the sheet's
    heading must state the same one. palette: the workbook's indexed colours.
    """
    return _Reader(ws, file_label, edition, base_year, palette).read()


class _Reader:
    def __init__(self, ws, file_label: str, edition: int, base_year: str, palette: list[str]):
        self.ws, self.file, self.edition = ws, file_label, edition
        self.base_year, self.palette = base_year, palette
        self.last_year = edition - 1  # a release covers data up to the year before it

    def _error(self, cell: str | None, problem: str) -> SourceLayoutError:
        return SourceLayoutError(self.file, self.ws.title, cell, problem)

    def read(self) -> list[tuple]:
        found = header_row(self.ws, "region")
        if found is None:
            raise self._error(None, "no header row with 'Region' in column A")
        header, preamble = found
        self._check_heading(preamble, header[0].coordinate)
        years, current_col, omitted_col = self._columns(header)
        rows: list[tuple] = []
        seen: set[str] = set()
        for row in self.ws.iter_rows(min_row=header[0].row + 1):
            label = str(row[0].value or "").strip()
            if not label:
                if any(c.value not in (None, "") for c in row):
                    raise self._error(row[0].coordinate, "values in a row without a region")
                continue
            if label not in regions.BY_NAME:
                known = ", ".join(r.name for r in regions.REGIONS)
                raise self._error(row[0].coordinate, f"unknown region {label!r} (known: {known})")
            if label in seen:
                raise self._error(row[0].coordinate, f"region {label!r} appears twice")
            seen.add(label)
            note = self._note(row, omitted_col)
            for col, year in years:
                rows.extend(self._row(row, col, year, label, "constant", note))
            rows.extend(self._row(row, current_col, self.last_year, label, "current", note))
        missing = [r.name for r in regions.REGIONS if r.name not in seen]
        if missing:
            raise self._error(None, f"regions missing: {', '.join(missing)}")
        return rows

    def _check_heading(self, preamble: str, where: str) -> None:
        """The unit (US$ billions, constant prices of the base year, the last column current
        prices of the last year) and the meaning of red must be stated as read here."""
        phrases = (
            f"figures are in us$ b., at constant {self.base_year} prices and exchange rates",
            f"except for the last figure which is in us$ b. at {self.last_year} prices and "
            "exchange rates",
            RED_LEGEND,
        )
        missing = [p for p in phrases if p not in preamble]
        if missing:
            raise self._error(where, f"heading above the header not as expected: missing {missing}")

    def _columns(self, header) -> tuple[list[tuple[int, int]], int, int]:
        """The year columns, the current-price column right after them, the omitted column."""
        years: list[tuple[int, int]] = []
        current = omitted = None
        current_label = f"{self.last_year} (current prices)"
        for cell in header[1:]:
            value, col = cell.value, cell.column - 1
            if isinstance(value, int) and not isinstance(value, bool) and current is None:
                if years and (value != years[-1][1] + 1 or col != years[-1][0] + 1):
                    raise self._error(
                        cell.coordinate, f"year {value} does not follow {years[-1][1]}"
                    )
                years.append((col, value))
            elif normalise(value) == current_label and years and col == years[-1][0] + 1:
                current = col
            elif normalise(value) == OMITTED and current is not None and omitted is None:
                omitted = col
            elif value not in (None, ""):
                raise self._error(cell.coordinate, f"unexpected header {value!r}")
        if len(years) < 2 or years[-1][1] != self.last_year:
            last = years[-1][1] if years else None
            problem = f"the years must run to {self.last_year} (edition {self.edition}), not {last}"
            raise self._error(header[0].coordinate, problem)
        if current is None or omitted is None:
            problem = (f"expected '{current_label}' right after the years, then "
                       f"'Omitted countries'")  # fmt: skip
            raise self._error(header[0].coordinate, problem)
        return years, current, omitted

    def _note(self, row, omitted_col: int) -> str:
        cell = row[omitted_col] if omitted_col < len(row) else None
        text = "" if cell is None or cell.value is None else cell.value
        if not isinstance(text, str):
            raise self._error(cell.coordinate, f"omitted countries are not a text: {text!r}")
        text = " ".join(text.split())
        return f"omitted from the total: {text}" if text else ""

    def _row(self, row, col: int, year: int, label: str, prices: str, note: str) -> list[tuple]:
        """One long row for a number cell, none for SIPRI's "no data" and "did not exist"."""
        cell = row[col] if col < len(row) else None
        value = None if cell is None else cell.value
        if cell is None or value in (None, ""):
            where = cell.coordinate if cell is not None else None
            raise self._error(where, f"no figure for {label} {year} (SIPRI writes '. .' then)")
        if is_missing(value):
            return []
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._error(cell.coordinate, f"year cell is not a number: {value!r}")
        rgb = font_rgb(cell, self.palette)
        if rgb not in FLAG_BY_FONT_RGB:
            raise self._error(cell.coordinate, f"unknown font colour {rgb} on a total")
        flag = FLAG_BY_FONT_RGB[rgb]
        if prices == "constant":
            measure, price_base = "spending_usd_constant", f"constant {self.base_year}"
        else:
            measure, price_base = "spending_usd_current", "current"
        head = (SOURCE, self.edition, REGIONAL_SHEET, measure, "million USD", price_base)
        where = (self.file, self.ws.title, cell.coordinate)
        return [(*head, label, year, float(value) * PER_BILLION, flag != "", flag, note, *where)]
