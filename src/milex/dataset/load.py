"""Load the packaged dataset, its checksums verified.

pandas is imported when a table is read, not before: what each edition holds and the
checker's figures come from the dataset's index (index.py), which needs no DataFrame.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from milex import datadir
from milex.errors import CorruptDataError
from milex.reference import alliance, regions

if TYPE_CHECKING:
    import pandas as pd

DATA = datadir.PACKAGED  # the packaged dataset; one installed by `milex data update` wins


def data_dir() -> Path:
    """The dataset folder in use: an installed dataset that reads cleanly, else the packaged."""
    folder = datadir.active()[0]
    return DATA if folder == datadir.PACKAGED else folder


# What each measure is; units and price bases travel with every row as well.
MEASURES: dict[str, str] = {
    "share_of_gdp": "defence expenditure as % of GDP (NATO: share of real GDP)",
    "real_change": "annual real change in defence expenditure, %",
    "real_change_since_2014": "real change in defence expenditure since 2014, %",
    "spending_nc_current": "defence expenditure, million national currency, current prices",
    "spending_nc_constant": "defence expenditure, million national currency, constant prices",
    "spending_usd_current": "defence expenditure, million USD, current prices and exchange rates",
    "spending_usd_constant": "defence expenditure, million USD, constant prices and exchange rates",
    "gdp_usd_current": "GDP, million USD, current prices",
    "gdp_usd_constant": "GDP, million USD, constant prices",
    "gdp_per_capita_usd_constant": "GDP per capita, thousand USD, constant prices",
    "spending_per_capita_usd_constant": "defence expenditure per capita, USD, constant prices",
    "personnel": "military personnel, thousands",
    "equipment_share": "equipment (incl. related R&D), % of defence expenditure",
    "personnel_share": "personnel, % of defence expenditure",
    "infrastructure_share": "infrastructure, % of defence expenditure",
    "other_share": "other spending, % of defence expenditure",
    "spending_lcu_current": "SIPRI: military expenditure, local currency units, calendar years",
    "spending_lcu_current_fy": "SIPRI: military expenditure, local currency units, financial years",
    "spending_per_capita_usd_current": "SIPRI: military expenditure per capita, current USD",
    "share_of_government_spending": "SIPRI: military expenditure, % of government spending",
}


def _verify(path: Path, expected: str) -> None:
    digest = "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != expected:
        raise CorruptDataError(
            f"{path.name} does not match its checksum in datapackage.json (expected {expected}, "
            f"found {digest}): the packaged data were altered or damaged. Reinstall milex or "
            "rebuild with `milex data build --sources DIR`."
        )


@cache
def package() -> dict:
    """The datapackage.json descriptor (provenance, licences, checksums)."""
    path = data_dir() / "datapackage.json"
    if not path.exists():
        raise CorruptDataError(
            f"no dataset at {data_dir()}: build it with `milex data build --sources DIR`"
        )
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise CorruptDataError(f"datapackage.json is not valid JSON ({exc})") from None
    resources = descriptor.get("resources") if isinstance(descriptor, dict) else None
    fields = ("name", "path", "hash")
    if not isinstance(resources, list) or not all(
        isinstance(r, dict) and all(isinstance(r.get(k), str) for k in fields) for r in resources
    ):
        raise CorruptDataError(
            "datapackage.json is damaged: it must list resources, each with a name, path and "
            "hash. Reinstall milex or rebuild with `milex data build --sources DIR`."
        )
    for res in resources:
        if Path(res["path"]).name != res["path"]:
            raise CorruptDataError(
                f"datapackage.json is damaged: resource path {res['path'][:80]!r} is not a file "
                "of the dataset folder"
            )
    return descriptor


def _resource(name: str) -> dict:
    for res in package()["resources"]:
        if res["name"] == name:
            return res
    raise CorruptDataError(f"datapackage.json lists no resource {name!r}")


def located(name: str) -> tuple[Path, dict]:
    """The file of a packaged table (not verified yet) and its resource entry."""
    res = _resource(name)
    return data_dir() / res["path"], res


def verified(name: str) -> tuple[Path, dict]:
    """The file of a packaged table, once it matches its checksum, and its resource entry."""
    path, res = located(name)
    if not path.exists():
        raise CorruptDataError(f"{path.name} is missing from the dataset at {data_dir()}")
    _verify(path, res["hash"])
    return path, res


@cache
def table(name: str) -> pd.DataFrame:
    """A packaged table ("observations", "allies", "commitments", "editions"), checksum-verified."""
    import pandas as pd

    path, res = verified(name)
    try:
        if res["format"] == "parquet":
            import pyarrow.parquet as pq

            return pq.read_table(path).to_pandas()
        return pd.read_csv(path, keep_default_na=False, na_values=[""])
    except Exception as exc:  # a file that passed its checksum but cannot be parsed
        raise CorruptDataError(f"cannot read {path.name}: {exc}") from None


def clear_cache() -> None:
    from milex.reference import publications

    datadir.active.cache_clear()
    publications.clear_cache()
    package.cache_clear()
    table.cache_clear()
    sipri_countries.cache_clear()


@cache
def sipri_countries() -> dict[str, str]:
    """SIPRI's country and region names, by their folded spelling (see alliance.fold); its
    regions also by their codes ("SIPRI:EUROPE")."""
    obs = table("observations")
    names = set(obs.loc[obs["source"] == "SIPRI", "country"].unique())
    found = {alliance.fold(n): n for n in names}
    found.update({alliance.fold(r.code): r.name for r in regions.REGIONS if r.name in names})
    return found
