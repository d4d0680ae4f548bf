"""One data function per page and endpoint: library calls in, a Result out.

Nothing here computes a figure: compliance, counts, revisions, comparisons, projections
and verdicts all come from milex's public functions. What the web layer adds is choosing
defaults a page needs (the latest year of an edition), filtering and sorting rows for
display, and naming the tables. The data never change while the server runs, so each
function is memoised on its arguments.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import pandas as pd

import milex
from milex.analysis.scorecard import BELOW, MEETS, NO_DATA, NO_FORCES, latest_year, tally
from milex.dataset.selection import select
from milex.reference import alliance
from milex.web.results import Result

AGGREGATES = ("NATO Total", "NATO Europe and Canada")
SCORE_COLUMNS = [
    "ally", "iso3", "year", "edition", "guideline", "value", "threshold", "unit", "status",
    "gap_pp", "gap_usd_current", "gap_usd_constant", "price_base", "money_edition", "estimate",
]  # fmt: skip
STATUSES = (MEETS, BELOW, NO_DATA, NO_FORCES)
SORTABLE = ("ally", "value", "status", "gap_pp", "gap_usd_current", "gap_usd_constant")


def _notes(*frames: pd.DataFrame) -> list[str]:
    out: list[str] = []
    for frame in frames:
        for note in frame.attrs.get("notes", []):
            if note not in out:
                out.append(note)
    return out


def _only(frame: pd.DataFrame, allies: tuple[str, ...] | None) -> pd.DataFrame:
    """The rows of the allies named (names, codes or aliases), or all rows when none are."""
    if not allies:
        return frame
    return frame[frame["iso3"].isin({alliance.resolve(a) for a in allies})]


def _edition(edition, as_of):
    return select(edition, as_of=as_of).one("this page")


# --- the figures themselves -------------------------------------------------------------


@lru_cache(maxsize=32)  # a query can hold much of the dataset: keep few
def observations(measure=None, country=None, years=None, edition=None, as_of=None, source="NATO"):
    """Figures with their provenance, filtered like milex.observations."""
    frame = milex.observations(measure, country, years, edition=edition, as_of=as_of, source=source)
    query = {
        "measure": measure,
        "country": country,
        "years": years,
        "edition": edition,
        "as_of": as_of,
        "source": source,
    }
    return Result("Observations", query, {"observations": frame}, {"rows": len(frame)})


@lru_cache(maxsize=64)
def allies(as_of: date | None = None) -> Result:
    """The allies at a date, with codes and accession dates."""
    frame = milex.allies(as_of=as_of)
    day = as_of or date.today()
    return Result("Allies", {"as_of": day}, {"allies": frame}, {"allies": len(frame)})


@lru_cache(maxsize=1)
def measures() -> Result:
    """The measures the dataset holds, with what each one is."""
    return Result("Measures", {}, {"measures": milex.measures()})


@lru_cache(maxsize=1)
def sources() -> Result:
    """The editions held, their dates, how to cite them, and the publishers' terms."""
    from milex.dataset import package

    editions = milex.editions()
    info = package()
    licences = pd.DataFrame(info.get("licenses", []))
    facts = {"dataset": info.get("title"), "milex_version": milex.__version__}
    notes = [
        "NATO content may be reused with credit to NATO; it may not be sold or used for "
        "advertising.",
        "SIPRI data may be used for non-commercial purposes with credit to SIPRI.",
        "So the data served here are for non-commercial use, credited to their publishers.",
    ]
    releases = milex.releases()
    tables = {"editions": editions, "releases": releases, "licences": licences}
    return Result("Sources", {}, tables, facts, notes)


