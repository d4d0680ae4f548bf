"""Projection pages and endpoints: the path to a target, who is on track, ReArm arithmetic.

The pages hold their form state in the URL (GET forms), so a projection can be bookmarked
and fetched as data with `.json` / `.csv`. Ranges are checked at the edge against the
library's own limits; everything else is milex.project, milex.on_track, milex.rearm_europe.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.requests import Request

from milex.analysis.projections import GROWTH_RANGE, INFLATION_RANGE, MAX_TARGET
from milex.analysis.trajectory import SHAPES
from milex.reference.publications import latest
from milex.web import charts, views
from milex.web.params import Edition, Format, growth_option, listing
from milex.web.render import show, with_twins

pages = APIRouter(tags=["pages"])

Who = Annotated[
    str,
    Query(
        max_length=400,
        description="an ally, a group (nato, europe-canada, europe, eu) or allies, comma-separated",
    ),
]
Target = Annotated[float, Query(gt=0, le=MAX_TARGET, description="% of GDP, e.g. 3.5")]
By = Annotated[int, Query(ge=2000, le=2100, description="deadline year")]
Shape = Annotated[str, Query(pattern="^(" + "|".join(SHAPES) + ")$", description="path shape")]
Growth = Annotated[
    str | None,
    Query(
        max_length=40,
        description=f"real GDP growth, % a year: 'trend' (default), a rate such as 1.5, or a "
        f"band such as 0.5,2 (each within {GROWTH_RANGE[0]:g} to {GROWTH_RANGE[1]:g})",
    ),
]
Inflation = Annotated[
    float | None,
    Query(ge=INFLATION_RANGE[0], le=INFLATION_RANGE[1], description="USD deflator, % a year"),
]


def _projection(who, target, by, shape, growth, inflation, edition):
    return views.projection(
        listing(who) or "nato", target, by, shape, growth_option(growth), inflation, edition
    )


@with_twins(pages, "/project", default="html", summary="Projection form")
def project_page(
    request: Request, who: Who = "nato", target: Target = 3.5, by: By = 2035,
    shape: Shape = "linear", growth: Growth = None, inflation: Inflation = None,
    edition: Edition = None, fmt: Format = None,
):  # fmt: skip
    """The year-by-year path to a share of GDP by a deadline, its cost, and its assumptions."""
    result = _projection(who, target, by, shape, growth, inflation, edition)

    def drawn(r):
        return {
            "chart_svg": charts.render(
                r.objects["projection"].chart().properties(width=560),
                charts.heading(
                    r.title,
                    r.query["edition"] or latest("NATO").edition,
                    also="Projection by milex; assumptions listed on the page",
                ),
            ),  # fmt: skip
            "shapes": SHAPES,
            "form": {"who": who, "growth": growth or "", "inflation": inflation},
        }

    return show(request, result, "project.html", drawn)


@with_twins(pages, "/on-track", default="html", summary="Who is on track to a target")
def on_track(
    request: Request, target: Target = 3.5, by: By = 2035, who: Who = "nato",
    edition: Edition = None, fmt: Format = None,
):  # fmt: skip
    """Per ally: met, on track or off track for a share of GDP by a deadline."""
    return show(request, views.on_track(target, by, listing(who) or "nato", edition))


@with_twins(pages, "/rearm", default="html", summary="ReArm Europe arithmetic")
def rearm_page(
    request: Request,
    extra_share: Annotated[float, Query(gt=0, le=10, description="% of GDP added")] = 1.5,
    years: Annotated[int, Query(ge=1, le=10)] = 4,
    usd_per_eur: Annotated[float | None, Query(ge=0.5, le=2.0)] = None,
    fmt: Format = None,
):
    """ReArm Europe's fiscal space redone from GDP figures, beside the Commission's."""
    result = views.rearm(extra_share, years, usd_per_eur)

    def drawn(r):
        from milex.analysis.trajectory import GDP
        from milex.dataset.selection import select

        gdp_edition = select(measure=GDP).edition  # the GDP figures the arithmetic uses
        heading = charts.heading(
            "ReArm Europe: fiscal space, billion EUR", gdp_edition,
            also="and the European Commission, ReArm Europe plan (4 March 2025)",
        )  # fmt: skip
        return {"chart_svg": charts.render(r.objects["rearm"].chart().properties(width=560),
                                           heading)}  # fmt: skip

    return show(request, result, "rearm.html", drawn)
