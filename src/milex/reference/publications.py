"""Every release of defence-spending figures we know of, held or not: the publications registry.

The registry is data (``reference/publications.csv``): one row per release by NATO or SIPRI,
with its date, title, address, what milex holds of it and why, and how the date was verified.
A release whose date could not be verified has an empty ``published`` and says so; it never
takes part in choosing an edition by date.

>>> edition_as_of(date(2025, 3, 13)).edition
2024
>>> edition_as_of(date(2026, 7, 7)).basis
'core defence expenditure'
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

REGISTRY_FILE = Path(__file__).parent / "publications.csv"

NATO_TERMS = (
    "NATO content may be reused with credit to NATO; it may not be sold or used for "
    "advertising. NATO publishes no open licence for these tables."
)
SIPRI_TERMS = "SIPRI data may be used for non-commercial purposes with credit to SIPRI."
TERMS = {"NATO": NATO_TERMS, "SIPRI": SIPRI_TERMS}


@dataclass(frozen=True)
class Publication:
    id: str  # e.g. "nato-2019-06"
    source: str  # "NATO" or "SIPRI"
    edition: int  # NATO: the last year covered; SIPRI: the release year
    kind: str  # "annual edition", "update", "annual report estimates", "database release"
    published: date | None  # None: the day could not be verified (see date_verified)
    title: str
    first_year: int
    last_year: int
    url: str
    held: bool
    path: str  # file or folder inside the sources directory ("" when not held)
    reader: str  # "nato_workbook", "nato_csv", "nato_2026_conversion", ... ("" when not held)
    basis: str  # what the spending figures measure, e.g. "core defence expenditure"
    constant_prices: int | None  # base year of its constant-price series, when held
    covers: str  # what we hold of it
    note: str  # why we hold it (or not), and what that means for users
    date_verified: str  # how the date was verified, or why it could not be

    @property
    def terms(self) -> str:
        return TERMS[self.source]

    def as_record(self) -> dict:
        return {
            "source": self.source,
            "edition": self.edition,
            "published": self.published,
            "title": self.title,
            "basis": self.basis,
            "covers": self.covers,
            "constant_prices": self.constant_prices,
            "url": self.url,
            "citation": self.citation,
            "terms": self.terms,
            "note": self.note,
        }

    def as_registry_row(self) -> dict:
        return {
            "id": self.id,
            "source": self.source,
            "edition": self.edition,
            "kind": self.kind,
            "published": self.published,
            "title": self.title,
            "years": f"{self.first_year}-{self.last_year}",
            "held": self.held,
            "basis": self.basis,
            "holding": self.covers,
            "why": self.note,
            "url": self.url,
            "date_verified": self.date_verified,
        }

    def as_csv_row(self) -> dict:
        """The row of the registry file that reads back as this publication."""
        return {
            "id": self.id, "source": self.source, "edition": self.edition, "kind": self.kind,
            "published": self.published.isoformat() if self.published else "",
            "title": self.title, "first_year": self.first_year, "last_year": self.last_year,
            "url": self.url, "held": "yes" if self.held else "no", "held_as": self.path,
            "reader": self.reader, "basis": self.basis,
            "constant_prices": self.constant_prices or "", "holding": self.covers,
            "why": self.note, "date_verified": self.date_verified,
        }  # fmt: skip

    @property
    def citation(self) -> str:
        when = f"{self.published:%d %B %Y}" if self.published else "date not verified"
        if self.source == "NATO":
            return f"NATO, {self.title}, press release, {when}. {self.url}".rstrip(". ") + "."
        when = f"{self.published:%B %Y}" if self.published else "date not verified"
        return f"SIPRI, {self.title}, {when}. {self.url}"


def _read_registry(path: Path = REGISTRY_FILE) -> tuple[Publication, ...]:
    from milex.errors import CorruptDataError

    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                held = {"yes": True, "no": False}[row["held"]]
                pub = Publication(
                    id=row["id"],
                    source=row["source"],
                    edition=int(row["edition"]),
                    kind=row["kind"],
                    published=date.fromisoformat(row["published"]) if row["published"] else None,
                    title=row["title"],
                    first_year=int(row["first_year"]),
                    last_year=int(row["last_year"]),
                    url=row["url"],
                    held=held,
                    path=row["held_as"],
                    reader=row["reader"],
                    basis=row["basis"],
                    constant_prices=int(row["constant_prices"]) if row["constant_prices"] else None,
                    covers=row["holding"],
                    note=row["why"],
                    date_verified=row["date_verified"],
                )
            except (KeyError, ValueError) as exc:
                raise CorruptDataError(f"{path.name} line {line}: {exc!r}") from None
            if pub.source not in TERMS or not pub.date_verified or not pub.basis:
                raise CorruptDataError(f"{path.name} line {line}: source, basis or date_verified")
            if pub.held and not (pub.published and pub.path and pub.reader):
                raise CorruptDataError(f"{path.name} line {line}: a held release needs a date, "
                                       "a path and a reader")  # fmt: skip
            out.append(pub)
    return tuple(out)


REGISTRY: tuple[Publication, ...] = _read_registry()
# The releases milex holds, oldest first: these make up the packaged dataset.
PUBLICATIONS: tuple[Publication, ...] = tuple(
    sorted((p for p in REGISTRY if p.held), key=lambda p: (p.source != "NATO", p.published))
)


@cache
def _known() -> tuple[tuple[Publication, ...], tuple[Publication, ...]]:
    """(every release, the held ones): the packaged registry, updated by the registry of a
    dataset installed with `milex data update` (its rows replace those with the same id)."""
    from milex.datadir import PACKAGED, active

    folder = active()[0]
    rows = {p.id: p for p in REGISTRY}
    if folder != PACKAGED and (folder / "publications.csv").is_file():
        rows.update({p.id: p for p in _read_registry(folder / "publications.csv")})
    every = tuple(rows.values())
    held = sorted((p for p in every if p.held), key=lambda p: (p.source != "NATO", p.published))
    return every, tuple(held)


def clear_cache() -> None:
    _known.cache_clear()
    _held_of.cache_clear()
    _registry_of.cache_clear()


def _check_source(source: str, among) -> str:
    from milex.errors import UnknownName

    wanted = source.upper()
    if wanted not in {p.source for p in among}:
        raise UnknownName("source", source, sorted({p.source for p in among}))
    return wanted


def publications(source: str | None = None) -> list[Publication]:
    """Publications held, oldest first, optionally for one source."""
    held = _known()[1]
    if source is None:
        return list(held)
    return list(_held_of(source.upper()) or _held_of(_check_source(source, held)))


@cache
def _held_of(source: str) -> tuple[Publication, ...]:
    return tuple(p for p in _known()[1] if p.source == source)


def registry(source: str | None = None) -> list[Publication]:
    """Every release known, held or not, in the registry's order (oldest first per source)."""
    every = _known()[0]
    if source is None:
        return list(every)
    # (the claim checker asks this for every claim: one source's releases are listed once)
    return list(_registry_of(source.upper()) or _registry_of(_check_source(source, every)))


