"""Which figures answer a question: the one place editions, years and the money edition are chosen.

A caller says what it wants in its own words: an edition (2024, "2024", "latest" or "all"),
or a date (`as_of`, for the edition current that day), years (2024, "2014-2024",
range(2014, 2025) or a list), a source. `select` turns those words, once, into a `Selection`:
exactly which editions and years answer, which edition money figures come from, and why.
The interfaces call it on their options and pass the result down; the library's functions
call it on their arguments (a Selection passed as `edition` goes through unchanged).

Which editions exist comes from the publications registry and what each holds from the
dataset, so a new edition needs no change here.

>>> select(as_of="2025-03-13").edition
2024
>>> select(years="2014-2016").years
(2014, 2015, 2016)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cached_property

from milex.errors import BadParameter
from milex.reference import publications as pubs

# Money questions (gaps in USD, burden sharing) need GDP in USD (NATO's Table 5).
MONEY_MEASURE = "gdp_usd_current"
# Years outside this span are typing slips, not questions (NATO's tables start in 1949).
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200


@dataclass(frozen=True)
class Selection:
    """Which editions and years of one source answer a question, and why.

    editions: edition years, oldest first. years: None for every year the editions hold.
    asked: the edition the words named, before falling back to one that holds `measure`.
    """

    source: str
    editions: tuple[int, ...]
    years: tuple[int, ...] | None
    as_of: date | None
    reason: str
    asked: int | None = None
    measure: str | None = None
    money_asked: int | None = None

    @property
    def edition(self) -> int:
        """The edition answering (the newest, when several are selected)."""
        return self.editions[-1]

    @property
    def publication(self) -> pubs.Publication:
        return pubs.publication(self.source, self.edition)

    @property
    def publications(self) -> list[pubs.Publication]:
        return [pubs.publication(self.source, ed) for ed in self.editions]

    def one(self, what: str = "this question") -> pubs.Publication:
        """The single edition selected; BadParameter when the words selected several."""
        if len(self.editions) != 1:
            raise BadParameter(
                f"{what} reads one edition at a time: give an edition year, not 'all'"
            )
        return self.publication

    @cached_property
    def money(self) -> pubs.Publication | None:
        """The edition money figures come from: the one asked for, else the latest edition up to
        this one holding GDP in USD (NATO 2025 as held has no money tables); None when none does."""
        if self.money_asked is not None:
            return pubs.publication(self.source, self.money_asked)
        return _latest_holding(self.source, MONEY_MEASURE, self.publication.published)

    @property
    def money_reason(self) -> str:
        money = self.money
        if money is None:
            return f"no {self.source} edition held up to the {self.edition} edition has GDP in USD"
        if self.money_asked is not None:
            return f"money figures from the {money.edition} edition, as asked"
        if money.edition == self.edition:
            return f"money figures from the {money.edition} edition itself"
        return (
            f"money figures from the {money.edition} edition: the {self.edition} edition as "
            "held has no money tables"
        )


def select(
    edition: int | str | Selection | None = None,
    *,
    as_of: date | str | None = None,
    years: int | str | range | list[int] | tuple[int, ...] | None = None,
    source: str = "NATO",
    measure: str | None = None,
    money_edition: int | str | None = None,
) -> Selection:
    """The editions and years that answer: the one resolver of "which figures".

    edition: a year, "latest" (the default) or "all"; a Selection is returned unchanged.
    as_of: a date; the latest edition published on or before it (not with `edition`).
    years: a year, "2014-2024", a range or a list; None for every year held.
    measure: when the edition chosen does not hold it, the latest earlier edition that does
    answers instead (the checker's rule for money tables), and the reason says so.
    money_edition: where money figures come from; by default the edition itself, else the
    latest earlier edition holding GDP in USD (see `Selection.money`).
    """
    money = _edition_year(money_edition, "money_edition") if money_edition is not None else None
    if money is not None:
        pubs.publication(source, money)  # an edition not held is refused here, with suggestions
    if isinstance(edition, Selection):
        if as_of is not None or measure is not None:
            raise BadParameter("give either a selection or as_of and measure, not both")
        changes = {"years": year_list(years)} if years is not None else {}
        if money is not None:
            changes["money_asked"] = money
        return replace(edition, **changes) if changes else edition
    if edition is not None and as_of is not None:
        raise BadParameter("give either edition or as_of, not both")
    held = pubs.publications(source)
    source = held[0].source
    day = as_date(as_of) if as_of is not None else None
    word = str(edition).strip().lower() if edition is not None else "latest"
    if day is not None:
        chosen = [pubs.edition_as_of(day, source)]
        reason = (
            f"the latest {source} edition published on or before {day:%-d %B %Y}: "
            f"{_named(chosen[0])}"
        )
    elif word == "latest":
        chosen = [held[-1]]
        reason = f"the latest {source} edition held: {_named(chosen[0])}"
    elif word == "all":
        chosen = held
        reason = f"every {source} edition held: " + ", ".join(str(p.edition) for p in held)
    else:
        chosen = [pubs.publication(source, _edition_year(edition))]
        reason = f"the {source} edition asked for: {_named(chosen[0])}"
    asked = chosen[-1].edition
    if measure is not None and len(chosen) == 1:
        holding = _latest_holding(source, measure, chosen[0].published)
        if holding is not None and holding.edition != asked:
            chosen = [holding]
            reason += (
                f"; it holds no {measure}, so the {holding.edition} edition, the latest "
                "before it that does, answers"
            )
    return Selection(
        source=source,
        editions=tuple(p.edition for p in chosen),
        years=year_list(years),
        as_of=day,
        reason=reason,
        asked=asked,
        measure=measure,
        money_asked=money,
    )


def as_date(value: date | str, what: str = "as_of") -> date:
    """A date from a date or an ISO string (YYYY-MM-DD): the one parser of dates."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        shown = str(value)[:40]
        raise BadParameter(f"{what}: not a date: {shown!r} (expected YYYY-MM-DD)") from None


def year_list(years) -> tuple[int, ...] | None:
    """Years as a sorted tuple: 2024, "2024", "2014-2024", range(2014, 2025), [2014, 2024].

    A list or tuple is the years it names (never a range); None or a blank string (an empty
    form field) is None, every year.
    """
    if years is None or (isinstance(years, str) and not years.strip()):
        return None
    if isinstance(years, str):
        text = years.strip()
        start, dash, end = text.partition("-") if "-" in text[1:] else (text, "", "")
        try:
            found = range(int(start), int(end) + 1) if dash else [int(text)]
        except ValueError:
            raise BadParameter(
                f"years: {years!r} is not a year or a range like 2014-2024"
            ) from None
    elif isinstance(years, int) and not isinstance(years, bool):
        found = [years]
    else:
        try:
            found = [_year(y) for y in years]
        except TypeError:
            raise BadParameter(f"years: {years!r} is not a year, a range or a list") from None
    out = tuple(sorted(set(found)))
    if not out or out[0] < EARLIEST_YEAR or out[-1] > LATEST_YEAR:
        raise BadParameter(
            f"years: {years!r} is outside {EARLIEST_YEAR}-{LATEST_YEAR} or names no year"
        )
    return out


def _year(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(value)
    try:
        return int(value)
    except ValueError:
        raise BadParameter(f"years: {value!r} is not a year") from None


def _edition_year(value, what: str = "edition") -> int:
    if isinstance(value, bool):
        value = repr(value)
    try:
        return int(str(value).strip())
    except ValueError:
        raise BadParameter(
            f"{what}: {value!r} is not an edition year (e.g. 2024), 'latest' or 'all'"
        ) from None


def _named(pub: pubs.Publication) -> str:
    return f"{pub.edition} (published {pub.published:%-d %B %Y})"


def _latest_holding(source: str, measure: str, by: date) -> pubs.Publication | None:
    """The latest edition of a source published on or before `by` that holds a measure."""
    from milex.dataset.index import holdings

    held = holdings()
    for pub in reversed(pubs.publications(source)):
        if pub.published <= by and (pub.source, pub.edition, measure) in held:
            return pub
    return None
