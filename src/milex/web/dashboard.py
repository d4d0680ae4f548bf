"""The overview's interactive views (map, line chart), as images and as embeddable pages.

`views_for` turns the overview's Result into the Vega-Lite specs the page draws. The same
specs answer `/charts/{name}.svg` and `.png` (downloads, drawn by vl-convert with the title,
the source line and the edition inside the image) and `/embed/{name}` (the view alone, for an
iframe on another site: the one family of routes that may be framed, see guard.py).
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Path
from starlette.requests import Request
from starlette.responses import Response

from milex.web import specs, views
from milex.web.errors import WebError
from milex.web.params import Allies, AsOf, Edition, Year, ally_list
from milex.web.render import templates

router = APIRouter(tags=["pages"])

AGGREGATE_LINES = ("NATO Total", "NATO Europe and Canada")
NAMES = {"share-map": "map", "share-lines": "lines"}
IMAGE_WIDTH = 720


def chosen_allies(result, allies: tuple[str, ...] | None) -> list[str]:
    """The allies whose lines are drawn: those in the URL, else the alliance's two totals."""
    if not allies:
        return list(AGGREGATE_LINES)
    return sorted(set(result.tables["allies"]["ally"]))


def views_for(result, allies: tuple[str, ...] | None) -> dict[str, dict]:
    """The map and line-chart specs of an overview Result, keyed "map" and "lines".

    Their rows are the named dataset `specs.DATASET`, from `rows_for` (sent once per page).
    """
    f = result.facts
    return {
        "map": specs.share_map(f["year"], f["edition"], f["published"], f["measure"]),
        "lines": specs.share_lines(
            chosen_allies(result, allies), f["edition"], f["published"], f["measure"]
        ),
    }


def rows_for(result) -> list[dict]:
    return specs.share_rows(result.tables["shares"])


def complete(spec: dict, rows: list[dict]) -> dict:
    """A spec with its rows inside, as vl-convert or another page needs it."""
    return spec | {"datasets": {specs.DATASET: rows}}


def fixed_width(spec: dict, width: int = IMAGE_WIDTH) -> dict:
    """A spec drawn outside a page (no container to fit): a fixed width, shapes inline."""
    out = copy.deepcopy(spec)
    out["width"] = width
    out["autosize"] = {"type": "pad"}
    for layer in out.get("layer", []):
        data = layer.get("data", {})
        if data.get("url") == specs.MAP_URL:
            layer["data"] = {"values": specs.topology(), "format": data["format"]}
        for step in layer.get("transform", []):
            found = step.get("from", {}).get("data", {})
            if found.get("url") == specs.MAP_URL:
                step["from"]["data"] = {"values": specs.topology(), "format": found["format"]}
    return out


@lru_cache(maxsize=64)
def _image(spec_json: str, fmt: str) -> bytes:
    import vl_convert

    spec = json.loads(spec_json)
    if fmt == "png":
        return vl_convert.vegalite_to_png(spec, scale=2)
    return vl_convert.vegalite_to_svg(spec).encode()


def image(spec: dict, fmt: str) -> bytes:
    """SVG or PNG bytes for a spec (memoised: the data never change while the server runs)."""
    return _image(json.dumps(fixed_width(spec), sort_keys=True), fmt)


def _view(name: str, year, edition, as_of, allies) -> tuple[dict, object]:
    if name not in NAMES:
        raise WebError(404, f"no chart {name!r}; the charts are {', '.join(NAMES)}", "name")
    chosen = ally_list(allies)
    result = views.overview(year, edition, as_of, chosen)
    return complete(views_for(result, chosen)[NAMES[name]], rows_for(result)), result


ChartName = Annotated[str, Path(max_length=40, description="share-map or share-lines")]


@router.get("/charts/{name}.svg", summary="A chart as SVG", response_class=Response)
def chart_svg(name: ChartName, year: Year = None, edition: Edition = None, as_of: AsOf = None,
              allies: Allies = None):  # fmt: skip
    """The chart as an SVG file, with its title, source line and edition in the image."""
    spec, _ = _view(name, year, edition, as_of, allies)
    return _download(image(spec, "svg"), "image/svg+xml", f"milex-{name}.svg")


@router.get("/charts/{name}.png", summary="A chart as PNG", response_class=Response)
def chart_png(name: ChartName, year: Year = None, edition: Edition = None, as_of: AsOf = None,
              allies: Allies = None):  # fmt: skip
    """The chart as a PNG image (twice the pixels of the SVG), with title, source and edition."""
    spec, _ = _view(name, year, edition, as_of, allies)
    return _download(image(spec, "png"), "image/png", f"milex-{name}.png")


def _download(body: bytes, media: str, filename: str) -> Response:
    return Response(
        body,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/embed/{name}", summary="A chart to embed in another page")
def embed(request: Request, name: ChartName, year: Year = None, edition: Edition = None,
          as_of: AsOf = None, allies: Allies = None):  # fmt: skip
    """The interactive chart alone, with its source line and a link back: may be framed."""
    spec, result = _view(name, year, edition, as_of, allies)
    context = {"spec": spec, "name": name, "result": result, "facts": result.facts,
               "title": spec_title(spec, result)}  # fmt: skip
    return templates.TemplateResponse(request, "embed.html", context)


def spec_title(spec: dict, result) -> str:
    text = spec["title"]["text"]
    return text if isinstance(text, str) else f"Defence spending by ally, {result.facts['year']}"
