"""Where the articles of an archive are, cut into partitions that a worker reads by itself.

An archive is a JSONL file (optionally gzip-compressed), a Parquet file, or a folder of
either kind of shard (or of .txt/.html files, one article each). Planning reads only what
it must to count articles (line ends of a JSONL, the footer of a Parquet file), so that a
partition travels to a worker as a few numbers and the worker reads its own rows where
they live.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from milex.errors import MilexError

TEXT_SUFFIXES = (".txt", ".html", ".htm", ".md", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
FIELDS = ("id", "date", "url", "text", "html")


class BadArchive(MilexError):
    """The archive cannot be read as articles (missing, unknown format, no text column)."""


@dataclass(frozen=True)
class Columns:
    """Which input column holds each of an article's fields (`--column text=body`)."""

    id: str = "id"
    date: str = "date"
    url: str = "url"
    text: str = "text"
    html: str = "html"

    @classmethod
    def parse(cls, pairs: list[str] | None) -> Columns:
        """Columns from "field=column" pairs, e.g. ["text=body", "id=doc_id"]."""
        names = {}
        for pair in pairs or ():
            key, sep, value = pair.partition("=")
            if not sep or key.strip() not in FIELDS or not value.strip():
                raise BadArchive(
                    f"--column {pair!r}: expected FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}"
                )
            names[key.strip()] = value.strip()
        return cls(**names)


@dataclass(frozen=True)
class Partition:
    """A slice of one input file: what a worker needs to read and check it by itself.

    form: "jsonl" (start/stop are byte offsets), "jsonl.gz" (line indexes), "parquet" (row
    indexes) or "files" (indexes into `names`, files inside the folder `path`).
    """

    id: str
    path: str
    form: str
    start: int
    stop: int
    first: int  # the number (from 1) of the partition's first line or row in its file
    articles: int
    prefix: str = ""  # put before "line N"/"row N" in default ids when the input is a folder
    names: tuple[str, ...] = field(default=())


def plan(source: Path, size: int, columns: Columns) -> list[Partition]:
    """Cut an archive into partitions of about `size` articles, in input order."""
    source = Path(source)
    if not source.exists():
        raise BadArchive(f"{source} does not exist: give a JSONL, a Parquet file or a folder")
    if source.is_file():
        files, prefix = [source], False
    else:
        files = _shards(source)
        prefix = True
        if not files:
            texts = sorted(p for p in source.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES)
            if not texts:
                raise BadArchive(f"no articles found in {source} (.parquet, .jsonl or .txt/.html)")
            names = tuple(str(p.relative_to(source)) for p in texts)
            return [
                Partition(_pid(n), str(source.resolve()), "files", i, min(i + size, len(names)),
                          i + 1, min(size, len(names) - i), names=names[i : i + size])
                for n, i in enumerate(range(0, len(names), size))
            ]  # fmt: skip
    parts: list[Partition] = []
    for file in files:
        label = f"{file.relative_to(source)} " if prefix else ""
        try:
            slices = list(_slices(file, size, columns))
        except (OSError, EOFError, zlib.error) as exc:
            raise BadArchive(f"{file}: cannot read it ({exc})") from None
        for start, stop, first, count, form in slices:
            parts.append(Partition(_pid(len(parts)), str(file.resolve()), form, start, stop,
                                   first, count, prefix=label))  # fmt: skip
    return parts


