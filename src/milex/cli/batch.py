"""`milex check-batch`: check a news archive on this machine's cores or a Dask cluster."""

from __future__ import annotations

import contextlib
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from milex.cli.base import command


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class OutFormat(StrEnum):
    parquet = "parquet"
    jsonl = "jsonl"
    both = "both"


@command("check-batch")
def check_batch(
    source: Annotated[
        Path,
        typer.Argument(
            help="a .jsonl or .jsonl.gz file, a .parquet file, or a folder of such shards "
            "(or of .txt/.html files, one article each)"
        ),
    ],
    out: Annotated[
        Path,
        typer.Option("--out", "-o", help="a folder for the results (articles/, claims/)"),
    ],
    engine: Annotated[
        Engine, typer.Option(help="local: processes on this machine; dask: a Dask cluster")
    ] = Engine.local,
    workers: Annotated[
        int, typer.Option(min=1, max=512, help="processes (local, or a LocalCluster's workers)")
    ] = 2,
    scheduler: Annotated[
        str | None,
        typer.Option(help="a Dask scheduler's address, e.g. tcp://10.0.0.5:8786 (--engine dask)"),
    ] = None,
    fmt: Annotated[
        OutFormat, typer.Option("--format", "-f", help="parquet, jsonl or both")
    ] = OutFormat.parquet,
    column: Annotated[
        list[str] | None,
        typer.Option(
            help="FIELD=COLUMN when the input names a field otherwise, e.g. --column text=body "
            "(fields: id, date, url, text, html); repeatable"
        ),
    ] = None,
    partition_size: Annotated[
        int, typer.Option(min=1, help="articles per partition (the unit of work and of resuming)")
    ] = 500,
    force: Annotated[
        bool,
        typer.Option(help="write into a non-empty --out (only milex's own result files go)"),
    ] = False,
) -> None:
    """Check an archive of articles; one row per claim and one per article, as Parquet or JSONL.

    Each input row (or JSONL object) has a text or html field, and optionally id, date
    and url. Results go to OUT/claims/ and OUT/articles/, one file per partition of the
    input; run the same command again after an interruption and it carries on where it
    stopped. A crashing article becomes an error row.

    Example: milex check-batch archive/ --out results/ --engine dask --workers 2
    """
    from rich.console import Console

    from milex.batch import Columns, check_archive

    console = Console(stderr=True)
    formats = ("parquet", "jsonl") if fmt is OutFormat.both else (fmt.value,)
    with _progress(console) as tick, _resumable(out):
        run = check_archive(source, out, engine=engine.value, workers=workers,
                            scheduler=scheduler, partition_size=partition_size,
                            columns=Columns.parse(column), formats=formats, force=force,
                            on_tick=tick, announce=lambda m: console.print(m, highlight=False))  # fmt: skip
    console.print(_summary(run, out))


@contextlib.contextmanager
def _resumable(out: Path):
    """An interrupted run says how to carry on (exit code 130, as for any interruption)."""
    try:
        yield
    except KeyboardInterrupt:
        typer.echo(f"milex: interrupted; finished articles are kept in {out}: run the same "
                   "command again to carry on", err=True)  # fmt: skip
        raise typer.Exit(130) from None


@contextlib.contextmanager
def _progress(console):
    """A live line: articles done of all, claims, rate, time left; yields the tick callback."""
    from rich.progress import BarColumn, Progress, TextColumn

    bar = Progress(TextColumn("checking"), BarColumn(), TextColumn("{task.fields[line]}"),
                   console=console, transient=False)  # fmt: skip
    task = None

    def tick(tally) -> None:
        nonlocal task
        if task is None:  # started on the first tick: an input error prints nothing else
            bar.start()
            task = bar.add_task("checking", total=tally.total, line="")
        eta = "—" if tally.eta is None else _duration(tally.eta)
        line = (f"{tally.articles:,}/{tally.total:,} articles · {tally.claims:,} claims · "
                f"{tally.rate:,.1f} articles/s · ETA {eta}")  # fmt: skip
        bar.update(task, completed=tally.articles, line=line)

    try:
        yield tick
    finally:
        bar.stop()


def _summary(run, out: Path):
    from rich.table import Table

    table = Table(title=f"milex check-batch → {out}", show_header=False, title_justify="left")
    table.add_column(justify="left")
    table.add_column(justify="right")
    rows = [("articles", f"{run.articles:,}"), ("claims", f"{run.claims:,}"),
            ("  supported", f"{run.supported:,}"), ("  contradicted", f"{run.contradicted:,}"),
            ("  unverifiable", f"{run.unverifiable:,}"), ("errors", f"{run.errors:,}"),
            ("checked by this run", f"{run.checked:,} in {_duration(run.seconds)}"),
            ("articles/s", f"{run.rate:,.1f}")]  # fmt: skip
    if run.workers:
        peak = max(run.workers.values()) / 2**20
        rows.append(("peak memory per worker", f"{peak:,.0f} MB ({len(run.workers)} workers)"))
    for row in rows:
        table.add_row(*row)
    return table


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
