"""Charts as SVG drawn on the server: Altair specs rendered by vl-convert, no browser script.

Each function takes a table a data function already built and returns SVG markup. Rendering
costs tens of milliseconds, and the data never change while the server runs, so the SVG is
memoised on the spec itself. Estimates are drawn hollow, with a legend,
everywhere a figure can be an estimate.
"""

from __future__ import annotations

import json
from functools import lru_cache

import altair as alt
import pandas as pd

ACTUAL, ESTIMATE = "reported", "estimate"
# Estimates are hollow: white inside a dark outline, so they differ by more than a shade.
_KIND_SCALE = alt.Scale(domain=[ACTUAL, ESTIMATE], range=["#1f4e79", "#ffffff"])
_OUTLINE = {"stroke": "#1f4e79", "strokeWidth": 1.5}
# Chart text stays at 11 px or more (the pages never scale a chart below its drawn size).
_TEXT = {"axis": {"labelFontSize": 12, "titleFontSize": 12},
         "legend": {"labelFontSize": 12, "titleFontSize": 12, "symbolStrokeColor": "#1f4e79"},
         "title": {"fontSize": 14, "subtitleFontSize": 12}, "text": {"fontSize": 12}}  # fmt: skip
_KIND_LEGEND = alt.Legend(title="Figure", orient="top")
_WIDTH = 560


def _kind(estimate) -> str:
    return ESTIMATE if estimate is True or estimate == 1 else ACTUAL


@lru_cache(maxsize=256)
def _svg(spec_json: str) -> str:
    import vl_convert

    svg = vl_convert.vegalite_to_svg(json.loads(spec_json))
    # The SVG goes inline into the page; its XML prologue is not allowed there.
    return svg[svg.find("<svg") :]


def heading(title: str, edition: int, also: str | None = None) -> alt.TitleParams:
    """A chart's title with its source and edition, so that a downloaded image carries them."""
    from milex.web.specs import ESTIMATE_NOTE, source_lines

    lines = [*source_lines(edition, also=also), ESTIMATE_NOTE]
    return alt.TitleParams(title, subtitle=lines, anchor="start", subtitleColor="#444")


def render(chart: alt.TopLevelMixin, title: alt.TitleParams | None = None) -> str:
    """SVG markup for an Altair chart (memoised on its spec), its text at 12 px."""
    if title is not None:
        chart = chart.properties(title=title)
    spec = chart.to_dict()
    config = spec.setdefault("config", {})
    for part, values in _TEXT.items():
        config[part] = {**values, **config.get(part, {})}
    return _svg(json.dumps(spec, sort_keys=True))


def _lines(thresholds: dict[str, float], axis: str) -> alt.Chart:
    """Labelled threshold rules, e.g. {"2%": 2.0, "3.5%": 3.5}, across the plot."""
    frame = pd.DataFrame({"label": list(thresholds), "at": list(thresholds.values())})
    base = alt.Chart(frame)
    rule = base.mark_rule(color="#b22222", strokeDash=[4, 3]).encode(
        **{axis: alt.X("at:Q") if axis == "x" else alt.Y("at:Q")}
    )
    text = base.mark_text(align="left", dx=3, dy=-4, color="#b22222", fontSize=11).encode(
        **{axis: alt.X("at:Q") if axis == "x" else alt.Y("at:Q")},
        text="label:N",
    )
    return rule + text


def count_over_years(counts: pd.DataFrame, edition: int, title=None) -> str:
    """Columns: how many allies met the guideline each year, beside how many allies there were."""
    if counts.empty:
        return ""
    frame = counts[["year", "meeting", "allies", "estimate"]].copy()
    frame["figure"] = frame["estimate"].map(_kind)
    base = alt.Chart(frame).encode(x=alt.X("year:O", title=f"year ({edition} edition)"))
    allies = base.mark_tick(color="#555", thickness=2, size=24).encode(
        y=alt.Y("allies:Q", title="allies")
    )
    meeting = base.mark_bar(size=22, **_OUTLINE).encode(
        y=alt.Y("meeting:Q"),
        color=alt.Color("figure:N", scale=_KIND_SCALE, legend=_KIND_LEGEND),
        tooltip=["year", "meeting", "allies"],
    )
    labels = base.mark_text(dy=-6, fontSize=11).encode(y="meeting:Q", text="meeting:Q")
    return render((meeting + allies + labels).properties(width=_WIDTH, height=220), title)


def series(rows: pd.DataFrame, title: str, thresholds: dict[str, float], heading=None) -> str:
    """One measure over the years, points hollow where the figure is an estimate."""
    rows = rows.dropna(subset=["value"]).copy()
    if rows.empty:
        return ""
    rows["figure"] = rows["estimate"].map(_kind)
    base = alt.Chart(rows).encode(x=alt.X("year:O", title=None))
    line = base.mark_line(color="#1f4e79").encode(y=alt.Y("value:Q", title=title))
    points = base.mark_point(filled=True, size=70, **_OUTLINE).encode(
        y="value:Q",
        color=alt.Color("figure:N", scale=_KIND_SCALE, legend=_KIND_LEGEND),
        tooltip=["year", alt.Tooltip("value:Q", format=".2f"), "figure"],
    )
    layers = line + points
    if thresholds:
        layers = layers + _lines(thresholds, "y")
    return render(layers.properties(width=_WIDTH, height=220), heading)


def by_group(rows: pd.DataFrame, group: str, title: str, thresholds: dict[str, float],
             heading=None) -> str:  # fmt: skip
    """One line per group (an edition, or NATO beside SIPRI) over the years."""
    rows = rows.dropna(subset=["value"]).copy()
    if rows.empty:
        return ""
    rows[group] = rows[group].astype(str)
    base = alt.Chart(rows).encode(
        x=alt.X("year:O", title=None),
        y=alt.Y("value:Q", title=title),
        color=alt.Color(f"{group}:N", legend=alt.Legend(orient="top")),
    )
    layers = base.mark_line() + base.mark_point(filled=True).encode(
        tooltip=[group, "year", alt.Tooltip("value:Q", format=".2f")]
    )
    if thresholds:
        layers = layers + _lines(thresholds, "y")
    return render(layers.properties(width=_WIDTH, height=220), heading)
