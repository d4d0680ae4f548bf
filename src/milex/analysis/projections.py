"""Paths and costs to reach a share-of-GDP target by a deadline, for an ally or a group.

A path starts from an ally's latest share of GDP (actual or estimate, with its edition) and
reaches the target in the deadline year. Spending each year is share x GDP, GDP taken from
NATO's Table 5 (the latest edition that has it) and grown at a stated real rate. The cost is
what the path spends beyond staying at the starting share of the same GDP. Every result
carries the assumptions behind it as plain sentences.

>>> import milex
>>> p = milex.project("Germany", target=3.5, by=2035, growth=1.0)
>>> last = p.path.iloc[-1]
>>> int(last["year"]), round(float(last["share_of_gdp_pct"]), 2)
(2035, 3.5)
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from milex.analysis.trajectory import (
    SHAPES,
    STATUS_DEFINITION,
    Start,
    ally_path,
    economies,
    resolve_allies,
    starts,
    status,
)
from milex.dataset import observations
from milex.errors import BadParameter, NoData
from milex.reference.publications import publication

MAX_TARGET = 20.0  # % of GDP; beyond it a target is a typo, not a policy
GROWTH_RANGE = (-10.0, 15.0)  # % a year, real
INFLATION_RANGE = (-10.0, 30.0)  # % a year, USD GDP deflator
# Deadline-year money an ally's row in Projection.allies carries.
_MONEY = (
    "spending_musd_constant",
    "extra_musd_constant",
    "cum_extra_musd_constant",
    "cum_extra_musd_current",
)


@dataclass
class Projection:
    """A path to a target: totals per year, the allies behind them, and the assumptions."""

    who: str
    target: float
    deadline: int
    shape: str
    path: pd.DataFrame  # totals per scenario and year
    allies: pd.DataFrame  # one row per ally and scenario: start, status, costs
    ally_paths: pd.DataFrame  # one row per ally, scenario and year
    assumptions: list[str] = field(default_factory=list)

    def summary(self) -> pd.DataFrame:
        """Per scenario: the deadline year's spending and extra, and the cumulative extra."""
        last = self.path[self.path["year"] == self.deadline]
        cum = ["cum_extra_musd_constant", "cum_extra_musd_current"]
        cols = ["scenario", "share_of_gdp_pct", "spending_musd_constant", "extra_musd_constant"]
        return last[cols + cum + ["price_base"]].reset_index(drop=True)

    def to_dict(self) -> dict:
        return {
            "who": self.who,
            "target_pct_of_gdp": self.target,
            "deadline": self.deadline,
            "shape": self.shape,
            "assumptions": self.assumptions,
            "path": json.loads(self.path.to_json(orient="records")),
            "allies": json.loads(self.allies.to_json(orient="records")),
        }

    def chart(self):
        """An Altair bar chart of spending per year (constant USD), one colour per scenario."""
        import altair as alt

        data = self.path.assign(spending_busd=self.path["spending_musd_constant"] / 1000)
        base = self.path["price_base"].iloc[0]
        return (
            alt.Chart(data, title=f"{self.who}: {self.target:g}% of GDP by {self.deadline}")
            .mark_bar()
            .encode(
                x=alt.X("year:O", title=None),
                xOffset="scenario:N",
                y=alt.Y("spending_busd:Q", title=f"defence spending, bn USD ({base})"),
                color=alt.Color("scenario:N"),
                tooltip=["year", "scenario", "share_of_gdp_pct", "spending_busd"],
            )
        )


def _check(target: float, by: int, shape: str) -> None:
    if not 0 < target <= MAX_TARGET:
        raise BadParameter(
            f"target {target:g}% of GDP is out of range: give a share above 0 and at most "
            f"{MAX_TARGET:g} (e.g. 2, 3.5 or 5)"
        )
    this_year = date.today().year
    if by < this_year:
        raise BadParameter(f"deadline {by} is in the past (it is {this_year}): give a later year")
    if by > 2100:
        raise BadParameter(f"deadline {by} is too far ahead to project: give a year up to 2100")
    if shape not in SHAPES:
        raise BadParameter(f"unknown shape {shape!r}: choose one of {', '.join(SHAPES)}")


