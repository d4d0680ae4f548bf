"""`milex data ...`: build and inspect the packaged dataset."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from milex.cli.base import Format, FormatOpt, app, emit
from milex.cli.commands import COMMANDS

data_app = typer.Typer(help="Build and inspect the packaged dataset.\n\nExample: milex data info")
app.add_typer(data_app, name="data", short_help=COMMANDS["data"][1])


@data_app.command("build")
def data_build(
    sources: Annotated[Path, typer.Option(help="folder holding nato-2024/, nato-2025/ and sipri/")],
    out: Annotated[
        Path | None, typer.Option(help="where to write the dataset (default: the package's)")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="write into a non-empty folder (its files are kept)")
    ] = False,
) -> None:
    """Build the packaged dataset from the publishers' raw files.

    Example: milex data build --sources ../shared/sources
    """
    from rich.console import Console

    from milex.dataset import build as build_mod

    console = Console(stderr=True)
    with console.status("building") as status:
        obs = build_mod.build(
            sources, out or build_mod.PACKAGE_DATA, progress=lambda m: status.update(m),
            force=force,
        )  # fmt: skip
    console.print(f"built {len(obs):,} observations into {out or build_mod.PACKAGE_DATA}")


@data_app.command("info")
def data_info(fmt: FormatOpt = Format.table) -> None:
    """Show the dataset in use: each edition, its basis, its rows and where it comes from.

    Example: milex data info --format json
    """
    from milex.dataset.update import origins

    frame, where = origins()
    emit(frame, fmt, title="milex dataset")
    if fmt is Format.table:
        typer.echo(where)


@data_app.command("update")
def data_update(
    nato_page: Annotated[
        str, typer.Option(help="NATO's page listing the defence-expenditure workbooks")
    ] = "https://www.nato.int/cps/en/natohq/topics_49198.htm",
    sipri_page: Annotated[
        str, typer.Option(help="SIPRI's page of the Military Expenditure Database")
    ] = "https://www.sipri.org/databases/milex",
) -> None:
    """Download NATO's and SIPRI's latest workbooks, check them and install them.

    Installs into your data directory (MILEX_DATA_DIR overrides it) only if every file reads
    cleanly; otherwise nothing changes. The packaged dataset stays as the fallback.

    Example: milex data update
    """
    from rich.console import Console

    from milex.dataset.update import update

    console = Console(stderr=True)
    with console.status("updating") as status:
        said = update(nato_page, sipri_page, progress=lambda m: status.update(m))
    for line in said:
        typer.echo(line)
