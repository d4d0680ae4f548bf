"""`milex allies`, `milex observations`, `milex sources`: the figures and their provenance."""

from __future__ import annotations

from typing import Annotated

import typer

from milex.cli.base import AsOfOpt, EditionOpt, Format, FormatOpt, command, emit


@command("allies")
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


@command("observations")
def observations(
    measure: Annotated[
        str | None, typer.Option(help="e.g. share_of_gdp (see `milex data info`)")
    ] = None,
    country: Annotated[
        str | None,
        typer.Option(
            help="ally name, ISO3 code or alias; for SIPRI any country or region it "
            "names (World, Western Europe, SIPRI:EUROPE)"
        ),
    ] = None,
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

    frame = milex.observations(measure, country, years, edition, as_of=as_of, source=source)
    if fmt is Format.table:
        frame = frame[
            ["source", "edition", "table", "measure", "country", "year", "value", "unit", "flag"]
        ]
    emit(frame, fmt)


@command("sources")
def sources(
    fmt: FormatOpt = Format.table,
    held: Annotated[bool, typer.Option("--held", help="only the editions milex holds")] = False,
) -> None:
    """Every release of NATO's and SIPRI's figures known, held or not, and how to cite those held.

    Releases not held are listed with why; a date that could not be verified is left empty
    (the date_verified column says why).

    Example: milex sources --format json
    """
    import milex

    frame = milex.releases()
    if held:
        frame = frame[frame["held"]]
    if fmt is Format.table:
        emit(frame[["source", "published", "years", "title", "held", "basis"]], fmt)
        for row in milex.editions().itertuples():
            typer.echo(f"\nCite {row.source} {row.edition} as: {row.citation}\nTerms: {row.terms}")
        return
    emit(frame, fmt)
