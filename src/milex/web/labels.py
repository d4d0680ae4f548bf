"""Words and numbers for people: column headings with their units, and one way to write a cell.

The data twins (.json, .csv) keep the machine names (`gap_usd_current`); the pages show the
headings below. Shares and points have two decimals, money is whole millions with thousands
separators, an estimated figure carries "(e)", and a column with nothing in it is not shown.
"""

from __future__ import annotations

import pandas as pd

LABELS = {
    "ally": "Ally",
    "country": "Country",
    "iso3": "ISO code",
    "entity": "Kind",
    "year": "Year",
    "edition": "Edition",
    "published": "Published",
    "guideline": "Commitment",
    "value": "Share (%)",
    "threshold": "Threshold (%)",
    "unit": "Unit",
    "status": "Status",
    "gap_pp": "Gap (percentage points)",
    "gap_usd_current": "Gap (million USD, current prices)",
    "gap_usd_constant": "Gap (million USD, constant prices)",
    "price_base": "Price base",
    "money_edition": "Money figures from edition",
    "estimate": "NATO estimate",
    "deadline": "Deadline",
    "meeting": "Allies at or above",
    "allies": "Allies",
    "with_data": "Allies with a figure",
    "share_of_gdp": "Share of GDP (%)",
    "real_change": "Real change (%)",
    "equipment_share": "Equipment (% of spending)",
    "personnel": "Military personnel (thousands)",
    "spending_usd_current": "Spending (million USD, current prices)",
    "spending_usd_constant": "Spending (million USD, constant prices)",
    "gdp_usd_current": "GDP (million USD, current prices)",
    "change_from_previous": "Change from previous edition (points)",
    "nato": "NATO (% of GDP)",
    "nato_estimate": "NATO estimate",
    "sipri": "SIPRI (% of GDP)",
    "sipri_estimate": "SIPRI estimate",
    "difference": "SIPRI minus NATO (points)",
    "note": "Note",
    "url": "Link",
}
STATUS_WORDS = {"meets": "meets", "below": "below", "no data": "no figure"}
# Figures that NATO may have estimated: they get "(e)" when their row is an estimate.
ESTIMABLE = {"value", "share_of_gdp", "real_change", "equipment_share", "personnel", "nato",
             "spending_usd_current", "spending_usd_constant", "gdp_usd_current"}  # fmt: skip
MONEY = {"gap_usd_current", "gap_usd_constant", "spending_usd_current", "spending_usd_constant",
         "gdp_usd_current"}  # fmt: skip
WHOLE = {"year", "edition", "money_edition", "meeting", "allies", "with_data", "deadline"}


def label_of(column: str) -> str:
    """The heading of a column: its label with the unit, or the name made readable."""
    return LABELS.get(column, column.replace("_", " ").capitalize())


def _missing(value) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def cell(column: str, value, row: dict) -> str:
    """A table cell as text: the same format for the same kind of figure on every page."""
    if _missing(value):
        return "—"
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if column == "status":
        return STATUS_WORDS.get(str(value), str(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        if column in WHOLE:
            return str(int(value))
        if column in MONEY:
            text = f"{value:,.0f}"
        elif column == "gap_pp":
            text = f"{value:+.2f}" if value else "0.00"
        else:
            text = f"{value:,.2f}"
        if column in ESTIMABLE and row.get("estimate") is True:
            text += " (e)"
        return text
    text = str(value)
    return "—" if text in ("nan", "NaT", "<NA>", "None", "") else text


def sort_key(value) -> str:
    """The number a client-side sort uses ("" for a missing one)."""
    if _missing(value) or isinstance(value, bool):
        return ""
    try:
        return repr(float(value))
    except (TypeError, ValueError):
        return ""


def shown_columns(frame: pd.DataFrame, columns=None) -> list[str]:
    """The columns asked for that the table holds and that have at least one figure."""
    wanted = [c for c in (columns or list(frame.columns)) if c in frame.columns]
    return [c for c in wanted if frame.empty or not frame[c].map(_blank).all()]


def _blank(value) -> bool:
    return _missing(value) or (isinstance(value, str) and value.strip() == "")


def is_numeric(frame: pd.DataFrame, column: str) -> bool:
    if column not in frame.columns or column in ("year", "edition"):
        return column in ("year", "edition")
    kind = frame[column].dtype
    return pd.api.types.is_numeric_dtype(kind) and not pd.api.types.is_bool_dtype(kind)


def has_estimates(frame: pd.DataFrame) -> bool:
    return "estimate" in frame.columns and bool(frame["estimate"].fillna(False).astype(bool).any())