def fingerprint(parts: list[Partition]) -> str:
    """A digest of the input files (name, size, modification time) and their partitions."""
    digest = hashlib.sha256()
    seen = set()
    for part in parts:
        files = [os.path.join(part.path, n) for n in part.names] if part.names else [part.path]
        for name in files:
            if name in seen:
                continue
            seen.add(name)
            stat = os.stat(name)
            digest.update(f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
        digest.update(f"{part.id} {part.form} {part.start} {part.stop}\n".encode())
    return digest.hexdigest()


def read(part: Partition, columns: Columns) -> Iterator[tuple[int, dict]]:
    """(row number, article) for each article of a partition, in order.

    An article is {"id", "date", "url", "text" | "html" | "path"}, or {"id", "error"} when its
    line cannot be read as one.
    """
    if part.form == "files":
        for n, name in enumerate(part.names, part.first):
            yield n, {"id": name, "path": os.path.join(part.path, name)}
    elif part.form == "parquet":
        yield from _parquet_rows(part, columns)
    else:
        for n, line in _lines(part):
            yield n, _from_json(line, n, part.prefix, columns)


def _pid(n: int) -> str:
    return f"part-{n:05d}"


def _shards(folder: Path) -> list[Path]:
    parquet = sorted(folder.rglob("*.parquet"))
    if parquet:
        return parquet
    return sorted(p for p in folder.rglob("*") if p.name.lower().endswith(JSONL_SUFFIXES))


def _slices(file: Path, size: int, columns: Columns):
    """(start, stop, first, articles, form) for each partition of one file."""
    name = file.name.lower()
    if name.endswith(".parquet"):
        rows = _parquet_rows_count(file, columns)
        for start in range(0, rows, size):
            stop = min(start + size, rows)
            yield start, stop, start + 1, stop - start, "parquet"
    elif name.endswith(".gz"):
        # A gzip stream cannot be entered in the middle: a worker reads from the start and
        # skips the lines before its own (decompressing is fast next to checking).
        with gzip.open(file, "rb") as stream:
            yield from _cut(stream, size, gz=True)
    else:
        with file.open("rb") as stream:
            head = stream.read(8192)
            if head.startswith(b"PAR1"):
                raise BadArchive(f"{file} is a Parquet file: name it *.parquet")
            if b"\x00" in head:
                raise BadArchive(f"{file} is binary data: give a JSONL, a Parquet file or a folder")
            stream.seek(0)
            yield from _cut(stream, size, gz=False)


def _cut(stream, size: int, gz: bool):
    form = "jsonl.gz" if gz else "jsonl"
    start = offset = index = 0
    first, count = 1, 0
    for index, line in enumerate(stream):  # noqa: B007  (index is used after the loop)
        if count == 0:
            start, first = (index if gz else offset), index + 1
        offset += len(line)
        if line.strip():
            count += 1
        if count == size:
            yield start, (index + 1 if gz else offset), first, count, form
            count = 0
    if count:
        yield start, (index + 1 if gz else offset), first, count, form


def _lines(part: Partition) -> Iterator[tuple[int, bytes]]:
    n = part.first
    if part.form == "jsonl.gz":
        with gzip.open(part.path, "rb") as stream:
            for index, line in enumerate(stream):
                if index >= part.stop:
                    break
                if index >= part.start and line.strip():
                    yield index + 1, line
        return
    with open(part.path, "rb") as stream:
        stream.seek(part.start)
        left = part.stop - part.start
        while left > 0:
            line = stream.readline()
            if not line:
                break
            left -= len(line)
            if line.strip():
                yield n, line
            n += 1


def _from_json(line: bytes, n: int, prefix: str, columns: Columns) -> dict:
    default = f"{prefix}line {n}"
    try:
        item = json.loads(line)
    except ValueError as exc:
        return {"id": default, "error": f"not JSON ({exc})"}
    if not isinstance(item, dict):
        return {"id": default, "error": "expected a JSON object"}
    return _article(item, default, columns)


def _article(item: dict, default: str, columns: Columns) -> dict:
    article = {"id": _text(item.get(columns.id)) or default}
    text, html = item.get(columns.text), item.get(columns.html)
    if not isinstance(text, str) and not isinstance(html, str):
        return {
            **article,
            "error": f"no text: expected a {columns.text!r} or {columns.html!r} field",
        }
    article["date"] = _text(item.get(columns.date))
    article["url"] = _text(item.get(columns.url))
    if isinstance(html, str) and html:
        article["html"] = html
    else:
        article["text"] = text if isinstance(text, str) else ""
    return article


def _text(value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _parquet_rows_count(file: Path, columns: Columns) -> int:
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(file)
    except Exception as exc:  # pyarrow raises several types for a damaged file
        raise BadArchive(f"{file}: not a readable Parquet file ({exc})") from None
    names = set(meta.schema_arrow.names)
    if columns.text not in names and columns.html not in names:
        raise BadArchive(
            f"{file} has no {columns.text!r} or {columns.html!r} column (it has: "
            f"{', '.join(sorted(names))}); name yours with --column text=NAME"
        )
    return meta.metadata.num_rows


def _parquet_rows(part: Partition, columns: Columns) -> Iterator[tuple[int, dict]]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(part.path)
    wanted = [getattr(columns, f) for f in FIELDS]
    present = [c for c in dict.fromkeys(wanted) if c in pf.schema_arrow.names]
    groups, offset, skip = [], 0, None
    for g in range(pf.metadata.num_row_groups):
        rows = pf.metadata.row_group(g).num_rows
        if offset + rows > part.start and offset < part.stop:
            groups.append(g)
            skip = offset if skip is None else skip
        offset += rows
    table = pf.read_row_groups(groups, columns=present)
    table = table.slice(part.start - (skip or 0), part.stop - part.start)
    for n, item in enumerate(table.to_pylist(), part.first):
        yield n, _article(item, f"{part.prefix}row {n}", columns)
