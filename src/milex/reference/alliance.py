"""The allies: names, ISO codes, the spellings people use, membership dates, groups.

The table is small and changes only when the alliance does, so it lives here as data rather
than in a file: resolving a name then costs no I/O. The accession dates were checked against
the membership table in ../shared/sources/membership (see tests/test_allies.py).
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache


@dataclass(frozen=True)
class Ally:
    name: str
    iso3: str
    joined: date
    eu_member: bool
    aliases: tuple[str, ...] = ()
    has_armed_forces: bool = True

    @property
    def is_european(self) -> bool:
        return self.iso3 not in ("USA", "CAN")

    def as_record(self) -> dict:
        return {
            "name": self.name,
            "iso3": self.iso3,
            "joined": self.joined,
            "eu_member": self.eu_member,
            "has_armed_forces": self.has_armed_forces,
            "aliases": "; ".join(self.aliases),
        }


def _ally(name, iso3, joined, eu=True, aliases=(), armed=True) -> Ally:
    return Ally(name, iso3, date.fromisoformat(joined), eu, tuple(aliases), armed)


# Canonical names follow NATO's tables, except "Slovakia" (NATO prints "Slovak Republic",
# kept as an alias) so that names read the same across NATO and SIPRI.
ALLIES: tuple[Ally, ...] = (
    _ally("Albania", "ALB", "2009-04-01", eu=False),
    _ally("Belgium", "BEL", "1949-04-04"),
    _ally("Bulgaria", "BGR", "2004-03-29"),
    _ally("Canada", "CAN", "1949-04-04", eu=False),
    _ally("Croatia", "HRV", "2009-04-01"),
    _ally("Czechia", "CZE", "1999-03-12", aliases=("Czech Republic",)),
    _ally("Denmark", "DNK", "1949-04-04"),
    _ally("Estonia", "EST", "2004-03-29"),
    _ally("Finland", "FIN", "2023-04-04"),
    _ally("France", "FRA", "1949-04-04"),
    _ally("Germany", "DEU", "1955-05-06", aliases=("Federal Republic of Germany",)),
    _ally("Greece", "GRC", "1952-02-18", aliases=("Hellenic Republic",)),
    _ally("Hungary", "HUN", "1999-03-12"),
    _ally("Iceland", "ISL", "1949-04-04", eu=False, armed=False),
    _ally("Italy", "ITA", "1949-04-04"),
    _ally("Latvia", "LVA", "2004-03-29"),
    _ally("Lithuania", "LTU", "2004-03-29"),
    _ally("Luxembourg", "LUX", "1949-04-04"),
    _ally("Montenegro", "MNE", "2017-06-05", eu=False),
    _ally("Netherlands", "NLD", "1949-04-04", aliases=("The Netherlands", "Holland")),
    _ally("North Macedonia", "MKD", "2020-03-27", eu=False, aliases=("Macedonia",)),
    _ally("Norway", "NOR", "1949-04-04", eu=False),
    _ally("Poland", "POL", "1999-03-12"),
    _ally("Portugal", "PRT", "1949-04-04"),
    _ally("Romania", "ROU", "2004-03-29"),
    _ally("Slovakia", "SVK", "2004-03-29", aliases=("Slovak Republic",)),
    _ally("Slovenia", "SVN", "2004-03-29"),
    _ally("Spain", "ESP", "1982-05-30"),
    _ally("Sweden", "SWE", "2024-03-07"),
    _ally(
        "Türkiye",
        "TUR",
        "1952-02-18",
        eu=False,
        aliases=("Turkey", "Turkiye", "Republic of Türkiye"),
    ),
    _ally(
        "United Kingdom",
        "GBR",
        "1949-04-04",
        eu=False,
        aliases=(
            "UK",
            "U.K.",
            "Britain",
            "Great Britain",
            "United Kingdom of Great Britain and Northern Ireland",
        ),
    ),
    _ally(
        "United States",
        "USA",
        "1949-04-04",
        eu=False,
        aliases=("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    ),
)

# NATO's own aggregate rows, with codes that cannot clash with ISO 3166 alpha-3.
AGGREGATES: dict[str, str] = {"NATO Total": "NATO", "NATO Europe and Canada": "NATO_EC"}

# Groups people ask about; each maps to a rule over ALLIES.
GROUPS: dict[str, str] = {
    "nato": "all allies",
    "europe-canada": "European allies and Canada",
    "europe": "European allies",
    "eu": "EU member states that are NATO allies (23 of the EU's 27)",
}

_BY_ISO3 = {a.iso3: a for a in ALLIES}

# The EU's own size, which "23 of the EU's 27 member states are NATO allies" needs: 28 from
# Croatia's accession (1 July 2013), 27 from the UK's withdrawal (1 February 2020). The UK was
# an EU member state and an ally until then.
EU_SIZES: tuple[tuple[date, int], ...] = ((date(2013, 7, 1), 28), (date(2020, 2, 1), 27))
LEFT_EU: dict[str, date] = {"GBR": date(2020, 2, 1)}


def eu_size(day: date) -> int | None:
    """The number of EU member states on a day (None before 1 July 2013: not held)."""
    size = None
    for since, n in EU_SIZES:
        if day >= since:
            size = n
    return size


def eu_allies(day: date) -> list[Ally]:
    """The allies that were EU member states on a day."""
    return [a for a in members(day) if a.eu_member or day < LEFT_EU.get(a.iso3, day)]


# How far each accession date is confirmed where the membership table doubts it: for Albania
# and Croatia the stored pages give the year only (1 April 2009 is unconfirmed); Germany joined
# on 6 May 1955 by the table, 9 May by other sources. Other dates are confirmed to the day.
JOINED_CONFIRMED_TO: dict[str, str] = {"ALB": "year", "HRV": "year", "DEU": "month"}


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: 'Türkiye' and 'turkiye' meet."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())


_LOOKUP: dict[str, str] = {}
for _a in ALLIES:
    for _spelling in (_a.name, _a.iso3, *_a.aliases):
        _LOOKUP[fold(_spelling)] = _a.iso3
for _name, _code in AGGREGATES.items():
    _LOOKUP[fold(_name)] = _code
    _LOOKUP[fold(_code)] = _code
# "US" also reads as the word "us" once folded; it still resolves to the ally here because
# only names of countries are ever passed to resolve(); the claim extractor is case-aware.


def resolve(name: str) -> str:
    """Return the ISO3 code (or aggregate code) for an ally name, code or alias.

    >>> resolve("Turkey")
    'TUR'

    Raises UnknownAlly suggesting the closest names when nothing matches.
    """
    from milex.errors import UnknownAlly

    code = _LOOKUP.get(fold(str(name)))
    if code is None:
        raise UnknownAlly(str(name), suggest(str(name)))
    return code


def suggest(name: str, n: int = 3) -> list[str]:
    """Canonical names closest to a misspelt one."""
    choices = {fold(a.name): a.name for a in ALLIES}
    choices.update({fold(alias): a.name for a in ALLIES for alias in a.aliases})
    choices.update({fold(agg): agg for agg in AGGREGATES})
    close = difflib.get_close_matches(fold(name), list(choices), n=n * 2, cutoff=0.6)
    out: list[str] = []
    for key in close:
        if choices[key] not in out:
            out.append(choices[key])
    return out[:n]


def ally(name_or_code: str) -> Ally:
    """The Ally record for a name, alias or ISO3 code (aggregates are not allies)."""
    from milex.errors import UnknownAlly

    code = resolve(name_or_code)
    if code not in _BY_ISO3:
        raise UnknownAlly(name_or_code, [f"{name_or_code} is an aggregate, not an ally"])
    return _BY_ISO3[code]


def name_of(code: str) -> str:
    """Canonical display name for an ISO3 or aggregate code."""
    if code in _BY_ISO3:
        return _BY_ISO3[code].name
    for name, agg in AGGREGATES.items():
        if agg == code:
            return name
    return code


def members(as_of: date | None = None) -> list[Ally]:
    """Allies that had joined on or before a date (default: today), in alphabetical order."""
    day = as_of if as_of is not None else date.today()
    return list(_members_on(day))


@lru_cache(maxsize=4096)  # the claim checker asks for the same few days again and again
def _members_on(day: date) -> tuple[Ally, ...]:
    return tuple(a for a in ALLIES if a.joined <= day)


def membership_date(year: int, pub) -> date:
    """The date whose members a year's figures in an edition (`pub`, a publication) count: the
    end of the year, or the edition's publication when that comes first (an edition cannot
    count an ally that had not joined when it appeared)."""
    return min(date(int(year), 12, 31), pub.published)


@cache
def sizes() -> frozenset[int]:
    """Every number of members NATO has had (12 in 1949 ... 32 since March 2024)."""
    return frozenset(len(members(a.joined)) for a in ALLIES)


def group_members(group: str, as_of: date | None = None) -> list[Ally]:
    """Allies in a named group ("nato", "europe-canada", "europe", "eu") at a date."""
    from milex.errors import UnknownName

    key = fold(group).replace(" ", "-")
    aliases = {
        "alliance": "nato",
        "all": "nato",
        "nato-europe-and-canada": "europe-canada",
        "european-allies-and-canada": "europe-canada",
        "european-allies": "europe",
        "eu-members": "eu",
        "european-union": "eu",
    }
    key = aliases.get(key, key)
    rules = {
        "nato": lambda a: True,
        "europe-canada": lambda a: a.iso3 != "USA",
        "europe": lambda a: a.is_european,
        "eu": lambda a: a.eu_member,
    }
    if key not in rules:
        close = difflib.get_close_matches(key, list(rules), n=2)
        raise UnknownName("group", group, close)
    return [a for a in members(as_of) if rules[key](a)]


# The month an ally's fiscal year begins in, where it is not January. NATO labels a fiscal
# year by the calendar year holding most of its months: Canada's and the UK's "2024" is April
# 2024 to March 2025, the United States' "2024" October 2023 to September 2024.
FISCAL_YEAR_START: dict[str, int] = {"CAN": 4, "GBR": 4, "USA": 10}


def fiscal_year(code: str, day: date) -> int | None:
    """NATO's label of the ally's fiscal year that holds the day (None for no ally): the UK's
    on 20 January 2025 is 2024 (2024/25), the US's on 20 November 2024 is 2025."""
    if code not in _BY_ISO3:
        return None
    start = FISCAL_YEAR_START.get(code, 1)
    began = day.year if day.month >= start else day.year - 1
    return began + 1 if start > 7 else began  # (most of its months fall in the year it ends)
