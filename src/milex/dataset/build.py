"""Raw publications -> the packaged dataset, deterministically.

Three blocks, as in OWID's etl: load (one reader per publication), process (canonical names
and codes, provenance columns, sanity checks), save (Parquet + CSV + datapackage.json,
swapped in whole so a failed build never leaves a half-written dataset behind).
Building twice from the same files gives byte-identical output.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from milex import table_shapes
from milex.errors import MilexError, SanityCheckError, SourceLayoutError
from milex.reference import alliance, regions
from milex.reference.commitments import COMMITMENTS
from milex.reference.publications import PUBLICATIONS, Publication
from milex.sources import ROW_COLUMNS

PACKAGE_DATA = Path(__file__).parents[1] / "data"
DEFAULT_SOURCES = Path(__file__).resolve().parents[4] / "shared" / "sources"

OBSERVATION_COLUMNS = (
    "source", "edition", "published", "table", "measure", "basis", "unit", "price_base",
    "country", "iso3", "entity", "year", "value", "estimate", "flag", "note", "file", "sheet",
    "cell",
)  # fmt: skip
KEY = ("source", "edition", "table", "measure", "country", "year")
# Measures that are not spending figures: their ``basis`` is empty (GDP and personnel do not
# change with the definition of defence expenditure).
NOT_SPENDING = frozenset(
    {"gdp_usd_current", "gdp_usd_constant", "gdp_per_capita_usd_constant", "personnel"}
)
BASIS_DESCRIPTION = (
    "What the spending figure measures, as defined by its publication: 'defence expenditure' "
    "(NATO editions up to 2025), 'core defence expenditure' (NATO's 2026 edition: the part "
    "counting towards The Hague's 3.5% of GDP, for every year it covers) or 'military "
    "expenditure' (SIPRI's broader definition). Empty for GDP and personnel. Figures on "
    "different bases are different measurements: a change between them is a change of "
    "definition, not a revision."
)
FIELD_DESCRIPTIONS = {
    "basis": BASIS_DESCRIPTION,
    "entity": regions.ENTITY_DESCRIPTION,
    "flag": "How the publisher marks the figure: NATO's 'e' (estimate); SIPRI's 'estimate' "
    "(blue) and 'highly uncertain' (red) for countries, and 'more than 10% estimated' (red) "
    "for a regional total of which more than 10% is SIPRI's estimate for countries without "
    "data. `estimate` is true for every one of them.",
}


# ---------------------------------------------------------------- load
def _reader(name: str) -> Callable:
    # Imported here: readers pull in openpyxl, which nothing else at run time needs.
    if name == "nato_workbook":
        from milex.sources.nato import read_nato_workbook

        return lambda path, pub: read_nato_workbook(path, edition=pub.edition, file_label=pub.path)
    if name == "nato_csv":
        from milex.sources.nato import read_nato_csv_tables

        return lambda path, pub: read_nato_csv_tables(
            path, edition=pub.edition, folder_label=pub.path
        )
    if name == "sipri_workbook":
        from milex.sources.sipri import read_sipri_workbook

        return lambda path, pub: read_sipri_workbook(path, edition=pub.edition, file_label=pub.path)
    if name in ("nato_2019_conversion", "nato_2026_conversion"):
        from milex.sources import conversions

        read = getattr(conversions, f"read_{name}")
        return lambda path, pub: read(path, edition=pub.edition, file_label=pub.path)
    raise ValueError(f"no reader called {name!r}")


def load(sources: Path, progress: Callable[[str], None] = lambda msg: None) -> pd.DataFrame:
    """Read every held publication from the sources folder into one long frame."""
    sources = Path(sources)
    if not sources.is_dir():
        raise MilexError(
            f"sources folder not found: {sources} (pass --sources pointing at the folder that "
            "holds nato-2024/, nato-2025/ and sipri/)"
        )
    frames = []
    for pub in PUBLICATIONS:
        path = sources / pub.path
        if not path.exists():
            raise MilexError(f"{pub.source} {pub.edition} edition not found: {path}")
        progress(f"reading {pub.source} {pub.edition} ({pub.path})")
        try:
            rows = _reader(pub.reader)(path, pub)
        except MilexError:
            raise
        except Exception as exc:  # a damaged file: a zip, deflate or text encoding broken
            raise SourceLayoutError(
                pub.path, None, None, f"cannot be read ({type(exc).__name__}: {exc})"
            ) from None
        frames.append(stamped(rows, pub))
    return pd.concat(frames, ignore_index=True)


def stamped(rows: pd.DataFrame, pub: Publication) -> pd.DataFrame:
    """A reader's rows with their publication's date and basis."""
    if list(rows.columns) != list(ROW_COLUMNS):
        raise MilexError(f"reader {pub.reader} returned columns {list(rows.columns)}")
    return rows.assign(
        published=pub.published.isoformat(),
        basis=[("" if m in NOT_SPENDING else pub.basis) for m in rows["measure"]],
    )


# ---------------------------------------------------------------- process
def _canonical_country(source: str, label: str) -> tuple[str, str | None]:
    """Canonical name and ISO3 (or aggregate or region code) for a publisher's label."""
    from milex.errors import UnknownAlly

    if source == "SIPRI" and label in regions.BY_NAME:  # only the regional sheet has these
        return label, regions.BY_NAME[label].code
    try:
        code = alliance.resolve(label)
        return alliance.name_of(code), code
    except UnknownAlly:
        if source == "NATO":
            raise MilexError(f"NATO label {label!r} is not an ally or aggregate") from None
    return label, _sipri_iso3(label)


