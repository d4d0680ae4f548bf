"""Money since a year: a change ('European allies and Canada have added $200 billion since
2014') or a total ('since 2014 the allies have spent a combined $11 trillion').

No publisher prints such a figure, and the words allow two readings of it: the yearly level now
against the level then (Table 2, latest year less the base year), or the extra spent over all
the years in between (the sum, year by year, of the level above the base year's), which is how
NATO's own releases count 'additional spending since 2014'. The claim is supported when either
reading agrees, saying which; otherwise it is unverifiable with both values, never called
wrong: a writer may also have used a national budget or constant prices. A total is the sum
of the yearly figures from the year named, or from the year after it.
"""

from __future__ import annotations

from datetime import date

from milex.claims import evidence as ev
from milex.claims import patterns
from milex.claims.clause import Context
from milex.claims.model import Checked, Claim
from milex.claims.numbers import Quantity
from milex.claims.verdicts import edition_label, unverifiable

_MEASURE = "spending_usd_current"
_SCALE = {"m": 1.0, "bn": 1e3, "tn": 1e6}


def reading(ctx: Context, q: Quantity, claim: Claim) -> str | None:
    """'Since 2014, the allies have spent a combined $11 trillion': the years added up;
    '$35 billion a year since 2022': every year's (or their average); None for a level
    ('has risen to $97.7bn since 2014' is the latest year's)."""
    if claim.since is None or claim.year is None or claim.since >= claim.year:
        return None
    if claim.measure != "spending_usd_current" or claim.hedge in _COMPARING_HEDGES:
        return None
    lo, hi = ctx.clause(q)
    if ctx.lows[q.i - 1 : q.i] and ctx.lows[q.i - 1] in _LEVEL_BEFORE:
        return None  # "has tripled since 2022, to about $35 billion this year": where it ended
    if patterns.phrases("words", "per_year_words").any_in(ctx.lows, lo, hi):
        return ev.MONEY_YEARLY
    if patterns.phrases("cues", "change").any_in(ctx.lows, lo, q.i):
        return None
    return ev.MONEY_TOTAL if any(w in _SPENDING_VERBS for w in ctx.lows[lo : q.i]) else None


_COMPARING_HEDGES = ("more_than", "at_least", "less_than", "at_most")
_SPENDING_VERBS = patterns.word_set("spending_verbs")
_LEVEL_BEFORE = patterns.word_set("level_before")


def judge(claim: Claim, day: date) -> Checked:
    """The verdict on a change in US dollars since claim.since, up to claim.year."""
    return _readings(claim, day, _changes)


def total(claim: Claim, day: date) -> Checked:
    """'Since 2014, the allies have spent a combined $11 trillion': the sum of the yearly
    figures, with the year named and without it (writers count both ways); '$35 billion a
    year since 2022': every year's figure, or their average."""
    return _readings(claim, day, _yearly if claim.measure == ev.MONEY_YEARLY else _sums)


def _yearly(held: list[int], values: list[float]) -> dict[str, float | tuple[float, float]]:
    return {  # every year agrees when the lowest and the highest do
        f"every year of {held[0]}-{held[-1]}": (min(values), max(values)),
        f"the average of {held[0]}-{held[-1]}": sum(values) / len(values),
    }


def _changes(held: list[int], values: list[float]) -> dict[str, float]:
    since, base = held[0], values[0]
    return {
        f"the level in {held[-1]} less that of {since}": values[-1] - base,
        f"the extra over {since}'s level, summed over {held[1]}-{held[-1]}":
            sum(v - base for v in values[1:]),
    }  # fmt: skip


def _sums(held: list[int], values: list[float]) -> dict[str, float]:
    return {
        f"the sum of {held[0]}-{held[-1]}": sum(values),
        f"the sum of {held[1]}-{held[-1]}": sum(values[1:]),
    }


def _readings(claim: Claim, day: date, readings_of) -> Checked:
    code, since = claim.subject_code, claim.since
    if code is None:
        return unverifiable(
            claim, "; ".join(claim.doubts) or "the text does not say whose figure this is"
        )
    pub, _note = ev.edition_for(claim.source, _MEASURE, day)
    if pub is None or claim.year is None or since is None or claim.source not in ("NATO", "SIPRI"):
        return unverifiable(claim, "no edition held at the article's date has these years")
    held = [y for y in sorted(ev.years_held(claim.source, pub.edition, _MEASURE))
            if since <= y <= claim.year]  # fmt: skip
    rows = [ev.row(claim.source, pub.edition, _MEASURE, code, y) for y in held]
    if len(held) < 2 or held[0] != since or any(r is None for r in rows):
        return unverifiable(claim, f"{edition_label(pub)} does not give {claim.subject}'s "
                                   f"spending for every year from {since} to {claim.year}")  # fmt: skip
    scale = _SCALE.get(claim.unit.split()[-1], 1.0)
    readings = readings_of(held, [r.value / scale for r in rows])
    currency, size = claim.unit.split()[0], claim.unit.split()[-1]

    def shown(value) -> str:  # a spread of years is shown as its two ends
        ends = value if isinstance(value, tuple) else (value,)
        return " to ".join(f"{currency} {ev.figure_text(v)} {size}" for v in ends)

    def said(what: str) -> str:
        return f"{what}: {shown(readings[what])}"

    claim.year = held[-1]  # "have added ... since 2014": up to the latest year the edition has
    for what, value in readings.items():
        ends = value if isinstance(value, tuple) else (value,)
        checks = [ev.agrees(claim.value, claim.high, claim.hedge, claim.precision, v, money=True)
                  for v in ends]  # fmt: skip
        ok, tolerance = all(c[0] for c in checks), checks[0][1]
        if ok and not claim.doubts:
            other = said(next(w for w in readings if w != what))
            text = (f"{edition_label(pub)}, Table 2 (current prices), gives {claim.subject} "
                    f"{shown(value)} as {what}, which agrees with "
                    f"'{claim.text.strip()}' (the other reading, {other})")  # fmt: skip
            evid = ev.evidence(claim.source, pub.edition, _MEASURE, code, held[-1], rows[-1],
                               value=ends[-1] * scale, note=what)  # fmt: skip
            return Checked(claim, "supported", text + ".", tolerance, evid)
    why = "; ".join(claim.doubts) or ("neither reading agrees, and the writer may have used a "
                                      "national budget, other prices or other years")  # fmt: skip
    return unverifiable(claim, f"{why}; {edition_label(pub)}, Table 2: "
                               + "; ".join(said(what) for what in readings))  # fmt: skip
