"""Load the packaged dataset and query it: every figure with its source and edition.

>>> import milex
>>> milex.observations("share_of_gdp", "Poland", years=2024, edition=2024)["value"].round(2).tolist()
[4.12]
"""

from __future__ import annotations

import difflib
import hashlib
import json
from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd

from milex.errors import BadParameter, CorruptDataError, NoData, UnknownName
from milex.reference import alliance
from milex.reference import publications as pubs

DATA = Path(__file__).parents[1] / "data"

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
    path = DATA / "datapackage.json"
    if not path.exists():
        raise CorruptDataError(
            f"no dataset at {DATA}: build it with `milex data build --sources DIR`"
        )
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise CorruptDataError(f"datapackage.json is not valid JSON ({exc})") from None


def _resource(name: str) -> dict:
    for res in package()["resources"]:
        if res["name"] == name:
            return res
    raise CorruptDataError(f"datapackage.json lists no resource {name!r}")


@cache
def table(name: str) -> pd.DataFrame:
    """A packaged table ("observations", "allies", "commitments", "editions"), checksum-verified."""
    res = _resource(name)
    path = DATA / res["path"]
    if not path.exists():
        raise CorruptDataError(f"{path.name} is missing from the dataset at {DATA}")
    _verify(path, res["hash"])
    try:
        if res["format"] == "parquet":
            import pyarrow.parquet as pq

            return pq.read_table(path).to_pandas()
        return pd.read_csv(path, keep_default_na=False, na_values=[""])
    except Exception as exc:  # a file that passed its checksum but cannot be parsed
        raise CorruptDataError(f"cannot read {path.name}: {exc}") from None


def clear_cache() -> None:
    package.cache_clear()
    table.cache_clear()
    _sipri_names.cache_clear()


@cache
def _sipri_names() -> dict[str, str]:
    obs = table("observations")
    names = obs.loc[obs["source"] == "SIPRI", "country"].unique()
    return {alliance._fold(n): n for n in names}


def _countries(country) -> list[str]:
    """Canonical country names for names, codes or aliases (allies, aggregates, SIPRI names)."""
    wanted = [country] if isinstance(country, str) else list(country)
    out = []
    for name in wanted:
        try:
            out.append(alliance.name_of(alliance.resolve(name)))
        except UnknownName:
            sipri = _sipri_names().get(alliance._fold(str(name)))
            if sipri is None:
                raise
            out.append(sipri)
    return out


def _years(years) -> tuple[int, int] | list[int]:
    if years is None:
        return (-10_000, 10_000)
    if isinstance(years, int):
        return [years]
    if isinstance(years, str):
        text = years.strip()
        try:
            if "-" in text[1:]:
                start, end = text.split("-", 1)
                return (int(start), int(end))
            return [int(text)]
        except ValueError:
            raise BadParameter(
                f"years: {years!r} is not a year or a range like 2014-2024"
            ) from None
    if isinstance(years, range):
        return list(years)
    if isinstance(years, tuple) and len(years) == 2:
        return (int(years[0]), int(years[1]))
    return [int(y) for y in years]


def _check_measures(measure) -> list[str]:
    wanted = [measure] if isinstance(measure, str) else list(measure)
    for m in wanted:
        if m not in MEASURES:
            raise UnknownName("measure", m, difflib.get_close_matches(m, list(MEASURES), n=3))
    return wanted


def _editions(source: str, edition, as_of) -> list[int]:
    if edition is not None and as_of is not None:
        raise BadParameter("give either edition or as_of, not both")
    if as_of is not None:
        return [pubs.edition_as_of(as_of, source).edition]
    if edition is None:
        return [pubs.latest(source).edition]
    if str(edition).lower() == "all":
        return [p.edition for p in pubs.publications(source)]
    try:
        return [pubs.publication(source, int(edition)).edition]
    except ValueError:
        raise BadParameter(f"edition: {edition!r} is not a year (e.g. 2024) or 'all'") from None


def observations(
    measure: str | Iterable[str] | None = None,
    country: str | Iterable[str] | None = None,
    years: int | str | tuple[int, int] | Iterable[int] | None = None,
    edition: int | str | None = None,
    as_of: date | str | None = None,
    source: str = "NATO",
) -> pd.DataFrame:
    """Figures with their provenance, as a tidy DataFrame (one row per published number).

    measure: one of MEASURES or a list. country: ally name, ISO3 code, alias ("Turkey",
    "UK"), aggregate ("NATO Total"), or for SIPRI any country SIPRI names. years: 2024,
    "2014-2024", (2014, 2024) or a list. edition: a year, "all", or None for the latest.
    as_of: a date; selects the latest edition published on or before it.
    source: "NATO" (default), "SIPRI" or "all".

    Missing figures are simply absent: nothing is filled in.
    """
    obs = table("observations")
    sources = ["NATO", "SIPRI"] if str(source).lower() == "all" else [pubs.latest(source).source]
    if str(source).lower() == "all" and edition not in (None, "all"):
        raise BadParameter("with source='all' give as_of or no edition (each source has its own)")
    mask = pd.Series(False, index=obs.index)
    for src in sources:
        mask |= (obs["source"] == src) & obs["edition"].isin(_editions(src, edition, as_of))
    if measure is not None:
        mask &= obs["measure"].isin(_check_measures(measure))
    if country is not None:
        mask &= obs["country"].isin(_countries(country))
    span = _years(years)
    if isinstance(span, tuple):
        mask &= obs["year"].between(*span)
    else:
        mask &= obs["year"].isin(span)
    return obs.loc[mask].reset_index(drop=True)


def value(
    measure: str, country: str, year: int, edition=None, as_of=None, source: str = "NATO"
) -> pd.Series:
    """The single row for one measure, country, year and edition; NoData when there is none."""
    rows = observations(measure, country, [year], edition=edition, as_of=as_of, source=source)
    if rows.empty:
        ed = _editions(source, edition, as_of)[0]
        raise NoData(f"{source} {ed} edition has no {measure} for {country} in {year}")
    return rows.iloc[0]


def allies(as_of: date | str | None = None) -> pd.DataFrame:
    """Members of the alliance at a date (default: today), with codes and accession dates."""
    return pd.DataFrame([a.as_record() for a in alliance.members(as_of)])


def editions(source: str | None = None) -> pd.DataFrame:
    """The publications held: source, edition, date, what they cover, how to cite them."""
    return pd.DataFrame([p.as_record() for p in pubs.publications(source)])


def measures() -> pd.DataFrame:
    return pd.DataFrame({"measure": list(MEASURES), "description": list(MEASURES.values())})
