"""Readers for the publishers' own file layouts.

Each reader turns one publication into long rows with exactly the columns in ``ROW_COLUMNS``.
Readers find sheets, header rows and year columns by their content, check units and
estimate markers, and raise ``SourceLayoutError`` naming file, sheet and cell when the
layout is not the one they know. They never guess a row or column number.
"""

from __future__ import annotations

# One long row per published number. ``country`` is the label as printed by the publisher
# (NATO's "*" and currency suffix removed); the build maps labels to canonical names and ISO3.
ROW_COLUMNS = (
    "source",  # "NATO" or "SIPRI"
    "edition",  # int: NATO edition year, SIPRI release year
    "table",  # NATO table ("1".."8b") or SIPRI sheet name ("Regional totals" for regions)
    "measure",  # e.g. "share_of_gdp", "spending_usd_current" (see MEASURES in build.py)
    "unit",  # e.g. "% of GDP", "million USD", "million EUR", "thousand persons"
    "price_base",  # "current", "constant 2015", "constant 2021", "constant 2023" or "" (not money)
    "country",  # label as published (a SIPRI region: its name, e.g. "Western Europe")
    "year",  # int, the publisher's year label (fiscal years labelled by NATO's convention)
    "value",  # float at full precision
    "estimate",  # bool: NATO "e" year, SIPRI blue (estimate) or red (highly uncertain) cell,
    # or a SIPRI regional total in red (more than 10% of it estimated)
    "flag",  # "" | "e" | "estimate" | "highly uncertain" | "more than 10% estimated"
    "note",  # NATO "*" -> "national 2% law"; SIPRI footnote markers; else ""
    "file",  # path relative to the sources folder, e.g. "nato-2024/....xlsx"
    "sheet",  # sheet name ("" for CSV)
    "cell",  # cell reference, e.g. "N32" (CSV: "R12C5" = line 12, field 5, 1-based)
)
