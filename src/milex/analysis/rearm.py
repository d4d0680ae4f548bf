"""The EU's ReArm Europe arithmetic: the fiscal space a rise in defence spending means, in euros.

On 4 March 2025 the Commission put the plan at close to EUR 800 bn: EUR 150 bn of SAFE loans
plus close to EUR 650 bn of fiscal space over four years if member states raise defence
spending by 1.5% of GDP on average (milex.reference.commitments "rearm-europe"). This module redoes the
second part from GDP figures milex holds and sets it beside the Commission's; it does not
bend its number to match theirs.

>>> import milex
>>> r = milex.rearm_europe()
>>> len(r.countries)  # the EU's 27 members
27
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pandas as pd

from milex.analysis.trajectory import GDP
from milex.dataset import observations
from milex.dataset.selection import select
from milex.errors import BadParameter, CorruptDataError, NoData
from milex.reference import alliance
from milex.reference.commitments import FIGURES, commitment

# EU members that are not NATO allies: their GDP comes from SIPRI instead of NATO's Table 5.
EU_OUTSIDE_NATO = ("Austria", "Cyprus", "Ireland", "Malta")
# The Commission's split of its "close to EUR 800 bn" (statement of 4 March 2025), as recorded
# with the commitment; the two must add up to that commitment's total.
_PARTS = {f.id: f.value for f in FIGURES if f.commitment == "rearm-europe"}
COMMISSION_FISCAL_SPACE_BEUR = _PARTS["rearm-fiscal-space"]
SAFE_LOANS_BEUR = _PARTS["rearm-safe"]


@dataclass
class RearmArithmetic:
    """Our fiscal-space figure beside the Commission's, with the GDP and rate behind it."""

    countries: pd.DataFrame  # one row per EU member: GDP and its source, extra spending
    summary: pd.DataFrame  # item, billion EUR, note: ours, the Commission's, the difference
    usd_per_eur: float
    fiscal_space_beur: float
    assumptions: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "usd_per_eur": self.usd_per_eur,
            "fiscal_space_beur": self.fiscal_space_beur,
            "assumptions": self.assumptions,
            "summary": json.loads(self.summary.to_json(orient="records")),
            "countries": json.loads(self.countries.to_json(orient="records")),
        }

    def chart(self):
        """An Altair bar chart: our fiscal-space readings beside the Commission's figures."""
        import altair as alt

        shown = self.summary[~self.summary["item"].str.startswith(("EU GDP", "difference"))]
        return (
            alt.Chart(shown, title="ReArm Europe: fiscal space, billion EUR")
            .mark_bar()
            .encode(
                y=alt.Y("item:N", sort=None, title=None),
                x=alt.X("billion_eur:Q", title="billion EUR"),
                tooltip=["item", "billion_eur", "note"],
            )
        )


def nato_usd_per_eur(year: int | None = None) -> tuple[float, str]:
    """The USD per EUR rate NATO used for a year: Table 1 (EUR) / Table 2 (USD), euro-area allies.

    Returns the rate and a sentence saying where it comes from. Every euro-area ally gives
    the same rate in a year (NATO converts with one rate); a spread would mean a misread.
    """
    ed = select(measure=GDP).edition  # the latest edition holding GDP (Table 5)
    euro_area = [a.name for a in alliance.group_members("eu")]
    rows = observations(["spending_nc_current", "spending_usd_current"], euro_area, edition=ed)
    if year is None:
        year = int(rows["year"].max())
    rows = rows[rows["year"] == year]
    eur = rows[(rows["measure"] == "spending_nc_current") & (rows["unit"] == "million EUR")]
    usd = rows[rows["measure"] == "spending_usd_current"].set_index("iso3")["value"]
    eur = eur.set_index("iso3")["value"]
    usd = usd.reindex(eur.index)
    rates = (usd / eur).dropna()
    if rates.empty:
        raise NoData(f"the NATO {ed} edition has no EUR and USD spending for {year}")
    # Half a million on each figure: the 2026 edition is held in whole millions, which moves
    # each ally's rate by up to that much; a misread moves it by far more.
    slack = (rates * (0.5 / eur.reindex(rates.index) + 0.5 / usd.reindex(rates.index))).max()
    if rates.max() - rates.min() > 2 * slack + 1e-6 * rates.mean():
        raise CorruptDataError(
            f"NATO {ed} edition, {year}: euro-area allies imply different USD/EUR rates "
            f"({rates.min():.6f} to {rates.max():.6f}); Tables 1 and 2 were misread"
        )
    rate = float(rates.median())
    estimate = bool(rows["estimate"].any())
    return rate, (
        f"1 EUR = {rate:.4f} USD: the rate NATO used for {year} in its {ed} edition, Table 1 "
        f"(EUR) divided by Table 2 (USD) for the {len(rates)} euro-area allies, which agree"
        + (f"; {year} is a NATO estimate year, so it is NATO's forecast rate" if estimate else "")
    )


