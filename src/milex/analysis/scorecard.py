"""Who meets which commitment, by how much they fall short, and who carries the burden.

Every figure is read from one NATO edition (the latest held, a chosen one, or the one current
at a date). Membership is taken at the end of the year scored, or at the edition's publication
date when that comes first: an edition cannot count an ally that had not joined when it
appeared, and a year's count includes an ally that joined during that year (Sweden, 7 March
2024, is one of the 32 in 2024). Iceland is an ally without armed forces: it stays in the
denominator, shown as "no armed forces", never as meeting or failing.

>>> import milex
>>> c = milex.counts("2pct", years=2024, edition=2024)
>>> int(c["meeting"].iloc[0]), int(c["allies"].iloc[0])
(23, 32)
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from milex.dataset import table
from milex.dataset.selection import Selection, select
from milex.errors import BadParameter, NoData
from milex.reference import alliance
from milex.reference import publications as pubs
from milex.reference.alliance import membership_date
from milex.reference.commitments import COMMITMENTS, Commitment, commitment

MEETS, BELOW, NO_FORCES, NO_DATA = "meets", "below", "no armed forces", "no data"

# Measures the scorecard reads; the money ones come from Tables 2 and 5 (2024 edition only).
_MONEY = ("gdp_usd_current", "gdp_usd_constant", "spending_usd_current", "spending_usd_constant")

MEMBERSHIP_RULE = (
    "allies counted are the members at the end of each year, or at the edition's publication "
    "date when that is earlier; Iceland (no armed forces) is counted and never meets or fails"
)


def _guidelines(guideline) -> list[Commitment]:
    if guideline is None or str(guideline).lower() == "all":
        return [c for c in COMMITMENTS if c.measure]
    found = commitment(guideline)
    if found.measure is None:
        scored = ", ".join(c.id for c in COMMITMENTS if c.measure)
        raise NoData(
            f"{found.name} cannot be scored from NATO's tables: {found.note} "
            f"Scored commitments: {scored}."
        )
    return [found]


def _edition_rows(pub: pubs.Publication) -> pd.DataFrame:
    obs = table("observations")
    return obs[(obs["source"] == "NATO") & (obs["edition"] == pub.edition)]


def _years(rows: pd.DataFrame, measure: str, sel: Selection, pub: pubs.Publication) -> list[int]:
    held = sorted(int(y) for y in rows.loc[rows["measure"] == measure, "year"].unique())
    if sel.years is None:
        return held
    outside = [y for y in sel.years if y not in held]
    if outside:
        raise NoData(
            f"NATO's {pub.edition} edition covers {held[0]}-{held[-1]}, not "
            + ", ".join(str(y) for y in outside)
        )
    return list(sel.years)


def _lookup(rows: pd.DataFrame, measures) -> pd.DataFrame:
    """(iso3, year) x measure values, plus each measure's estimate flag and price base."""
    sub = rows[rows["measure"].isin(measures)]
    return sub.set_index(["iso3", "year", "measure"])[["value", "estimate", "price_base"]]


