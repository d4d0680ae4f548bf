"""One error shape for every failure, as JSON for data clients and a page for browsers.

{"error": {"status": 422, "type": "invalid_parameter", "message": "...", "parameter": "year"}}

milex's own exceptions carry messages written for users; anything else is logged here with
its traceback and reaches the client only as "internal error".
"""

from __future__ import annotations

import json
import logging
import re

from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from milex.errors import (
    BadParameter,
    CorruptDataError,
    MilexError,
    NoData,
    UnknownAlly,
    UnknownName,
)

log = logging.getLogger("milex.web")

# Which request parameter an unknown name came from, by the kind the library names.
_KIND_PARAMETER = {
    "ally": "ally",
    "measure": "measure",
    "source": "source",
    "group": "group",
    "guideline": "guideline",
    "commitment": "guideline",
    "NATO edition": "edition",
    "SIPRI edition": "edition",
}

_HTTP_TYPES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_parameter",
    500: "internal_error",
}


class WebError(Exception):
    """An error raised by the web layer itself, with its status and the parameter at fault."""

    def __init__(self, status: int, message: str, parameter: str | None = None, kind=None):
        super().__init__(message)
        self.status, self.message, self.parameter = status, message, parameter
        self.kind = kind or _HTTP_TYPES.get(status, "error")


def error_body(status: int, kind: str, message: str, parameter: str | None = None) -> dict:
    error = {"status": status, "type": kind, "message": message}
    if parameter:
        error["parameter"] = parameter
    return {"error": error}


def wants_html(request_path: str, query: str, accept: str) -> bool:
    """Browsers asking for a page get an HTML error page; everyone else gets JSON."""
    if request_path.startswith("/api") or request_path.endswith((".json", ".csv")):
        return False
    if re.search(r"(^|&)format=(json|csv)", query):
        return False
    return "text/html" in accept


def _parameter_of(exc: MilexError) -> str | None:
    if isinstance(exc, UnknownName):
        return _KIND_PARAMETER.get(exc.kind, exc.kind.split()[-1])
    # BadParameter messages name their parameter first ("years: '20x4' is not a year").
    found = re.match(r"([a-z_]+): ", str(exc))
    return found.group(1) if found else None


def classify(exc: Exception) -> tuple[int, str, str, str | None]:
    """(status, type, message, parameter) for any exception reaching the edge."""
    if isinstance(exc, WebError):
        return exc.status, exc.kind, exc.message, exc.parameter
    if isinstance(exc, RequestValidationError):
        return (422, "invalid_parameter", *_validation_message(exc))
    if isinstance(exc, HTTPException):
        kind = _HTTP_TYPES.get(exc.status_code, "error")
        message = {
            404: "no such page or endpoint; see /api for the endpoints",
            405: "method not allowed: the data are read-only (GET and HEAD; POST only to /check "
            "and /api/check)",
        }.get(exc.status_code, str(exc.detail))
        return exc.status_code, kind, message, None
    if isinstance(exc, UnknownAlly):
        return 404, "unknown_ally", str(exc), "ally"
    if isinstance(exc, UnknownName):
        return 422, "unknown_name", str(exc), _parameter_of(exc)
    if isinstance(exc, NoData):
        return 404, "no_data", str(exc), None
    if isinstance(exc, BadParameter):
        return 422, "invalid_parameter", str(exc), _parameter_of(exc)
    if isinstance(exc, CorruptDataError):
        log.error("corrupt data: %s", exc)
        return 500, "corrupt_data", str(exc), None
    if isinstance(exc, MilexError):
        return 422, "invalid_request", str(exc), None
    log.exception("unhandled error", exc_info=exc)
    return 500, "internal_error", "internal error: the server logged the details", None


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None]:
    parts, parameter = [], None
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body", "form")]
        name = loc[-1] if loc else None
        parameter = parameter or name
        got = err.get("input")
        shown = f" (got {got!r})" if isinstance(got, str | int | float) and got != "" else ""
        parts.append(f"{name or 'request'}: {err.get('msg', 'invalid value')}{shown}")
    return "; ".join(parts) or "invalid request", parameter


def render_error(request: Request, exc: Exception) -> Response:
    """The error response for a request: the JSON shape, or an HTML page for a browser."""
    status, kind, message, parameter = classify(exc)
    headers = getattr(exc, "headers", None) if isinstance(exc, HTTPException) else None
    if wants_html(request.url.path, request.url.query, request.headers.get("accept", "")):
        from milex.web.render import templates

        return templates.TemplateResponse(
            request,
            "error.html",
            {"status": status, "kind": kind, "message": message, "parameter": parameter},
            status_code=status,
            headers=headers,
        )
    body = json.dumps(error_body(status, kind, message, parameter), ensure_ascii=False)
    return Response(body, status_code=status, media_type="application/json", headers=headers)


def html_error_page(status: int, message: str) -> bytes:
    """A minimal page for errors raised before routing (body too large), without templates."""
    from html import escape

    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{status}</title>"
        f"<link rel='stylesheet' href='/static/milex.css'></head><body><main>"
        f"<h1>Error {status}</h1><p>{escape(message)}</p><p><a href='/'>Overview</a></p>"
        f"</main></body></html>"
    ).encode()


def install(app) -> None:
    """Route every exception through render_error."""

    async def handler(request: Request, exc: Exception) -> Response:
        return render_error(request, exc)

    for exc_type in (HTTPException, RequestValidationError, MilexError, WebError, Exception):
        app.add_exception_handler(exc_type, handler)