def _eu_allies_gdp(ed: int) -> pd.DataFrame:
    names = [a.name for a in alliance.group_members("eu")]
    rows = observations("gdp_usd_current", names, edition=ed)
    last = rows[rows["year"] == rows["year"].max()]
    return pd.DataFrame(
        {
            "country": last["country"],
            "nato_ally": True,
            "year": last["year"].astype(int),
            "gdp_musd_current": last["value"],
            "gdp_source": [
                f"NATO {ed} ed., Table 5" + (" (estimate)" if e else "") for e in last["estimate"]
            ],
        }
    )


def _eu_outside_gdp() -> tuple[pd.DataFrame, list[str]]:
    """GDP = SIPRI spending (current USD) / SIPRI share of GDP, latest year with both."""
    rows = observations(
        ["spending_usd_current", "share_of_gdp", "spending_lcu_current"],
        list(EU_OUTSIDE_NATO),
        source="SIPRI",
    )
    out, rates = [], []
    for name in EU_OUTSIDE_NATO:
        own = rows[rows["country"] == name].pivot_table(
            index="year", columns="measure", values="value"
        )
        both = own.dropna(subset=["spending_usd_current", "share_of_gdp"])
        both = both[both["share_of_gdp"] > 0]
        if both.empty:
            raise NoData(f"SIPRI holds no year with both spending and share of GDP for {name}")
        year = int(both.index.max())
        got = both.loc[year]
        out.append(
            {
                "country": name,
                "nato_ally": False,
                "year": year,
                "gdp_musd_current": got["spending_usd_current"] / (got["share_of_gdp"] / 100),
                "gdp_source": "SIPRI 2025: spending (current USD) / share of GDP",
            }
        )
        if pd.notna(got.get("spending_lcu_current")):
            rates.append((got["spending_usd_current"] * 1e6 / got["spending_lcu_current"], year))
    notes = []
    if rates:
        years = sorted({y for _, y in rates})
        mean = sum(r for r, _ in rates) / len(rates)
        notes.append(
            f"For comparison, SIPRI's own euro and dollar figures for these four imply "
            f"1 EUR = {mean:.4f} USD in {'/'.join(map(str, years))} (its annual-average rate)."
        )
    return pd.DataFrame(out), notes


