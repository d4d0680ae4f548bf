"""Row counts a source table must have, from its own shape: allies x years, regions x years.

NATO prints every ally with armed forces (the allies at the edition's publication date) for
every year the edition covers, in every table and measure. A reader that loses rows (a file
cut short, a sheet with rows deleted) therefore leaves ally-years missing; a build refuses
such a table, naming the file. The years are the edition's own (every year any of its
tables holds), so a new edition needs no list here. Missing figures for the edition's last
year alone are allowed, for up to a third of the allies: the latest estimates are not ready
for every ally at the cut-off (Germany had no adopted 2025 budget in the 2025 edition).
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from milex.reference import alliance, regions

LAST_YEAR_GAPS = 1 / 3  # of the allies: more missing in the last year is a damaged table
_SHOWN = 6  # ally-years named in a message; the rest are counted
SUM_TOLERANCE = 1e-6  # relative: a total and the sum of its parts, both at full precision
REGIONAL = "Regional totals"


def violations(nato: pd.DataFrame, publications) -> Iterator[str]:
    """One message per NATO table and measure with fewer rows than allies x years."""
    for pub in publications:
        if pub.source != "NATO":
            continue
        edition = nato[nato["edition"] == pub.edition]
        if edition.empty:
            continue
        allies = sorted(a.name for a in alliance.members(pub.published) if a.has_armed_forces)
        years = sorted(set(edition["year"]))
        for (table, measure), rows in edition.groupby(["table", "measure"], observed=True):
            # a measure printed for one year only ("since 2014") has that one column
            spans = sorted(set(rows["year"])) if len(set(rows["year"])) == 1 else years
            present = set(zip(rows["country"], rows["year"], strict=True))
            missing = [(a, y) for y in spans for a in allies if (a, y) not in present]
            late = [m for m in missing if m[1] == spans[-1]]
            early = [m for m in missing if m[1] != spans[-1]]
            if not early and len(late) <= LAST_YEAR_GAPS * len(allies):
                continue
            files = ", ".join(sorted(set(rows["file"].astype(str))))
            shown = ", ".join(f"{a} {y}" for a, y in (early or late)[:_SHOWN])
            more = len(missing) - min(len(early or late), _SHOWN)
            yield (
                f"NATO {pub.edition} table {table} {measure} ({files}): "
                f"{len(allies) * len(spans) - len(missing)} of {len(allies)} allies x "
                f"{len(spans)} years present; missing {shown}"
                + (f" and {more} more" if more > 0 else "")
                + " (a file cut short or rows lost?)"
            )


def region_violations(sipri: pd.DataFrame) -> Iterator[tuple[tuple, str]]:
    """(key, message) for each region-year missing from SIPRI's regional sheet and each total
    that is not the sum of its parts; key = (source, edition, measure, region, year)."""
    totals = sipri[sipri["table"] == REGIONAL]
    for (edition, measure), rows in totals.groupby(["edition", "measure"], observed=True):
        years = sorted(set(rows["year"]))
        if measure == "spending_usd_current":
            years = [edition - 1]  # the sheet's one current-price column
        values = dict(zip(zip(rows["country"], rows["year"], strict=True), rows["value"],
                          strict=True))  # fmt: skip
        for region in regions.REGIONS:
            for year in years:
                if (region.name, year) not in values:
                    yield (
                        ("SIPRI", edition, measure, region.name, year),
                        f"SIPRI {edition} regional totals: {region.name} {year} {measure} missing",
                    )
            parts = regions.parts(region.code)
            for year in years if parts else ():
                found = [values.get((p.name, year)) for p in parts]
                total = values.get((region.name, year))
                if total is None or None in found:
                    continue  # a total or a part SIPRI does not give: nothing to add up
                if abs(sum(found) - total) > SUM_TOLERANCE * abs(total):
                    yield (
                        ("SIPRI", edition, measure, region.name, year),
                        f"SIPRI {edition} {measure} {year}: {region.name} {total:,.1f} is not "
                        f"the sum of its parts ({sum(found):,.1f})",
                    )
