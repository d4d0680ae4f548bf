"""The ASGI application: pages with their data twins, the moved /api paths, static files,
errors and safety layers.

Run it with `milex serve`, or any ASGI server: `uvicorn milex.web.app:app`.

Layers, outermost first: Guard (body limit, security headers, last-resort errors), the
response cache (GET answers replayed by URL), then FastAPI's routing. The data are read-only:
only GET and HEAD are routed, plus POST to /check and /api/check, which read an article and
write nothing.
"""

from __future__ import annotations

import contextlib
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.staticfiles import StaticFiles

import milex
from milex.web import api, checker, dashboard, errors, moved, pages, projections
from milex.web.cache import ResponseCache
from milex.web.check_pool import CheckPool
from milex.web.guard import Guard
from milex.web.render import HERE, templates

DESCRIPTION = """\
Allied defence spending as NATO published it, edition by edition, with SIPRI beside it.

Every table is a page, and its data are the page's twins: add `.json` or `.csv` to the path
(or `?format=json|csv`). The `/api/...` paths of earlier versions redirect (308, the query
kept) to those twins; POST /api/check reads an article. Errors share one shape:
`{"error": {"status", "type", "message", "parameter"}}`.

Data: NATO content may be reused with credit to NATO, not sold or used for advertising;
SIPRI data for non-commercial use with credit to SIPRI.
"""


@asynccontextmanager
async def _lifespan(app: FastAPI):
    pool = app.state.check_pool
    warming = pool.warm()  # in the background: the server answers pages meanwhile
    yield
    with contextlib.suppress(Exception):  # a failed start is retried by the first check
        await warming
    pool.close()  # no worker outlives the server


def create_app(cache: bool = True) -> FastAPI:
    """Build the application (cache=False turns off the response cache, e.g. to measure)."""
    app = FastAPI(
        lifespan=_lifespan,
        title="milex",
        version=milex.__version__,
        description=DESCRIPTION,
        # Swagger UI and ReDoc load from a CDN: /api is a self-made page over /openapi.json.
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(projections.pages)
    app.include_router(dashboard.router)
    app.include_router(checker.api)
    app.include_router(checker.pages)
    app.include_router(moved.router)
    app.add_api_route("/api", api_page, methods=["GET", "HEAD"], include_in_schema=False)
    app.mount("/static", Precompressed(directory=HERE / "static"), name="static")
    errors.install(app)
    app.state.check_pool = CheckPool()  # claim checks run in worker processes
    if cache:
        app.add_middleware(ResponseCache)
    # Compressed for clients that ask (browsers): the vendored Vega shrinks to about a quarter.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    app.add_middleware(Guard)
    return app


class Precompressed(StaticFiles):
    """Static files, with the gzip twin a build step wrote (`vega.js.gz`) sent to browsers
    that accept gzip, so the large vendored files are not compressed again on each request."""

    async def get_response(self, path: str, scope):
        accepts = dict(scope.get("headers", [])).get(b"accept-encoding", b"")
        if b"gzip" in accepts and not path.endswith(".gz"):
            full, found = self.lookup_path(path + ".gz")
            if found is not None:
                import mimetypes

                response = self.file_response(full, found, scope)
                if response.status_code == 200 or response.status_code == 304:
                    kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
                    text = kind.startswith("text/") or kind.endswith(("json", "javascript"))
                    response.headers["content-type"] = kind + ("; charset=utf-8" if text else "")
                    response.headers["content-encoding"] = "gzip"
                    response.headers["vary"] = "Accept-Encoding"
                return response
        return await super().get_response(path, scope)


def api_page(request: Request):
    """A page listing the endpoints from the OpenAPI document, readable offline."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema.get("paths", {}).items():
        for method, spec in methods.items():
            params = [
                (p["name"], p.get("description", ""), p.get("in", ""))
                for p in spec.get("parameters", [])
            ]
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": spec.get("summary", ""),
                    "description": spec.get("description", ""),
                    "params": params,
                }
            )
    return templates.TemplateResponse(request, "api.html", {"endpoints": endpoints, "title": "API"})


def uncached() -> FastAPI:
    """The application without its response cache (for `uvicorn --factory`, to measure it)."""
    return create_app(cache=False)


app = create_app()
