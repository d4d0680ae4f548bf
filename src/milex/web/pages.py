"""The pages: each one a data function's Result drawn with a template, plus its data twins.

A page's state lives in its URL (year, edition, ally, sort order), so any view can be
bookmarked, shared, or fetched as data by adding `.json` or `.csv` to its path.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from starlette.requests import Request

from milex.web import charts, views
from milex.web.params import Allies, AsOf, Edition, Format, Guideline, Year, ally_list
from milex.web.render import show, with_twins

router = APIRouter(tags=["pages"])


VIEWS = ("map", "chart", "table")


@with_twins(router, "/", default="html", summary="Alliance overview")
def overview_page(
    request: Request, year: Year = None, edition: Edition = None, as_of: AsOf = None,
    allies: Allies = None,
    view: Annotated[str, Query(pattern="^(map|chart|table)$", description="map, chart or table")] = "map",
    fmt: Format = None,
):  # fmt: skip
    """Share of GDP by ally: a map, a line chart of chosen allies and a table; the count at 2%."""
    chosen = ally_list(allies)
    result = views.overview(year, edition, as_of, chosen)

    def drawn(r):
        from milex.web.dashboard import rows_for, views_for

        f = r.facts
        specs = views_for(r, chosen)
        return {
            "specs": specs,
            "shares": rows_for(r),
            "chosen": specs["lines"]["params"][0]["value"],
            "all_allies": sorted(set(r.tables["shares"]["ally"]) - set(views.AGGREGATES)),
            "view": view,
            "views": VIEWS,
            "count_chart": charts.count_over_years(
                r.tables["counts"],
                f["edition"],
                charts.heading("Allies at 2% of GDP, year by year", f["edition"]),
            ),
            "editions": _nato_editions(),
        }

    return show(request, result, "overview.html", drawn)


@with_twins(router, "/ally/{name}", default="html", summary="One ally")
def ally(
    request: Request,
    name: Annotated[str, Path(max_length=80, description="ally name, ISO3 code or alias")],
    edition: Edition = None,
    as_of: AsOf = None,
    year: Year = None,
    fmt: Format = None,
):
    """An ally's series, equipment share, gaps to each commitment, revisions, NATO and SIPRI."""
    from milex.web.results import strip_suffix

    result = views.ally_page(strip_suffix(name), edition, as_of, year)

    def drawn(r):
        out = {"editions": _nato_editions()}
        who, ed = r.facts["ally"], r.facts["edition"]
        if "profile" in r.tables:
            profile = r.tables["profile"]
            out["share_chart"] = charts.series(
                _as_series(profile, "share_of_gdp"), "% of GDP", {"2%": 2.0, "3.5%": 3.5},
                charts.heading(f"{who}: defence spending, % of GDP", ed),
            )  # fmt: skip
            out["equipment_chart"] = charts.series(
                _as_series(profile, "equipment_share"),
                "% of defence spending on equipment",
                {"20%": 20.0},
                charts.heading(f"{who}: equipment share of defence spending", ed),
            )
        if "revisions" in r.tables:
            editions = r.tables["revisions"].copy()  # the core edition named as such
            editions["edition"] = [
                f"{e} (core)" if b == "core defence expenditure" else str(e)
                for e, b in zip(editions["edition"], editions["basis"], strict=True)
            ]
            out["revisions_chart"] = charts.by_group(
                editions, "edition", "% of GDP, by NATO edition", {},
                charts.heading(f"{who}: share of GDP in each NATO edition", ed,
                               also="and the earlier NATO editions held"),
            )  # fmt: skip
        if "comparison" in r.tables:
            both = r.tables["comparison"].melt(
                id_vars=["year"], value_vars=["nato", "sipri"], var_name="source"
            )
            both["source"] = both["source"].str.upper()
            out["comparison_chart"] = charts.by_group(
                both, "source", "% of GDP", {},
                charts.heading(f"{who}: NATO beside SIPRI, % of GDP", ed,
                               also="and SIPRI Military Expenditure Database (April 2025)"),
            )  # fmt: skip
        return out

    return show(request, result, "ally.html", drawn)


@with_twins(router, "/scorecard", default="html", summary="Scorecard")
def scorecard(
    request: Request,
    guideline: Guideline = "2pct",
    year: Year = None,
    edition: Edition = None,
    as_of: AsOf = None,
    group: Annotated[
        str | None, Query(max_length=20, description="nato, europe-canada, europe or eu")
    ] = None,
    status: Annotated[
        str | None, Query(max_length=20, description="meets, below, no data...")
    ] = None,
    q: Annotated[str | None, Query(max_length=80, description="part of an ally's name")] = None,
    sort: Annotated[str, Query(max_length=20, description="column to sort by")] = "ally",
    order: Annotated[str, Query(pattern="^(asc|desc)$")] = "asc",
    allies: Allies = None,
    fmt: Format = None,
):
    """Who meets a commitment in a year: sortable and filterable through the URL."""
    result = views.scorecard_page(
        guideline,
        year,
        edition,
        as_of,
        group or None,
        status or None,
        q or None,
        sort,
        order,
        ally_list(allies),
    )

    def drawn(r):
        from milex.reference.commitments import scored_guidelines

        return {
            "editions": _nato_editions(),
            "guidelines": [(c.id, c.name) for c in scored_guidelines()],
            "sortable": views.SORTABLE,
        }

    return show(request, result, "scorecard.html", drawn)


@with_twins(router, "/sources", default="html", summary="Sources and terms")
def sources(request: Request, fmt: Format = None):
    """The editions held, their dates, how to cite them, and the terms of use of the data."""
    return show(request, views.sources(), "sources.html")


def _as_series(profile, measure: str):
    """A column of the ally profile as (year, value, estimate) rows for a chart."""
    return profile[["year", measure, "estimate"]].rename(columns={measure: "value"})


def _nato_editions() -> list[int]:
    """The NATO editions the dataset holds (the switch follows the data, not a list here)."""
    import milex

    held = milex.editions("NATO")
    return sorted(int(e) for e in held["edition"])
