"""Write the packaged dataset out for other tools: CSV, Parquet, Excel, JSON or SQLite.

Every format carries the four packaged tables (observations, allies, commitments, editions);
the editions table holds each publisher's citation and terms of use, so the credit travels
with the data. Files are written to a temporary name beside the target and renamed into place,
so a reader never sees half a file and an interrupted export leaves nothing behind. An existing
target is refused unless force is given.

The SQLite file opens in Datasette as it is: one table per packaged table, declared column
types (INTEGER, REAL, TEXT; booleans as 0/1), primary keys where the table has one, and
indexes on the columns queries filter by.
"""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

from milex import outputs
from milex.errors import BadParameter

TABLES = ("observations", "allies", "commitments", "editions")
FORMATS = ("csv", "parquet", "xlsx", "json", "sqlite")
# Formats written as one file; the others write a folder with one file per table.
_SINGLE_FILE = {"xlsx", "json", "sqlite"}

# Whole numbers that pandas holds as floats when a value can be missing (deadline).
_INTEGER_COLUMNS = {"year", "edition", "deadline", "constant_prices"}
_PRIMARY_KEYS = {"allies": ("iso3",), "commitments": ("id",), "editions": ("source", "edition")}
_INDEXES = {
    "observations": (("measure", "iso3", "year"), ("source", "edition"), ("country",)),
}


def _tables() -> dict:
    from milex.dataset import table

    return {name: _tidy(table(name)) for name in TABLES}


def _tidy(frame):
    frame = frame.copy()
    for col in frame.columns:
        if col in _INTEGER_COLUMNS and frame[col].dtype.kind in "if":
            frame[col] = frame[col].astype("Int64")
    return frame


def export(fmt: str, out: str | Path, force: bool = False) -> Path:
    """Write the dataset in a format ("csv", "parquet", "xlsx", "json", "sqlite") to out.

    csv and parquet write a folder holding one file per table; the others one file.
    Returns the path written. Refuses to replace an existing path unless force=True.
    """
    fmt = str(fmt).lower()
    if fmt not in FORMATS:
        raise BadParameter(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    single = fmt in _SINGLE_FILE
    outputs.target(out, force, folder=not single)  # refused before the tables are read
    tables = _tables()
    with outputs.replacing(out, force, folder=not single) as tmp:
        _WRITERS[fmt](tables, tmp)
    return Path(out)


def _write_csv(tables: dict, folder: Path) -> None:
    for name, frame in tables.items():
        frame.to_csv(folder / f"{name}.csv", index=False)


def _write_parquet(tables: dict, folder: Path) -> None:
    for name, frame in tables.items():
        frame.to_parquet(folder / f"{name}.parquet", index=False)


def _write_xlsx(tables: dict, path: Path) -> None:
    # openpyxl's write-only mode streams rows: about twice as fast as pandas' to_excel here.
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for name, frame in tables.items():
        sheet = book.create_sheet(name)
        sheet.append(list(frame.columns))
        for row in frame.itertuples(index=False, name=None):
            sheet.append([_cell(v) for v in row])
    book.save(path)


def _write_json(tables: dict, path: Path) -> None:
    from milex.dataset import package

    descriptor = package()
    doc = {
        "title": descriptor.get("title"),
        "licenses": descriptor.get("licenses", []),
        "tables": {
            name: json.loads(frame.to_json(orient="records", force_ascii=False))
            for name, frame in tables.items()
        },
    }
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def _sqlite_type(series) -> str:
    kind = series.dtype.kind
    if kind in "iub" or str(series.dtype) in ("Int64", "Int16", "boolean"):
        return "INTEGER"
    if kind == "f":
        return "REAL"
    return "TEXT"


def _cell(value):
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value.__class__.__name__ in ("NAType", "NaTType"):
        return None
    if hasattr(value, "item"):  # numpy scalars to Python ones sqlite3 understands
        return value.item()
    return value


def _write_sqlite(tables: dict, path: Path) -> None:
    path.unlink(missing_ok=True)  # mkstemp left an empty file; sqlite wants its own
    con = sqlite3.connect(path)
    try:
        for name, frame in tables.items():
            cols = [f'"{c}" {_sqlite_type(frame[c])}' for c in frame.columns]
            if name in _PRIMARY_KEYS:
                cols.append(
                    "PRIMARY KEY (" + ", ".join(f'"{c}"' for c in _PRIMARY_KEYS[name]) + ")"
                )
            con.execute(f'CREATE TABLE "{name}" ({", ".join(cols)})')
            marks = ", ".join("?" for _ in frame.columns)
            rows = ([_cell(v) for v in row] for row in frame.itertuples(index=False, name=None))
            con.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
            for columns in _INDEXES.get(name, ()):
                index = f"idx_{name}_" + "_".join(columns)
                joined = ", ".join(f'"{c}"' for c in columns)
                con.execute(f'CREATE INDEX "{index}" ON "{name}" ({joined})')
        con.commit()
    finally:
        con.close()


_WRITERS = {
    "csv": _write_csv,
    "parquet": _write_parquet,
    "xlsx": _write_xlsx,
    "json": _write_json,
    "sqlite": _write_sqlite,
}
