"""Calendar dates as a sentence writes them: 'March 7, 2024', '7 March 2024', 'April 2023',
'the June 26-27 summit', 'Tuesday, March 18, 2025', 'Today (27 May)'.

A date is matching, not judging: which tokens it spans, its month, its first and last day
(None when only the month is given) and its year (None when the text gives none). The
readers of accessions and of dated events (accession.py, events.py) decide whether a date
is said to be one; the day numbers inside a date are never figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from milex.claims import patterns

_MONTHS = {m: k + 1 for k, m in enumerate(patterns.load()["time"]["months"])}
_WEEKDAYS = frozenset(patterns.load()["time"]["weekdays"])
_DASHES = frozenset({"-", "–", "—", "to"})


@dataclass(frozen=True, slots=True)
class StatedDate:
    i: int  # first token (a weekday before it included)
    j: int  # end token (exclusive)
    month: int
    first: int | None  # day of the month; None when the text gives the month only
    last: int | None  # last day of a span ("June 26-27"); equal to first for one day
    year: int | None  # None when the text gives no year
    year_at: int | None = None  # token of the year, when written

    def span(self, year: int) -> tuple[date, date] | None:
        """The first and last day meant, in `year` when the text gives none; None when the
        day numbers are no day of that month."""
        y = self.year or year
        try:
            if self.first is None:
                nxt = date(y + (self.month == 12), self.month % 12 + 1, 1)
                return date(y, self.month, 1), date.fromordinal(nxt.toordinal() - 1)
            return date(y, self.month, self.first), date(y, self.month, self.last or self.first)
        except ValueError:
            return None

    def iso(self, year: int) -> list[str]:
        """The date as ISO text: ['2024-03-07'], ['2025-06-26', '2025-06-27'], ['2023-04']."""
        span = self.span(year)
        if span is None:
            return []
        if self.first is None:
            return [span[0].isoformat()[:7]]
        return [d.isoformat() for d in dict.fromkeys(span)]


def _day(tokens, lows, k: int) -> int | None:
    if k < 0 or k >= len(lows) or tokens[k].kind != "num" or not lows[k].isdigit():
        return None
    n = int(lows[k])
    return n if 1 <= n <= 31 and len(lows[k]) <= 2 else None


def _year(tokens, lows, k: int) -> int | None:
    if k < 0 or k >= len(lows) or tokens[k].kind != "num" or len(lows[k]) != 4:
        return None
    n = int(lows[k]) if lows[k].isdigit() else 0
    return n if 1900 <= n <= 2100 else None


def _days_after(tokens, lows, k: int) -> tuple[int | None, int | None, int]:
    """'7', '26-27', '26 to 27' starting at token k: (first, last, end token)."""
    first = _day(tokens, lows, k)
    if first is None:
        return None, None, k
    if k + 2 < len(lows) and lows[k + 1] in _DASHES:
        last = _day(tokens, lows, k + 2)
        if last is not None and last > first:
            return first, last, k + 3
    return first, first, k + 1


def dates_in(ctx) -> list[StatedDate]:
    """Every calendar date of the sentence, in order (found once a sentence)."""
    found = ctx.memo.get("dates")
    if found is None:
        found = ctx.memo["dates"] = _scan(ctx.tokens, ctx.lows)
    return found


def _scan(tokens, lows) -> list[StatedDate]:
    out: list[StatedDate] = []
    n = len(lows)
    for k, low in enumerate(lows):
        month = _MONTHS.get(low)
        if month is None or (low == "may" and tokens[k].text != "May"):
            continue
        first, last, end = _days_after(tokens, lows, k + 1)  # "March 7, 2024", "June 26-27"
        start = k
        if first is None:  # "7 March 2024", "26-27 June"
            back = _day(tokens, lows, k - 1)
            if back is not None:
                before = (
                    _day(tokens, lows, k - 3)
                    if lows[k - 2 : k - 1] and lows[k - 2] in _DASHES
                    else None
                )
                if before is not None and before < back:
                    first, last, start = before, back, k - 3
                else:
                    first, last, start = back, back, k - 1
        year_k: int | None = end + 1 if end < n and lows[end] == "," else end
        year = _year(tokens, lows, year_k)
        if year is None:
            year_k = None
        elif first is None and end < n and lows[end] == ",":
            year, year_k = None, None  # "in April, 2023 saw ...": no date
        if first is None and year is None:
            continue  # a month alone ("in June") says too little
        if start >= 2 and lows[start - 1] == "," and lows[start - 2] in _WEEKDAYS:
            start -= 2  # "Tuesday, March 18, 2025"
        stop = (year_k + 1) if year_k is not None else end
        out.append(StatedDate(start, stop, month, first, last, year, year_k))
    return out


def inside(dates: list[StatedDate], k: int) -> StatedDate | None:
    """The date whose span holds token k, if any."""
    return next((d for d in dates if d.i <= k < d.j), None)
