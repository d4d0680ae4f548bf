"""The claim checker on the web: paste or upload an article, see each figure judged.

POST /check (a form: text or a file, and the article's date) answers a page with the article
annotated claim by claim; GET /check?text=... does the same for a short text, so a check can
be linked to. POST /api/check takes JSON ({"text": ..., "date": ...}) or the article itself
as text/plain or text/html, and answers the checker's own JSON report. Nothing is fetched from
the network: a URL in the text is only text. Everything shown back is escaped by the
templates; the article's own markup never reaches the page.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import date
from functools import partial
from typing import Annotated

from fastapi import APIRouter, File, Form, Query, UploadFile
from fastapi import Path as PathParam
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from milex.dataset.selection import as_date
from milex.errors import BadParameter
from milex.web.errors import WebError
from milex.web.params import Format
from milex.web.render import show, with_twins
from milex.web.results import Result, requested_format

log = logging.getLogger("milex.web")
pages = APIRouter(tags=["pages"])
api = APIRouter(prefix="/api", tags=["claims"])

LABELS = {
    "supported": "supported",
    "contradicted": "contradicted",
    "unverifiable": "unverifiable",
}


async def check(request: Request, text: str | bytes, day: date | None) -> Result:
    """milex.check on one article, in a worker process with a deadline (see check_pool):
    the report, its claims as a table, the counts."""
    if not (text.strip() if isinstance(text, str) else text.strip()):
        raise BadParameter("text: the article is empty; paste its text or choose a file")
    report = await request.app.state.check_pool.check(text, day, request.is_disconnected)
    return await run_in_threadpool(_result, report, day)


def _result(report, day: date | None) -> Result:
    document = report.to_dict()
    facts = {**document["article"], **document["summary"]}
    query = {"date": day}
    tables = {"claims": report.to_frame()}
    return Result(
        "Claims checked", query, tables, facts, list(report.notes), {"report": report}, document
    )


def annotate(report) -> list[dict]:
    """The article's text cut into plain runs and claim runs, in order, for the template.

    Claims that overlap an earlier one are listed below the article but not marked twice.
    """
    text = report.article.text
    pieces, at = [], 0
    order = sorted(range(len(report.claims)), key=lambda i: report.claims[i].claim.start)
    for i in order:
        c = report.claims[i]
        start, end = c.claim.start, c.claim.end
        if start < at or end <= start or end > len(text):
            continue
        if start > at:
            pieces.append({"text": text[at:start]})
        pieces.append({"text": text[start:end], "claim": i + 1, "verdict": c.verdict})
        at = end
    pieces.append({"text": text[at:]})
    return pieces


def _day(value: object) -> date | None:
    if value is None or (isinstance(value, str) and value.strip() == ""):
        return None
    if not isinstance(value, str):
        raise BadParameter(f"date: send a string YYYY-MM-DD, not {type(value).__name__}")
    return as_date(value, "date")


def _kept(text: str, day: date | None) -> str | None:
    """The permalink key of a checked article, or None when the store cannot be written."""
    from milex.web import permalinks

    try:
        return permalinks.keep(text, day)
    except (OSError, sqlite3.Error) as exc:
        log.warning("checked article not stored for a permalink: %s", exc)
        return None


def _page(request: Request, result: Result | None, submitted: str = "", day=None, key=None):
    if result is None:
        empty = Result("Check an article", {"date": day})
        return show(request, empty, "check.html", lambda r: {"submitted": "", "report": None})

    def drawn(r):
        report = r.objects["report"]
        return {
            "submitted": submitted,
            "report": report,
            "pieces": annotate(report),
            "labels": LABELS,
            "permalink": f"/check/{key}" if key else None,
        }

    return show(request, result, "check.html", drawn)


@pages.get("/check", summary="Claim checker")
@pages.head("/check", include_in_schema=False)
@pages.get("/check.json", include_in_schema=False)
@pages.get("/check.csv", include_in_schema=False)
async def check_form(
    request: Request,
    text: Annotated[
        str | None, Query(max_length=4000, description="a short text to check (else a form)")
    ] = None,
    date: Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")] = None,
    fmt: Format = None,
):
    """The checker's form; with ?text= (and ?date=) the check of that text, linkable."""
    day = _day(date)
    if text is None or not text.strip():
        if requested_format(request, "html") != "html":
            raise BadParameter("text: give the text to check (?text=...) or POST an article")
        return _page(request, None, day=day)
    result = await check(request, text, day)
    return _page(request, result, text, day, await run_in_threadpool(_kept, text, day))


