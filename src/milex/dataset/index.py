"""The observations as plain Python lookups: what each edition holds, and one figure with its
provenance, without pandas.

The claim checker and the edition resolver ask many small questions ("Poland's share of GDP
in 2024 in the 2025 edition", "which years does that edition hold"). Reading the Parquet
table into pandas for them costs most of a second; instead the table is written once per
dataset, keyed by its checksum, into the user's data folder (`cache/`), grouped by (source,
edition, measure): a first line saying what each group holds and where it sits in the file,
then one line of rows per group. A process reads that first line and only the groups it asks
for. The file is rebuilt from the verified table when the dataset changes or the file is
missing or unreadable; when it cannot be written the index is kept in memory. The table's
checksum is verified before the file is used, as when the table itself is read.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import NamedTuple

from milex import datadir
from milex.dataset import load
from milex.errors import MilexError
from milex.reference import regions

# Bump when the file's layout or what it derives changes: older files are then not read.
FORMAT = 2
FIELDS = ("value", "estimate", "table", "unit", "price_base", "country", "file", "sheet", "cell",
          "published", "basis")  # fmt: skip
_KEY = ("source", "edition", "measure", "iso3", "year")
# A group's line: each of these columns as a list, or as one value when the group has one.
_COLUMNS = ("iso3", "year", *FIELDS)

Group = tuple[str, int, str]  # (source, edition, measure)


class Row(NamedTuple):
    """One published figure and where it was read (a blank string where the table has none)."""

    value: float
    estimate: bool
    table: str
    unit: str
    price_base: str
    country: str
    file: str
    sheet: str
    cell: str
    published: str
    basis: str


class Index:
    """The index of one dataset: a header read at once, groups read when first asked for."""

    def __init__(self, header: dict, start: int, path: Path | None, lines=None):
        """start: where the groups begin in the file at `path`; lines: the groups in memory."""
        self.path, self._start, self._lines = path, start, lines
        self.dataset = header["dataset"]
        self._where = {(s, e, m): (at, size) for s, e, m, at, size, _ in header["groups"]}
        # Years are added in the order the table lists them, as the dataset's own reader does.
        self.held = {(s, e, m): _in_order(years) for s, e, m, _, _, years in header["groups"]}
        self.spread = {(s, m): v for s, m, v in header["spread"]}
        self._groups: dict[Group, dict] = {}
        self._years: dict[tuple[Group, int], dict[str, float]] = {}

    def group(self, key: Group) -> dict:
        """(iso3, year) -> Row for one source, edition and measure ({} when not held)."""
        if key not in self._groups:
            self._groups[key] = _rows(self._read(key)) if key in self._where else {}
        return self._groups[key]

    def year(self, key: Group, year: int) -> dict[str, float]:
        """iso3 -> value of one year in one source, edition and measure (read-only)."""
        if (key, year) not in self._years:
            found = {iso3: r.value for (iso3, y), r in self.group(key).items() if y == year}
            self._years[(key, year)] = found
        return self._years[(key, year)]

    def _read(self, key: Group) -> dict:
        if self._lines is None:
            at, size = self._where[key]
            try:
                with self.path.open("rb") as handle:
                    handle.seek(self._start + at)
                    return json.loads(handle.read(size))
            except (OSError, ValueError):  # the file changed under us: rebuilt in memory
                self._lines = _build(self.dataset)[1]
        return json.loads(self._lines[key])


def _in_order(years) -> set[int]:
    held: set[int] = set()
    for y in years:
        held.add(y)
    return held


def _rows(columns: dict) -> dict:
    """(iso3, year) -> Row from a group's columns, in the table's order."""
    n = len(columns["year"])
    listed = [v if isinstance(v, list) else [v] * n for v in (columns[c] for c in _COLUMNS)]
    rows = {}
    for iso3, year, *fields in zip(*listed, strict=True):
        rows[(iso3, year)] = Row(*fields)
    return rows


def current() -> Index:
    """The index of the dataset in use (rebuilt if that dataset changed)."""
    # The checker asks this for every figure: the table's file and checksum are found again
    # only when the dataset in use or its descriptor was read afresh (both are cached).
    state, descriptor = datadir.active(), load.package()
    if not _located or _located[0] is not state or _located[1] is not descriptor:
        path, res = load.located("observations")
        _located[:] = [state, descriptor, _open(path, res["hash"])]
    return _located[2]


_located: list = []  # [active(), package(), the index of the table]: the last answer


def holdings() -> dict[Group, set[int]]:
    """(source, edition, measure) -> the years held: what each edition in the dataset covers."""
    return current().held


def rows(source: str, edition: int, measure: str) -> dict:
    """(iso3, year) -> Row for one source, edition and measure."""
    return current().group((source, int(edition), measure))


def year_values(source: str, edition: int, measure: str, year: int) -> dict[str, float]:
    """iso3 -> value for every country with that measure and year in one edition (a copy)."""
    return dict(current().year((source, int(edition), measure), year))


def revision_spread(source: str, measure: str) -> float:
    """How far one figure moved between two held editions (same ally, year and definition),
    at the 99th percentile: how far a figure from an edition milex lacks could honestly differ
    (the very largest moves are a few small allies' real changes, tens of points)."""
    return current().spread.get((source, measure), 0.0)


@cache
def _open(table: Path, digest: str) -> Index:
    """The index of the table at `table` (verified against `digest` once per process)."""
    load.verified("observations")
    stored = _cache_file(digest)
    try:
        with stored.open("rb") as handle:
            first = handle.readline()
        header = json.loads(first)
        if header.get("format") == FORMAT and header.get("dataset") == digest:
            return Index(header, len(first), stored)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # missing or unreadable: rebuilt below
    header, lines = _build(digest)
    first = json.dumps(header) + "\n"
    try:
        _write(stored, first, lines)
        return Index(header, len(first), stored)
    except (OSError, MilexError):  # a folder that cannot be written: kept in memory
        return Index(header, len(first), None, lines)


def _cache_file(digest: str) -> Path:
    name = f"observations-index-{FORMAT}-{digest.removeprefix('sha256:')[:16]}.jsonl"
    return datadir.user_data_dir() / "cache" / name


def _build(digest: str) -> tuple[dict, dict[Group, str]]:
    """The header and each group's line, from the verified table (with pandas)."""
    obs = load.table("observations")
    keys = zip(*(obs[c].tolist() for c in _KEY), strict=True)
    fields = [obs[c].tolist() for c in FIELDS]
    grouped: dict[Group, list] = {}
    spread: dict[tuple[str, str], dict] = {}
    for k, (source, edition, measure, iso3, year) in enumerate(keys):
        row = [_clean(v[k]) for v in fields]
        grouped.setdefault((source, int(edition), measure), []).append(
            [iso3 if isinstance(iso3, str) else None, int(year), *row]
        )
        if regions.is_region(iso3):
            continue  # a total's revisions say nothing of how far one country's figure moves
        seen = spread.setdefault((source, measure), {})
        seen.setdefault((iso3, int(year), row[-1]), []).append(row[0])
    lines = {
        key: json.dumps(_columns(listed), ensure_ascii=False) for key, listed in grouped.items()
    }
    groups, at = [], 0
    for (source, edition, measure), line in lines.items():
        size = len(line.encode())
        years = list(dict.fromkeys(year for _, year, *_ in grouped[(source, edition, measure)]))
        groups.append([source, edition, measure, at, size, years])
        at += size + 1
    header = {"format": FORMAT, "dataset": digest, "groups": groups,
              "spread": [[s, m, _percentile_99(seen)] for (s, m), seen in spread.items()]}  # fmt: skip
    return header, lines


def _columns(listed: list[list]) -> dict:
    """A group's rows as columns; a column with one value throughout is written once."""
    out = {}
    for name, column in zip(_COLUMNS, zip(*listed, strict=True), strict=True):
        same = name != "year" and all(v == column[0] and type(v) is type(column[0]) for v in column)
        out[name] = column[0] if same else list(column)
    return out


def _percentile_99(seen: dict) -> float:
    moves = sorted(max(v) - min(v) for v in seen.values() if len(v) > 1)
    return moves[int(0.99 * (len(moves) - 1))] if moves else 0.0


def _clean(v):
    if isinstance(v, float) and v != v:
        return ""
    return v if not hasattr(v, "item") else v.item()


def _write(path: Path, first: str, lines: dict[Group, str]) -> None:
    from milex.outputs import write_text

    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, first + "".join(line + "\n" for line in lines.values()), force=True)