def _sipri_iso3(name: str) -> str | None:
    from milex.sources.countries import iso3_for

    return iso3_for(name)


def process(raw: pd.DataFrame) -> pd.DataFrame:
    """Canonical names and codes, column order, stable sort."""
    labels = raw[["source", "country"]].drop_duplicates()
    mapping = {
        (s, c): _canonical_country(s, c) for s, c in labels.itertuples(index=False, name=None)
    }
    names = [mapping[(s, c)] for s, c in zip(raw["source"], raw["country"], strict=True)]
    out = raw.copy()
    out["country"] = [n for n, _ in names]
    out["iso3"] = [code for _, code in names]
    out["entity"] = [regions.entity(name, code) for name, code in names]
    out["edition"] = out["edition"].astype("int16")
    out["year"] = out["year"].astype("int16")
    out["value"] = out["value"].astype("float64")
    out["estimate"] = out["estimate"].astype(bool)
    out = out[list(OBSERVATION_COLUMNS)]
    return out.sort_values(list(KEY), kind="stable").reset_index(drop=True)


# Known oddities of the sources: (source, edition, measure, country, year) -> why it is allowed.
# Keep this list short; every entry is a fact about the publication, not about milex.
ALLOWLIST: dict[tuple, str] = {
    ("SIPRI", 2025, "share_of_gdp", "Kuwait", 1991): (
        "117% of GDP: Kuwait's GDP collapsed under the Iraqi occupation while war spending ran on"
    ),
    **{
        ("SIPRI", 2025, "spending_usd_constant", region, 1991): (
            "SIPRI prints '. .' for 1991, the year the USSR broke up: no total it deems reliable"
        )
        for region in ("World", "Europe", "Eastern Europe")
    },
    ("NATO", 2025, "personnel", "NATO Total", 2025): (
        "the 2025 edition has no 2025 personnel figure for the United States, France or the "
        "UK, yet prints a NATO Total equal to NATO Europe and Canada"
    ),
    ("NATO", 2026, "table 5", "Iceland", None): (
        "the conversion of the 2026 workbook we hold has no Iceland rows at all"
    ),
    ("NATO", 2026, "table 6", "Iceland", None): (
        "the conversion of the 2026 workbook we hold has no Iceland rows at all"
    ),
}

SHARE_BOUNDS = {  # (source, measure) -> (low, high); outside is a violation
    ("NATO", "share_of_gdp"): (0.0, 10.0),
    ("NATO", "equipment_share"): (0.0, 100.0),
    ("NATO", "personnel_share"): (0.0, 100.0),
    ("NATO", "infrastructure_share"): (0.0, 100.0),
    ("NATO", "other_share"): (0.0, 100.0),
    ("SIPRI", "share_of_gdp"): (0.0, 100.0),
    ("SIPRI", "share_of_government_spending"): (0.0, 100.0),
}
# Tables in which NATO prints every ally with armed forces (Iceland only in 5 and 6).
ALLY_TABLES = {"1", "2", "3", "5", "6", "7", "8", "8a", "8b"}
# Measures where NATO Total = NATO Europe and Canada + United States.
ADDITIVE = ("spending_usd_current", "spending_usd_constant", "gdp_usd_current", "personnel")


