"""Allies said to meet (or miss) a guideline, with or without its figure in the sentence.

"Croatia, Portugal, Italy and Spain have all reached the 2% threshold", "Belgium and Canada
are on course to hit the goal this year", "Canada and Belgium miss the 2% target": each ally
named as the subject gets a share-of-GDP claim at least (or below) the guideline, which is
the figure written or, for "the goal", the guideline the article last named.
"""

from __future__ import annotations

from milex.claims import patterns
from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.frames import hypothetical
from milex.claims.guidelines import (
    asks_how,
    excepted,
    guessed,
    guideline_named,
    negated,
    no_level_stated,
    none_of,
    polled_view,
)
from milex.claims.numbers import Quantity
from milex.claims.policy import GUIDELINE_SHARES
from milex.claims.subjects import joined
from milex.claims.years import year_for

_MORE_VERBS = patterns.word_set("passing_verbs")
_GET_TO = (["get", "to"], ["got", "to"], ["gets", "to"], ["getting", "to"])
_GET = frozenset(words[0] for words in _GET_TO)
_VERBS = patterns.as_set("meeting_verbs") | _MORE_VERBS
_COMPARED = patterns.word_set("compared_markers")
_DEMANDS = patterns.word_set("demand_words")
_NOUNS = patterns.word_set("guideline_nouns_named")
_ALLY_NOUNS = patterns.word_set("ally_nouns")
_OBLIGING: frozenset[str] = patterns.word_set("obliging_modals")
_LEVEL_PREPS: frozenset[str] = patterns.word_set("guideline_level_prepositions")
_LEVEL_COPULAS: frozenset[str] = patterns.word_set("guideline_level_copulas")
_LEVEL_ADVERBS: frozenset[str] = patterns.word_set("guideline_level_adverbs")


def read_meets(ctx: Context) -> None:
    lows = ctx.lows
    verbs = _VERBS
    if verbs.isdisjoint(lows) and _GET.isdisjoint(lows) and _LEVEL_PREPS.isdisjoint(lows):
        return  # one set test for the sentence instead of one a word
    if not any(m.kind == "ally" for m in ctx.mentions):
        return  # no ally to meet it
    for v, low in enumerate(lows):
        level = low in _LEVEL_PREPS and _after_copula(lows, v)
        if not level and low not in verbs and (low not in _GET or lows[v : v + 2] not in _GET_TO):
            continue
        if low == "top" and v > 0 and lows[v - 1] in ("the", "a", "its", "their", "in"):
            continue  # "in the top 5% of spenders": a noun
        lo, hi = ctx.clause_at(v)
        allies = [m for m in ctx.mentions if lo <= m.i < v and m.kind == "ally"
                  and not (m.i > 0 and lows[m.i - 1] in _COMPARED)]  # fmt: skip
        figure_end = max((x.j for x in ctx.quantities if x.form != "year" and lo <= x.i and x.j <= v),
                         default=-1)  # fmt: skip
        if any(m.i >= figure_end for m in allies):  # "Poland is at 4.48%, and Spain and Italy
            allies = [m for m in allies if m.i >= figure_end]  # reach 2%": theirs, not Poland's
        elif allies and any(x.form == "plain" and allies[-1].j <= x.i and x.j < v
                 and lows[x.j : x.j + 1] and lows[x.j] in _ALLY_NOUNS for x in ctx.quantities):  # fmt: skip
            continue  # "pressure from U.S. President Trump, with 10 allies missing 2%": theirs
        if not allies or any(w in _DEMANDS for w in lows[allies[-1].j : v]):
            continue  # (before the guideline is looked for: both only rule the verb out)
        if lows[v - 1 : v] == ["to"] and not _OBLIGING.isdisjoint(lows[allies[-1].j : v]):
            continue  # "Belgium would have to find billions to meet the 3.5% floor": what it
            # must do for the guideline, not a level it is at
        if asks_how(lows[max(lo, v - 8) : v]):
            continue  # "a plan showing how it will get to the target": a question, not a level
        if _scheduled(lows, v):
            continue  # "lobbied to lengthen the timeframe for reaching the new norm": the
            # reaching planned or priced, not done
        if level and any(m.possessive for m in allies):
            continue  # "Poland's plan is above the target": what the sentence puts above it
            # may be no measured level
        guideline = _guideline_after(ctx, v + 1, hi) or (
            _bare_guideline(ctx, v + 1) if level else None
        )
        if guideline is None or level and guideline[1] in ctx.quantities:
            continue  # ("are above the 2% target": the figure's own comparator reads it)
        value, anchor = guideline
        if polled_view(ctx, anchor):
            continue  # "a poll found most back Italy reaching 2%": the view asked about
        explicit = any(anchor is x for x in ctx.quantities)
        if explicit and hypothetical(ctx, anchor):
            continue  # "what would it take for France to reach 3.5%?", "Suppose Italy had met
            # the 2% floor": a level supposed or asked for, not one the ally is said to be at
        if no_level_stated(ctx, v):
            continue
        missing = low in ("missed", "miss", "misses", "missing", "failed", "fail", "fails")
        missing = (
            missing or negated(lows[max(lo, v - 3) : v]) or none_of(lows, lo) or none_of(lows, 0)
        )
        missing = missing != (excepted(ctx, lo, v) is not None)  # "all but Belgium meet it"
        claimed = {c.subject_code for c in ctx.claims
                   if c.kind == "share_of_gdp" and c.value == value}  # fmt: skip
        year, _since, _deadline, doubt, basis = year_for(ctx, anchor)
        if basis == "loose":
            # "meeting the obligation it took on in 2014": a year further off dates the
            # guideline, not the meeting of it
            year, basis, doubt = ctx.today.year, "tense", ""
        # "every ally must put at least 2% into defence, and Italy has reached this target":
        # the guideline the sentence itself stated before the verb is the one met
        said_before = not explicit and any(
            c.kind == "guideline_value" and c.value == value and c.end <= ctx.tokens[v].start
            for c in ctx.claims
        )
        for m in allies + _as_did(ctx, v):
            if m.code in claimed:
                continue
            claim = new_claim(ctx, anchor, "share_of_gdp", value, "%", measure="share_of_gdp",
                              year=year, year_basis=basis)  # fmt: skip
            claim.hedge = "less_than" if missing else "at_least"
            if level:  # "are above the target": strictly over it (under it for "below")
                claim.hedge = "less_than" if (low == "below") != missing else "more_than"
            claim.threshold_guessed = not said_before and guessed(
                ctx, anchor if explicit else None, value
            )
            claim.precision = 2  # "met 2%": at or above 2.00 at two decimals
            set_subject(claim, m.code)
            if doubt:
                claim.doubts.append(doubt)
            claimed.add(m.code)


