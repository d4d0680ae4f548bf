"""The old `/api/...` paths: each answers with a redirect to its page's `.json` or `.csv` twin.

Every table is served once, by its page (`/counts`, `/compare`...), in HTML, JSON and CSV; the
`/api/...` paths of earlier versions stay valid as permanent redirects that keep the query, so
existing scripts and bookmarks still work. They are listed, marked deprecated, in the OpenAPI
document with where each one points.
"""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse

# old path -> the page serving the same data
MOVED = {
    "/api/observations": "/observations",
    "/api/allies": "/allies",
    "/api/measures": "/measures",
    "/api/editions": "/sources",
    "/api/scorecard": "/compliance",
    "/api/counts": "/counts",
    "/api/revisions": "/revisions",
    "/api/revisions/largest": "/revisions/largest",
    "/api/compare": "/compare",
    "/api/burden-sharing": "/burden-sharing",
    "/api/projections": "/project",
    "/api/on-track": "/on-track",
    "/api/rearm": "/rearm",
}

# Parameters renamed on the way, so that one idea has one name everywhere (see the README).
RENAMED = {"/api/observations": {"ally": "country"}}

router = APIRouter(tags=["moved"])


def _redirect_to(old: str, page: str):
    renamed = RENAMED.get(old, {})

    def moved(request: Request) -> RedirectResponse:
        params = {renamed.get(k, k): v for k, v in request.query_params.items()}
        asked = params.get("format")
        if request.url.path.endswith(".csv") or asked == "csv":
            suffix = ".csv"
        elif asked in (None, "json"):
            suffix = ".json"
        else:  # any other format is the page's to accept or refuse
            suffix = ""
        if suffix:
            params.pop("format", None)
        query = "?" + urlencode(params) if params else ""
        return RedirectResponse(page + suffix + query, status_code=308)

    return moved


for old, page in MOVED.items():
    endpoint = _redirect_to(old, page)
    router.add_api_route(
        old,
        endpoint,
        methods=["GET"],
        summary=f"Moved to {page}.json",
        description=(
            f"Redirects (308, the query kept) to `{page}.json`, or `{page}.csv` for "
            f"`{old}.csv` and `?format=csv`: the data of the page `{page}`."
        ),
        deprecated=True,
        responses={308: {"description": f"the same data at {page}.json"}},
        status_code=308,
    )
    for extra in (old + ".json", old + ".csv"):
        router.add_api_route(extra, endpoint, methods=["GET", "HEAD"], include_in_schema=False)
    router.add_api_route(old, endpoint, methods=["HEAD"], include_in_schema=False)
