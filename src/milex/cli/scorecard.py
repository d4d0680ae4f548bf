"""`milex ally`, `milex scorecard`, `milex counts`, `milex burden`: who meets which commitment."""

from __future__ import annotations

from typing import Annotated

import typer

from milex.cli.base import AsOfOpt, Format, FormatOpt, OneEditionOpt, command, emit

GuidelineOpt = Annotated[
    str,
    typer.Option(
        "--guideline",
        "-g",
        help="2pct, 20pct-equipment, hague-core, a national pledge (uk-2.5pct, uk-3pct, "
        "spain-2.1pct), or all",
    ),
]
MoneyEditionOpt = Annotated[
    int | None,
    typer.Option(
        help="edition the USD figures come from (default: the same edition, else the latest "
        "earlier one holding money tables, said in the output)"
    ),
]


@command("ally")
def ally(
    name: Annotated[str, typer.Argument(help="ally name, ISO code or alias, e.g. Poland, POL, UK")],
    edition: OneEditionOpt = None,
    as_of: AsOfOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """One ally: its series in an edition, and its gap to each commitment on the latest figure.

    With --format csv only the series is written; json holds both parts.

    Example: milex ally Poland --edition 2024
    """
    import json

    from milex.analysis import scorecard
    from milex.dataset.selection import select

    sel = select(edition, as_of=as_of)
    series = scorecard.ally_profile(name, edition=sel)
    gaps = scorecard.latest_compliance(name, edition=sel)
    if fmt is Format.json:
        doc = {
            "ally": series["ally"].iloc[0],
            "series": json.loads(series.to_json(orient="records")),
            "commitments": json.loads(gaps.to_json(orient="records")),
            "notes": series.attrs["notes"] + gaps.attrs["notes"][1:],
        }
        typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    if fmt is Format.csv:
        emit(series, fmt)
        return
    title = f"{series['ally'].iloc[0]}, NATO {series['edition'].iloc[0]} edition"
    shown = series.rename(columns=_PROFILE_NAMES)[list(_PROFILE_NAMES.values())]
    notes = list(series.attrs["notes"])
    if series["price_base"].notna().any():
        notes.append(f"USD m const: million USD at {series['price_base'].dropna().iloc[0]} prices.")
    emit(shown, fmt, title=title, notes=notes)
    cols = {"guideline": "guideline", "year": "year", "value": "value", "threshold": "target",
            "status": "status", "gap_pp": "gap pp", "gap_usd_current": "gap USD m",
            "deadline": "due"}  # fmt: skip
    emit(
        gaps.rename(columns=cols)[list(cols.values())],
        fmt,
        title="Commitments, on the latest figure",
        notes=gaps.attrs["notes"][1:],
    )


_PROFILE_NAMES = {
    "year": "year",
    "share_of_gdp": "% GDP",
    "real_change": "real chg %",
    "equipment_share": "equip. %",
    "personnel": "pers. k",
    "spending_usd_current": "USD m",
    "spending_usd_constant": "USD m const",
    "estimate": "est.",
}


@command("scorecard")
def scorecard(
    year: Annotated[
        int | None, typer.Option(help="year scored (default: the edition's last)")
    ] = None,
    guideline: GuidelineOpt = "2pct",
    edition: OneEditionOpt = None,
    as_of: AsOfOpt = None,
    ally: Annotated[str | None, typer.Option(help="only this ally")] = None,
    money_edition: MoneyEditionOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Who meets a commitment in a year: value, status, gap in points and in USD, per ally.

    Example: milex scorecard --year 2024 --edition 2024 --guideline 2pct
    """
    from milex.analysis import scorecard as sc
    from milex.dataset.selection import select

    sel = select(edition, as_of=as_of, money_edition=money_edition)
    if year is None:
        year = sc.latest_year(guideline, sel)
    frame = sc.compliance(guideline, year=year, edition=sel, ally=ally)
    if fmt is not Format.table:
        emit(frame, fmt)
        return
    title = f"NATO {frame['edition'].iloc[0]} edition, {year}"
    if guideline != "all" and ally is None:
        c = sc.tally(frame).iloc[0]
        title = (
            f"{sc.commitment(guideline).name}: {c['meeting']} of {c['allies']} allies meet it in "
            f"{year} ({c['with_data']} with figures) — {title}"
        )
    shown = sc.in_reading_order(frame)
    # one money unit in the table (current USD); --format json/csv keep the constant-price gap
    shown = shown.rename(
        columns={"value": "value (%)", "gap_pp": "gap, points", "gap_usd_current": "gap, USD m current",
                 "estimate": "est."}
    )  # fmt: skip
    cols = ["ally", "value (%)", "status", "gap, points", "gap, USD m current", "est."]
    if guideline == "all":
        cols.insert(1, "guideline")
    emit(shown[cols], fmt, title=title, notes=frame.attrs["notes"])


@command("counts")
def counts(
    guideline: GuidelineOpt = "2pct",
    years: Annotated[str | None, typer.Option(help="a year or a range, e.g. 2014-2024")] = None,
    edition: OneEditionOpt = None,
    as_of: AsOfOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """How many allies meet a guideline each year, NATO's "N of 32" framing, with the names.

    Example: milex counts --guideline 2pct --edition 2024
    """
    from milex.analysis import scorecard as sc
    from milex.dataset.selection import select

    frame = sc.counts(guideline, edition=select(edition, as_of=as_of, years=years))
    if fmt is Format.table:
        cols = ["year", "meeting", "allies", "with_data", "below_names", "no_data_names"]
        every = guideline.lower() == "all"
        shown = frame[["guideline", *cols]] if every else frame[cols]
        name = "Every scored commitment" if every else sc.commitment(guideline).name
        title = f"{name}, NATO {frame['edition'].iloc[0]} edition"
        emit(shown, fmt, title=title, notes=frame.attrs.get("notes", []))
        return
    emit(frame, fmt)


@command("burden")
def burden(
    year: Annotated[
        int | None, typer.Option(help="year (default: the last with money figures)")
    ] = None,
    edition: OneEditionOpt = None,
    as_of: AsOfOpt = None,
    money_edition: MoneyEditionOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Burden-sharing: share of alliance GDP against share of its defence spending, with ranks.

    Example: milex burden --year 2024
    """
    from milex.analysis.burden import burden_sharing
    from milex.dataset.selection import select

    frame = burden_sharing(year, edition=select(edition, as_of=as_of, money_edition=money_edition))
    if fmt is Format.table:
        cols = {"ally": "ally", "share_of_gdp": "% GDP", "gdp_share": "% of GDP",
                "spending_share": "% of spend", "spending_vs_gdp_share": "ratio",
                "spending_per_capita_usd_constant": "USD/head", "real_change_since_2014":
                "real % vs 2014", "rank_share_of_gdp": "rank %GDP"}  # fmt: skip
        ranked = frame.sort_values("spending_share", ascending=False)
        shown = ranked.rename(columns=cols)[list(cols.values())]
        title = f"Burden-sharing {frame['year'].iloc[0]}, NATO {frame['edition'].iloc[0]} edition"
        emit(shown, fmt, title=title, notes=frame.attrs["notes"])
        return
    emit(frame, fmt)