_BARE_NOUNS: frozenset[str] = patterns.word_set("guideline_level_bare_nouns")


def _bare_guideline(ctx: Context, k: int) -> tuple[float, Quantity] | None:
    """'were above target': the guideline under discussion named by its bare noun (the last
    one the article named, else 2%), unless the sentence speaks of equipment."""
    if k >= len(ctx.lows) or ctx.lows[k] not in _BARE_NOUNS:
        return None
    if ctx.has("cues", "equipment", lo=max(0, k - 8), hi=min(len(ctx.lows), k + 4)):
        return None
    value = ctx.carry_guideline or 2.0
    return value, Quantity(k, k + 1, k, k + 1, value, form="percent")


def _after_copula(lows: list[str], v: int) -> bool:
    """Does the preposition at v follow a verb of being, perhaps with adverbs between ('are
    above the target', 'was still below the goal', 'to be well above target')? Then it states
    where the subject stands against the guideline, as a verb of meeting does."""
    k = v - 1
    while k >= 0 and k > v - 4 and (lows[k] in _LEVEL_ADVERBS or lows[k].endswith("ly")):
        k -= 1
    return k >= 0 and lows[k] in _LEVEL_COPULAS


_SCHEDULE_NOUNS: frozenset[str] = patterns.word_set("meeting_schedule_nouns")


def _scheduled(lows: list[str], v: int) -> bool:
    """Is the verb at v a gerund completing a noun of time, way or cost ('the timeframe for
    reaching', 'the cost of meeting', 'the path to hitting')? Then no one is said to meet it."""
    return (
        lows[v].endswith("ing")
        and lows[v - 1 : v] != []
        and lows[v - 1] in ("for", "of", "to", "towards", "toward")
        and lows[v - 2 : v - 1] != []
        and lows[v - 2] in _SCHEDULE_NOUNS
    )


_AS_DID = (["as", "did"], ["as", "does"], ["as", "do"], ["as", "has"], ["as", "have"],
           ["so", "did"], ["so", "has"])  # fmt: skip


def _as_did(ctx: Context, v: int) -> list:
    """The allies that share the verb at v after it: 'Hungary met the 2% target, NATO's figures
    show, as did Slovakia' (and 'as did Slovakia and Albania')."""
    lows = ctx.lows
    k = next((k for k in range(v + 1, len(lows) - 2) if lows[k : k + 2] in _AS_DID), None)
    if k is None:
        return []
    out = []
    for m in ctx.mentions:
        if m.i >= k + 2 and m.kind == "ally" and (not out and m.i == k + 2 or out and joined(
                lows[out[-1].j : m.i])):  # fmt: skip
            out.append(m)
    return out


def _guideline_after(ctx: Context, start: int, stop: int) -> tuple[float, Quantity] | None:
    """(value, anchor) of the guideline a verb of meeting takes: '2%' or 'the target'."""
    for q in ctx.quantities:
        if start <= q.i < min(stop, start + 6) and q.form == "percent":
            # "reached the 2% threshold"; "should reach 4 percent" is a figure, read elsewhere
            return (q.value, q) if q.value in GUIDELINE_SHARES else None
    for k in range(start, min(stop, start + 4)):
        value = guideline_named(ctx, k, stop)
        if value is not None:  # the words up to the guideline's noun: "the alliance's target"
            end = next((n + 1 for n in range(k, min(stop, k + 5)) if ctx.lows[n] in _NOUNS),
                       min(stop, k + 3))  # fmt: skip
            return value, Quantity(k, end, k, k + 1, value, form="percent")
    return None
