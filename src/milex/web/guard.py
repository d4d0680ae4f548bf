"""The outermost layer of the server: body size limit, security headers, last-resort errors.

A pure ASGI middleware (no BaseHTTPMiddleware) so that it sees every response, including
error responses and static files, and can refuse an oversized body both from its declared
Content-Length and by counting the bytes actually streamed.
"""

from __future__ import annotations

import json
import logging

from starlette.exceptions import HTTPException

from milex.web.errors import error_body, html_error_page, wants_html

log = logging.getLogger("milex.web")

MAX_BODY = 2 * 1024 * 1024  # bytes; an article is a few tens of kilobytes

# Inline SVG from vl-convert carries presentation attributes only (no style attributes), so
# styles can stay 'self' as well; no script runs from anywhere but this server.
# Vega runs with its expression interpreter (no eval) and vega-embed without injected styles.
_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors "
)
CSP = _POLICY + "'none'"
EMBED_PREFIX = "/embed/"
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
# /embed/... pages are meant to be framed by any site; every other page is never framed.
EMBED_HEADERS = [
    (b"content-security-policy", (_POLICY + "*").encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


class BodyTooLarge(HTTPException):
    """Raised while reading a request body that passes the limit."""

    def __init__(self, limit: int):
        super().__init__(413, f"request body too large: the limit is {limit // (1024 * 1024)} MB")


class Guard:
    """Wraps the app: limits bodies, adds the security headers, turns crashes into errors."""

    def __init__(self, app, max_body: int = MAX_BODY):
        self.app, self.max_body = app, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        framed = scope.get("path", "").startswith(EMBED_PREFIX)
        headers_for_path = EMBED_HEADERS if framed else SECURITY_HEADERS

        async def send_with_headers(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [_relative(k, v) for k, v in message.get("headers", [])]
                names = {k.lower() for k, _ in headers}
                extra = [(k, v) for k, v in headers_for_path if k not in names]
                message = {**message, "headers": [*headers, *extra]}
            await send(message)

        declared = _content_length(scope)
        if declared is not None and declared > self.max_body:
            await self._error(scope, send_with_headers, 413, str(BodyTooLarge(self.max_body)))
            return
        received = 0

        async def counting_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        try:
            await self.app(scope, counting_receive, send_with_headers)
        except BodyTooLarge as exc:
            if not started:
                await self._error(scope, send_with_headers, 413, exc.detail)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if not started:
                message = "internal error: the server logged the details"
                await self._error(scope, send_with_headers, 500, message)

    async def _error(self, scope, send, status: int, message: str) -> None:
        kind = {413: "payload_too_large", 500: "internal_error"}.get(status, "error")
        headers = dict(scope.get("headers", []))
        accept = headers.get(b"accept", b"").decode("latin-1")
        query = scope.get("query_string", b"").decode("latin-1")
        if wants_html(scope.get("path", ""), query, accept):
            body, media = html_error_page(status, message), b"text/html; charset=utf-8"
        else:
            body = json.dumps(error_body(status, kind, message)).encode()
            media = b"application/json"
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", media),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def _relative(key: bytes, value: bytes) -> tuple[bytes, bytes]:
    """A redirect's Location as a path: the router builds it from the Host header the client
    sent, and this server never sends anyone to another site."""
    if key.lower() == b"location" and b"://" in value:
        rest = value.split(b"://", 1)[1]
        value = b"/" + rest.split(b"/", 1)[1] if b"/" in rest else b"/"
    return key, value


def _content_length(scope) -> int | None:
    for key, value in scope.get("headers", []):
        if key.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
