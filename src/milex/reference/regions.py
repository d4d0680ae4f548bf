"""SIPRI's world, regional and subregional totals: their names, codes and place in the tree.

SIPRI publishes military spending totals for the world, five regions and fourteen subregions
(the "Regional totals" sheet of its workbook). They are not countries, so their codes are
written "SIPRI:WORLD", "SIPRI:WESTERN_EUROPE", ...: a colon never appears in an ISO 3166 code
or in NATO's aggregate codes, so a region can never be taken for a country. Names are SIPRI's
own spellings ("sub-Saharan Africa", "Asia & Oceania").

Every row of the dataset says what it is about in its ``entity`` column: a ``country`` (an
ally or any country SIPRI names), NATO's ``aggregate`` rows (NATO Total, NATO Europe and
Canada), a SIPRI ``region`` (the world included) or an ``organisation`` (SIPRI's European
Union row: the EU's own spending, not its members').
"""

from __future__ import annotations

from dataclasses import dataclass

from milex.errors import UnknownName
from milex.reference import alliance


@dataclass(frozen=True)
class Region:
    code: str  # "SIPRI:WESTERN_EUROPE"
    name: str  # SIPRI's label: "Western Europe"
    parent: str | None  # the code of the total it is part of; None for the world


# In SIPRI's order (April 2025 release): code, SIPRI's name, the code of its parent. The codes
# are written out, not derived from the names, so that they stay put if SIPRI renames a region.
# Each total equals the sum of its parts in every year where all are published (checked by
# the build).
REGIONS: tuple[Region, ...] = tuple(Region(*r) for r in (
    ("SIPRI:WORLD", "World", None),
    ("SIPRI:AFRICA", "Africa", "SIPRI:WORLD"),
    ("SIPRI:NORTH_AFRICA", "North Africa", "SIPRI:AFRICA"),
    ("SIPRI:SUB_SAHARAN_AFRICA", "sub-Saharan Africa", "SIPRI:AFRICA"),
    ("SIPRI:AMERICAS", "Americas", "SIPRI:WORLD"),
    ("SIPRI:CENTRAL_AMERICA_CARIBBEAN", "Central America and the Caribbean", "SIPRI:AMERICAS"),
    ("SIPRI:NORTH_AMERICA", "North America", "SIPRI:AMERICAS"),
    ("SIPRI:SOUTH_AMERICA", "South America", "SIPRI:AMERICAS"),
    ("SIPRI:ASIA_OCEANIA", "Asia & Oceania", "SIPRI:WORLD"),
    ("SIPRI:OCEANIA", "Oceania", "SIPRI:ASIA_OCEANIA"),
    ("SIPRI:SOUTH_ASIA", "South Asia", "SIPRI:ASIA_OCEANIA"),
    ("SIPRI:EAST_ASIA", "East Asia", "SIPRI:ASIA_OCEANIA"),
    ("SIPRI:SOUTH_EAST_ASIA", "South East Asia", "SIPRI:ASIA_OCEANIA"),
    ("SIPRI:CENTRAL_ASIA", "Central Asia", "SIPRI:ASIA_OCEANIA"),
    ("SIPRI:EUROPE", "Europe", "SIPRI:WORLD"),
    ("SIPRI:CENTRAL_EUROPE", "Central Europe", "SIPRI:EUROPE"),
    ("SIPRI:EASTERN_EUROPE", "Eastern Europe", "SIPRI:EUROPE"),
    ("SIPRI:WESTERN_EUROPE", "Western Europe", "SIPRI:EUROPE"),
    ("SIPRI:MIDDLE_EAST", "Middle East", "SIPRI:WORLD"),
))  # fmt: skip
BY_CODE: dict[str, Region] = {r.code: r for r in REGIONS}
BY_NAME: dict[str, Region] = {r.name: r for r in REGIONS}
_BY_FOLDED = {alliance.fold(k): r for r in REGIONS for k in (r.name, r.code)}

# SIPRI rows that are neither a country nor a total of countries.
ORGANISATIONS = frozenset({"European Union"})

ENTITIES = ("country", "aggregate", "region", "organisation")
ENTITY_DESCRIPTION = (
    "What the country column names: 'country' (an ally or any country SIPRI names), "
    "'aggregate' (NATO's rows NATO Total and NATO Europe and Canada), 'region' (SIPRI's world, "
    "regional and subregional totals, coded SIPRI:WORLD, SIPRI:EUROPE, ...) or 'organisation' "
    "(SIPRI's European Union row: the EU's own spending). Country-level analysis reads "
    "'country' rows only."
)


def is_region(code: object) -> bool:
    return isinstance(code, str) and code in BY_CODE


def entity(country: str, code: str | None) -> str:
    """The kind of thing a row is about (one of ENTITIES), from its name and code."""
    if is_region(code):
        return "region"
    if code in alliance.AGGREGATES.values():
        return "aggregate"
    if country in ORGANISATIONS:
        return "organisation"
    return "country"


def resolve(name: str) -> Region:
    """A region by SIPRI's name or its code, in any case: "Western Europe", "SIPRI:EUROPE"."""
    found = _BY_FOLDED.get(alliance.fold(str(name)))
    if found is None:
        import difflib

        close = difflib.get_close_matches(str(name), [r.name for r in REGIONS], n=3)
        raise UnknownName("SIPRI region", str(name), close)
    return found


def parts(code: str) -> list[Region]:
    """The regions whose totals add up to the one with that code (none for a subregion)."""
    return [r for r in REGIONS if r.parent == code]
