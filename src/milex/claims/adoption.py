"""When a guideline was agreed: 'the 2% requirement, set in 2006', 'that deal was firmed up in
2014 and renewed in 2023', 'formally pledged, in 2014', 'turned into a binding goal in 2022'.
The claim is the year the guideline was agreed in, the guideline's figure its threshold; the
years each guideline was agreed are reference data (milex.reference.commitments.MILESTONES)."""

from __future__ import annotations

from milex.claims import patterns
from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.guidelines import GUIDELINE_VALUES, guideline_named
from milex.claims.numbers import Quantity

_ORIGIN = patterns.word_set("adoption_origin")
_RENEWAL = patterns.word_set("adoption_renewal")
_FLOOR = patterns.word_set("floor_words")
_POINTERS = patterns.word_set("guideline_pointers_adoption")
_NOUNS = patterns.word_set("commitment_nouns")
_WHEN: frozenset[str] = patterns.word_set("time_subordinators")


def read_adoptions(ctx: Context) -> None:
    lows = ctx.lows
    if _ORIGIN.isdisjoint(lows) and _RENEWAL.isdisjoint(lows):
        return  # one set test for the sentence instead of one a word
    for v, low in enumerate(lows):
        if low not in _ORIGIN and low not in _RENEWAL:
            continue
        lo, hi = ctx.clause_at(v)
        years = [t for t in ctx.times if t.kind == "year" and t.year
                 and t.role not in ("deadline", "price", "edition")]  # fmt: skip
        when = next((t for t in years if v < t.i <= v + 9), None) or next(
            (t for t in years if t.i <= 1 and t.j < v), None
        )  # "set in 2006", or "In 2006, defence ministers agreed that ..."
        if when is not None and when.year > ctx.today.year:
            continue  # "a review set for 2029": a date ahead, not when a guideline was agreed
        if when is None or any(v < q.i < when.i and q.form != "year"
                               and _NOUNS.isdisjoint(lows[q.j : q.j + 1])
                               for q in ctx.quantities):  # fmt: skip
            continue  # "agreed in 2014", "set the 2% guideline in 2006", not "agreed to spend
            # 2% by 2024"
        if any(q.currency and v - 5 <= q.j <= v for q in ctx.quantities):
            continue  # "the €100 billion special fund set up in 2022": the fund's year
        if any(m.kind in ("ally", "demonym", "capital") and lo <= m.i < v
               and _NOUNS.isdisjoint(lows[max(m.j, v - 7) : v]) for m in ctx.mentions):  # fmt: skip
            continue  # "Canada pledged in 2023 ...": an ally's own pledge, not the guideline's
            # (but "Germany reaches the goal of 2% first set ... in 2006": the goal's)
        value = _guideline(ctx, lo, max(v + 1, when.i))
        if value is None:
            continue
        if not _framing(lows, when, v):
            when.role = "agreement"  # the year a rule was made dates no figure of the sentence
        anchor = Quantity(when.i, when.j, when.i, when.j, value, form="percent")
        # the claim is about the year, the figure the text gives: the guideline is its threshold
        claim = new_claim(ctx, anchor, "commitment_year", float(when.year), "year",
                          year=when.year, threshold=value)  # fmt: skip
        claim.hedge, claim.precision = None, 0
        first, last = min(v, when.i), max(v, when.j - 1)
        claim.text = ctx.sentence.text[ctx.tokens[first].start - ctx.sentence.start :
                                       ctx.tokens[last].end - ctx.sentence.start]  # fmt: skip
        words = set(lows[v : when.i + 1])
        claim.milestone = "floor" if words & _FLOOR else "origin" if low in _ORIGIN else "renewal"
        set_subject(claim, "NATO")


def _framing(lows: list[str], when, v: int) -> bool:
    """Does the year open the sentence with the adoption in a 'when' clause after it, so that
    it dates the main clause too ('In 2014, when the 2% target was set, Canada spent 1.01%')?"""
    return (
        when.i <= 1
        and lows[: when.i] in ([], ["in"])
        and lows[when.j : when.j + 1] == [","]
        and lows[when.j + 1 : when.j + 2] != []
        and lows[when.j + 1] in _WHEN
        and when.j < v
    )


def _guideline(ctx: Context, lo: int, stop: int) -> float | None:
    """The guideline the verb is about: a guideline's figure in the sentence ('the 2% goal'),
    'this goal' / 'the figure' / 'it' (up to the year) for the one the article last named."""
    percents = [q for q in ctx.quantities if q.form == "percent" and q.value in GUIDELINE_VALUES]
    if percents:
        return percents[0].value
    for k in range(lo, stop):
        named = guideline_named(ctx, k, stop)
        if named is not None:
            return named
    if ctx.carry_guideline is not None and any(w in _POINTERS for w in ctx.lows[lo:stop]):
        return ctx.carry_guideline
    return None
