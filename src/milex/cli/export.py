"""`milex export` and `milex sql`: the dataset for other tools, and read-only SQL over it."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from milex.cli.base import Format, FormatOpt, command, emit


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    xlsx = "xlsx"
    json = "json"
    sqlite = "sqlite"


@command("export")
def export(
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="csv and parquet write a folder, the others one file"),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="file or folder to write")],
    force: Annotated[bool, typer.Option("--force", help="replace an existing file")] = False,
) -> None:
    """Write the dataset (observations, allies, commitments, editions) for other tools.

    The SQLite file opens in Datasette as it is. Written to a temporary name, then renamed.

    Example: milex export --format sqlite --out milex.db
    """
    from milex.dataset.export import export as write

    path = write(fmt.value, out, force=force)
    typer.echo(f"wrote {path}", err=True)


@command("sql")
def sql(
    query: Annotated[str, typer.Argument(help="one SELECT / WITH / DESCRIBE / SHOW / EXPLAIN")],
    timeout: Annotated[float, typer.Option(help="stop the query after this many seconds")] = 10.0,
    max_rows: Annotated[int, typer.Option(help="return at most this many rows")] = 1000,
    fmt: FormatOpt = Format.table,
) -> None:
    """Read-only SQL (DuckDB) over the tables observations, allies, commitments, editions.

    Example: milex sql "select country, value from observations where measure = 'share_of_gdp' and year = 2024 and edition = 2025 order by value desc limit 5"
    """
    from milex.dataset.sql import query as run

    frame = run(query, timeout=timeout, max_rows=max_rows)
    emit(frame, fmt, notes=frame.attrs["notes"])
    if frame.attrs["truncated"] and fmt is not Format.table:
        typer.echo(f"milex: {frame.attrs['notes'][0]}", err=True)
