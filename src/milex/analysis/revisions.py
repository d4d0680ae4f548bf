"""What changed between editions: one ally-year-measure in every edition held, and the largest
revisions from one edition to the next.

Editions revise each other: later national data replace estimates, and the price base moves
(2015 prices in NATO's 2024 edition, 2021 in the 2025 edition), which moves even a share of
GDP, since NATO divides real spending by real GDP.

>>> import milex
>>> r = milex.revision_history("Poland", years=2024)
>>> r["value"].round(2).tolist()
[4.12, 3.79, 3.75]
>>> r["change_kind"].tolist()[1:]
['revision', 'change of definition']
"""

from __future__ import annotations

import pandas as pd

from milex.dataset import observations
from milex.dataset.selection import select
from milex.errors import BadParameter, NoData
from milex.reference import alliance
from milex.reference import publications as pubs

_KEEP = ["country", "iso3", "measure", "basis", "year", "edition", "published", "value", "unit",
         "price_base", "estimate", "table"]  # fmt: skip
REVISION = "revision"
DEFINITION_CHANGE = "change of definition"

PRICE_BASE_NOTE = (
    "Editions use different constant prices (NATO 2019 and 2024: 2015 prices; 2025 and 2026: "
    "2021 prices), so constant-price values and shares of real GDP move between editions even "
    "without new data."
)
DEFINITION_NOTE = (
    "NATO's 2026 edition measures core defence expenditure (the part counting towards The "
    "Hague's 3.5%), for every year it covers; earlier editions measure defence expenditure. "
    "A move between the two (change_kind 'change of definition') is a different measurement, "
    "not a revision of the same one."
)


def _kind(basis_from: pd.Series, basis_to: pd.Series) -> list:
    return [
        None if pd.isna(a) else REVISION if a == b else DEFINITION_CHANGE
        for a, b in zip(basis_from, basis_to, strict=True)
    ]


def revision_history(
    ally: str,
    measure: str = "share_of_gdp",
    years: int | str | list[int] | None = None,
    source: str = "NATO",
) -> pd.DataFrame:
    """The value of one ally's measure in every edition held, year by year.

    One row per year and edition (oldest edition first), with change_from_previous: the
    move from the previous edition that held that year (NaN for the first), and change_kind:
    "revision" on the same basis or "change of definition" when the basis differs (NATO's
    2026 edition measures core defence expenditure).
    """
    rows = observations(measure, ally, years=years, edition="all", source=source)
    if rows.empty:
        raise NoData(f"no {source} edition held has {measure} for {ally} in the years asked")
    frame = rows[_KEEP].rename(columns={"country": "ally"})
    frame = frame.sort_values(["year", "edition"]).reset_index(drop=True)
    frame["change_from_previous"] = frame.groupby("year")["value"].diff()
    frame["change_kind"] = _kind(frame.groupby("year")["basis"].shift(), frame["basis"])
    notes = [PRICE_BASE_NOTE]
    if (frame["change_kind"] == DEFINITION_CHANGE).any():
        notes.append(DEFINITION_NOTE)
    frame.attrs["notes"] = notes
    return frame


def largest_revisions(
    measure: str = "share_of_gdp",
    from_edition: int | None = None,
    to_edition: int | None = None,
    years: int | str | list[int] | None = None,
    ally: str | None = None,
    n: int | None = 10,
) -> pd.DataFrame:
    """The ally-years whose value moved most between two NATO editions, largest first.

    Default editions: the two latest held. Columns: ally, iso3, year, measure, from_edition,
    value_from, to_edition, value_to, revision (to minus from), estimate_from, estimate_to,
    basis_from, basis_to and change_kind ("revision", or "change of definition" when the two
    editions measure different things, as from 2025 to 2026: the difference is then shown
    but is not a revision of the same figure).
    n: how many rows (None for all). Aggregates (NATO Total...) are left out.
    """
    held = [p.edition for p in pubs.publications("NATO")]
    if len(held) < 2 and (from_edition is None or to_edition is None):
        raise NoData("only one NATO edition is held: nothing to compare")
    to_ed = select(to_edition).edition
    if from_edition is not None:
        from_ed = select(from_edition).edition
    elif to_ed == held[0]:
        raise NoData(f"no NATO edition held is older than the {to_ed} edition: nothing to compare")
    else:
        from_ed = held[held.index(to_ed) - 1]
    if from_ed == to_ed:
        raise BadParameter("from_edition and to_edition are the same edition")
    a = observations(measure, ally, years=years, edition=from_ed)
    b = observations(measure, ally, years=years, edition=to_ed)
    cols = ["country", "iso3", "year", "value", "estimate", "basis"]
    both = a[cols].merge(b[cols], on=["country", "iso3", "year"], suffixes=("_from", "_to"))
    both = both[both["iso3"].isin({x.iso3 for x in alliance.ALLIES})]
    if both.empty:
        raise NoData(
            f"editions {from_ed} and {to_ed} share no {measure} figure for the allies asked"
        )
    both = both.rename(columns={"country": "ally"})
    both["measure"] = measure
    both["from_edition"], both["to_edition"] = from_ed, to_ed
    both["revision"] = both["value_to"] - both["value_from"]
    both["change_kind"] = _kind(both["basis_from"], both["basis_to"])
    both = both.reindex(both["revision"].abs().sort_values(ascending=False).index)
    frame = both[["ally", "iso3", "year", "measure", "from_edition", "value_from", "to_edition",
                  "value_to", "revision", "estimate_from", "estimate_to", "basis_from", "basis_to",
                  "change_kind"]]  # fmt: skip
    if n is not None:
        frame = frame.head(int(n))
    frame = frame.reset_index(drop=True)
    notes = [PRICE_BASE_NOTE]
    if (frame["change_kind"] == DEFINITION_CHANGE).any():
        notes.insert(0, DEFINITION_NOTE)
    frame.attrs["notes"] = notes
    return frame
