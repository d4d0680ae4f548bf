"""Burden-sharing: each ally's share of the alliance's GDP beside its share of its defence spending.

The alliance is the members at the scorecard's membership date (see milex.analysis.scorecard), so the
shares add up to 100 over the allies counted that year; Iceland brings GDP and no spending.
Money comes from NATO's Tables 2, 5 and 6 of the edition asked, or, when that edition as held
has no money tables (NATO 2025), from the latest earlier edition that has them, said in the
money_edition column and the notes.

>>> import milex
>>> b = milex.burden_sharing(2024, edition=2024).set_index("ally")
>>> us = b.loc["United States"]
>>> float(round(us["spending_share"], 1)), float(round(us["gdp_share"], 1))
(65.6, 53.2)
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from milex.analysis import scorecard as sc
from milex.dataset import observations
from milex.dataset.selection import select
from milex.errors import NoData
from milex.reference import alliance

# Columns ranked (1 = highest), with the measure each rank reads.
_RANKED = {
    "rank_share_of_gdp": "share_of_gdp",
    "rank_spending": "spending_usd_current",
    "rank_per_capita": "spending_per_capita_usd_constant",
    "rank_real_change_since_2014": "real_change_since_2014",
}


def _values(rows: pd.DataFrame, measure: str, year: int) -> pd.Series:
    sub = rows[(rows["measure"] == measure) & (rows["year"] == year)]
    return sub.set_index("iso3")["value"]


def _real_change_since_2014(rows: pd.DataFrame, year: int) -> pd.Series:
    """Compounded Table 3 annual real changes, 2015..year: NATO's Table 4 measure for any year.

    Compounding the annual changes gives the same figure as Table 4 (checked in the tests for
    2024) and works for editions that hold only Table 3.
    """
    sub = rows[(rows["measure"] == "real_change") & rows["year"].between(2015, year)]
    wide = sub.pivot(index="iso3", columns="year", values="value")
    if year == 2014:
        return pd.Series(0.0, index=wide.index)
    expected = list(range(2015, year + 1))
    wide = wide.reindex(columns=expected)
    # A missing year leaves the whole ally's figure missing rather than skipping that year.
    factor = (1 + wide / 100).prod(axis=1, skipna=False)
    return (factor - 1) * 100


def burden_sharing(
    year: int | None = None,
    edition: int | None = None,
    as_of: date | str | None = None,
    *,
    money_edition: int | None = None,
) -> pd.DataFrame:
    """Share of alliance GDP against share of alliance defence spending, per ally, for one year.

    Columns: ally, iso3, year, edition, money_edition, share_of_gdp (from the edition),
    gdp_usd_current and spending_usd_current (million USD, current), gdp_share and
    spending_share (% of the alliance totals), spending_vs_gdp_share (spending_share /
    gdp_share: above 1 carries more than its economic weight), spending_per_capita_usd_constant
    and its price_base, real_change_since_2014 (%), and rankings (1 = highest).
    year: default the latest year the money edition covers.
    """
    sel = select(edition, as_of=as_of, money_edition=money_edition)
    pub = sel.one("burden sharing")
    money_pub = sel.money
    if money_pub is None:
        raise NoData(f"no edition held up to NATO {pub.edition} has GDP or spending in USD")
    rows = observations(edition=pub.edition)
    money = observations(edition=money_pub.edition)
    money_years = sorted(int(y) for y in money.loc[money["measure"] == "gdp_usd_current", "year"])
    if year is None:
        year = money_years[-1]
    year = int(year)
    if year not in money_years:
        raise NoData(
            f"NATO's {money_pub.edition} edition, the latest held with money tables up to the "
            f"{pub.edition} edition, covers {money_years[0]}-{money_years[-1]}, not {year}"
        )
    members = alliance.members(sc.membership_date(year, pub))
    codes = [a.iso3 for a in members]
    gdp = _values(money, "gdp_usd_current", year).reindex(codes)
    spending = _values(money, "spending_usd_current", year).reindex(codes)
    per_capita = _values(money, "spending_per_capita_usd_constant", year).reindex(codes)
    base = money.loc[money["measure"] == "spending_per_capita_usd_constant", "price_base"]
    frame = pd.DataFrame(
        {
            "ally": [a.name for a in members],
            "iso3": codes,
            "year": year,
            "edition": pub.edition,
            "money_edition": money_pub.edition,
            "share_of_gdp": _values(rows, "share_of_gdp", year).reindex(codes).to_numpy(),
            "gdp_usd_current": gdp.to_numpy(),
            "spending_usd_current": spending.to_numpy(),
            "gdp_share": (gdp / gdp.sum() * 100).to_numpy(),
            "spending_share": (spending / spending.sum() * 100).to_numpy(),
            "spending_per_capita_usd_constant": per_capita.to_numpy(),
            "price_base": base.iloc[0] if len(base) else None,
            "real_change_since_2014": _real_change_since_2014(rows, year).reindex(codes).to_numpy(),
        }
    )
    frame["spending_vs_gdp_share"] = frame["spending_share"] / frame["gdp_share"]
    for rank, measure in _RANKED.items():
        frame[rank] = frame[measure].rank(ascending=False, method="min").astype("Int64")
    frame = frame.replace({float("inf"): float("nan")})
    frame.attrs["notes"] = _notes(pub, money_pub, year, len(members), frame["price_base"].iloc[0])
    return frame


def _notes(pub, money_pub, year, allies, price_base) -> list[str]:
    notes = [
        "Each ally's share of the alliance's GDP and of its defence spending: an ally whose "
        "spending share is above its GDP share (a ratio above 1) carries more than its "
        f"economic weight. Spending per head at {price_base} prices.",
        f"{allies} allies at {sc.membership_date(year, pub)}; shares are of their summed GDP and "
        "defence spending in current USD (Iceland: GDP, no armed forces).",
        f"share_of_gdp and real change from NATO's {pub.edition} edition; real change since 2014 "
        "compounds Table 3's annual real changes.",
    ]
    if money_pub.edition != pub.edition:
        notes.append(
            f"GDP, spending and per-capita figures come from the {money_pub.edition} edition "
            f"(constant {money_pub.constant_prices} prices): the {pub.edition} edition as held "
            "has no money tables."
        )
    return notes
