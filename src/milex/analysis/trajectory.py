"""One ally's trajectory: the share it starts from, its GDP, and the path to a target.

The building blocks of milex.analysis.projections. A start is an ally's latest share of GDP in one
NATO edition (actual or estimate); an economy is its Table 5 GDP with the recent real-growth
and USD-deflator trends; a path joins the start to the target along a chosen shape.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import pandas as pd

from milex.dataset import observations
from milex.dataset.selection import select
from milex.errors import BadParameter, NoData, UnknownAlly, UnknownName
from milex.reference import alliance

SHAPES: dict[str, str] = {
    "linear": "the share rises by the same number of points every year",
    "front-loaded": "most of the rise comes early (gap closed = 1-(1-x)², x = share of the time "
    "elapsed)",
    "back-loaded": "most of the rise comes late (gap closed = x², x = share of the time elapsed)",
    "step": "the share stays where it is until the deadline year, then jumps to the target",
}
# NATO's Table 5, GDP at constant prices: what every path is projected on.
GDP = "gdp_usd_constant"
TREND_YEARS = 5  # Table 5 years behind the default real-growth and price trends
STATUS_DEFINITION = (
    "'met' = the latest figure is at or above the target; 'on track' = below it, but the "
    "share, rising every year by its latest yearly change in points (latest year minus the "
    "year before, same edition), would reach the target by the deadline; otherwise 'off track'"
)
# NATO's aggregate rows name groups, not allies: read them as the group they total.
_AGGREGATE_GROUPS = {"NATO": "nato", "NATO_EC": "europe-canada"}


@dataclass(frozen=True)
class Start:
    """The figure a path starts from: one ally's latest share of GDP in one edition."""

    ally: str
    iso3: str
    year: int
    share: float  # % of GDP
    edition: int
    estimate: bool
    previous: float | None  # share the year before, same edition (for the on-track test)
    price_base: str  # of the share: NATO's shares are shares of real GDP at these prices

    @property
    def basis(self) -> str:
        kind = "estimate" if self.estimate else "actual"
        return f"{kind}, NATO {self.edition} ed."


@dataclass(frozen=True)
class Economy:
    """One ally's GDP from Table 5 and its recent trends."""

    edition: int
    price_base: str  # e.g. "constant 2015"
    constant: dict[int, float]  # million USD, constant prices
    current: dict[int, float]  # million USD, current prices
    estimates: tuple[int, ...]
    growth_trend: float  # % a year, real
    deflator_trend: float  # % a year, USD GDP deflator

    @property
    def last_year(self) -> int:
        return max(self.constant)

    @property
    def window(self) -> tuple[int, int]:
        return self.last_year - TREND_YEARS, self.last_year


def resolve_allies(who) -> tuple[str, list[alliance.Ally], list[str]]:
    """An ally, a group ("nato", "europe-canada", "europe", "eu") or a list -> the allies.

    Returns a label, the allies with armed forces, and notes on anyone left out.
    """
    if isinstance(who, str):
        found = _group(who)
        if found is None:
            found = [alliance.ally(_resolve(who))]
            label = found[0].name
        else:
            label = next(
                d for k, d in alliance.GROUPS.items() if alliance.group_members(k) == found
            )
            label = label[0].upper() + label[1:]
    else:
        found = [alliance.ally(_resolve(name)) for name in who]
        if not found:
            raise BadParameter("give at least one ally")
        label = ", ".join(a.name for a in found)
    notes = [
        f"{a.name} has no armed forces and no defence spending figures: left out"
        for a in found
        if not a.has_armed_forces
    ]
    armed = [a for a in found if a.has_armed_forces]
    if not armed:
        raise NoData(
            f"{label}: no armed forces and no defence spending figures, so nothing to project"
        )
    return label, armed, notes


def _group(name: str) -> list[alliance.Ally] | None:
    """The members when a name is a group or one of NATO's aggregate rows, else None."""
    try:
        return alliance.group_members(name)
    except UnknownName:
        pass
    try:
        code = alliance.resolve(name)
    except UnknownAlly:
        return None
    return alliance.group_members(_AGGREGATE_GROUPS[code]) if code in _AGGREGATE_GROUPS else None


def _resolve(name: str) -> str:
    """An ally's code; an unknown name also suggests the groups when no ally name is close."""
    try:
        return alliance.resolve(name)
    except UnknownAlly as exc:
        close = exc.suggestions or difflib.get_close_matches(name.lower(), list(alliance.GROUPS))
        raise UnknownAlly(name, close or [f"a group: {', '.join(alliance.GROUPS)}"]) from None


