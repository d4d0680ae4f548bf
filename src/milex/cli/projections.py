"""`milex project`: the path and cost to a target share of GDP, and the ReArm Europe arithmetic."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from milex.cli.base import Format, FormatOpt, command, emit
from milex.cli.plain import fail

_REARM = ("eu-rearm", "rearm", "rearm-europe")


@command("project")
def project(
    who: Annotated[
        str,
        typer.Argument(
            help="an ally, a group (nato, europe-canada, europe, eu), allies separated by "
            "commas, or eu-rearm for the EU's ReArm Europe arithmetic"
        ),
    ],
    target: Annotated[float | None, typer.Option(help="share of GDP, %, e.g. 3.5")] = None,
    by: Annotated[int | None, typer.Option(help="deadline year, e.g. 2035")] = None,
    shape: Annotated[
        str, typer.Option(help="linear, front-loaded, back-loaded or step")
    ] = "linear",
    growth: Annotated[
        str | None,
        typer.Option(
            help="real GDP growth, % a year: a rate (1.2), a band low,high (0.5,2) or "
            "trend (default: each ally's own over the last 5 years of Table 5)"
        ),
    ] = None,
    inflation: Annotated[
        float | None,
        typer.Option(
            help="yearly rise of the USD GDP deflator for current USD, % (default: trend)"
        ),
    ] = None,
    edition: Annotated[
        int | None, typer.Option(help="NATO edition of the starting shares (default: latest)")
    ] = None,
    allies: Annotated[bool, typer.Option("--allies", help="also show one row per ally")] = False,
    extra_share: Annotated[
        float, typer.Option(help="eu-rearm: rise in defence spending, % of GDP")
    ] = 1.5,
    years: Annotated[int, typer.Option(help="eu-rearm: number of years")] = 4,
    usd_per_eur: Annotated[
        float | None,
        typer.Option(help="eu-rearm: USD per EUR (default: the rate NATO used, Tables 1/2)"),
    ] = None,
    chart: Annotated[
        Path | None, typer.Option(help="also save a chart to this .svg or .png file")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="replace an existing --chart file")
    ] = False,
    fmt: FormatOpt = Format.table,
) -> None:
    """Project the path and extra cost to a target share of GDP by a deadline.

    Example: milex project Germany --target 3.5 --by 2035 --growth 0.5,2
    """
    import milex
    from milex import outputs

    if chart is not None and chart.suffix.lower() not in (".svg", ".png"):
        fail(f"--chart {chart}: give a file ending in .svg or .png", 2)
    if chart is not None:
        outputs.target(chart, force, option="--chart")  # refused before the work, not after
    if who.strip().lower() in _REARM:
        result = milex.rearm_europe(extra_share, years, usd_per_eur)
        _show_rearm(result, fmt)
    else:
        if target is None or by is None:
            fail("give --target (a share of GDP, e.g. 3.5) and --by (a year, e.g. 2035)", 2)
        names = [n.strip() for n in who.split(",")] if "," in who else who
        result = milex.project(names, target, by, shape, _growth(growth), inflation, edition)
        _show_projection(result, fmt, allies)
    if chart is not None:
        with outputs.replacing(chart, force, option="--chart") as tmp:
            result.chart().save(str(tmp), format=chart.suffix.lower()[1:])
        typer.echo(f"chart saved to {chart}", err=True)


def _growth(text: str | None):
    if text is None or text.strip().lower() == "trend":
        return None
    try:
        parts = [float(p) for p in text.split(",")]
    except ValueError:
        fail(f"--growth {text!r}: give a rate (1.2), a band low,high (0.5,2) or trend", 2)
    if len(parts) > 2:
        fail(f"--growth {text!r}: a band has two rates, low,high", 2)
    return parts[0] if len(parts) == 1 else tuple(parts)


def _show_projection(result, fmt: Format, allies: bool) -> None:
    import json

    if fmt is Format.json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    if fmt is Format.csv:
        emit(result.allies if allies else result.path, fmt)
        return
    path = result.path
    shown = path[["scenario", "year", "basis", "share_of_gdp_pct"]].copy()
    shown.columns = ["scenario", "year", "basis", "share %"]
    shown["spending"] = path["spending_musd_constant"] / 1000
    shown["spending (current)"] = path["spending_musd_current"] / 1000
    shown["extra"] = path["extra_musd_constant"] / 1000
    shown["cum. extra"] = path["cum_extra_musd_constant"] / 1000
    if path["scenario"].nunique() == 1:
        shown = shown.drop(columns="scenario")
    title = (
        f"{result.who}: {result.target:g}% of GDP by {result.deadline}, {result.shape} path\n"
        f"billion USD, {path['price_base'].iloc[0]} unless marked current"
    )
    emit(shown, fmt, title=title)
    _bars(path)
    first = result.allies[result.allies["scenario"] == result.allies["scenario"].iloc[0]]
    if len(first) > 1:
        for state in ("met", "on track", "off track"):
            names = first.loc[first["status"] == state, "ally"].tolist()
            typer.echo(f"{state} ({len(names)}): {', '.join(names) or '-'}")
    if allies:
        table = result.allies[["scenario", "ally", "start_year", "start_share_pct", "status"]]
        table = table.assign(cum_extra=result.allies["cum_extra_musd_constant"] / 1000)
        table.columns = ["scenario", "ally", "from", "share %", "status", "cum. extra"]
        emit(table, fmt, title="per ally (cum. extra: billion USD, constant prices)")
    from rich.console import Console

    console = Console()
    for line in result.assumptions:
        console.print(f"- {line}", style="dim", highlight=False)


def _bars(path) -> None:
    """A bar per year of the share of GDP, drawn with block characters."""
    from rich.console import Console

    console = Console()
    top = path["share_of_gdp_pct"].max()
    for scenario, rows in path.groupby("scenario", sort=False):
        if path["scenario"].nunique() > 1:
            console.print(f"{scenario} growth", style="bold")
        for row in rows.itertuples():
            width = round(40 * row.share_of_gdp_pct / top) if top > 0 else 0
            console.print(f"{row.year} {'█' * width} {row.share_of_gdp_pct:.2f}%", highlight=False)


def _show_rearm(result, fmt: Format) -> None:
    import json

    if fmt is Format.json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    if fmt is Format.csv:
        emit(result.countries, fmt)
        return
    countries = result.countries
    shown = countries[["country", "year"]].assign(
        gdp=countries["gdp_beur_current"],
        source=["NATO Table 5" if n else "SIPRI, derived" for n in countries["nato_ally"]],
        space=countries["fiscal_space_beur"],
    )
    shown.columns = ["country", "year", "GDP", "GDP from", "fiscal space"]
    emit(shown, fmt, title="EU members: GDP and fiscal space, billion EUR, current prices")
    emit(result.summary, fmt, title="ReArm Europe: fiscal space", notes=result.assumptions)
