"""Build the dashboard's vendored assets in src/milex/web/static/vendor/ (served by our own server).

- vega.js: Vega, Vega-Lite and Vega-Embed in one file, from vl-convert's javascript_bundle()
  (the same library versions that draw the server-side SVG, so both renderings agree).
- allies-map.json: the allies' map shapes, from world-atlas.

world-atlas (npm, ISC licence, by Mike Bostock) ships Natural Earth's countries (public domain)
as TopoJSON. We keep the allies and the countries around them, drop overseas parts far from
the North Atlantic (Hawaii, French Guiana...), simplify the arcs and key each country by its
ISO 3166 alpha-3 code, so the web pages join it to the data without a lookup table.

    python scripts/build_web_assets.py               # fetches world-atlas@2.0.2 with `npm pack`
    python scripts/build_web_assets.py --atlas countries-50m.json

Simplification works on arcs, which neighbouring countries share, so borders stay shared.
The output is deterministic for a given input.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import tarfile
import tempfile
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "src" / "milex" / "web" / "static" / "vendor"
PACKAGE = "world-atlas@2.0.2"
# Neighbours drawn in grey for context (ISO alpha-3); the allies come from milex itself.
CONTEXT = (
    "AUT CHE IRL CYP MLT SRB BIH XKX MDA UKR BLR RUS GEO ARM AZE GRL MEX CUB "
    "MAR DZA TUN LBY EGY SYR IRQ LBN ISR JOR PSE"
).split()
TOLERANCE = 20  # quantised units (about 0.07 degrees of longitude at 50m)
SOUTH_LIMIT = 24.0  # drop polygons whose points all lie south of this latitude


def fetch_atlas(folder: Path) -> Path:
    """countries-50m.json from the world-atlas npm package (through npm's own client)."""
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=folder, check=True,
                   capture_output=True)  # fmt: skip
    tarball = next(folder.glob("world-atlas-*.tgz"))
    with tarfile.open(tarball) as tar:
        tar.extract("package/countries-50m.json", folder, filter="data")
    return folder / "package" / "countries-50m.json"


def absolute_arcs(topology: dict) -> list[list[list[int]]]:
    """Delta-encoded arcs as absolute quantised points."""
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([x, y])
        out.append(points)
    return out


def simplify(points: list[list[int]], tolerance: float) -> list[list[int]]:
    """Douglas-Peucker, keeping both ends (where arcs meet)."""
    if len(points) <= 2:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        worst, at = -1.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if norm == 0:
                d = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            else:
                d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            if d > worst:
                worst, at = d, i
        if at is not None and worst > tolerance:
            keep[at] = True
            stack += [(first, at), (at, last)]
    kept = [p for p, k in zip(points, keep, strict=True) if k]
    # a closed ring needs at least four points to stay a ring
    return kept if len(kept) >= 4 or kept[0] != kept[-1] else points


def iso3_of(numeric: str | None) -> str | None:
    if numeric is None:
        return None
    found = pycountry.countries.get(numeric=numeric)
    return found.alpha_3 if found else None


def polygons(geometry: dict) -> list:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def build(atlas: Path, allies: set[str]) -> dict:
    topology = json.loads(atlas.read_text(encoding="utf-8"))
    arcs = absolute_arcs(topology)
    scale_y, shift_y = topology["transform"]["scale"][1], topology["transform"]["translate"][1]

    def north_enough(polygon) -> bool:
        for ring in polygon:
            for index in ring:
                arc = arcs[index if index >= 0 else ~index]
                if any(p[1] * scale_y + shift_y >= SOUTH_LIMIT for p in arc):
                    return True
        return False

    wanted = allies | set(CONTEXT)
    kept_geometries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name", "")
        code = "XKX" if name == "Kosovo" else iso3_of(geometry.get("id"))
        if code not in wanted:
            continue
        parts = [p for p in polygons(geometry) if north_enough(p)]
        if not parts:
            continue
        kept_geometries.append(
            {
                "type": "MultiPolygon",
                "arcs": parts,
                "id": code,
                "properties": {"name": name, "ally": code in allies},
            }  # fmt: skip
        )
    kept_geometries.sort(key=lambda g: g["id"])
    used = sorted({i if i >= 0 else ~i for g in kept_geometries for p in g["arcs"]
                   for ring in p for i in ring})  # fmt: skip
    renumber = {old: new for new, old in enumerate(used)}
    for geometry in kept_geometries:
        geometry["arcs"] = [
            [[renumber[i] if i >= 0 else ~renumber[~i] for i in ring] for ring in polygon]
            for polygon in geometry["arcs"]
        ]
    new_arcs = []
    for old in used:
        points = simplify(arcs[old], TOLERANCE)
        delta, (px, py) = [], (0, 0)
        for x, y in points:
            delta.append([x - px, y - py])
            px, py = x, y
        new_arcs.append(delta)
    return {
        "type": "Topology",
        "transform": topology["transform"],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": kept_geometries}},
        "arcs": new_arcs,
        "source": "Natural Earth 1:50m admin-0 countries (public domain) through the world-atlas "
        "npm package 2.0.2 (ISC licence, Mike Bostock); reduced by milex's scripts/build_web_assets.py",
    }


def write(path: Path, text: str) -> None:
    """The file and its gzip twin (served as is to browsers that accept gzip)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    for target, body in (
        (path, data),
        (path.with_name(path.name + ".gz"), gzip.compress(data, compresslevel=9, mtime=0)),
    ):
        partial = target.with_name(target.name + ".tmp")
        partial.write_bytes(body)
        os.replace(partial, target)


def build_vega() -> None:
    import vl_convert

    versions = vl_convert.get_vegalite_versions()[-1]
    bundle = vl_convert.javascript_bundle()
    header = (
        f"/* Vega, Vega-Lite ({versions}) and Vega-Embed (BSD-3-Clause, the Vega project, "
        f"University of Washington Interactive Data Lab), bundled by vl-convert "
        f"{vl_convert.__version__} for milex. */\n"
    )
    write(VENDOR / "vega.js", header + bundle)
    print(f"vega.js: {len(bundle):,} bytes (Vega-Lite {versions})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--atlas", type=Path, help="a world-atlas countries-50m.json")
    parser.add_argument("--only", choices=("map", "vega"), help="build one asset only")
    args = parser.parse_args()
    if args.only != "map":
        build_vega()
    if args.only == "vega":
        return
    import milex

    allies = set(milex.allies()["iso3"])
    with tempfile.TemporaryDirectory() as tmp:
        atlas = args.atlas or fetch_atlas(Path(tmp))
        topology = build(atlas, allies)
    out = VENDOR / "allies-map.json"
    text = json.dumps(topology, separators=(",", ":"), sort_keys=True)
    write(out, text)
    held = {g["id"] for g in topology["objects"]["countries"]["geometries"]}
    missing = sorted(allies - held)
    print(f"{out.relative_to(ROOT)}: {len(text):,} bytes, {len(held)} countries, "
          f"{len(topology['arcs'])} arcs; allies without a shape: {missing or 'none'}")  # fmt: skip


if __name__ == "__main__":
    main()