def rearm_europe(
    extra_share: float = 1.5, years: int = 4, usd_per_eur: float | None = None
) -> RearmArithmetic:
    """Fiscal space if the EU's 27 raise defence spending by extra_share % of GDP for years.

    GDP: NATO Table 5 (current USD, the latest edition and year with GDP) for the 23 EU
    members that are allies; SIPRI spending / share of GDP for Austria, Cyprus, Ireland and
    Malta. usd_per_eur: USD per EUR (default: the rate NATO used, see nato_usd_per_eur).
    """
    if not 0 < extra_share <= 10:
        raise BadParameter(
            f"extra share {extra_share:g}% of GDP is out of range: give a rise above 0 and "
            "at most 10 points (the plan's is 1.5)"
        )
    if int(years) != years or not 1 <= years <= 10:
        raise BadParameter(f"years: {years!r}; give a whole number of years from 1 to 10")
    ed = select(measure=GDP).edition  # the latest edition holding GDP (Table 5)
    allies_gdp = _eu_allies_gdp(ed)
    outside, notes = _eu_outside_gdp()
    gdp_year = int(allies_gdp["year"].max())
    if usd_per_eur is None:
        usd_per_eur, rate_said = nato_usd_per_eur(gdp_year)
    else:
        if not 0.5 <= usd_per_eur <= 2.0:
            raise BadParameter(
                f"exchange rate 1 EUR = {usd_per_eur:g} USD is implausible: give a rate "
                "between 0.5 and 2 (e.g. 1.08)"
            )
        rate_said = f"1 EUR = {usd_per_eur:g} USD (user rate)"
    countries = pd.concat([allies_gdp, outside], ignore_index=True)
    countries["gdp_beur_current"] = countries["gdp_musd_current"] / usd_per_eur / 1000
    countries["extra_beur_per_year"] = countries["gdp_beur_current"] * extra_share / 100
    countries["fiscal_space_beur"] = countries["extra_beur_per_year"] * years
    countries = countries.sort_values("country").reset_index(drop=True)

    gdp = float(countries["gdp_beur_current"].sum())
    flat = gdp * extra_share / 100 * years
    ramp = gdp * extra_share / 100 * (years + 1) / 2  # year k adds k/years of the full rise
    plan = commitment("rearm-europe")
    if COMMISSION_FISCAL_SPACE_BEUR + SAFE_LOANS_BEUR != plan.threshold:
        raise CorruptDataError(
            f"the Commission's EUR {COMMISSION_FISCAL_SPACE_BEUR:g} bn + {SAFE_LOANS_BEUR:g} bn "
            f"do not add up to the {plan.threshold:g} bn recorded for {plan.id!r}"
        )
    summary = pd.DataFrame(
        [
            ("EU GDP, 27 members", gdp, f"{gdp_year}, current prices (see countries)"),
            (
                f"ours: +{extra_share:g}% of GDP in each of {years} years",
                flat,
                "GDP held at its latest level",
            ),
            (
                f"ours, phased: rising in equal steps to +{extra_share:g}% in year {years}",
                ramp,
                "another reading of 'on average'",
            ),
            ("Commission: fiscal space", COMMISSION_FISCAL_SPACE_BEUR, "close to; 4 March 2025"),
            ("difference: ours - Commission", flat - COMMISSION_FISCAL_SPACE_BEUR, ""),
            ("Commission: SAFE loans", SAFE_LOANS_BEUR, "adopted 27 May 2025"),
            ("ours + SAFE loans", flat + SAFE_LOANS_BEUR, ""),
            ("Commission: total", plan.threshold, "close to; " + plan.source_url),
        ],
        columns=["item", "billion_eur", "note"],
    )
    est = countries.loc[countries["nato_ally"], "gdp_source"].str.contains("estimate").any()
    assumptions = [
        f"GDP: NATO {ed} edition, Table 5, current USD, {gdp_year}"
        + (" (NATO estimates)" if est else "")
        + f", for the {len(allies_gdp)} EU members that are NATO allies.",
        f"GDP for the {len(outside)} EU members outside NATO ({', '.join(EU_OUTSIDE_NATO)}): "
        "SIPRI's military spending in current USD divided by its share of GDP, latest year "
        f"with both ({', '.join(f'{r.country} {r.year}' for r in outside.itertuples())}); "
        "SIPRI's share is of nominal GDP and its dollars use its own exchange rates.",
        f"USD to EUR: {rate_said}.",
        *notes,
        f"Fiscal space: {extra_share:g}% of GDP a year for {years} years, GDP held at its "
        f"{gdp_year} level in current euros (growth and inflation would raise it); "
        f"the phased reading adds 1/{years}, 2/{years}, ... of the rise in successive years, "
        f"{(years + 1) / 2:g} years' worth in all.",
        "The Commission's figures are quoted as announced (close to EUR 650 bn + EUR 150 bn "
        f"SAFE loans = close to EUR 800 bn, {plan.source_url}); ours is not adjusted to meet "
        "them.",
    ]
    return RearmArithmetic(countries, summary, usd_per_eur, flat, assumptions)
