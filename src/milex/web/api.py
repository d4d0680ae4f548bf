"""The data pages: every table in HTML, and as JSON or CSV by adding `.json` or `.csv` to the path.

These are the HTTP API: the old `/api/...` paths redirect here (see moved.py), and the whole
set is described by /openapi.json.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.requests import Request

from milex.dataset.selection import year_list
from milex.web import views
from milex.web.params import Ally, AsOf, Edition, Format, Guideline, Year, Years, listing
from milex.web.render import show, with_twins

router = APIRouter(tags=["data"])


@with_twins(router, "/observations", default="html", summary="Observations")
def observations(
    request: Request,
    measure: Annotated[
        str | None, Query(max_length=200, description="measure(s), comma-separated")
    ] = None,
    country: Annotated[
        str | None,
        Query(
            max_length=400,
            description="countries, comma-separated: ally names, codes or aliases, NATO's "
            "aggregates, or any country or region SIPRI names (World, SIPRI:EUROPE)",
        ),
    ] = None,
    years: Years = None,
    edition: Annotated[
        str | None,
        Query(
            pattern=r"^(\d{4}|all|latest)$",
            description="edition year, 'all' or 'latest' (the default)",
        ),
    ] = None,
    as_of: AsOf = None,
    source: Annotated[str, Query(pattern="^(NATO|SIPRI|all)$")] = "NATO",
    fmt: Format = None,
):
    """Published figures with their provenance (source, edition, table, unit, estimate flag)."""
    ed = int(edition) if edition and edition.isdigit() else edition
    result = views.observations(listing(measure), listing(country), years, ed, as_of, source)
    return show(request, result)


@with_twins(router, "/allies", default="html", summary="Allies")
def allies(request: Request, as_of: AsOf = None, fmt: Format = None):
    """The allies at a date (default today): names, ISO3 codes, accession dates."""
    return show(request, views.allies(as_of))


@with_twins(router, "/measures", default="html", summary="Measures")
def measures(request: Request, fmt: Format = None):
    """The measures held and what each one is."""
    return show(request, views.measures())


@with_twins(router, "/compliance", default="html", summary="Compliance with a commitment")
def scorecard(
    request: Request,
    guideline: Guideline = "2pct",
    year: Year = None,
    edition: Edition = None,
    as_of: AsOf = None,
    ally: Ally = None,
    fmt: Format = None,
):
    """One row per ally and year: value, threshold, met or not, gap in points and in USD."""
    return show(request, views.compliance(guideline, year, edition, as_of, ally))


@with_twins(router, "/counts", default="html", summary="Allies meeting a commitment, by year")
def counts(
    request: Request,
    guideline: Guideline = "2pct",
    years: Years = None,
    edition: Edition = None,
    as_of: AsOf = None,
    fmt: Format = None,
):
    """How many allies meet a guideline each year, in NATO's "N of 32" framing."""
    return show(request, views.counts(guideline, year_list(years), edition, as_of))


@with_twins(router, "/revisions", default="html", summary="One ally-measure in every edition")
def revisions(
    request: Request,
    ally: Annotated[str, Query(max_length=80, description="an ally's name, code or alias")],
    measure: Annotated[str, Query(max_length=40)] = "share_of_gdp",
    years: Years = None,
    source: Annotated[str, Query(pattern="^(NATO|SIPRI)$")] = "NATO",
    fmt: Format = None,
):
    """The value of one ally's measure in every edition held, with the change between them."""
    return show(request, views.revisions(ally, measure, year_list(years), source))


@with_twins(router, "/revisions/largest", default="html", summary="Largest revisions")
def largest_revisions(
    request: Request,
    measure: Annotated[str, Query(max_length=40)] = "share_of_gdp",
    from_edition: Edition = None,
    to_edition: Edition = None,
    years: Years = None,
    ally: Ally = None,
    n: Annotated[int, Query(ge=1, le=1000, description="how many rows")] = 10,
    fmt: Format = None,
):
    """The ally-years whose value moved most between two NATO editions, largest first."""
    span = year_list(years)
    result = views.largest_revisions(measure, from_edition, to_edition, span, ally, n)
    return show(request, result)


@with_twins(router, "/compare", default="html", summary="NATO beside SIPRI")
def compare(
    request: Request,
    ally: Annotated[str, Query(max_length=80, description="an ally's name, code or alias")],
    years: Years = None,
    measure: Annotated[
        str, Query(pattern="^(share_of_gdp|spending_usd_current)$")
    ] = "share_of_gdp",
    edition: Edition = None,
    as_of: AsOf = None,
    fmt: Format = None,
):
    """One ally's figures in NATO's tables and SIPRI's database, side by side, with the reasons."""
    return show(request, views.comparison(ally, year_list(years), measure, edition, as_of))


@with_twins(router, "/burden-sharing", default="html", summary="Burden-sharing")
def burden_sharing(
    request: Request, year: Year = None, edition: Edition = None, as_of: AsOf = None,
    fmt: Format = None,
):  # fmt: skip
    """Each ally's share of alliance GDP beside its share of alliance defence spending."""
    return show(request, views.burden(year, edition, as_of))