# --- pages ------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def overview(year: int | None = None, edition: int | None = None, as_of=None,
             allies: tuple[str, ...] | None = None) -> Result:  # fmt: skip
    """Share of GDP by ally for a year, and how many allies reach 2% each year.

    allies: show only these allies in the table and chart (the counts stay alliance-wide).
    """
    pub = _edition(edition, as_of)
    counts = milex.counts("2pct", edition=pub.edition).copy()
    year = latest_year("2pct", pub.edition) if year is None else int(year)
    scores = milex.compliance("2pct", year=year, edition=pub.edition)
    core = milex.counts("hague-core", years=year, edition=pub.edition)
    shares = milex.observations("share_of_gdp", edition=pub.edition)
    estimated = set(shares.loc[shares["estimate"].astype(bool), "year"])
    counts["estimate"] = counts["year"].isin(estimated)
    totals = shares[shares["country"].isin(AGGREGATES) & (shares["year"] == year)]
    this_year = counts[counts["year"] == year].iloc[0]
    facts = {
        "year": year,
        "edition": pub.edition,
        "published": pub.published,
        "meeting_2pct": int(this_year["meeting"]),
        "meeting_3_5pct": int(core["meeting"].iloc[0]),
        "allies": int(this_year["allies"]),
        "with_data": int(this_year["with_data"]),
        "estimate": year in estimated,
        **{name: float(v) for name, v in zip(totals["country"], totals["value"], strict=True)},
    }
    facts["measure"] = share_measure(shares)
    facts["years"] = [int(shares["year"].min()), int(shares["year"].max())]
    table = scores[SCORE_COLUMNS].sort_values("value", ascending=False, na_position="last")
    table = _only(table, allies)
    series = shares[["country", "iso3", "year", "value", "estimate"]].rename(
        columns={"country": "ally"}
    )
    query = {"year": year, "edition": pub.edition, "as_of": as_of, "allies": allies}
    title = f"Allies at 2% of GDP in {year}: {facts['meeting_2pct']} of {facts['allies']}"
    return Result(
        title,
        query,
        {"allies": table.reset_index(drop=True), "counts": counts,
         "shares": series.reset_index(drop=True)},
        facts,
        _notes(scores, counts),
    )  # fmt: skip


def share_measure(shares: pd.DataFrame) -> str:
    """What an edition's share of GDP measures, in words (core spending from 2026 on)."""
    held = shares["basis"].dropna().astype(str) if "basis" in shares.columns else []
    basis = next((b for b in held if b.strip()), "defence expenditure")
    return f"{basis[0].upper()}{basis[1:]} as % of GDP"


@lru_cache(maxsize=512)
def ally_page(name: str, edition: int | None = None, as_of=None, year=None) -> Result:
    """One ally: its series, gaps to each commitment, revisions, NATO beside SIPRI."""
    from milex.errors import NoData

    who = alliance.ally(name)
    pub = _edition(edition, as_of)
    notes: list[str] = []
    tables: dict[str, pd.DataFrame] = {}
    if year is None:  # the edition's latest year, which every ally has a row for
        year = latest_year("all", pub.edition)
    gaps = milex.compliance("all", year=year, edition=pub.edition, ally=who.name)
    # Each part may have nothing to show for this ally (Iceland has no spending rows at all);
    # the page then says why instead of failing as a whole.
    parts = {
        "profile": lambda: milex.ally_profile(who.name, edition=pub.edition),
        "revisions": lambda: milex.revision_history(who.name, "share_of_gdp"),
        "comparison": lambda: milex.nato_vs_sipri(who.name, edition=pub.edition),
    }
    for key, build in parts.items():
        try:
            tables[key] = build()
        except NoData as exc:
            notes.append(f"{key.capitalize()}: {exc}.")
        else:
            notes += [n for n in _notes(tables[key]) if n not in notes]
    tables["gaps"] = gaps[SCORE_COLUMNS + ["deadline"]]
    notes += [n for n in _notes(gaps) if n not in notes]
    query = {"ally": who.name, "edition": pub.edition, "as_of": as_of, "year": year}
    facts = {
        "ally": who.name,
        "iso3": who.iso3,
        "joined": who.joined,
        "edition": pub.edition,
        "has_armed_forces": who.has_armed_forces,
    }
    return Result(who.name, query, tables, facts, notes)


