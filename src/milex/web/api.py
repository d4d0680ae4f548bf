"""The HTTP API under /api: every table as JSON (default) or CSV, described by /openapi.json."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.requests import Request

from milex.web import views
from milex.web.params import Ally, AsOf, Edition, Format, Guideline, Year, Years, listing, year_span
from milex.web.render import show, with_twins

router = APIRouter(prefix="/api", tags=["data"])


@with_twins(router, "/observations", default="json", summary="Observations")
def observations(
    request: Request,
    measure: Annotated[
        str | None, Query(max_length=200, description="measure(s), comma-separated")
    ] = None,
    ally: Annotated[
        str | None,
        Query(max_length=400, description="ally name(s), codes or aliases, comma-separated"),
    ] = None,
    years: Years = None,
    edition: Annotated[
        str | None,
        Query(pattern=r"^(\d{4}|all)$", description="edition year or 'all'; default the latest"),
    ] = None,
    as_of: AsOf = None,
    source: Annotated[str, Query(pattern="^(NATO|SIPRI|all)$")] = "NATO",
    fmt: Format = None,
):
    """Published figures with their provenance (source, edition, table, unit, estimate flag)."""
    ed = int(edition) if edition and edition != "all" else edition
    result = views.observations(listing(measure), listing(ally), years, ed, as_of, source)
    return show(request, result)


@with_twins(router, "/allies", default="json", summary="Allies")
def allies(request: Request, as_of: AsOf = None, fmt: Format = None):
    """The allies at a date (default today): names, ISO3 codes, accession dates."""
    return show(request, views.allies(as_of))


@with_twins(router, "/measures", default="json", summary="Measures")
def measures(request: Request, fmt: Format = None):
    """The measures held and what each one is."""
    return show(request, views.measures())


@with_twins(router, "/editions", default="json", summary="Editions")
def editions(request: Request, fmt: Format = None):
    """The publications held, their dates, citations and terms."""
    return show(request, views.sources())


@with_twins(router, "/scorecard", default="json", summary="Compliance with a commitment")
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


@with_twins(router, "/counts", default="json", summary="Allies meeting a commitment, by year")
def counts(
    request: Request,
    guideline: Guideline = "2pct",
    years: Years = None,
    edition: Edition = None,
    as_of: AsOf = None,
    fmt: Format = None,
):
    """How many allies meet a guideline each year, in NATO's "N of 32" framing."""
    return show(request, views.counts(guideline, year_span(years), edition, as_of))
