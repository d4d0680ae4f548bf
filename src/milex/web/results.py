"""What a page or endpoint answers, and the same answer as JSON or CSV.

Every page and API endpoint is built by one data function returning a Result; the HTML
template, the `.json` twin and the `.csv` twin are three renderings of that one object, so
the URL of a page is also the URL of its data.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date, datetime

import pandas as pd
from starlette.requests import Request
from starlette.responses import Response

from milex.errors import BadParameter

FORMATS = ("html", "json", "csv")


@dataclass
class Result:
    """The tables, headline facts and notes one URL shows, with the query that made them.

    tables: name -> DataFrame, the first one being the page's main table (the CSV default).
    facts: scalars worth a headline ("meeting": 23). query: the parameters as understood,
    defaults filled in, so a reader can see which edition answered.
    """

    title: str
    query: dict
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    facts: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # The library's own objects behind the tables (a Projection, a Report), for the page's
    # charts and annotations only; never serialised.
    objects: dict = field(default_factory=dict, repr=False)
    # When the library has its own JSON form of the answer (a claim-check report), the JSON
    # rendering is that document rather than the envelope.
    document: dict | None = None

    def main_table(self) -> str | None:
        return next(iter(self.tables), None)

    def as_dict(self) -> dict:
        return {
            "title": self.title,
            "query": _plain(self.query),
            "facts": _plain(self.facts),
            "notes": list(self.notes),
            "tables": {name: records(frame) for name, frame in self.tables.items()},
        }

    def csv(self, table: str | None = None) -> str:
        name = table or self.main_table()
        if name not in self.tables:
            held = ", ".join(self.tables) or "none"
            raise BadParameter(f"table: this page has no table {table!r}; it has {held}")
        return self.tables[name].to_csv(index=False)


def records(frame: pd.DataFrame) -> list[dict]:
    """DataFrame rows as JSON-ready dicts: NaN and NA become null, dates ISO strings."""
    return json.loads(frame.to_json(orient="records", date_format="iso", force_ascii=False))


def _plain(value):
    """Query and fact values as JSON types (dates as ISO strings, NaN as null)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return value


def requested_format(request: Request, default: str) -> str:
    """The format asked for: a `.json`/`.csv` suffix on the path, else `?format=`, else default."""
    path = request.url.path
    for fmt in ("json", "csv"):
        if path.endswith("." + fmt):
            return fmt
    asked = request.query_params.get("format")
    if asked is None:
        return default
    if asked not in FORMATS:
        raise BadParameter(f"format: {asked!r} is not one of {', '.join(FORMATS)}")
    return asked


def strip_suffix(name: str) -> str:
    """A path segment without its `.json`/`.csv` format suffix ("Poland.json" -> "Poland")."""
    for suffix in (".json", ".csv"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def data_response(result: Result, fmt: str, request: Request) -> Response:
    """The JSON or CSV rendering of a Result (HTML is rendered by the page routes)."""
    if fmt == "csv":
        table = request.query_params.get("table")
        name = table or result.main_table() or "data"
        return Response(
            result.csv(table),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'inline; filename="{name}.csv"'},
        )
    data = _plain(result.document) if result.document is not None else result.as_dict()
    body = json.dumps(data, ensure_ascii=False, allow_nan=False)
    return Response(body, media_type="application/json")
