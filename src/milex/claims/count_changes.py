"""How a count of allies changed: '23 allies meet 2% this year, 11 more than the year
before' (a difference), 'a threefold rise from 2021, when seven did' (a multiple).

Each is a count_meeting claim on the level of the count it follows, of that count's year,
with `since` the earlier year: a difference in "allies" ("fewer" in `order` when it fell),
a multiple in "times". Both are judged on the two years' counts in one edition
(verify_alliance.count_change), never on the text's own numbers, which may be wrong.
"""

from __future__ import annotations

from milex.claims import patterns
from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.model import Claim
from milex.claims.numbers import Quantity

_MORE: frozenset[str] = patterns.word_set("count_change_more")
_FEWER: frozenset[str] = patterns.word_set("count_change_fewer")
_COUNTED: frozenset[str] = patterns.word_set("count_change_nouns")
_RISES: frozenset[str] = patterns.word_set("count_rise_nouns")
_FROM: frozenset[str] = patterns.word_set("count_rise_from")
_FOLD: dict[str, float] = {str(w): float(n) for w, n in patterns.load()["count_fold_words"].items()}
_HEDGED: dict[str, str] = {str(w): str(h) for w, h in patterns.load()["ratio_hedges"].items()}
_SMALLEST_TOTAL: int = 16  # a count among a group ("two of the three Baltic states")
_TIME_REACH: int = 4  # words from "than" to its time: "than in the previous year"


def read_count_changes(ctx: Context) -> None:
    if not any(c.kind == "count_meeting" for c in ctx.claims) and not any(
        c.kind == "count_meeting" for c in ctx.claims_of(ctx.sentence.index - 1)
    ):
        return
    _differences(ctx)
    _multiples(ctx)


def _base(ctx: Context, before: int, other_year: int | None = None) -> Claim | None:
    """The count the change is of: the last one before token `before` in the sentence (or,
    failing that, in the sentence right before), at a level, with a year, not a change
    itself, and not of `other_year` (the year the change runs from)."""
    start = ctx.tokens[before].start if before < len(ctx.tokens) else ctx.sentence.end
    here = [c for c in ctx.claims if c.end <= start]
    told = [c for c in ctx.earlier[-8:] if c.sentence == ctx.sentence.index - 1]
    for c in reversed(here + (told if other_year is not None else [])):
        if c.kind != "count_meeting" or c.unit != "allies" or c.since is not None:
            continue
        if c.year is None or c.threshold is None or c.rank_scope is not None:
            return None
        if c.earlier_edition or c.total is not None and c.total < _SMALLEST_TOTAL:
            return None  # "two of the three Baltic states", "the 23 estimated last year"
        if other_year is not None and c.year == other_year:
            continue
        return c
    return None


def _differences(ctx: Context) -> None:
    lows = ctx.lows
    for q in ctx.quantities:
        if id(q) in ctx.consumed or q.form != "plain" or q.precision or q.value > 40:
            continue
        k = q.j + (lows[q.j : q.j + 1] != [] and lows[q.j] in _COUNTED)
        if lows[k : k + 1] == [] or lows[k] not in _MORE | _FEWER:
            continue
        fewer = lows[k] in _FEWER
        n = k + 1 + (lows[k + 1 : k + 2] != [] and lows[k + 1] in _COUNTED)
        if lows[n : n + 1] != ["than"]:
            continue
        t = next((t for t in ctx.times if n < t.i <= n + _TIME_REACH), None)
        base = _base(ctx, q.i)
        if t is None or base is None or base.year is None:
            continue
        words = lows[n + 1 : t.i]
        if any(w not in ("in", "the", "a", "of") for w in words):
            continue
        if t.year is not None and t.kind != "previous":
            since = t.year
        elif t.kind == "previous" and t.back == 0:
            since = base.year - 1  # "than the year before", "than a year earlier"
        else:
            continue
        if since >= base.year:
            continue
        _change(ctx, Quantity(q.i, t.j, q.ni, q.nj, q.value, hedge=q.hedge), base, since,
                "allies", "fewer" if fewer else None)  # fmt: skip
        ctx.consumed.add(id(q))


def _multiples(ctx: Context) -> None:
    lows = ctx.lows
    for k, low in enumerate(lows):
        if low not in _FOLD or lows[k + 1 : k + 2] == [] or lows[k + 1] not in _RISES:
            continue
        if lows[k + 2 : k + 3] == [] or lows[k + 2] not in _FROM:
            continue
        t = next((t for t in ctx.times if t.i == k + 3 and t.year is not None), None)
        if t is None or t.year is None:
            continue
        since = t.year
        base = _base(ctx, k, since)
        if base is None or base.year is None or base.year <= since:
            continue
        at = k - 1 if k > 0 and lows[k - 1] in _HEDGED else k
        if lows[max(0, k - 2) : k] == ["more", "than"]:
            at = k - 2  # "a more than threefold rise"
        hedge = _HEDGED[lows[at]] if at < k else None
        _change(ctx, Quantity(at, t.j, k, k + 1, _FOLD[low], hedge=hedge), base, since, "times",
                None)  # fmt: skip


def _change(ctx: Context, q: Quantity, base: Claim, since: int, unit: str,
            order: str | None) -> None:  # fmt: skip
    claim = new_claim(ctx, q, "count_meeting", q.value, unit, threshold=base.threshold,
                      threshold_high=base.threshold_high, comparator=base.comparator,
                      measure=base.measure, year=base.year, year_basis=base.year_basis)  # fmt: skip
    claim.since = since
    claim.order = order
    claim.hedge = q.hedge
    claim.threshold_guessed = base.threshold_guessed
    claim.doubts = list(base.doubts)
    claim.source, claim.source_text = base.source, base.source_text
    set_subject(claim, "NATO")