@lru_cache(maxsize=512)
def scorecard_page(
    guideline: str = "2pct",
    year: int | None = None,
    edition: int | None = None,
    as_of=None,
    group: str | None = None,
    status: str | None = None,
    q: str | None = None,
    sort: str = "ally",
    order: str = "asc",
    allies: tuple[str, ...] | None = None,
) -> Result:
    """Who meets a commitment in a year, filtered and sorted as the URL says."""
    from milex.errors import BadParameter

    if sort not in SORTABLE:
        raise BadParameter(f"sort: {sort!r} is not a sortable column ({', '.join(SORTABLE)})")
    if order not in ("asc", "desc"):
        raise BadParameter(f"order: {order!r} must be asc or desc")
    if year is None:
        year = latest_year(guideline, edition, as_of)
    frame = milex.compliance(guideline, year=year, edition=edition, as_of=as_of)
    notes = _notes(frame)
    statuses = list(STATUSES)
    if group:
        members = {a.iso3 for a in alliance.group_members(group)}
        frame = frame[frame["iso3"].isin(members)]
    if status:
        if status not in statuses:
            raise BadParameter(f"status: {status!r} is not one of {', '.join(statuses)}")
        frame = frame[frame["status"] == status]
    if q:
        frame = frame[frame["ally"].map(alliance.fold).str.contains(alliance.fold(q))]
    frame = _only(frame, allies)
    frame = frame.sort_values(sort, ascending=order == "asc", na_position="last", kind="stable")
    frame = frame[SCORE_COLUMNS].reset_index(drop=True)
    pub = _edition(edition, as_of)
    query = {
        "guideline": guideline,
        "year": year,
        "edition": pub.edition,
        "as_of": as_of,
        "group": group,
        "status": status,
        "q": q,
        "sort": sort,
        "order": order,
        "allies": allies,
    }
    gaps = frame["gap_usd_current"].dropna()
    money = sorted({int(e) for e in frame["money_edition"].dropna()})
    facts = {
        "rows": len(frame),
        "meeting": int(tally(frame)["meeting"].sum()) if len(frame) else 0,
        "statuses": statuses,
        # the shortfall of the allies below, summed (million current USD), for a totals row
        "total_gap_usd_current": float(gaps[gaps > 0].sum()) if not gaps.empty else None,
        "money_editions": money,
    }
    title = f"Scorecard: {guideline}, {year} ({pub.edition} edition)"
    return Result(title, query, {"scorecard": frame}, facts, notes)


@lru_cache(maxsize=512)
def compliance(guideline="2pct", year=None, edition=None, as_of=None, ally=None) -> Result:
    """milex.compliance as a table: one row per ally and year."""
    frame = milex.compliance(guideline, year=year, edition=edition, as_of=as_of, ally=ally)
    pub = _edition(edition, as_of)
    query = {"guideline": guideline, "year": year, "edition": pub.edition, "as_of": as_of,
             "ally": ally}  # fmt: skip
    facts = {"rows": len(frame), "meeting": int(tally(frame)["meeting"].sum()) if len(frame) else 0}
    return Result("Compliance", query, {"compliance": frame}, facts, _notes(frame))


@lru_cache(maxsize=256)
def counts(guideline="2pct", years=None, edition=None, as_of=None) -> Result:
    """milex.counts as a table: allies meeting a guideline, year by year."""
    frame = milex.counts(guideline, years=years, edition=edition, as_of=as_of)
    pub = _edition(edition, as_of)
    query = {"guideline": guideline, "years": years, "edition": pub.edition, "as_of": as_of}
    return Result("Counts", query, {"counts": frame}, {"years": len(frame)}, _notes(frame))


@lru_cache(maxsize=512)
def revisions(ally: str, measure="share_of_gdp", years=None, source="NATO") -> Result:
    """milex.revision_history: one ally-measure in every edition held."""
    frame = milex.revision_history(ally, measure, years=years, source=source)
    query = {"ally": ally, "measure": measure, "years": years, "source": source}
    return Result("Revisions", query, {"revisions": frame}, {"rows": len(frame)}, _notes(frame))


