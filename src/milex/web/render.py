"""Turning a Result into a response: an HTML page, or its `.json` / `.csv` twin.

Also the route helper that registers a path in its three forms, and the template helpers
(number formatting, links that keep a page's state in its URL).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, urlencode

from fastapi import APIRouter
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import Response

from milex.web import labels
from milex.web.results import Result, data_response, requested_format

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.add_extension("jinja2.ext.do")

NAV = [
    ("/", "Overview"),
    ("/scorecard", "Scorecard"),
    ("/project", "Projections"),
    ("/rearm", "ReArm Europe"),
    ("/check", "Check an article"),
    ("/sources", "Sources"),
    ("/api", "API"),
]


def with_twins(router: APIRouter, path: str, *, default: str, **kwargs) -> Callable:
    """Register an endpoint at path, path.json and path.csv (GET and HEAD).

    Only the bare path is listed in the OpenAPI document; its description says that the
    suffixes and `?format=` choose the format.
    """

    def register(endpoint: Callable) -> Callable:
        base = path.rstrip("/") or "/overview"
        for suffix in (".json", ".csv"):
            router.add_api_route(
                base + suffix, endpoint, methods=["GET", "HEAD"], include_in_schema=False
            )
        doc = (endpoint.__doc__ or "").strip()
        shown = router.prefix + base
        doc += (
            f"\n\nFormats: `{shown}.json`, `{shown}.csv` or `?format=json|csv`"
            + ("|html" if default == "html" else "")
            + f" (default {default}). CSV gives one table: `?table=NAME`."
        )
        router.add_api_route(path, endpoint, methods=["GET"], description=doc, **kwargs)
        router.add_api_route(path, endpoint, methods=["HEAD"], include_in_schema=False)
        return endpoint

    return register


def show(
    request: Request,
    result: Result,
    template: str | None = None,
    extra: Callable[[Result], dict] | None = None,
    status_code: int = 200,
    default: str = "html",
) -> Response:
    """The page for a Result, or its JSON/CSV twin when the URL asks for one.

    A page without a template of its own is drawn as its tables (table.html).
    """
    fmt = requested_format(request, default)
    if fmt != "html":
        return data_response(result, fmt, request)
    template = template or "table.html"  # a page without its own layout: its tables
    context = {"result": result, "query": result.query, "facts": result.facts}
    if extra is not None:
        context.update(extra(result))
    return templates.TemplateResponse(request, template, context, status_code=status_code)


# --- template helpers --------------------------------------------------------------------


def fmt_value(value, digits: int = 2) -> str:
    """A cell as text: missing as an em dash, large numbers with thousands separators."""
    if value is None or value is True or value is False:
        return {None: "—", True: "yes", False: "no"}[value]
    if isinstance(value, float):
        if math.isnan(value):
            return "—"
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:,.{digits}f}"
    if hasattr(value, "item"):
        return fmt_value(value.item(), digits)
    text = str(value)
    return "—" if text in ("nan", "NaT", "<NA>", "None") else text


def rows(frame, columns=None) -> list[list[tuple[str, object]]]:
    """A DataFrame's rows as [(column, value), ...] lists for a template table."""
    cols = [c for c in (columns or list(frame.columns)) if c in frame.columns]
    return [list(zip(cols, values, strict=True)) for values in frame[cols].itertuples(index=False)]


def link(request: Request, path: str | None = None, **changes) -> str:
    """The current URL with some query parameters changed (None removes one)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    target = quote(path if path is not None else request.url.path, safe="/")
    return target + ("?" + urlencode(params) if params else "")


def twin(request: Request, fmt: str) -> str:
    """The URL of this page's data as JSON or CSV."""
    path = request.url.path
    base = "/overview" if path in ("/", "") else path
    for suffix in (".json", ".csv"):
        base = base.removesuffix(suffix)
    params = {k: v for k, v in request.query_params.items() if k != "format"}
    query = "?" + urlencode(params) if params else ""
    return quote(base + "." + fmt, safe="/") + query


def ally_url(name: str) -> str:
    return "/ally/" + quote(str(name), safe="")


def citation(edition: int, source: str = "NATO") -> dict:
    """How to cite an edition on a page: the publisher's citation, its link, milex's version."""
    from datetime import date

    import milex
    from milex.reference.publications import publication

    pub = publication(source, int(edition))
    text = pub.citation.replace(pub.url, "").strip()
    return {"text": text, "url": pub.url, "version": milex.__version__, "today": date.today()}


_URL = re.compile(r"https?://[^\s<>\"')]+[^\s<>\"').,;:]")


def linked(text) -> Markup:
    """Text with every web address in it made a link (the rest escaped)."""
    out, at = [], 0
    text = "" if text is None else str(text)
    for found in _URL.finditer(text):
        out += [escape(text[at : found.start()]),
                Markup('<a href="{0}">{0}</a>').format(found.group(0))]  # fmt: skip
        at = found.end()
    out.append(escape(text[at:]))
    return Markup("").join(out)


templates.env.filters["linked"] = linked
templates.env.filters["num"] = fmt_value
templates.env.globals.update(
    rows=rows, link=link, twin=twin, ally_url=ally_url, nav=NAV, fmt_value=fmt_value,
    label_of=labels.label_of, cell=labels.cell, sort_key=labels.sort_key,
    shown_columns=labels.shown_columns, is_numeric=labels.is_numeric,
    has_estimates=labels.has_estimates, citation=citation,
)  # fmt: skip