def compliance(
    guideline: str | None = "2pct",
    year: int | list[int] | None = None,
    edition: int | None = None,
    as_of: date | str | None = None,
    ally: str | None = None,
    *,
    money_edition: int | None = None,
) -> pd.DataFrame:
    """One row per ally and year: met or not, the gap in points and in money, for a commitment.

    guideline: a commitment id or shorthand ("2pct", "20pct-equipment", "hague-core",
    "uk-2.5pct"...), or "all" / None for every commitment NATO's tables can score.
    year: a year, "2014-2024", or a list (default every year of the edition). edition / as_of: the NATO edition.
    ally: one ally (name, code or alias); default every member at that date.
    money_edition: where GDP and spending in USD come from. By default the same edition; when it
    holds no money tables (NATO 2025 as held), the latest earlier edition that does, named in the
    money_edition column. A year that edition lacks stays NaN.

    gap_pp is threshold minus value for an ally below (0 for one that meets). The money gap is
    the extra spending that year to reach the threshold: (threshold - share) x GDP for a share of
    GDP, and for the equipment share the extra equipment spending added on top of the budget,
    (threshold - share) x spending / (1 - threshold). NATO's share of GDP is a ratio of
    constant-price figures, so the current-dollar gap applies that ratio to nominal GDP.
    """
    sel = select(edition, as_of=as_of, years=year, money_edition=money_edition)
    pub = sel.one("the scorecard")
    wanted = _guidelines(guideline)
    rows = _edition_rows(pub)
    money_pub = sel.money
    money = _lookup(_edition_rows(money_pub), _MONEY) if money_pub is not None else None
    only = alliance.resolve(ally) if ally is not None else None
    if only is not None and only not in {a.iso3 for a in alliance.ALLIES}:
        raise BadParameter(f"{ally!r} is an aggregate, not an ally: the scorecard scores allies")

    out = []
    for c in wanted:
        values = _lookup(rows, [c.measure])
        for y in _years(rows, c.measure, sel, pub):
            for a in alliance.members(membership_date(y, pub)):
                if (only and a.iso3 != only) or (c.ally and a.iso3 != c.ally):
                    continue
                out.append(_score(c, a, y, pub, values, money, money_pub))
    frame = pd.DataFrame(out, columns=_COLUMNS)
    frame["deadline"] = frame["deadline"].astype("Int64")
    frame["money_edition"] = frame["money_edition"].astype("Int64")
    if frame.empty and only is not None:
        raise NoData(
            f"{alliance.name_of(only)} was not an ally in the years asked, or no commitment "
            f"asked binds it (edition {pub.edition})"
        )
    frame.attrs["notes"] = _notes(pub, money_pub, wanted)
    return frame


_COLUMNS = [
    "ally", "iso3", "year", "edition", "guideline", "value", "threshold", "unit", "status",
    "gap_pp", "gap_usd_current", "gap_usd_constant", "price_base", "money_edition", "estimate",
    "deadline",
]  # fmt: skip


def _score(c, a, y, pub, values, money, money_pub) -> dict:
    row = {
        "ally": a.name,
        "iso3": a.iso3,
        "year": y,
        "edition": pub.edition,
        "guideline": c.id,
        "value": float("nan"),
        "threshold": c.threshold,
        "unit": c.unit,
        "status": NO_DATA,
        "gap_pp": float("nan"),
        "gap_usd_current": float("nan"),
        "gap_usd_constant": float("nan"),
        "price_base": None,
        "money_edition": None,
        "estimate": None,
        "deadline": c.deadline,
    }
    if not a.has_armed_forces:
        row["status"] = NO_FORCES
        return row
    key = (a.iso3, y, c.measure)
    if key not in values.index:
        return row
    found = values.loc[key]
    share = float(found["value"])
    row["value"], row["estimate"] = share, bool(found["estimate"])
    meets = share >= c.threshold
    row["status"] = MEETS if meets else BELOW
    row["gap_pp"] = 0.0 if meets else c.threshold - share
    for kind in ("current", "constant"):
        base = _money_base(c, a.iso3, y, kind, money)
        if base is None:
            continue
        amount, price_base = base
        if c.measure == "equipment_share":
            need = (c.threshold - share) / (100.0 - c.threshold) * amount
        else:
            need = (c.threshold - share) / 100.0 * amount
        row[f"gap_usd_{kind}"] = 0.0 if meets else need
        row["money_edition"] = money_pub.edition
        if kind == "constant":
            row["price_base"] = price_base
    return row


def _money_base(c, iso3, y, kind, money) -> tuple[float, str] | None:
    """The amount a gap is taken of: GDP for shares of GDP, defence spending for equipment."""
    if money is None:
        return None
    measure = ("spending_usd_" if c.measure == "equipment_share" else "gdp_usd_") + kind
    key = (iso3, y, measure)
    if key not in money.index:
        return None
    found = money.loc[key]
    return float(found["value"]), str(found["price_base"])