def starts(allies: list[alliance.Ally], edition=None) -> tuple[list[Start], list[str]]:
    """Each ally's latest share of GDP in an edition (default: the latest), with notes."""
    rows = observations("share_of_gdp", [a.name for a in allies], edition=edition)
    if rows.empty:
        raise NoData(f"the NATO {edition or 'latest'} edition has no share of GDP for them")
    ed = int(rows["edition"].iloc[0])
    # the edition's newest year across all allies, so that one ally's gap shows on its own
    newest = int(observations("share_of_gdp", edition=ed)["year"].max())
    found, notes = [], []
    for a in allies:
        own = rows[rows["iso3"] == a.iso3].sort_values("year")
        if own.empty:
            notes.append(f"{a.name}: no share of GDP in the NATO {ed} edition; left out")
            continue
        last = own.iloc[-1]
        before = own[own["year"] == last["year"] - 1]["value"]
        start = Start(
            a.name,
            a.iso3,
            int(last["year"]),
            float(last["value"]),
            ed,
            bool(last["estimate"]),
            float(before.iloc[0]) if len(before) else None,
            str(last["price_base"]),
        )
        found.append(start)
        if start.year < newest:
            notes.append(
                f"{a.name} has no {newest} figure in the NATO {ed} edition: its path starts "
                f"from its latest held figure, {start.share:.2f}% in {start.year} ({start.basis})"
            )
    return found, notes


def economies(allies: list[alliance.Ally], upto: int | None = None) -> dict[str, Economy]:
    """Table 5 GDP per ally, with the average real growth and USD deflator trends.

    upto: the edition of the starting shares; GDP comes from it or the latest edition before
    it that holds GDP (Table 5), so that a path starts from the data of one time.
    """
    ed = select(upto, measure=GDP).edition
    rows = observations(
        ["gdp_usd_constant", "gdp_usd_current"], [a.name for a in allies], edition=ed
    )
    out = {}
    for a in allies:
        own = rows[rows["iso3"] == a.iso3]
        real = own[own["measure"] == "gdp_usd_constant"].set_index("year")["value"]
        nominal = own[own["measure"] == "gdp_usd_current"].set_index("year")["value"]
        if real.empty or nominal.empty:
            raise NoData(f"the NATO {ed} edition has no GDP (Table 5) for {a.name}")
        last = int(real.index.max())
        first = last - TREND_YEARS
        if first not in real.index or first not in nominal.index or last not in nominal.index:
            raise NoData(f"{a.name}: Table 5 ({ed} ed.) lacks GDP for {first} or {last}")
        deflator = (nominal[last] / real[last]) / (nominal[first] / real[first])
        out[a.iso3] = Economy(
            ed,
            str(own.loc[own["measure"] == "gdp_usd_constant", "price_base"].iloc[0]),
            {int(y): float(v) for y, v in real.items()},
            {int(y): float(v) for y, v in nominal.items()},
            tuple(sorted(int(y) for y in own.loc[own["estimate"], "year"].unique())),
            100 * ((real[last] / real[first]) ** (1 / TREND_YEARS) - 1),
            100 * (deflator ** (1 / TREND_YEARS) - 1),
        )
    return out


def _fraction(shape: str, x: float) -> float:
    """Share of the gap to the target closed when a fraction x of the time has passed."""
    if shape == "front-loaded":
        return 1 - (1 - x) ** 2
    if shape == "back-loaded":
        return x**2
    if shape == "step":
        return 1.0 if x >= 1 else 0.0
    return x


def ally_path(
    start: Start,
    economy: Economy,
    target: float,
    deadline: int,
    shape: str = "linear",
    growth: float | None = None,
    inflation: float | None = None,
) -> pd.DataFrame:
    """One ally's path, year by year from its start to the deadline (growth, inflation in %)."""
    g = economy.growth_trend if growth is None else growth
    p = economy.deflator_trend if inflation is None else inflation
    goal = max(target, start.share)  # a target already met keeps today's share: no cuts
    last = economy.last_year
    rows, cum_const, cum_curr = [], 0.0, 0.0
    for year in range(start.year, deadline + 1):
        share = start.share + (goal - start.share) * _fraction(
            shape, (year - start.year) / (deadline - start.year)
        )
        if year in economy.constant and year in economy.current:
            gdp = economy.constant[year]
            deflator = economy.current[year] / gdp
        else:
            gdp = economy.constant[last] * (1 + g / 100) ** (year - last)
            deflator = (economy.current[last] / economy.constant[last]) * (1 + p / 100) ** (
                year - last
            )
        spending = share / 100 * gdp
        extra = spending - start.share / 100 * gdp
        cum_const += extra
        cum_curr += extra * deflator
        rows.append(
            {
                "ally": start.ally,
                "year": year,
                "basis": start.basis if year == start.year else "projection",
                "share_of_gdp_pct": share,
                "gdp_musd_constant": gdp,
                "spending_musd_constant": spending,
                "spending_musd_current": spending * deflator,
                "extra_musd_constant": extra,
                "extra_musd_current": extra * deflator,
                "cum_extra_musd_constant": cum_const,
                "cum_extra_musd_current": cum_curr,
                "price_base": f"{economy.price_base} prices",
            }
        )
    return pd.DataFrame(rows)


def status(start: Start, target: float, deadline: int) -> tuple[str, float | None]:
    """'met', 'on track' or 'off track' (STATUS_DEFINITION), and the latest yearly change."""
    pace = None if start.previous is None else start.share - start.previous
    if start.share >= target:
        return "met", pace
    if pace is not None and start.share + pace * (deadline - start.year) >= target:
        return "on track", pace
    return "off track", pace