def _rate(value: float, what: str, bounds: tuple[float, float]) -> float:
    low, high = bounds
    if not low <= float(value) <= high:
        raise BadParameter(
            f"{what} of {value:g}% a year is implausible: give a rate between {low:g} and "
            f"{high:g} (percent a year, e.g. 1.5)"
        )
    return float(value)


def _scenarios(growth) -> list[tuple[str, float | None]]:
    """Growth options -> (scenario name, % a year or None for each ally's own trend)."""
    if growth is None or (isinstance(growth, str) and growth.lower() == "trend"):
        return [("trend", None)]
    if isinstance(growth, str):
        try:
            growth = float(growth)
        except ValueError:
            pass  # not a number: reported below with the accepted forms
    if isinstance(growth, int | float):
        return [("user", _rate(growth, "real GDP growth", GROWTH_RANGE))]
    try:
        low, high = (float(g) for g in growth)
    except (TypeError, ValueError):
        raise BadParameter(
            f"growth {growth!r}: give a rate (1.5), a (low, high) band or 'trend'"
        ) from None
    if low > high:
        raise BadParameter(f"growth band ({low:g}, {high:g}): the low rate is above the high one")
    return [
        ("low", _rate(low, "real GDP growth", GROWTH_RANGE)),
        ("high", _rate(high, "real GDP growth", GROWTH_RANGE)),
    ]


def project(
    who,
    target: float,
    by: int,
    shape: str = "linear",
    growth=None,
    inflation: float | None = None,
    edition: int | None = None,
) -> Projection:
    """The year-by-year path to a share of GDP by a deadline, and what it costs beyond today.

    who: an ally (name, code or alias), a group ("nato", "europe-canada", "europe", "eu") or
    a list of allies. target: % of GDP, core defence as NATO measures it. by: deadline year.
    shape: one of SHAPES. growth: real GDP growth, % a year: None for each ally's own trend
    over the last TREND_YEARS years of Table 5, a number, or a (low, high) band that gives
    the result as a range. inflation: yearly rise of the USD GDP deflator used for current
    USD, %; None for each ally's own trend. edition: NATO edition of the starting shares
    (default: the latest, whose shares are applied to the latest GDP held).

    >>> p = project("Germany", 2.0, 2030)
    >>> float(p.summary()["cum_extra_musd_constant"].iloc[0])  # 2% already met
    0.0
    """
    _check(target, by, shape)
    scenarios = _scenarios(growth)
    if inflation is not None:
        inflation = _rate(inflation, "inflation", INFLATION_RANGE)
    label, allies, notes = resolve_allies(who)
    found, start_notes = starts(allies, edition)
    if not found:
        raise NoData(f"{label}: no share of GDP held to start from")
    latest = max(s.year for s in found)
    if by <= latest:
        raise BadParameter(
            f"deadline {by} is not after the latest figure ({latest}): give a later year"
        )
    econ = economies([a for a in allies if a.iso3 in {s.iso3 for s in found}], found[0].edition)
    paths, rows = [], []
    for name, rate in scenarios:
        for s in found:
            e = econ[s.iso3]
            path = ally_path(s, e, target, by, shape, rate, inflation).assign(scenario=name)
            paths.append(path)
            state, pace = status(s, target, by)
            end = path.iloc[-1]
            rows.append(
                {
                    "scenario": name,
                    "ally": s.ally,
                    "iso3": s.iso3,
                    "start_year": s.year,
                    "start_share_pct": s.share,
                    "start_basis": s.basis,
                    "status": state,
                    "share_change_pts": pace,
                    "growth_pct": e.growth_trend if rate is None else rate,
                    "inflation_pct": e.deflator_trend if inflation is None else inflation,
                }
                | {k: end[k] for k in _MONEY}
                | {"price_base": end["price_base"]}
            )
    ally_paths = pd.concat(paths, ignore_index=True)
    path = _totals(ally_paths, latest) if len(found) > 1 else ally_paths.drop(columns="ally")
    path = path[["scenario"] + [c for c in path.columns if c != "scenario"]]
    result = Projection(label, target, by, shape, path, pd.DataFrame(rows), ally_paths)
    said = _assumptions(result, found, econ, scenarios, inflation)
    result.assumptions = notes + start_notes + said
    return result