def _violations(obs: pd.DataFrame, publications=PUBLICATIONS):
    """Yield (key, message) for every rule broken; key = (source, edition, measure, country, year).

    publications: the editions the observations come from (an update adds its own)."""
    dup = obs[obs.duplicated(list(KEY), keep=False)]
    for key, _ in dup.groupby(list(KEY), sort=True):
        yield None, f"duplicate key {key}"

    for (source, measure), (low, high) in SHARE_BOUNDS.items():
        rows = obs[(obs["source"] == source) & (obs["measure"] == measure)]
        for r in rows[~rows["value"].between(low, high)].itertuples():
            yield (
                (source, r.edition, measure, r.country, r.year),
                f"{source} {r.edition} {measure} {r.country} {r.year} = {r.value} outside [{low}, {high}]",
            )

    nato = obs[obs["source"] == "NATO"]
    categories = nato[nato["measure"].isin(["equipment_share", "personnel_share",
                                            "infrastructure_share", "other_share"])]  # fmt: skip
    sums = categories.groupby(["edition", "country", "year"])["value"].agg(["sum", "count"])
    for (edition, country, year), row in sums.iterrows():
        if row["count"] == 4 and abs(row["sum"] - 100.0) > 0.5:
            yield (
                ("NATO", edition, "category shares", country, year),
                f"NATO {edition} category shares of {country} {year} add to {row['sum']:.2f}",
            )

    totals = nato[nato["measure"].isin(ADDITIVE)].pivot_table(
        index=["edition", "measure", "year"], columns="iso3", values="value"
    )
    for (edition, measure, year), row in totals.iterrows():
        if pd.isna(row.get("NATO")):
            continue
        parts = row.get("NATO_EC") + row.get("USA")
        if pd.isna(parts) or abs(row["NATO"] - parts) > 1e-4 * row["NATO"]:
            yield (
                ("NATO", edition, measure, "NATO Total", year),
                f"NATO {edition} {measure} {year}: NATO Total {row['NATO']:.1f} is not NATO Europe "
                f"and Canada + United States ({parts:.1f})",
            )

    for pub in (p for p in publications if p.source == "NATO"):
        # Allies at the cut-off: the 2019 edition has 29, the 2026 edition 32.
        armed = {a.name for a in alliance.members(pub.published) if a.has_armed_forces}
        ed = nato[nato["edition"] == pub.edition]
        for table in sorted(set(ed["table"]) & ALLY_TABLES):
            present = set(ed.loc[ed["table"] == table, "country"])
            expected = armed | ({"Iceland"} if table in {"5", "6"} else set())
            for name in sorted(expected - present):
                yield (
                    ("NATO", pub.edition, f"table {table}", name, None),
                    f"NATO {pub.edition} table {table}: {name} missing",
                )
            if "Iceland" in present and table not in {"5", "6"}:
                yield None, f"NATO {pub.edition} table {table}: Iceland has spending rows"
        last_years = {pub.edition - 1, pub.edition}
        wrong = ed[(ed["estimate"] != ed["year"].isin(last_years))
                   & (ed["measure"] != "real_change_since_2014")]  # fmt: skip
        for r in wrong.itertuples():
            yield (
                None,
                f"NATO {pub.edition} {r.measure} {r.country} {r.year}: estimate flag {r.estimate}",
            )

    for message in table_shapes.violations(nato, publications):
        yield None, message
    yield from table_shapes.region_violations(obs[obs["source"] == "SIPRI"])


def sanity_violations(obs: pd.DataFrame, publications=PUBLICATIONS) -> list[str]:
    """Every rule the dataset breaks, one line each, less the allowlisted oddities."""
    return [m for key, m in _violations(obs, publications) if key not in ALLOWLIST]


def check(obs: pd.DataFrame, publications=PUBLICATIONS) -> None:
    """Raise SanityCheckError listing every violation."""
    problems = sanity_violations(obs, publications)
    if problems:
        raise SanityCheckError(problems)


# ---------------------------------------------------------------- save
def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _schema(frame: pd.DataFrame) -> dict:
    kinds = {"int": "integer", "float": "number", "bool": "boolean"}
    fields = []
    for name, dtype in frame.dtypes.items():
        kind = next((v for k, v in kinds.items() if str(dtype).startswith(k)), "string")
        field = {"name": name, "type": kind}
        if name in FIELD_DESCRIPTIONS:
            field["description"] = FIELD_DESCRIPTIONS[name]
        fields.append(field)
    return {"fields": fields}


def _input_hashes(sources: Path, pub: Publication) -> list[dict]:
    path = sources / pub.path
    files = sorted(path.glob("*.csv")) if path.is_dir() else [path]
    files = [f for f in files if not f.name.endswith("_long.csv")]
    return [
        {"path": f"{pub.path.split('/')[0]}/{f.name}", "hash": f"sha256:{_sha256(f)}"}
        for f in files
    ]