@cache
def _registry_of(source: str) -> tuple[Publication, ...]:
    return tuple(p for p in _known()[0] if p.source == source)


def latest(source: str = "NATO") -> Publication:
    return publications(source)[-1]


def edition_as_of(day: date, source: str = "NATO") -> Publication:
    """The latest edition of a source published on or before a date.

    >>> edition_as_of(date(2025, 3, 13)).edition
    2024
    """
    from milex.errors import NoData

    held = [p for p in publications(source) if p.published <= day]
    if not held:
        first = publications(source)[0]
        raise NoData(
            f"no {source} edition held was published on or before {day}: the earliest held is "
            f"the {first.edition} edition of {first.published}"
        )
    return held[-1]


def newer_not_held(day: date, source: str = "NATO") -> list[Publication]:
    """Releases we do not hold, published after the edition held as of a date, up to that date.

    An article of that date may rest on one of these; it is judged on the held edition instead,
    and the verdict says so. Releases whose day is not verified are left out.
    """
    held = edition_as_of(day, source)
    return [
        p
        for p in registry(source)
        if not p.held and p.published is not None and held.published < p.published <= day
    ]


def not_held_covering(year: int, day: date, source: str = "NATO") -> list[Publication]:
    """Releases not held, published by a date, that cover a year no held edition of then covers.

    >>> [p.id for p in not_held_covering(2021, date(2021, 7, 1))]
    ['nato-2021-06']
    """
    held_then = [p for p in publications(source) if p.published <= day]
    if any(p.first_year <= year <= p.last_year for p in held_then):
        return []
    return [
        p
        for p in registry(source)
        if not p.held
        and p.published is not None
        and p.published <= day
        and p.first_year <= year <= p.last_year
    ]


def publication(source: str, edition: int) -> Publication:
    from milex.errors import UnknownName

    for p in publications(source):
        if p.edition == int(edition):
            return p
    held = [str(p.edition) for p in publications(source)]
    raise UnknownName(f"{source} edition", str(edition), held)
