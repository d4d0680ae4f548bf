"""Whose change and which year's: the slots of a real-change figure that its own words settle.

'a combined 18% rise across the alliance' (the alliance's, not the ally named before), 'an
18% rise in spending by Canada and the European members' (the group after 'by'), 'After a
rise of 18.6% in 2024, spending by European allies and Canada will ...' (the main clause's
subject), 'a 44% rise over the previous year' and 'in the past year' (a one-year change: the
latest year, not the year before), 'climbed 5.7% from 2023, reaching ... last year' (2023 is
the base year), and a change in a bill or an act ('the $895bn authorisation act, a 1%
increase'), which is not NATO-defined spending at all.
"""

from __future__ import annotations

from milex.claims import patterns
from milex.claims.clause import Context, set_subject
from milex.claims.model import Claim
from milex.claims.numbers import Quantity
from milex.claims.timewords import years_over
from milex.claims.years import fronted_since, superlative_span

_OWNER_WORDS = ("by", "across", "among", "throughout")
_PREDICATE: frozenset[str] = patterns.word_set("change_owner_stops")
_ONE_YEAR = ("past year", "previous year", "prior year", "year earlier", "year before",
             "past twelve months", "past 12 months")  # fmt: skip
_OPENERS = ("after", "following", "despite", "with", "on")
_SAYING = frozenset({"said", "says", "stressed", "told", "noted", "added", "announced", "argued",
                     "insisted", "pointed", "claimed", "declared"})  # fmt: skip


def owner(ctx: Context, q: Quantity) -> str | None:
    """The ally or group whose spending changed, when the words after the change name it."""
    named = [m for m in ctx.mentions if m.kind in ("ally", "group") and m.code != "FOREIGN"]
    lows = ctx.lows
    for k in range(q.j, min(len(lows), q.j + 6)):
        if lows[k] in _OWNER_WORDS or (lows[k] == "in" and lows[k + 1 : k + 2] != ["spending"]):
            hit = next((m for m in named if m.i in (k, k + 1, k + 2)), None)
            if hit is not None:
                return hit.code
        if lows[k] in (",", ";", ".") or any(x.i == k for x in ctx.quantities if x is not q):
            break
        if lows[k] in _PREDICATE:  # "Belgium's rise of 57.4% is bettered only by Luxembourg's":
            break  # past the change's own words, 'by' names the agent of another verb
    lo, _hi = ctx.clause(q)
    if lows[:1] and lows[0] in _OPENERS and "," in lows[q.j :]:
        # "After a rise of 18.6% in 2024, spending by European allies and Canada will ..."
        comma = lows.index(",", q.j)
        if all(m.i >= comma for m in named):
            main = [m for m in named if m.i > comma and not m.is_object]
            if main:
                return main[0].code
    return None


def in_a_bill(ctx: Context, q: Quantity) -> bool:
    """'the $895 billion authorisation act for fiscal 2025, a 1% increase': a bill's change."""
    bills = patterns.word_set("bill_words")
    return any(w in bills for w in ctx.lows[max(0, q.i - 14) : q.i])


_BUDGET_BASES: frozenset[str] = patterns.word_set("budget_change_bases")
_BUDGET_NOUNS: frozenset[str] = patterns.word_set("budget_nouns")
_BASE_STOPS: frozenset[str] = frozenset({",", ";", ".", ":", "(", "and", "but", "while"})


def on_a_budget(ctx: Context, q: Quantity) -> bool:
    """'The rise is 18% on this year's budget', 'up 9% over last year's allocation': a
    change set against a budget is that budget's change (nominal, often planned), not NATO's
    real change in spending."""
    lows = ctx.lows
    k = q.j
    while k < len(lows) and k < q.j + 4 and lows[k] not in _BUDGET_BASES:
        if lows[k] in _BASE_STOPS:
            return False
        k += 1
    if k >= len(lows) or lows[k] not in _BUDGET_BASES:
        return False
    for w in lows[k + 1 : k + 7]:
        if w in _BASE_STOPS:
            return False
        if w in _BUDGET_NOUNS:
            return True
    return False