def _totals(ally_paths: pd.DataFrame, first: int) -> pd.DataFrame:
    """A group's path: allies summed from the year every one of them has a path."""
    money = [c for c in ally_paths.columns if c.endswith(("_constant", "_current"))]
    money = [c for c in money if not c.startswith("cum_")]
    held = ally_paths[ally_paths["year"] >= first]
    out = held.groupby(["scenario", "year"], sort=False)[money].sum().reset_index()
    out.insert(2, "allies", held.groupby(["scenario", "year"], sort=False).size().to_numpy())
    out.insert(3, "basis", ["latest figures" if y == first else "projection" for y in out["year"]])
    out.insert(
        4, "share_of_gdp_pct", 100 * out["spending_musd_constant"] / out["gdp_musd_constant"]
    )
    grouped = out.groupby("scenario", sort=False)
    out["cum_extra_musd_constant"] = grouped["extra_musd_constant"].cumsum()
    out["cum_extra_musd_current"] = grouped["extra_musd_current"].cumsum()
    out["price_base"] = ally_paths["price_base"].iloc[0]
    return out


def _assumptions(result: Projection, found, econ, scenarios, inflation) -> list[str]:
    """The assumptions behind a projection, as sentences a reader can check."""
    target, by = result.target, result.deadline
    one = found[0] if len(found) == 1 else None
    ed, e = found[0].edition, econ[found[0].iso3]
    said = []
    if one:
        said.append(
            f"Start: {one.ally} at {one.share:.2f}% of GDP in {one.year} ({one.basis}; share "
            f"of real GDP at {one.price_base} prices)."
        )
    else:
        kinds = pd.Series([f"{s.year} {'estimates' if s.estimate else 'actuals'}" for s in found])
        mix = ", ".join(
            f"{k} for {n} all{'y' if n == 1 else 'ies'}" for k, n in kinds.value_counts().items()
        )
        said.append(f"Start: each ally's latest share of GDP in the NATO {ed} edition ({mix}).")
    basis = publication("NATO", ed).basis
    said.append(
        f"Spending is measured as {basis}, the basis of the NATO {ed} edition"
        + (": the part of The Hague's 5% that counts towards its 3.5%." if "core" in basis else ".")
    )
    est = [y for y in e.estimates if y in e.window]
    said.append(
        f"GDP: NATO {e.edition} edition, Table 5 (the latest edition with GDP up to the {ed} "
        "edition), million USD at "
        f"{e.price_base} prices, held to {e.last_year}"
        + (f" ({', '.join(map(str, est))} NATO estimates)" if est else "")
        + "; later years are grown at the real rate below."
    )
    if ed != e.edition:
        said.append(
            f"The starting shares come from the {ed} edition (shares of real GDP at "
            f"{found[0].price_base} prices) and are applied to the {e.edition} edition's GDP at "
            f"{e.price_base} prices: the two price bases give different shares for the same "
            "year, so the starting spending is a derived figure, not a published one."
            + (_both_editions(one, e.edition) if one else "")
        )
    w0, w1 = e.window
    for name, rate in scenarios:
        if rate is not None:
            said.append(f"Real GDP growth ({name}): {rate:g}% a year for every ally.")
        elif one:
            said.append(
                f"Real GDP growth (trend): {e.growth_trend:.2f}% a year, {one.ally}'s average "
                f"annual real growth {w0}-{w1} in Table 5 constant-price GDP."
            )
        else:
            trends = pd.Series({s.ally: econ[s.iso3].growth_trend for s in found})
            said.append(
                f"Real GDP growth (trend): each ally's own average annual real growth {w0}-{w1} "
                f"in Table 5 constant-price GDP, from {trends.min():.2f}% ({trends.idxmin()}) "
                f"to {trends.max():.2f}% ({trends.idxmax()})."
            )
    price = (
        f"{inflation:g}% a year (user rate)"
        if inflation is not None
        else (f"{e.deflator_trend:.2f}% a year" if one else "each ally's own rate")
        + f", the average {w0}-{w1}, which mixes domestic inflation with exchange-rate moves "
        "against the dollar"
    )
    said.append(
        f"Current USD: constant-price figures times the USD GDP deflator (Table 5 current / "
        f"constant GDP) of {e.last_year}, rising {price}. {e.price_base.capitalize()} USD are the "
        "primary figures."
    )
    said.append(f"Shape: {result.shape} - {SHAPES[result.shape]}.")
    said.append(
        "Extra cost: spending on the path minus spending at the starting share of the same "
        f"GDP, year by year and summed to {by}; a constant share costs nothing extra."
    )
    met = [s.ally for s in found if s.share >= target]
    if met:
        said.append(
            f"Already at or above {target:g}% ({', '.join(met)}): the path stays flat at today's "
            "share and costs nothing extra."
        )
    if len({s.year for s in found}) > 1:
        said.append(
            f"Group totals start in {max(s.year for s in found)}, the year every ally has a "
            "path; allies whose latest figure is older enter with their path's value."
        )
    if target > 3.5:
        said.append(
            "NATO's tables measure core defence only; this treats the whole target as core "
            "spending, while The Hague's 5% counts up to 1.5% of related spending they omit."
        )
    said.append(f"Status: {STATUS_DEFINITION}.")
    if len(scenarios) > 1:
        cum = result.summary().set_index("scenario")["cum_extra_musd_constant"] / 1000
        said.append(
            f"Range: cumulative extra {cum.min():,.1f} to {cum.max():,.1f} bn USD "
            f"({e.price_base}) by {by}, across the growth band."
        )
    return said