def _source_note(pub) -> str:
    """The edition, and what it measures: from 2026 NATO's tables give core defence spending."""
    said = f"NATO, {pub.title} ({pub.edition} edition, published {pub.published}; {pub.basis})."
    if pub.basis == "core defence expenditure":
        said += (
            " Every year in it is on that basis, the part counting towards The Hague's "
            "3.5%; earlier editions measure defence expenditure, so their figures differ."
        )
    return said


def _notes(pub, money_pub, wanted) -> list[str]:
    notes = [_source_note(pub), "Membership: " + MEMBERSHIP_RULE + "."]
    if money_pub is None:
        notes.append("Money gaps: no edition held up to this one has GDP in USD; left empty.")
    elif money_pub.edition != pub.edition:
        notes.append(
            f"Money gaps use GDP and spending in USD from the {money_pub.edition} edition "
            f"(constant {money_pub.constant_prices} prices): the {pub.edition} edition as held "
            "has no money tables. Years that edition does not cover are left empty."
        )
    notes.append("Money in million USD; gap_usd_constant at the price_base shown.")
    if any(c.id == "hague-core" for c in wanted):
        notes.append(
            "The Hague (2025): 5% of GDP by 2035 = 3.5% core defence, scored here, + up to 1.5% "
            "defence- and security-related spending, which is not in NATO's tables."
        )
    return notes


def counts(
    guideline: str = "2pct",
    years: int | list[int] | None = None,
    edition: int | None = None,
    as_of: date | str | None = None,
) -> pd.DataFrame:
    """How many allies meet a guideline each year, in NATO's "N of 32" framing.

    guideline: a commitment, or "all" for every one NATO's tables can score. One row per
    guideline and year: meeting, allies (every member at the membership date, Iceland
    included), with_data, and the "; "-joined names of who meets, who is below, who has no
    figure, and who has no armed forces.
    """
    return tally(compliance(guideline, year=years, edition=edition, as_of=as_of))


def in_reading_order(scored: pd.DataFrame) -> pd.DataFrame:
    """A compliance() frame by guideline, those meeting it first, then the highest value first."""
    rank = scored["status"].map({MEETS: 0, BELOW: 1, NO_DATA: 2, NO_FORCES: 3})
    ordered = scored.assign(_rank=rank).sort_values(
        ["guideline", "_rank", "value"], ascending=[True, True, False], kind="stable"
    )
    return ordered.drop(columns="_rank")


def tally(scored: pd.DataFrame) -> pd.DataFrame:
    """The counts of a compliance() frame: one row per guideline and year (see counts)."""
    out = []
    for (guideline, y), group in scored.groupby(["guideline", "year"], sort=True):

        def names(status, group=group):
            return "; ".join(group.loc[group["status"] == status, "ally"])

        edition = int(group["edition"].iloc[0])
        meeting = int((group["status"] == MEETS).sum())
        below = int((group["status"] == BELOW).sum())
        out.append(
            {
                "year": int(y),
                "edition": edition,
                "guideline": guideline,
                "meeting": meeting,
                "allies": len(group),
                "with_data": meeting + below,
                "meeting_names": names(MEETS),
                "below_names": names(BELOW),
                "no_data_names": names(NO_DATA),
                "no_armed_forces_names": names(NO_FORCES),
                "membership_date": membership_date(
                    int(y), pubs.publication("NATO", edition)
                ).isoformat(),
            }
        )
    frame = pd.DataFrame(out)
    frame.attrs["notes"] = scored.attrs.get("notes", [])[:2]
    return frame


# What `ally_profile` shows per year: the edition's own measures, then money (maybe fallback).
_PROFILE = ("share_of_gdp", "real_change", "equipment_share", "personnel")
_PROFILE_MONEY = ("spending_usd_current", "spending_usd_constant", "gdp_usd_current")


