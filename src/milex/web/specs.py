"""Vega-Lite specifications of the overview's interactive views: the map and the line chart.

One spec serves three renderings: the browser draws it with the vendored Vega (static/vendor),
the server draws it with vl-convert as the no-JavaScript fallback, and the download routes
turn it into SVG or PNG. So the title, the source line and the edition are inside the spec,
and reach every image. The state a reader picks (year, allies) is a Vega parameter, set from
the URL by the server and changed in place by static/milex.js.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

import pandas as pd

from milex.web.render import HERE

MAP_URL = "/static/vendor/allies-map.json"
BANDS = (2.0, 3.5, 5.0)
# below 2% · 2 to 3.5% · 3.5 to 5% · 5% and above (a sequential scheme, readable in grey)
BAND_COLOURS = ("#f4d6a8", "#9ecae1", "#3d85c6", "#0b3a6b")
ESTIMATE_NOTE = "(e) NATO estimate: drawn dashed, hollow"
FONT = 12  # chart text never under 11 px, also on a phone (the views are not scaled down)


def source_lines(edition: int, published=None, also: str | None = None) -> list[str]:
    """The source of a chart, in lines short enough for a phone; `also` names a second one."""
    from milex.reference.publications import publication

    pub = publication("NATO", int(edition))
    title = re.sub(r"\s*\(\d{4}-\d{4}\)$", "", pub.title)
    lines = [
        f"Source: NATO, {title},",
        f"{edition} edition, published {published or pub.published}",
    ]
    return lines + ([also] if also else [])


def label(value: float | None, estimate: bool) -> str:
    """A share as people read it: two decimals, with (e) when NATO estimated it."""
    if value is None or pd.isna(value):
        return "no figure"
    return f"{value:.2f}" + (" (e)" if estimate else "")


DATASET = "shares"  # the rows both views draw, sent once per page (a named Vega dataset)


def share_rows(shares: pd.DataFrame) -> list[dict]:
    """Rows for the views: ally, iso3, year, value, estimate and the label shown."""
    rows = shares.dropna(subset=["value"])
    return _with_first_estimates([
        {"ally": r.ally, "iso3": r.iso3, "year": int(r.year), "value": round(float(r.value), 4),
         "estimate": bool(r.estimate), "label": label(r.value, bool(r.estimate)),
         "description": f"{r.ally}, {int(r.year)}: {label(r.value, bool(r.estimate))}% of GDP"}
        for r in rows.itertuples(index=False)
    ])  # fmt: skip


def _config() -> dict:
    return {
        "font": "system-ui, sans-serif",
        "axis": {"labelFontSize": FONT, "titleFontSize": FONT},
        "legend": {"labelFontSize": FONT, "titleFontSize": FONT},
        "title": {"fontSize": 15, "subtitleFontSize": FONT, "anchor": "start"},
        "view": {"stroke": None},
    }


def _title(text: str, edition: int, published, measure: str) -> dict:
    return {
        "text": text,
        "subtitle": [measure, *source_lines(edition, published), ESTIMATE_NOTE],
        "subtitleColor": "#444",
    }


@lru_cache(maxsize=1)
def topology() -> dict:
    """The map shapes shipped with milex (built by scripts/build_web_assets.py)."""
    path = HERE / "static" / "vendor" / "allies-map.json"
    return json.loads(path.read_text(encoding="utf-8"))


def share_map(year: int, edition: int, published, measure: str,
              inline_shapes: bool = False) -> dict:  # fmt: skip
    """Allies coloured by share of GDP in the 2%, 3.5% and 5% bands, for the year chosen.

    inline_shapes: put the shapes into the spec (for vl-convert, which reads no URL here).
    """
    shapes = {"values": topology()} if inline_shapes else {"url": MAP_URL}
    shapes["format"] = {"type": "topojson", "feature": "countries"}
    fill = {
        "field": "value",
        "type": "quantitative",
        "title": "% of GDP",
        "scale": {"type": "threshold", "domain": list(BANDS), "range": list(BAND_COLOURS)},
        "legend": {
            "orient": "bottom",
            "direction": "horizontal",
            "type": "symbol",
            "symbolType": "square",
            "symbolSize": 180,
        },
    }
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "title": _title("", edition, published, measure)
        | {"text": {"expr": "'Defence spending by ally, ' + year"}}
        | {
            "subtitle": [
                measure,
                *source_lines(edition, published),
                ESTIMATE_NOTE,
                "Grey: an ally without a figure",
            ]
        },
        "width": "container",
        "height": 440,
        "autosize": {"type": "fit-x", "contains": "padding"},
        "params": [{"name": "year", "value": year}],
        "projection": {"type": "azimuthalEqualArea", "rotate": [12, -50, 0], "clipAngle": 50},
        "config": _config(),
        "layer": [
            {
                "data": shapes,
                "mark": {"type": "geoshape", "stroke": "#fff", "strokeWidth": 0.5},
                "encoding": {
                    "color": {
                        "condition": {"test": "datum.properties.ally", "value": "#c9c9c9"},
                        "value": "#ececec",
                    }
                },
            },
            {
                "data": {"name": DATASET},
                "transform": [
                    {"filter": "datum.year == year"},
                    {"lookup": "iso3", "from": {"data": shapes, "key": "id"}, "as": "geo"},
                    {"filter": "datum.geo"},
                ],
                "mark": {"type": "geoshape", "stroke": "#fff", "strokeWidth": 0.6},
                "encoding": {
                    "shape": {"field": "geo", "type": "geojson"},
                    "color": fill,
                    "strokeDash": {
                        "condition": {"test": "datum.estimate", "value": [3, 2]},
                        "value": [1, 0],
                    },
                    "stroke": {
                        "condition": {"test": "datum.estimate", "value": "#333"},
                        "value": "#fff",
                    },
                    "tooltip": [
                        {"field": "ally", "title": "Ally"},
                        {"field": "label", "title": f"% of GDP, {year}"},
                    ],
                    "description": {"field": "description"},
                },
            },
        ],
    } | _accessible_map()


def _accessible_map() -> dict:
    return {"description": "Map of the allies coloured by defence spending as a share of GDP"}


def share_lines(chosen: list[str], edition: int, published,
                measure: str) -> dict:  # fmt: skip
    """One line per chosen ally over the years, with the 2% and 3.5% guidelines.

    Estimated years are drawn dashed with hollow points; `chosen` is a Vega parameter.
    """
    series = {
        "transform": [{"filter": "indexof(chosen, datum.ally) >= 0"}],
        "encoding": {
            "x": {
                "field": "year",
                "type": "quantitative",
                "title": None,
                "axis": {"format": "d", "tickMinStep": 1},
            },  # fmt: skip
            "y": {"field": "value", "type": "quantitative", "title": "% of GDP"},
            "color": {
                "field": "ally",
                "type": "nominal",
                "title": None,
                "legend": {"orient": "bottom", "columns": 3},
            },  # fmt: skip
        },
    }
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "title": _title("Defence spending over the years", edition, published, measure),
        "width": "container",
        "height": 320,
        "autosize": {"type": "fit-x", "contains": "padding"},
        "params": [{"name": "chosen", "value": list(chosen)}],
        "config": _config(),
        "data": {"name": DATASET},
        "layer": [
            {"mark": {"type": "rule", "strokeDash": [6, 4], "color": "#b22222"},
             "data": {"values": [{"at": 2.0}, {"at": 3.5}]},
             "encoding": {"y": {"field": "at", "type": "quantitative"}}},
            {"mark": {"type": "text", "align": "left", "dx": 4, "dy": -7, "color": "#b22222",
                      "fontSize": FONT},
             "data": {"values": [{"at": 2.0, "text": "2%"}, {"at": 3.5, "text": "3.5%"}]},
             "encoding": {"y": {"field": "at", "type": "quantitative"},
                          "x": {"value": 0}, "text": {"field": "text"}}},
            series | {"mark": {"type": "line", "strokeWidth": 2},
                      "transform": series["transform"] + [{"filter": "!datum.estimate"}]},
            series | {"mark": {"type": "line", "strokeWidth": 2, "strokeDash": [5, 4]},
                      "transform": series["transform"]
                      + [{"filter": "datum.estimate || datum.last_reported"}]},
            series | {"mark": {"type": "point", "size": 45, "strokeWidth": 2},
                      "encoding": series["encoding"] | {
                          "fill": {"condition": {"test": "datum.estimate", "value": "#fff"},
                                   "field": "ally", "type": "nominal", "legend": None},
                          "tooltip": [{"field": "ally", "title": "Ally"},
                                      {"field": "year", "title": "Year"},
                                      {"field": "label", "title": "% of GDP"}]}},
        ],
    }  # fmt: skip


def _with_first_estimates(rows: list[dict]) -> list[dict]:
    """Mark each ally's last reported year, so the dashed estimate line starts from it."""
    first_estimate: dict[str, int] = {}
    for r in rows:
        if r["estimate"]:
            first_estimate[r["ally"]] = min(first_estimate.get(r["ally"], 9999), r["year"])
    out = []
    for r in rows:
        start = first_estimate.get(r["ally"])
        out.append(r | {"last_reported": start is not None and r["year"] == start - 1})
    return out