def save(
    obs: pd.DataFrame,
    out: Path,
    publications: tuple[Publication, ...] | list[Publication],
    inputs: dict[str, list[dict]],
    extra: dict[str, bytes] | None = None,
) -> Path:
    """Write the dataset into a fresh folder, then swap it in place of ``out``.

    publications: the editions the observations come from; inputs: each one's raw files
    (path and sha256, by publication id); extra: further files to keep (name -> bytes).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".milex-build-", dir=out.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; the data are read by every user
    try:
        table = pa.Table.from_pandas(obs, preserve_index=False)
        pq.write_table(table, staging / "observations.parquet", compression="zstd")
        resources = [("observations", "observations.parquet", obs)]
        for name, frame in (
            ("allies", pd.DataFrame([a.as_record() for a in alliance.ALLIES])),
            ("commitments", pd.DataFrame([c.as_row() for c in COMMITMENTS])),
            ("editions", pd.DataFrame([p.as_record() for p in publications])),
        ):
            frame.to_csv(staging / f"{name}.csv", index=False, lineterminator="\n")
            resources.append((name, f"{name}.csv", frame))
        for name, content in (extra or {}).items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            (staging / name).write_bytes(content)
        nato = [p for p in publications if p.source == "NATO"]
        sipri = [p for p in publications if p.source == "SIPRI"]

        package = {
            "profile": "data-package",
            "name": "milex",
            "title": "Defence expenditure of NATO allies (NATO editions) and SIPRI's series",
            "licenses": [
                {"name": "NATO terms", "title": nato[0].terms, "path": nato[0].url},
                {"name": "SIPRI terms", "title": sipri[-1].terms, "path": sipri[-1].url},
                MAP_LICENCE,
            ],
            "sources": [
                {
                    "id": p.id,
                    "title": f"{p.source} {p.edition}: {p.title}",
                    "path": p.url,
                    "published": p.published.isoformat(),
                    "basis": p.basis,
                    "held_as": p.covers,
                    "files": inputs[p.id],
                }
                for p in publications
            ]
            + [MAP_SOURCE],
            "resources": [
                {
                    "name": name,
                    "path": path,
                    "format": path.rsplit(".", 1)[1],
                    "bytes": (staging / path).stat().st_size,
                    "hash": f"sha256:{_sha256(staging / path)}",
                    "schema": _schema(frame),
                }
                for name, path, frame in resources
            ],
        }
        (staging / "datapackage.json").write_text(
            json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        _swap(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out


# The dashboard's map (src/milex/web/static/vendor/allies-map.json, made by
# scripts/build_web_assets.py) ships with the package: its shapes are credited here too.
MAP_LICENCE = {
    "name": "ISC",
    "title": "Map shapes: Natural Earth 1:50m countries (public domain), through the world-atlas "
    "npm package 2.0.2 (ISC licence, copyright Michael Bostock)",
    "path": "https://github.com/topojson/world-atlas/blob/master/LICENSE",
}
MAP_SOURCE = {
    "title": "Natural Earth admin-0 countries 1:50m, via world-atlas 2.0.2 (dashboard map only)",
    "path": "https://www.naturalearthdata.com/",
    "held_as": "web/static/vendor/allies-map.json: allies and neighbours, simplified, keyed by "
    "ISO 3166 alpha-3 (scripts/build_web_assets.py)",
}


def _swap(staging: Path, out: Path) -> None:
    """Put the new dataset in place of `out`, carrying over every file the build did not
    write (the package folder's Python files, anything else kept there)."""
    if out.is_dir():
        for path in out.iterdir():
            if (staging / path.name).exists() or path.name.startswith(".milex-build-"):
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.copytree(path, staging / path.name, symlinks=True)
            else:
                shutil.copy2(path, staging / path.name, follow_symlinks=False)
    aside = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
    if out.exists():
        os.replace(out, aside / out.name)
    os.replace(staging, out)
    shutil.rmtree(aside, ignore_errors=True)


def build(
    sources: Path | str = DEFAULT_SOURCES,
    out: Path | str = PACKAGE_DATA,
    progress: Callable[[str], None] = lambda msg: None,
    force: bool = False,
) -> pd.DataFrame:
    """Build the packaged dataset from the raw publications; returns the observations.

    out: a dataset folder (rebuilt), an empty or new folder, or with force any folder (files
    the build does not write are kept).
    """
    from milex import outputs

    sources, out = Path(sources), Path(out)
    if not (out / "datapackage.json").is_file():  # not a dataset: never over a user's files
        outputs.target(out, force, folder=True)
    raw = load(sources, progress)
    progress("naming countries and checking the data")
    obs = process(raw)
    check(obs)
    progress(f"writing {len(obs):,} observations to {out}")
    save(obs, out, PUBLICATIONS, {p.id: _input_hashes(sources, p) for p in PUBLICATIONS})
    from milex import dataset

    dataset.clear_cache()
    return obs