@pages.post("/check", summary="Check a pasted or uploaded article")
@pages.post("/check.json", include_in_schema=False)
@pages.post("/check.csv", include_in_schema=False)
async def check_submitted(
    request: Request,
    text: Annotated[str, Form(description="the article's text or HTML")] = "",
    date: Annotated[str, Form(max_length=10, description="YYYY-MM-DD")] = "",
    file: Annotated[UploadFile | None, File(description="an article as .txt or .html")] = None,
    fmt: Format = None,
):
    """Check the article from the form (a file, when one is chosen, wins over the text)."""
    day = _day(date)
    data: str | bytes = text
    if file is not None and file.filename:
        data = await file.read()
    result = await check(request, data, day)
    shown = data if isinstance(data, str) else data.decode("utf-8", errors="replace")
    key = await run_in_threadpool(_kept, shown, day)
    return _page(request, result, shown, day, key)


Key = Annotated[str, PathParam(pattern="^[0-9a-f]{64}$", description="a checked article's key")]


def _stored(key: str) -> tuple[str, date | None]:
    from milex.web import permalinks

    found = permalinks.find(key)
    if found is None:
        raise WebError(404, "no checked article is stored under this link", "key")
    return found


@with_twins(pages, "/check/{key}", default="html", summary="A checked article, by permalink")
async def check_permalink(request: Request, key: Key, fmt: Format = None):
    """A stored article checked again: the same verdicts, as a page, JSON or CSV."""
    text, day = await run_in_threadpool(_stored, key)
    return _page(request, await check(request, text, day), text, day, key)


@pages.get("/check/{key}/claimreview.json", summary="A checked article as ClaimReview")
async def check_claimreview(request: Request, key: Key):
    """schema.org ClaimReview JSON-LD, one object per claim, for fact-checking platforms."""
    from starlette.responses import JSONResponse

    text, day = await run_in_threadpool(_stored, key)
    report = (await check(request, text, day)).objects["report"]
    disposition = f'attachment; filename="milex-check-{key[:12]}-claimreview.json"'
    return JSONResponse(report.to_claimreview(), headers={"Content-Disposition": disposition})


_CHECK_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string", "description": "article text or HTML"},
                        "date": {"type": "string", "format": "date"},
                    },
                }
            },
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        },
    }
}


@api.post("/check", summary="Check an article's figures", openapi_extra=_CHECK_BODY)
@api.post("/check.json", include_in_schema=False)
@api.post("/check.csv", include_in_schema=False)
async def check_api(
    request: Request,
    date: Annotated[
        str | None, Query(max_length=10, description="YYYY-MM-DD, for a text/plain body")
    ] = None,
    fmt: Format = None,
):
    """Claims and verdicts for an article: JSON {"text": ..., "date": ...}, or the article
    itself as text/plain or text/html. Answers the checker's JSON report (or CSV of claims).
    """
    body = await request.body()
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    day = _day(date)
    if kind == "application/json":
        try:
            sent = await run_in_threadpool(json.loads, body)  # 2 MB: not on the event loop
        except ValueError as exc:
            raise BadParameter(f"body: not valid JSON ({exc})") from None
        if not isinstance(sent, dict) or not isinstance(sent.get("text"), str):
            raise BadParameter('text: send {"text": "...", "date": "YYYY-MM-DD"}')
        article: str | bytes = sent["text"]
        day = _day(sent.get("date")) if sent.get("date") is not None else day
    elif kind in ("text/plain", "text/html", ""):
        article = body
    else:
        raise BadParameter(
            f"body: content type {kind!r} is not accepted; send application/json, "
            "text/plain or text/html"
        )
    result = await check(request, article, day)
    # up to 1,000 claims to serialise: in the threadpool, not on the event loop
    return await run_in_threadpool(partial(show, request, result, default="json"))
