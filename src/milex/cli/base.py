"""The command-line app and what its commands share: options, output formats, failing."""

from __future__ import annotations

import inspect
import sys
from enum import StrEnum
from typing import Annotated

import typer

from milex.cli.commands import APP_HELP, COMMANDS
from milex.cli.plain import Param

app = typer.Typer(
    name="milex",
    help=APP_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _group() -> None:
    """The app stays a group of commands when only the one about to run is registered."""


def command(name: str):
    """Register a command under `name`, with the summary `milex --help` lists (commands.py)."""
    return app.command(name, short_help=COMMANDS[name][1])


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
# Commands that read one edition at a time do not offer 'all'.
OneEditionOpt = Annotated[
    str | None, typer.Option("--edition", help="edition year (default: the latest held)")
]
AsOfOpt = Annotated[
    str | None,
    typer.Option("--as-of", help="a date YYYY-MM-DD: use the latest edition published by then"),
]


def from_params(run, params: tuple[Param, ...]):
    """`run` as typer reads a command: with the signature its table of parameters spells."""

    def signature(p: Param) -> inspect.Parameter:
        if not p.flags:
            return inspect.Parameter(p.name, inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                     annotation=Annotated[p.kind, typer.Argument(help=p.help)])  # fmt: skip
        kind = p.kind | None if p.default is None else p.kind
        return inspect.Parameter(p.name, inspect.Parameter.KEYWORD_ONLY, default=p.default,
                                 annotation=Annotated[kind, typer.Option(*p.flags, help=p.help)])  # fmt: skip

    def command(**values) -> None:
        run(**values)

    command.__name__, command.__doc__ = run.__name__, run.__doc__
    command.__signature__ = inspect.Signature([signature(p) for p in params])
    return command


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

    # An estimated figure is written "4.68 (e)" rather than flagged in a column of its own.
    flag = next((c for c in ESTIMATE_COLUMNS if c in frame.columns), None)
    estimated = frame[flag].fillna(False).astype(bool).tolist() if flag else []
    if flag:
        frame = frame.drop(columns=[flag])
    marked = [c for c in frame.columns if frame[c].dtype.kind == "f" and _is_figure(str(c))]
    table = Table(title=title, show_lines=False)
    for col in frame.columns:
        numeric = frame[col].dtype.kind in "if"
        table.add_column(str(col), justify="right" if numeric else "left")
    for i, row in enumerate(frame.itertuples(index=False)):
        mark = " (e)" if estimated and estimated[i] else ""
        table.add_row(*(_cell(v) + (mark if c in marked and _cell(v) != "—" else "")
                        for c, v in zip(frame.columns, row, strict=True)))  # fmt: skip
    console = Console()
    console.print(table)
    if any(estimated):
        console.print("(e) NATO estimate", style="dim", highlight=False)
    for note in notes or []:
        console.print(note, style="dim", highlight=False)


ESTIMATE_COLUMNS = ("estimate", "est.")


def _is_figure(column: str) -> bool:
    """A published figure (marked when estimated), not a gap or difference derived from it."""
    return not column.startswith(("gap", "diff", "change", "chg"))


def _cell(v) -> str:
    import math

    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "—"
    if isinstance(v, float):
        return f"{v:,.2f}"
    return str(v)