@lru_cache(maxsize=256)
def largest_revisions(measure="share_of_gdp", from_edition=None, to_edition=None, years=None,
                      ally=None, n=10) -> Result:  # fmt: skip
    """milex.largest_revisions: the ally-years that moved most between two editions."""
    frame = milex.largest_revisions(measure, from_edition, to_edition, years=years, ally=ally, n=n)
    query = {"measure": measure, "from_edition": from_edition, "to_edition": to_edition,
             "years": years, "ally": ally, "n": n}  # fmt: skip
    return Result("Largest revisions", query, {"revisions": frame}, {}, _notes(frame))


@lru_cache(maxsize=512)
def comparison(ally: str, years=None, measure="share_of_gdp", edition=None, as_of=None):
    """milex.nato_vs_sipri: NATO's and SIPRI's figures side by side, with why they differ."""
    frame = milex.nato_vs_sipri(ally, years, measure, edition=edition, as_of=as_of)
    query = {"ally": ally, "years": years, "measure": measure, "edition": edition,
             "as_of": as_of}  # fmt: skip
    return Result("NATO beside SIPRI", query, {"comparison": frame}, {}, _notes(frame))


@lru_cache(maxsize=128)
def burden(year=None, edition=None, as_of=None) -> Result:
    """milex.burden_sharing: shares of alliance GDP and of alliance defence spending."""
    frame = milex.burden_sharing(year, edition, as_of)
    query = {"year": year, "edition": edition, "as_of": as_of}
    return Result("Burden-sharing", query, {"burden": frame}, {}, _notes(frame))


# --- projections --------------------------------------------------------------------------


@lru_cache(maxsize=256)
def projection(who="nato", target=3.5, by=2035, shape="linear", growth=None, inflation=None,
               edition=None) -> Result:  # fmt: skip
    """milex.project: the path to a share of GDP by a deadline, what it costs, and why."""
    found = milex.project(
        list(who) if isinstance(who, tuple) else who,
        target,
        by,
        shape=shape,
        growth=growth,
        inflation=inflation,
        edition=edition,
    )
    query = {"who": who, "target": target, "by": by, "shape": shape, "growth": growth,
             "inflation": inflation, "edition": edition}  # fmt: skip
    facts = {"who": found.who, "target": found.target, "deadline": found.deadline,
             "shape": found.shape}  # fmt: skip
    tables = {"summary": found.summary(), "path": found.path, "allies": found.allies}
    title = f"{found.who}: {found.target:g}% of GDP by {found.deadline}"
    return Result(title, query, tables, facts, list(found.assumptions), {"projection": found})


@lru_cache(maxsize=64)
def on_track(target=3.5, by=2035, who="nato", edition=None) -> Result:
    """milex.on_track: who meets a target already, who is on track, who is not."""
    frame = milex.on_track(target, by, list(who) if isinstance(who, tuple) else who, edition)
    query = {"target": target, "by": by, "who": who, "edition": edition}
    notes = list(frame.attrs.get("assumptions", []))
    return Result("On track", query, {"on_track": frame}, {"rows": len(frame)}, notes)


@lru_cache(maxsize=64)
def rearm(extra_share=1.5, years=4, usd_per_eur=None) -> Result:
    """milex.rearm_europe: the fiscal space of ReArm Europe redone from GDP, beside the EU's."""
    found = milex.rearm_europe(extra_share, years, usd_per_eur)
    query = {"extra_share": extra_share, "years": years, "usd_per_eur": usd_per_eur}
    facts = {"fiscal_space_beur": found.fiscal_space_beur, "usd_per_eur": found.usd_per_eur}
    tables = {"summary": found.summary, "countries": found.countries}
    title = f"ReArm Europe: +{extra_share:g}% of GDP for {years} years"
    return Result(title, query, tables, facts, list(found.assumptions), {"rearm": found})