def settle(ctx: Context, q: Quantity, claim: Claim) -> None:
    """The subject and year of a change, from the words that only a change uses."""
    code = owner(ctx, q)
    if code is not None and code != claim.subject_code:
        set_subject(claim, code)
        claim.doubts = [d for d in claim.doubts if "whose" not in d and "subject" not in d]
    if claim.since is not None:
        # "the job he has held since 2017, ... an 18% rise": a 'since' far off is another's
        # "the secretary general, in office since 2014, said ...": the speaker's 'since'
        far = [t for t in ctx.times if t.role == "since" and t.year == claim.since
               and (min(abs(t.i - q.j), abs(q.i - t.j)) > 12
                    or t.j <= q.i and set(ctx.lows[t.j : q.i]) & _SAYING)]  # fmt: skip
        if far and fronted_since(ctx, q) != claim.since:  # (but a 'since' opening the
            claim.since = None  # sentence dates its later items: "Since 2014, ... and 316% in
            # Latvia")
    lows = ctx.lows
    lo, hi = ctx.clause(q)
    years = [t for t in ctx.times if t.kind == "year" and t.year and lo <= t.i < hi]
    span = next((t for t in years if t.start is not None and t.role == "in"
                 and not superlative_span(lows, t)), None)  # fmt: skip
    if span is not None and span.year is not None:  # "grew 72% in 2014-2024": over the span
        claim.since = span.start
        _set_year(claim, span.year, "stated")
        return
    over = years_over(lows, q.j, hi)
    if over is not None and claim.year is not None:
        # "a combined rise of 16% over the two years": a change over them, not the last one's
        claim.since = claim.year - over
        return
    for a, b in zip(years, years[1:], strict=False):
        if (lows[a.i - 1 : a.i] in (["between"], ["from"]) and lows[a.j : b.i] in (["and"], ["to"])
                and a.year < b.year):  # fmt: skip
            # "grew by about a third between 2014 and 2024": the change over those years
            # ("rose 30% between 2023 and 2024": one year's change)
            claim.since = a.year if a.year < b.year - 1 else None
            _set_year(claim, b.year, "stated")
            return
    for t in ctx.times:
        if not (q.j <= t.i <= q.j + 8) or t.i >= hi:
            continue
        if t.role == "from" and t.kind == "year" and t.year is not None:
            # "climbed 5.7% from 2023, reaching $997bn last year": 2023 is the base
            others = [x for x in ctx.times if x is not t and x.year and lo <= x.i < hi
                      and x.role not in ("from", "since", "price", "edition", "date")]  # fmt: skip
            # (in its own clause: "..., a slowdown from 2024, but above the 2.6% of 2021")
            _set_year(claim, others[0].year if others else t.year + 1, "stated")
            return
        if (
            t.i == q.j
            and t.kind == "previous"
            and any(x.kind == "this" and x.j <= q.i and lo <= x.i for x in ctx.times)
        ):  # "grew 6.5% this year and 5.02% the year before": the year before this year's,
            continue  # the figure's own time (years.py), not a change over the past year
        words = " ".join(lows[max(lo, t.i - 1) : t.j])
        if any(p in words for p in _ONE_YEAR) and not any(
            x.kind == "year" and x.role != "since" and abs(x.i - q.i) <= 10 for x in ctx.times
        ):
            _set_year(claim, ctx.today.year, "tense")  # a one-year change: the latest one
            return
    after = " ".join(lows[q.j : q.j + 5])
    if claim.year is None and ("year-on-year" in after or "year on year" in after):
        _set_year(claim, ctx.today.year, "tense")


def one_year(ctx: Context) -> bool:
    """The sentence speaks of a change over one year and names no year."""
    text = " ".join(ctx.lows)
    return any(p in text for p in (*_ONE_YEAR, "year on year", "year-on-year")) and not any(
        t.kind == "year" for t in ctx.times
    )


def _set_year(claim: Claim, year: int, basis: str) -> None:
    claim.year, claim.year_basis = year, basis
    claim.doubts = [d for d in claim.doubts if "year" not in d]