def ally_profile(
    ally: str,
    edition: int | None = None,
    as_of: date | str | None = None,
    *,
    money_edition: int | None = None,
) -> pd.DataFrame:
    """One ally's series from one edition: one row per year, the main measures side by side.

    Columns: ally, iso3, year, edition, share_of_gdp, real_change, equipment_share, personnel
    (thousands), spending_usd_current, spending_usd_constant, gdp_usd_current (million USD),
    price_base (of the constant column), money_edition, estimate (the share of GDP is one).
    Money comes from the edition, or the latest earlier one holding money tables (said in
    money_edition). An ally without armed forces raises NoData saying so.
    """
    code = alliance.resolve(ally)
    if code not in {a.iso3 for a in alliance.ALLIES}:
        raise BadParameter(f"{ally!r} is an aggregate, not an ally")
    found = alliance.ally(code)
    sel = select(edition, as_of=as_of, money_edition=money_edition)
    pub = sel.one("an ally's profile")
    if not found.has_armed_forces:
        raise NoData(f"{found.name} has no armed forces: NATO publishes no defence spending for it")
    rows = _edition_rows(pub)
    rows = rows[(rows["iso3"] == code) & rows["measure"].isin(_PROFILE)]
    if rows.empty:
        raise NoData(f"NATO's {pub.edition} edition has no figures for {found.name}")
    wide = rows.pivot(index="year", columns="measure", values="value").reindex(columns=_PROFILE)
    estimate = rows[rows["measure"] == "share_of_gdp"].set_index("year")["estimate"]
    money_pub = sel.money
    if money_pub is not None:
        money = _edition_rows(money_pub)
        money = money[(money["iso3"] == code) & money["measure"].isin(_PROFILE_MONEY)]
        wide = wide.join(money.pivot(index="year", columns="measure", values="value"))
        base = money.loc[money["measure"] == "spending_usd_constant", "price_base"]
        price_base = base.iloc[0] if len(base) else None
    else:
        price_base = None
    wide = wide.reindex(columns=[*_PROFILE, *_PROFILE_MONEY])
    frame = wide.reset_index()
    has_money = frame[list(_PROFILE_MONEY)].notna().any(axis=1)
    frame.insert(0, "ally", found.name)
    frame.insert(1, "iso3", code)
    frame.insert(3, "edition", pub.edition)
    frame["price_base"] = price_base
    frame["money_edition"] = pd.array(
        [money_pub.edition if m else None for m in has_money] if money_pub else [None] * len(frame),
        dtype="Int64",
    )
    frame["estimate"] = frame["year"].map(estimate)
    frame.columns.name = None
    notes = [_source_note(pub)]
    if money_pub is not None and money_pub.edition != pub.edition:
        notes.append(
            f"Money in million USD from the {money_pub.edition} edition (constant "
            f"{money_pub.constant_prices} prices): the {pub.edition} edition as held has none."
        )
    frame.attrs["notes"] = notes
    return frame


def latest_compliance(
    ally: str, edition: int | None = None, as_of: date | str | None = None
) -> pd.DataFrame:
    """For one ally, each commitment that binds it scored on the latest year with a figure.

    One row per commitment (the columns of compliance). A commitment for which the edition
    has no figure for the ally in any year keeps a "no data" row for the edition's last year.
    """
    scored = compliance("all", edition=edition, as_of=as_of, ally=ally)
    out = []
    for _, rows in scored.groupby("guideline", sort=False):
        known = rows[rows["status"].isin([MEETS, BELOW])]
        out.append((known if len(known) else rows).sort_values("year").iloc[-1])
    frame = pd.DataFrame(out).reset_index(drop=True)
    frame.attrs["notes"] = scored.attrs["notes"]
    return frame


def latest_year(
    guideline: str = "2pct", edition: int | None = None, as_of: date | str | None = None
) -> int:
    """The last year an edition scores a guideline on (its latest estimate year); for "all",
    the last year it scores any of them. The default year of every scorecard view."""
    sel = select(edition, as_of=as_of)
    pub = sel.one("the scorecard")
    rows = _edition_rows(pub)
    held = [_years(rows, c.measure, sel, pub) for c in _guidelines(guideline)]
    if not any(held):
        raise NoData(f"NATO's {pub.edition} edition scores no year of {guideline}")
    return max(years[-1] for years in held if years)
