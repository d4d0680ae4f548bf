"""The milex command line: thin commands over the public functions, no logic of its own.

Every command turns milex's domain errors into a one-line message and exit code 1; a
usage error exits 2. Heavy imports (pandas, the analysis modules) happen inside commands
so that `milex --help` starts fast.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="milex",
    help="Allied defence spending: NATO's tables in every edition held, SIPRI beside them, "
    "the commitments, and a checker for published figures.\n\nExample: milex ally Poland",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
data_app = typer.Typer(help="Build and inspect the packaged dataset.\n\nExample: milex data info")
app.add_typer(data_app, name="data")


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOpt = Annotated[
    Format, typer.Option("--format", "-f", help="table for a terminal; json or csv for pipes")
]
EditionOpt = Annotated[
    str | None, typer.Option(help="edition year (default: the latest held), or 'all'")
]
AsOfOpt = Annotated[
    str | None,
    typer.Option("--as-of", help="a date YYYY-MM-DD: use the latest edition published by then"),
]


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"milex: {message}", err=True)
    raise typer.Exit(code)


def emit(frame, fmt: Format, title: str | None = None, notes: list[str] | None = None) -> None:
    """Print a DataFrame as a terminal table, JSON records or CSV."""
    if fmt is Format.json:
        typer.echo(frame.to_json(orient="records", date_format="iso", force_ascii=False, indent=2))
        return
    if fmt is Format.csv:
        frame.to_csv(sys.stdout, index=False)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for col in frame.columns:
        numeric = frame[col].dtype.kind in "if"
        table.add_column(str(col), justify="right" if numeric else "left")
    for row in frame.itertuples(index=False):
        table.add_row(*(_cell(v) for v in row))
    console = Console()
    console.print(table)
    for note in notes or []:
        console.print(note, style="dim", highlight=False)


def _cell(v) -> str:
    import math

    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "—"
    if isinstance(v, float):
        return f"{v:,.2f}"
    return str(v)


def _edition(edition: str | None):
    if edition is None or edition.lower() == "all":
        return edition
    try:
        return int(edition)
    except ValueError:
        fail(f"--edition must be a year such as 2024 or 'all', not {edition!r}", 2)


# ---------------------------------------------------------------- data
@data_app.command("build")
def data_build(
    sources: Annotated[Path, typer.Option(help="folder holding nato-2024/, nato-2025/ and sipri/")],
    out: Annotated[
        Path | None, typer.Option(help="where to write the dataset (default: the package's)")
    ] = None,
) -> None:
    """Build the packaged dataset from the publishers' raw files.

    Example: milex data build --sources ../shared/sources
    """
    from rich.console import Console

    from milex import build as build_mod

    console = Console(stderr=True)
    with console.status("building") as status:
        obs = build_mod.build(
            sources, out or build_mod.PACKAGE_DATA, progress=lambda m: status.update(m)
        )
    console.print(f"built {len(obs):,} observations into {out or build_mod.PACKAGE_DATA}")


@data_app.command("info")
def data_info(fmt: FormatOpt = Format.table) -> None:
    """Show what the packaged dataset holds: rows per source, edition and table.

    Example: milex data info --format json
    """
    from milex.dataset import table

    obs = table("observations")
    counts = (
        obs.groupby(["source", "edition", "published", "table"], observed=True)
        .size()
        .reset_index(name="observations")
    )
    emit(counts, fmt, title="milex dataset")


# ---------------------------------------------------------------- allies and figures
@app.command()
def allies(
    as_of: AsOfOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """List the allies at a date (default: today), with ISO codes and accession dates.

    Example: milex allies --as-of 2024-03-06
    """
    import milex

    frame = milex.allies(as_of=as_of)
    emit(frame, fmt, title=f"{len(frame)} allies" + (f" on {as_of}" if as_of else ""))


@app.command()
def observations(
    measure: Annotated[
        str | None, typer.Option(help="e.g. share_of_gdp (see `milex data info`)")
    ] = None,
    country: Annotated[str | None, typer.Option(help="ally name, ISO3 code or alias")] = None,
    years: Annotated[str | None, typer.Option(help="a year or a range, e.g. 2014-2024")] = None,
    edition: EditionOpt = None,
    as_of: AsOfOpt = None,
    source: Annotated[str, typer.Option(help="NATO, SIPRI or all")] = "NATO",
    fmt: FormatOpt = Format.table,
) -> None:
    """Query the figures with their provenance.

    Example: milex observations --measure share_of_gdp --country Poland --years 2020-2024
    """
    import milex

    frame = milex.observations(
        measure, country, years, edition=_edition(edition), as_of=as_of, source=source
    )
    if fmt is Format.table:
        frame = frame[
            ["source", "edition", "table", "measure", "country", "year", "value", "unit", "flag"]
        ]
    emit(frame, fmt)


@app.command()
def sources(fmt: FormatOpt = Format.table) -> None:
    """The publications held: each edition, its date, what it covers and how to cite it.

    Example: milex sources --format json
    """
    import milex

    frame = milex.editions()
    if fmt is Format.table:
        emit(frame[["source", "edition", "published", "title", "covers"]], fmt)
        for row in frame.itertuples():
            typer.echo(f"\nCite {row.source} {row.edition} as: {row.citation}\nTerms: {row.terms}")
        return
    emit(frame, fmt)


def main() -> None:
    """Entry point: run the app, turning milex's own errors into one-line messages."""
    from milex.errors import MilexError

    try:
        app()
    except MilexError as exc:
        typer.echo(f"milex: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("milex: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
