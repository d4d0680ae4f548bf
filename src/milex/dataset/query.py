"""Query the packaged dataset: every figure with its source and edition.

>>> import milex
>>> milex.observations("share_of_gdp", "Poland", years=2024, edition=2024)["value"].round(2).tolist()
[4.12]
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from datetime import date

import pandas as pd

from milex.dataset.load import MEASURES, sipri_countries, table
from milex.dataset.selection import Selection, as_date, select
from milex.errors import BadParameter, NoData, UnknownName
from milex.reference import alliance
from milex.reference import publications as pubs


def _countries(country) -> list[str]:
    """Canonical names for names, codes or aliases (allies, aggregates, SIPRI's countries and
    regions)."""
    wanted = [country] if isinstance(country, str) else list(country)
    out = []
    for name in wanted:
        try:
            out.append(alliance.name_of(alliance.resolve(name)))
        except UnknownName:
            sipri = sipri_countries().get(alliance.fold(str(name)))
            if sipri is None:
                raise
            out.append(sipri)
    return out


def _check_measures(measure) -> list[str]:
    wanted = [measure] if isinstance(measure, str) else list(measure)
    for m in wanted:
        if m not in MEASURES:
            raise UnknownName("measure", m, difflib.get_close_matches(m, list(MEASURES), n=3))
    return wanted


def observations(
    measure: str | Iterable[str] | None = None,
    country: str | Iterable[str] | None = None,
    years: int | str | range | Iterable[int] | None = None,
    edition: int | str | Selection | None = None,
    as_of: date | str | None = None,
    source: str = "NATO",
) -> pd.DataFrame:
    """Figures with their provenance, as a tidy DataFrame (one row per published number).

    measure: one of MEASURES or a list. country: ally name, ISO3 code, alias ("Turkey",
    "UK"), aggregate ("NATO Total"), or for SIPRI any country SIPRI names and its world and
    regional totals ("World", "Western Europe" or the code "SIPRI:WESTERN_EUROPE";
    column ``entity`` says which rows are countries). years: 2024,
    "2014-2024", range(2014, 2025) or a list of years. edition: a year, "all", or None for
    the latest (or a Selection, see milex.dataset.selection). as_of: a date; selects the
    latest edition published on or before it. source: "NATO" (default), "SIPRI" or "all".

    Missing figures are simply absent: nothing is filled in.
    """
    obs = table("observations")
    if str(source).lower() == "all":
        if edition not in (None, "all"):
            raise BadParameter(
                "with source='all' give as_of or no edition (each source has its own)"
            )
        chosen = [select(edition, as_of=as_of, years=years, source=s) for s in ("NATO", "SIPRI")]
    else:
        chosen = [select(edition, as_of=as_of, years=years, source=source)]
    mask = pd.Series(False, index=obs.index)
    for sel in chosen:
        mask |= (obs["source"] == sel.source) & obs["edition"].isin(sel.editions)
    if measure is not None:
        mask &= obs["measure"].isin(_check_measures(measure))
    if country is not None:
        mask &= obs["country"].isin(_countries(country))
    if chosen[0].years is not None:
        mask &= obs["year"].isin(chosen[0].years)
    return obs.loc[mask].reset_index(drop=True)


def value(
    measure: str, country: str, year: int, edition=None, as_of=None, source: str = "NATO"
) -> pd.Series:
    """The single row for one measure, country, year and edition; NoData when there is none."""
    sel = select(edition, as_of=as_of, years=[year], source=source)
    rows = observations(measure, country, edition=sel)
    if rows.empty:
        raise NoData(f"{source} {sel.edition} edition has no {measure} for {country} in {year}")
    return rows.iloc[0]


def allies(as_of: date | str | None = None) -> pd.DataFrame:
    """Members of the alliance at a date (default: today), with codes and accession dates."""
    day = as_date(as_of) if as_of is not None else None
    members = alliance.members(day)
    if not members:
        founded = min(a.joined for a in alliance.ALLIES)
        raise NoData(f"no allies on {day}: the North Atlantic Treaty was signed on {founded}")
    return pd.DataFrame([a.as_record() for a in members])


def editions(source: str | None = None) -> pd.DataFrame:
    """The publications held: source, edition, date, what they cover, how to cite them."""
    return pd.DataFrame([p.as_record() for p in pubs.publications(source)])


def releases(source: str | None = None) -> pd.DataFrame:
    """Every release of figures known, held or not: date, title, what milex holds and why,
    and how the date was verified (the publications registry)."""
    return pd.DataFrame([p.as_registry_row() for p in pubs.registry(source)])


def measures() -> pd.DataFrame:
    return pd.DataFrame({"measure": list(MEASURES), "description": list(MEASURES.values())})


def contents() -> pd.DataFrame:
    """What the dataset holds: the number of figures per source, edition and table."""
    obs = table("observations")
    keys = ["source", "edition", "published", "table"]
    return obs.groupby(keys, observed=True).size().reset_index(name="observations")