def _both_editions(start: Start, gdp_ed: int) -> str:
    other = observations("share_of_gdp", start.ally, start.year, edition=gdp_ed)
    if other.empty:
        return ""
    row = other.iloc[0]
    return (
        f" {start.ally} {start.year}: {row['value']:.2f}% at {row['price_base']} prices "
        f"({gdp_ed} ed.) against {start.share:.2f}% at {start.price_base} prices ({start.edition} ed.)."
    )


def on_track(target: float, by: int, who="nato", edition: int | None = None) -> pd.DataFrame:
    """Which allies already meet a target, or are on track to by a deadline (STATUS_DEFINITION).

    Returns one row per ally; the definition and the edition read are in .attrs["assumptions"].
    """
    _check(target, by, "linear")
    label, allies, notes = resolve_allies(who)
    found, start_notes = starts(allies, edition)
    rows = []
    for s in found:
        state, pace = status(s, target, by)
        rows.append(
            {
                "ally": s.ally,
                "iso3": s.iso3,
                "year": s.year,
                "share_of_gdp_pct": s.share,
                "basis": s.basis,
                "share_change_pts": pace,
                "share_at_deadline_pct": (
                    s.share + pace * (by - s.year) if pace is not None else None
                ),
                "status": state,
            }
        )
    frame = pd.DataFrame(rows)
    frame.attrs["assumptions"] = (
        notes
        + start_notes
        + [
            f"{label}: {target:g}% of GDP by {by}; shares from the NATO {found[0].edition} edition.",
            f"Status: {STATUS_DEFINITION}.",
        ]
    )
    return frame
