"""`milex revisions`, `milex largest-revisions`, `milex compare`: editions and sources side by side."""

from __future__ import annotations

from typing import Annotated

import typer

from milex.cli.base import AsOfOpt, Format, FormatOpt, OneEditionOpt, command, emit

MeasureOpt = Annotated[str, typer.Option(help="a measure, e.g. share_of_gdp, equipment_share")]


@command("revisions")
def revisions(
    ally: Annotated[str, typer.Argument(help="ally name, ISO code or alias")],
    measure: MeasureOpt = "share_of_gdp",
    years: Annotated[str | None, typer.Option(help="a year or a range, e.g. 2022-2024")] = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """An ally's figure in every edition held, and how each edition revised the one before.

    Example: milex revisions Poland --measure share_of_gdp --years 2024
    """
    from milex.analysis.revisions import revision_history

    frame = revision_history(ally, measure, years=years)
    if fmt is Format.table:
        cols = {"year": "year", "edition": "edition", "published": "published", "value": "value",
                "price_base": "prices", "estimate": "est.",
                "change_from_previous": "revision"}  # fmt: skip
        title = f"{frame['ally'].iloc[0]}: {measure} ({frame['unit'].iloc[0]}) by edition"
        shown = frame.rename(columns=cols)[list(cols.values())]
        emit(shown, fmt, title=title, notes=frame.attrs["notes"])
        return
    emit(frame, fmt)


@command("largest-revisions")
def largest_revisions(
    measure: MeasureOpt = "share_of_gdp",
    from_edition: Annotated[int | None, typer.Option("--from", help="older edition")] = None,
    to_edition: Annotated[int | None, typer.Option("--to", help="newer edition")] = None,
    years: Annotated[str | None, typer.Option(help="a year or a range")] = None,
    ally: Annotated[str | None, typer.Option(help="only this ally")] = None,
    n: Annotated[int, typer.Option("-n", help="how many rows")] = 10,
    fmt: FormatOpt = Format.table,
) -> None:
    """The ally-years whose figure moved most between two editions (default: the two latest).

    Example: milex largest-revisions --from 2024 --to 2025 --years 2024 -n 5
    """
    from milex.analysis.revisions import largest_revisions as largest

    frame = largest(measure, from_edition, to_edition, years=years, ally=ally, n=n)
    if fmt is Format.table and len(frame):
        a, b = frame["from_edition"].iloc[0], frame["to_edition"].iloc[0]
        cols = {"ally": "ally", "year": "year", "value_from": f"{a} ed.", "value_to": f"{b} ed.",
                "revision": "revision"}  # fmt: skip
        shown = frame.rename(columns=cols)[list(cols.values())]
        title = f"Largest revisions of {measure}, {a} to {b} edition"
        emit(shown, fmt, title=title, notes=frame.attrs["notes"])
        return
    emit(frame, fmt)


@command("compare")
def compare(
    ally: Annotated[str, typer.Argument(help="ally name, ISO code or alias")],
    years: Annotated[str | None, typer.Option(help="a year or a range, e.g. 2014-2024")] = None,
    measure: Annotated[
        str, typer.Option(help="share_of_gdp or spending_usd_current")
    ] = "share_of_gdp",
    edition: OneEditionOpt = None,
    as_of: AsOfOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """NATO beside SIPRI for one ally: both figures, the difference, and why they differ.

    Example: milex compare Germany --years 2020-2024
    """
    from milex.analysis.compare import nato_vs_sipri
    from milex.dataset.selection import select

    frame = nato_vs_sipri(ally, measure=measure, edition=select(edition, as_of=as_of, years=years))
    if fmt is Format.table:
        cols = {"year": "year", "nato": "NATO", "nato_edition": "NATO ed.",
                "nato_estimate": "est.", "sipri": "SIPRI", "sipri_edition": "SIPRI ed.",
                "difference": "SIPRI - NATO"}  # fmt: skip
        notes = ([frame["note"].iloc[0]] if frame["note"].iloc[0] else []) + frame.attrs["notes"]
        title = f"{frame['ally'].iloc[0]}: {measure} ({frame['unit'].iloc[0]}), NATO and SIPRI"
        emit(frame.rename(columns=cols)[list(cols.values())], fmt, title=title, notes=notes)
        return
    emit(frame, fmt)
