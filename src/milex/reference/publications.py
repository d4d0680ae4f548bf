"""The publications milex holds: what each edition is, when it appeared, how to cite it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

NATO_TERMS = (
    "NATO content may be reused with credit to NATO; it may not be sold or used for "
    "advertising. NATO publishes no open licence for these tables."
)
SIPRI_TERMS = "SIPRI data may be used for non-commercial purposes with credit to SIPRI."


@dataclass(frozen=True)
class Publication:
    source: str  # "NATO" or "SIPRI"
    edition: int
    published: date
    title: str
    path: str  # file or folder inside the sources directory
    reader: str  # "nato_workbook", "nato_csv" or "sipri_workbook"
    url: str
    terms: str
    constant_prices: int  # base year of its constant-price series
    covers: str
    note: str = ""

    def as_record(self) -> dict:
        return {
            "source": self.source,
            "edition": self.edition,
            "published": self.published,
            "title": self.title,
            "covers": self.covers,
            "constant_prices": self.constant_prices,
            "url": self.url,
            "citation": self.citation,
            "terms": self.terms,
            "note": self.note,
        }

    @property
    def citation(self) -> str:
        if self.source == "NATO":
            return f"NATO, {self.title}, press release, {self.published:%d %B %Y}. {self.url}"
        return f"SIPRI, {self.title}, {self.published:%B %Y}. {self.url}"


PUBLICATIONS: tuple[Publication, ...] = (
    Publication(
        source="NATO",
        edition=2024,
        published=date(2024, 6, 17),
        title="Defence Expenditure of NATO Countries (2014-2024)",
        path="nato-2024/240617-def-exp-2024-TABLES-en.xlsx",
        reader="nato_workbook",
        url="https://www.nato.int/cps/en/natohq/news_226465.htm",
        terms=NATO_TERMS,
        constant_prices=2015,
        covers="Tables 1-8b, 2014-2024 (2023 and 2024 estimates)",
    ),
    Publication(
        source="NATO",
        edition=2025,
        published=date(2025, 8, 28),
        title="Defence Expenditure of NATO Countries (2014-2025)",
        path="nato-2025",
        reader="nato_csv",
        url=(
            "https://www.nato.int/en/news-and-events/articles/news/2025/08/28/"
            "defence-expenditure-of-nato-countries-2014-2025"
        ),
        terms=NATO_TERMS,
        constant_prices=2021,
        covers="Tables 3, 7, 8a, 8b, 2014-2025 (2024 and 2025 estimates); data cut-off 3 June 2025",
        note=(
            "Held as CSV exports of NATO's workbook; Tables 1, 2, 4, 5 and 6 of this edition "
            "are not held, so money and GDP questions fall back to the 2024 edition."
        ),
    ),
    Publication(
        source="SIPRI",
        edition=2025,
        published=date(2025, 4, 28),
        title="SIPRI Military Expenditure Database (1949-2024)",
        path="sipri/SIPRI-Milex-data-1949-2024_2.xlsx",
        reader="sipri_workbook",
        url="https://www.sipri.org/databases/milex",
        terms=SIPRI_TERMS,
        constant_prices=2023,
        covers="About 174 countries, 1949-2024",
        note="Workbook created 24 April 2025 for SIPRI's April 2025 release.",
    ),
)


def publications(source: str | None = None) -> list[Publication]:
    """Publications held, oldest first, optionally for one source."""
    from milex.errors import UnknownName

    if source is not None:
        wanted = source.upper()
        if wanted not in {p.source for p in PUBLICATIONS}:
            raise UnknownName("source", source, sorted({p.source for p in PUBLICATIONS}))
        return [p for p in PUBLICATIONS if p.source == wanted]
    return list(PUBLICATIONS)


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


def publication(source: str, edition: int) -> Publication:
    from milex.errors import UnknownName

    for p in publications(source):
        if p.edition == int(edition):
            return p
    held = [str(p.edition) for p in publications(source)]
    raise UnknownName(f"{source} edition", str(edition), held)
