"""SIPRI's world and regional totals, one figure at a time, from the dataset's index (no pandas).

The most quoted SIPRI figures are totals: "world military spending reached $2.72 trillion in
2024", "European spending climbed to $693 billion". `region_total` gives one of them with its
provenance, for the claim checker and anyone else; `milex.observations(country="World",
source="SIPRI")` gives the same rows as a DataFrame.

>>> round(region_total("World", 2024).value / 1e6, 2)  # million USD -> trillion
2.72
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from milex.dataset import index
from milex.dataset.selection import select
from milex.errors import UnknownName
from milex.reference import regions

MEASURES = ("spending_usd_constant", "spending_usd_current")


@dataclass(frozen=True)
class Total:
    """One published total: value in million USD (``row.unit``), at ``row.price_base`` prices."""

    region: regions.Region
    year: int
    measure: str
    edition: int
    row: index.Row  # value, estimate, unit, price base, file, sheet, cell, published

    @property
    def value(self) -> float:
        return self.row.value


def region_total(
    region: str,
    year: int,
    measure: str = "spending_usd_current",
    *,
    edition: int | str | None = None,
    as_of: date | str | None = None,
) -> Total | None:
    """SIPRI's total for a region (or the world) in one year, or None when the edition has none.

    region: SIPRI's name or the code ("World", "Western Europe", "SIPRI:EUROPE").
    measure: "spending_usd_current" (SIPRI prints it for the release's last year only) or
        "spending_usd_constant" (every year from 1988, at the release's constant prices).
    edition / as_of: the SIPRI release, by year or as current on a day (default: the latest).
    Raises UnknownName for an unknown region or measure; `select`'s errors for an edition.
    """
    found = regions.resolve(region)
    if measure not in MEASURES:
        raise UnknownName("measure of a SIPRI total", measure, list(MEASURES))
    sel = select(edition, as_of=as_of, source="SIPRI")
    row = index.rows("SIPRI", sel.edition, measure).get((found.code, int(year)))
    if row is None:
        return None
    return Total(found, int(year), measure, sel.edition, row)
