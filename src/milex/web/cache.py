"""A response cache for GET and HEAD: the data are read-only, so a URL's answer never changes.

Successful answers to GET are kept whole (status, headers, body) keyed on the path and the
query string, and replayed without routing, validation or rendering. Answers that depend on
today's date (the allies "today", the latest edition) are keyed on the date as well. Only
small answers are kept, and only a bounded number of them.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date


class ResponseCache:
    """ASGI middleware replaying stored answers to repeated GET/HEAD requests."""

    def __init__(self, app, entries: int = 1024, max_bytes: int = 256 * 1024):
        self.app, self.entries, self.max_bytes = app, entries, max_bytes
        self.store: OrderedDict[tuple, tuple[int, list, bytes]] = OrderedDict()
        self.hits = self.misses = 0

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""), date.today())
        found = self.store.get(key)
        if found is not None:
            self.hits += 1
            self.store.move_to_end(key)
            status, headers, body = found
            start = {"type": "http.response.start", "status": status, "headers": list(headers)}
            await send(start)  # a copy of the headers, for the same reason as below
            await send(
                {"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body}
            )
            return
        self.misses += 1
        if scope["method"] == "HEAD":  # a HEAD answer has no body to keep
            await self.app(scope, receive, send)
            return
        start: dict = {}
        chunks: list[bytes] = []
        keep = True

        async def recording_send(message):
            nonlocal keep
            if message["type"] == "http.response.start":
                start.update(message)
                # a copy: outer layers (compression) rewrite the headers of the message in place
                start["headers"] = list(message.get("headers", []))
                keep = message["status"] == 200
            elif message["type"] == "http.response.body" and keep:
                chunks.append(message.get("body", b""))
                if sum(len(c) for c in chunks) > self.max_bytes:
                    keep = False
                    chunks.clear()
                elif not message.get("more_body", False):
                    self._keep(key, start["status"], list(start.get("headers", [])), chunks)
            await send(message)

        await self.app(scope, receive, recording_send)

    def _keep(self, key, status, headers, chunks) -> None:
        self.store[key] = (status, headers, b"".join(chunks))
        self.store.move_to_end(key)
        while len(self.store) > self.entries:
            self.store.popitem(last=False)
