"""NATO beside SIPRI: the same ally-year in both, the difference, and why they can differ.

>>> import milex
>>> c = milex.nato_vs_sipri("Germany", years=2024, edition=2024).iloc[0]
>>> float(round(c["nato"], 2)), float(round(c["sipri"], 2))
(2.12, 1.89)
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from milex.dataset import observations
from milex.dataset.selection import select
from milex.errors import BadParameter, NoData
from milex.reference import alliance

# Measures both publishers define the same way (up to their definitions of defence spending).
COMPARABLE = {
    "share_of_gdp": "% of GDP",
    "spending_usd_current": "million USD, current prices and exchange rates",
}

REASONS = (
    "Definition: SIPRI counts paramilitary forces when judged to be trained and equipped for "
    "military operations and, for the United States, military aid to Ukraine; NATO counts what "
    "each ally reports under NATO's definition.",
    "Year: NATO labels a fiscal year by the calendar year holding most of its months (UK and "
    "Canada 2024 = FY 2024/25, US 2024 = FY Oct 2023-Sep 2024); SIPRI's main series is by "
    "calendar year.",
    "GDP: each uses its own GDP source and vintage (NATO's from the allies and its own "
    "forecasts at the cut-off; SIPRI's mostly from the IMF).",
    "Share of GDP: NATO's share is of real GDP at the edition's constant prices; SIPRI's is of "
    "nominal GDP.",
    "Edition: both revise earlier years in each release; compare figures of known editions.",
)

# Ally-specific reasons, on top of REASONS.
_ALLY_NOTES = {
    "USA": "US: SIPRI includes military aid to Ukraine; NATO's year is the fiscal year "
    "October to September.",
    "GBR": "UK: NATO's year is the fiscal year April to March (2024 = 2024/25).",
    "CAN": "Canada: NATO's year is the fiscal year April to March (2024 = 2024/25).",
}


def nato_vs_sipri(
    ally: str,
    years: int | str | list[int] | None = None,
    measure: str = "share_of_gdp",
    edition: int | None = None,
    as_of: date | str | None = None,
) -> pd.DataFrame:
    """One ally's figures in NATO's tables and in SIPRI's database, year by year, side by side.

    edition / as_of choose the NATO edition (and with as_of the SIPRI release current then;
    otherwise the latest SIPRI release). Columns: ally, iso3, year, measure, unit, nato,
    nato_edition, nato_estimate, sipri, sipri_edition, sipri_estimate, difference (SIPRI minus
    NATO), note. Years that only one source covers keep the other side missing.
    The known reasons they differ are in REASONS and in the frame's attrs["notes"].
    """
    if measure not in COMPARABLE:
        raise BadParameter(
            f"NATO and SIPRI can be set side by side on {', '.join(COMPARABLE)}, not {measure!r} "
            "(their constant prices have different base years)"
        )
    code = alliance.resolve(ally)
    if code not in {a.iso3 for a in alliance.ALLIES}:
        raise BadParameter(f"{ally!r} is an aggregate; SIPRI has no NATO totals to compare with")
    name = alliance.name_of(code)
    nato_sel = select(edition, as_of=as_of, years=years)
    nato = observations(measure, name, edition=nato_sel)
    try:
        sipri = observations(measure, name, years, as_of=as_of, source="SIPRI")
        sipri_note = None
    except NoData as exc:  # no SIPRI release held was out by as_of: NATO alone, said so
        sipri = nato.iloc[0:0]
        sipri_note = f"SIPRI: {exc}."
    if nato.empty and sipri.empty:
        raise NoData(f"neither NATO nor SIPRI has {measure} for {name} in the years asked")
    cols = ["year", "value", "edition", "estimate"]
    both = nato[cols].merge(sipri[cols], on="year", how="outer", suffixes=("_nato", "_sipri"))
    # SIPRI's long series starts in 1949; beside NATO, keep the years NATO's edition covers.
    if not nato.empty:
        both = both[both["year"] >= nato["year"].min()]
    frame = pd.DataFrame(
        {
            "ally": name,
            "iso3": code,
            "year": both["year"].astype(int),
            "measure": measure,
            "unit": COMPARABLE[measure],
            "nato": both["value_nato"],
            "nato_edition": both["edition_nato"].astype("Int64"),
            "nato_estimate": both["estimate_nato"],
            "sipri": both["value_sipri"],
            "sipri_edition": both["edition_sipri"].astype("Int64"),
            "sipri_estimate": both["estimate_sipri"],
            "difference": both["value_sipri"] - both["value_nato"],
            "note": _ALLY_NOTES.get(code, ""),
        }
    ).reset_index(drop=True)
    frame.attrs["notes"] = [
        f"NATO edition {nato_sel.edition}; difference = SIPRI minus NATO. Why they differ:",
        *(f"- {r}" for r in REASONS),
    ]
    basis = nato_sel.publication.basis
    if basis == "core defence expenditure":
        frame.attrs["notes"].insert(
            1,
            f"- Basis: the NATO {nato_sel.edition} edition measures core defence expenditure "
            "(the part counting towards The Hague's 3.5%), narrower than NATO's earlier "
            "defence expenditure and than SIPRI's military expenditure.",
        )
    if sipri_note:
        frame.attrs["notes"].insert(0, sipri_note)
    return frame
