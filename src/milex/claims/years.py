"""Which year a figure is about: the time words next to it, else the tense.

"in 2024", "last year", "this year", "the year before" (relative to the year of the figure
before it), "a decade ago", "in fiscal 2024/25" (labelled by its first year, as NATO does);
with no time words a present or future tense means the article's year, and a past tense
leaves the year unclear, which the verifier reports instead of guessing.
"""

from __future__ import annotations

import bisect
import copy
import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from milex.claims import evidence as ev
from milex.claims import patterns, timewords
from milex.claims.model import Claim
from milex.claims.numbers import Quantity
from milex.reference import alliance

if TYPE_CHECKING:
    from milex.claims.clause import Context

_PAST = frozenset(
    "spent was were reached met rose grew jumped fell devoted raised hit cleared passed managed "
    "came totalled totaled stood amounted increased had dropped declined slipped climbed "
    "remained allocated invested surged soared doubled tripled quadrupled ranked sat "
    "overtook achieved exceeded topped saw recorded posted".split()
)
PAST_VERBS: frozenset[str] = _PAST  # (measures._demanded: "insists it spent 2.6%")
_PRESENT = frozenset(
    "now spends spend is are remains remain stands equals puts devotes has have still "
    "currently today will expected estimated set planned plans projected expects going "
    "spending putting devoting forecast".split()
)


def _later_figures(ctx: Context, q: Quantity) -> list[Quantity]:
    """The first four figures from the end of q on (all year_for() reads of them), not years
    ("five years ago")."""
    if len(ctx.quantities) <= 8:  # (a scan of a few is cheaper than their index)
        return [x for x in ctx.quantities if x.i >= q.j and x.form not in ("year", "ordinal")
                and ctx.lows[x.j : x.j + 1] not in (["years"], ["year"])][:4]  # fmt: skip
    found = ctx.memo.get("later_figures")
    if found is None:  # (found once a sentence: quantities are in order and do not overlap)
        figures = [x for x in ctx.quantities if x.form not in ("year", "ordinal")
                   and ctx.lows[x.j : x.j + 1] not in (["years"], ["year"])]  # fmt: skip
        found = ctx.memo["later_figures"] = (figures, [x.i for x in figures])
    figures, starts = found
    at = bisect.bisect_left(starts, q.j)
    return figures[at : at + 4]


_OWNERS_OF_GDP: frozenset[str] = frozenset({"its", "their", "the"})
_GDP_WORDS: frozenset[str] = frozenset({"gdp", "economy", "output"})


def _joined_pair(between: list[str]) -> bool:
    """Are two figures joined by a bare 'and' ('1.36% and 1.78% in 2015'), the first maybe
    with its 'of GDP' ('devoted 37% of its GDP and almost 60% of all state spending to
    defence in 2023'): a pair that shares its verb and the time after the second?"""
    if between[:1] == ["%"]:
        between = between[1:]
    if between[:1] == ["of"]:
        k = 1 + (between[1:2] != [] and between[1] in _OWNERS_OF_GDP)
        if between[k : k + 1] == [] or between[k] not in _GDP_WORDS:
            return False
        between = between[k + 1 :]
    return between == ["and"]


def _own_time_after(ctx: Context, lo: int, hi: int) -> bool:
    """Does a clause opened by ', and' between lows[lo] and lows[hi] name a time of its own
    ('Since 2014 it has tripled, and in 2024 alone it rose 30%')?"""
    joint = next((k for k in range(lo, hi - 1) if ctx.lows[k] == "," and ctx.lows[k + 1] == "and"),
                 None)  # fmt: skip
    return joint is not None and any(joint < t.i < hi and t.role != "since" for t in ctx.times)


def _joined_after(ctx: Context, lo: int, hi: int) -> bool:
    """Is there a ', and' between lows[lo] and lows[hi] (a clause of its own begins)?"""
    return any(ctx.lows[k] == "," and ctx.lows[k + 1] == "and" for k in range(lo, hi - 1))


def fronted_since(ctx: Context, q: Quantity) -> int | None:
    """The year of a 'since' that opens the sentence ('Since 2014, Lithuania's spending has
    grown by 324% and Latvia's by 316%, while Poland's is up 214%'): it dates every later
    figure of the sentence that no other time word dates, past a 'while' or a ', and' (not
    past a semicolon)."""
    t = next((t for t in ctx.times if t.role == "since" and t.i <= 1), None)
    if t is None or t.year is None or t.j > q.i:
        return None  # (with its comma or not: "Since 2014 Italy, despite ..., has grown 43%")
    if ";" in ctx.lows[t.j : q.i] or any(x is not t and x.i < q.j + 4 and x.kind != "period"
                                         for x in ctx.times if x.i >= t.j):  # fmt: skip
        return None  # ("Since 2014, it has tripled, and in 2024 alone it rose 12%": 2024's)
    return t.year


# a word of the present right before a figure: "today's 3.4%" (not "now": "Poland's 2024
# share is now 3.79%" keeps the year of its noun)
_PRESENT_MARKS: frozenset[str] = patterns.word_set("present_marks_before")


_DECADE_REACH: int = 5  # tokens between a figure and the decade that dates it


def _decade_of(ctx: Context, q: Quantity, lo: int, hi: int) -> str:
    """The words of a decade dating the figure beside it in its clause ('1% in the mid-2010s',
    'in the 1980s, 6%'), with no other figure between them; "" when there is none."""
    for x in ctx.quantities:
        if x.form != "decade" or not lo <= x.i < hi:
            continue
        a, b = (q.j, x.i) if x.i >= q.j else (x.j, q.i)
        if b - a > _DECADE_REACH or any(
            a <= y.i < b and y.form not in ("year", "decade") for y in ctx.quantities
        ):
            continue
        if (
            "(" in ctx.lows[a:b]
            or ")" in ctx.lows[a:b]
            or any(
                t.kind == "year" and (q.j <= t.i <= q.j + b - a or 0 <= q.i - t.j <= b - a)
                for t in ctx.times
            )
        ):
            continue  # ("3% in the late 1980s (SIPRI records 3.0% in 1988)": the bracket's
            # figure has its own year)
        start = x.i - 2 if ctx.lows[x.i - 1 : x.i] == ["-"] else x.i  # ("mid-2010s")
        if start > 0 and ctx.lows[start - 1] in _DECADE_PARTS:
            start -= 1  # ("the late 1980s")
        if start > 0 and ctx.lows[start - 1] == "the":
            start -= 1
        if start > 0 and ctx.lows[start - 1] in _DECADE_OPENERS:
            toks = ctx.tokens[start - 1 : x.j]
            return "".join((" " if k and t.start > toks[k - 1].end else "") + t.text
                           for k, t in enumerate(toks))  # fmt: skip
    return ""


_DECADE_PARTS: frozenset[str] = patterns.word_set("decade_parts")
_DECADE_OPENERS: frozenset[str] = patterns.word_set("decade_openers")


class YearReading(NamedTuple):
    year: int | None
    since: int | None
    deadline: int | None
    doubt: str
    basis: str = "stated"  # "stated" beside the figure, "loose" (further off in its clause),
    # "tense" or "future" (no time words)


# the marks between two figures that read 'from the first to the second' ("0.97% → 3.73%"),
# written as the tokens between them joined ("->" is "-" then ">")
_ARROWS: frozenset[str] = patterns.word_set("pair_arrows")


def arrow_pair(ctx: Context, q: Quantity) -> tuple[Quantity, Quantity] | None:
    """The two figures of an arrow the figure stands in, 'Latvia 0.97% → 3.73%' (as 'from
    0.97% to 3.73%': a starting level, then the level it came to), or None."""
    lows = ctx.lows
    figures = [x for x in ctx.quantities if x.form == q.form]
    for a, b in zip(figures, figures[1:], strict=False):
        if (a is q or b is q) and 0 < b.i - a.j <= 3 and "".join(lows[a.j : b.i]) in _ARROWS:
            return a, b
    return None


_CHANGE_NOUNS_AFTER: frozenset[str] = patterns.word_set(
    "rise_nouns_right_after"
) | patterns.word_set("fall_nouns_right_after")


def _change_before(
    ctx: Context, q: Quantity, hi: int, claims_before: list[Claim] | None
) -> int | None:
    """The year of a change the figure before it in the sentence followed, 'X% this year after
    a Y% fall' (no time of its own after it): the year before that figure's, else None."""
    lows = ctx.lows
    if lows[max(0, q.i - 2) : q.i] not in (["after", "a"], ["after", "an"]):
        return None
    if lows[q.j : q.j + 1] == [] or lows[q.j] not in _CHANGE_NOUNS_AFTER:
        return None
    if any(q.j <= t.i < hi for t in ctx.times):
        return None
    start = ctx.tokens[q.i].start
    before = [c for c in (claims_before or ctx.claims) if c.end <= start]
    if not before or before[-1].year is None or before[-1].kind != "real_change":
        return None
    return before[-1].year - 1


def _arrow_years(
    ctx: Context, q: Quantity, pair: tuple[Quantity, Quantity], hi: int
) -> YearReading | None:
    """The years of an arrow's two figures: a span of years right after the pair dates them,
    its first year the start's and its last the end's ('0.97% → 3.73% (2014-2025)'); with no
    year at all before the end figure, the start is undated (None: the usual reading)."""
    start, end = pair
    span = next((t for t in ctx.times if t.start is not None and t.year is not None
                 and end.j <= t.i < hi and t.i - end.j <= 2), None)  # fmt: skip
    if span is not None:
        return YearReading(span.start if q is start else span.year, None, None, "", "stated")
    carried = ctx.carry_pair
    if (
        carried is not None
        and carried[0] == q.form
        and not any(t.role not in _PAIR_SKIP for t in ctx.times)
    ):  # "Latvia 0.97% → 3.73% (2014–2025). Lithuania 0.88% → 4.00%.": the captions after
        # the first compare the same two years, none naming a time of its own
        return YearReading(carried[1] if q is start else carried[2], None, None, "", "loose")
    if q is start and not any(start.j <= t.i < end.i for t in ctx.times):
        return YearReading(None, None, None, START_UNSAID)
    return None


# how many words may stand between a starting level and the "to" of its end ("from 1.7% at
# the start of the war to 2.3%"); no figure or year of its own may stand among them
_FROM_TO_GAP: int = 8
# words that end the start's stretch or date it to the present ("from 1.37% of GDP today to
# 1.76% by 2030": today's level, not an undated start)
_FROM_TO_GAP_STOPS: frozenset[str] = patterns.word_set("from_to_gap_stops")


def _runs_to(ctx: Context, q: Quantity, hi: int) -> bool:
    """Is the figure after 'from' the start of a 'from X to Y' whose end follows it in the
    clause: 'to' right after it ('from 2.2% to 4.5%'), or after words that say when the start
    was but name no year ('from 1.7% at the start of the war to 2.3%')?"""
    lows = ctx.lows
    if "to" in lows[q.j : q.j + 3]:
        return True
    nxt = next((x for x in ctx.quantities if x.i >= q.j), None)
    if nxt is None or nxt.form != q.form or nxt.i >= hi or nxt.i - q.j > _FROM_TO_GAP:
        return False
    if lows[nxt.i - 1] != "to" or any(q.j <= t.i < nxt.i for t in ctx.times):
        return False
    return _FROM_TO_GAP_STOPS.isdisjoint(lows[q.j : nxt.i - 1])


def _by_its_subject(ctx: Context, q: Quantity, lo: int) -> bool:
    """Is the figure set right by an ally (or a country outside NATO, in SIPRI's figures) that
    the clause goes on to speak of: in brackets after it ('Poland (4.48%) outspent ...'), in an
    aside ('Poland, at 4.48%, ...') or after its possessive ("Poland's 4.48% dwarfed ...")?"""
    lows = ctx.lows
    k = q.i - 1 if lows[q.i - 1 : q.i] == ["("] else q.i - 2 if lows[
        max(lo, q.i - 2) : q.i] == [",", "at"] else q.i  # fmt: skip
    return k > lo and any(m.j == k and m.kind in ("ally", "foreign")
                          and (k < q.i or m.possessive)
                          for m in ctx.mentions)  # fmt: skip


def _opening_year(ctx: Context, q: Quantity) -> int | None:
    """The year that opens the sentence ('In 2023 ...'), when the figure's clause, a later one
    of the sentence, names no time of its own and is told in the past; else None."""
    t = next((t for t in ctx.times if t.i <= 1), None)
    if (
        t is None
        or t.kind != "year"
        or t.role != "in"
        or t.year is None
        or ctx.lows[: t.i] not in ([], ["in"])
        or any(x.kind == "year" and x is not t for x in ctx.times)
        or tense_of(ctx, q) != "past"
    ):
        return None
    return t.year


def line_year(ctx: Context) -> timewords.TimeExpr | None:
    """The year a timeline's item opens on, after a bullet if any, before a dash or a colon
    ('2014 – 1.86', '- 2022: 1.36%', '• 2024 – joins NATO in March; 2.31%', '2019e - 1.36'):
    the year of the line's figures that name no time of their own; else None (a span,
    '2014-2024: ...', is no one year, and a line that opens on a word is no such item)."""
    t = next((t for t in ctx.times if t.i <= 1), None)
    if t is None or t.kind != "year" or t.year is None or t.start is not None:
        return None
    lows = ctx.lows
    if any(w not in _LINE_BULLETS for w in lows[: t.i]):
        return None
    after = t.j + (lows[t.j : t.j + 1] != [] and lows[t.j] in _YEAR_MARKS)
    if lows[after : after + 1] == [] or lows[after] not in _LINE_LABEL_ENDS:
        return None
    if after + 1 >= len(lows) or any(x.i == after + 1 and x.form == "year" for x in ctx.quantities):
        return None  # ("2014 –" alone, "2014 – 2024": no item)
    return t


_LINE_BULLETS: frozenset[str] = frozenset({"-", "–", "—", "•", "*", "·"})
_YEAR_MARKS: frozenset[str] = frozenset({"e", "*"})  # "2019e – 1.36": an estimate's year
_LINE_LABEL_ENDS: frozenset[str] = frozenset({"-", "–", "—", ":"})


def year_for(
    ctx: Context, q: Quantity, claims_before: list[Claim] | None = None, allies: Sequence[str] = ()
) -> YearReading:
    """The year of a figure: the time words after it, then before it, then the tense.

    `allies` are the figure's subjects, whose fiscal calendar dates "last fiscal year" (see
    _resolve); none given, such a time is the calendar's.

    With no time words, a present or future tense gives the article's year with basis
    "tense": the verifier reads it as the latest year of the edition current at the date
    when that edition stops before the article's year ("Spain spends 1.3%" in March 2025
    means NATO's 2024 estimate). A past tense with no year leaves the year unclear.
    """
    lo, hi = ctx.clause(q)
    arrow = arrow_pair(ctx, q)
    if arrow is not None:
        dated = _arrow_years(ctx, q, arrow, hi)
        if dated is not None:
            return dated
    prior = _change_before(ctx, q, hi, claims_before)
    if prior is not None:
        # "the United States, 1.99% this year after a 1.94% fall": the change the one before
        # came after is the year before's
        return YearReading(prior, None, None, "", "loose")
    replaced = _replaced_after(ctx, q, allies)
    if replaced is not None:  # "was 4.25% last year, lower than the 4.48% it published a year
        return YearReading(replaced, None, None, "", "loose")  # ago": the same year's estimate
    decade = _decade_of(ctx, q, lo, hi)
    if decade:
        # "after falling below 1% in the mid-2010s": a level of some years of a decade, which
        # the text does not name, not of the latest year
        why = f"the figure is said of a decade ('{decade}'), not of one year"
        return YearReading(None, None, None, why)
    later = _later_figures(ctx, q)
    if later and ctx.lows[q.j : later[0].i] == [","] and later[0].form == q.form:
        later = later[1:]  # an apposition: "nearly a trillion dollars, $997 billion, last year"
    elif later and ctx.lows[q.j : later[0].i] == ["to"] and later[0].form != q.form:
        later = later[1:]  # "rose 28% to $88.5bn in 2024": the year is the change's too
    restated = -1  # where a time after a restatement must stand to be both figures' (-1: none)
    own_end = -1  # a time before the ', or' of a restatement is the figure's own (-1: none)
    if later and _restated(ctx.lows[q.j : later[0].i]):
        # "4.7% of GDP, or about $48 billion, next year": both figures' time (but "4.25% in
        # 2025, or 193.8 billion zlotys this year": 2025 is the figure's own)
        restated = later[0].j + (ctx.lows[later[0].j : later[0].j + 1] == [","])
        own_end = ctx.lows.index(",", q.j, later[0].i)
        later = later[1:]
    elif later and _apposed(ctx, q, later[0]):
        # "4.7% of GDP, about 187 billion zloty, will go to defence in 2025": both figures'
        restated = later[0].j + 1
        later = later[1:]
    elif later and (close := _bracketed_restatement(ctx, q, later[0])) > 0:
        # "from $26.3 billion (3.9% of GDP) in 2023 to $38.0 billion": the time after the
        # bracket is both figures'
        restated = close + 1
        later = later[1:]
    elif ctx.lows[max(lo, q.i - 2) : q.i] == [",", "or"] and ctx.lows[q.j : q.j + 1] == [","]:
        restated = q.j + 1  # ", or $97.7 billion, last year": the restatement's own
    nxt = later[0].i if later else len(ctx.lows)
    stop = min(nxt, hi)  # where a time after the figure may stand, before the next figure
    since: int | None = None
    deadline: int | None = None
    year = None
    near = len(ctx.lows)  # the 'since' nearest the figure, not one past a ', and' after it
    for t in ctx.times:
        apart = q.i - t.j if t.i < q.i else t.i - q.j
        if (
            t.role == "since"
            and lo <= t.i < hi
            and not _own_time_after(ctx, t.j, q.i)
            and not (t.i > q.j and _joined_after(ctx, q.j, t.i))
            and not (t.i > q.j and _dated_before_comma(ctx, q.j, t.i))
            and not (t.i > q.j and _record_since(ctx.lows, q.j, t.i))
            and apart < near
        ):  # ("Poland has been above 3% for two years running, and Lithuania's spending has
            # risen fourfold since 2014": 2014 is Lithuania's; "grew 31% in 2024, and has risen
            # for eight years running": the run is the next clause's)
            since, near = t.year, apart
        elif t.role == "agreement" and ctx.lows[:1] == ["since"] and "," not in ctx.lows[: t.i]:
            since = t.year  # "Since NATO set its target in 2014, ... risen from 1.4%"
    if since is None:
        since = fronted_since(ctx, q)
    skip = ("price", "edition", "since", "date", "name", "agreement", "base")
    missing = _years_without_figure(ctx)  # "give no figure for 2025": no figure's year
    captioned = int(_leads_caption(ctx, q))
    dating = estimate_time(ctx, q)  # "estimated a year earlier": the estimate's time
    after = [
        t
        for t in ctx.times
        if q.j <= t.i < stop
        and t is not dating
        and t.role not in skip
        and t.kind != "period"
        and t.i not in missing
        and DASHES.isdisjoint(ctx.lows[q.j + captioned : t.i])
    ]  # ("3.4%, about where it has been for the last decade"; "4.12% — double what it spent
    # in 2014": beyond a dash, another figure's year; but "- 2.1% - UK defence spending as a
    # share of GDP in 2016": the dash after a line's leading figure opens its caption)
    if later and later[0].i < hi:  # "Greece is put at 2.85%, and its 2024 figure has been
        # revised to 2.74%": a time after ', and' opens the next figure's clause, not this one's
        joint = next((k for k in range(q.j, stop - 1)
                      if ctx.lows[k] == "," and ctx.lows[k + 1] == "and"), None)  # fmt: skip
        if joint is not None:
            after = [t for t in after if t.i < joint]
        # "lowered Poland's 2025 figure to 4.25% and puts this year's at 4.68%": a time after
        # a bare 'and' that the next figure follows heads that figure, not this one
        bare = next((k for k in range(q.j, stop) if ctx.lows[k] == "and"), None)
        if bare is not None:
            after = [t for t in after if t.i < bare]
    if later:  # "Germany 2.12% GDP (2023: 1.64%)": a year heading a bracket with its own
        # figure is that figure's alone
        after = [t for t in after if not _heads_bracket(ctx.lows, t, later[0].i)
                 and not _heads_next(ctx.lows, t, later[0].i)]  # fmt: skip
    after = [t for t in after if not (ctx.lows[t.i - 2 : t.i] == ["and", "in"] and any(
        x.form != "year" and x.i in (t.j, t.j + 1) for x in ctx.quantities))
        and not _compared_base(ctx.lows, t.i)]  # fmt: skip
    # ("24 have hit it, far more than in 2021, when only six did": 2021 is the six's)
    # ("was 2.13% and in 2023 1.48%": that year is the next figure's)
    if restated >= 0:  # ", last year", ", into defence in 2024", but not ", and next year it"
        after = [t for t in after if t.i < own_end or (t.i >= restated
                 and not _JOINERS.intersection(ctx.lows[restated : t.i]))]  # fmt: skip
    elif ctx.lows[q.j : q.j + 1] == [","] and "," in ctx.lows[max(lo, q.i - 2) : q.i]:
        # "Canada, at 1.37%, has promised to reach 2% by 2032": an aside's figure takes no
        # time beyond its aside (but "... outspent Lithuania, at 3.09%, in 2024" does)
        after = [t for t in after if t.i <= q.j + 2 and t.role != "deadline"]
    if not after and later and _joined_pair(ctx.lows[q.j : later[0].i]):
        # "Germany and France spent 1.36% and 1.78% in 2015": the year after both is both's
        nxt2 = later[1].i if len(later) > 1 else hi
        after = [t for t in ctx.times if later[0].j <= t.i < min(nxt2, hi) and t.role not in skip
                 and t.kind != "period"][:1]  # fmt: skip
    inside = [x for x in later if x.i < hi]
    if (
        not after
        and _by_its_subject(ctx, q, lo)
        and all(_by_its_subject(ctx, x, lo) for x in inside)
    ):  # "Poland (4.48%) outspent Lithuania (3.09%) in 2024", "Poland's 4.48% dwarfed ...
        # in 2024": figures set by their subjects take the time that ends the clause (not
        # "Belgium (1.30%) ... promised to reach 2% this year": the promise's)
        start = inside[-1].j if inside else q.j
        after = [t for t in ctx.times if start <= t.i < hi and t.role not in skip
                 and t.role != "deadline" and t.kind != "period"
                 and DASHES.isdisjoint(ctx.lows[q.j : t.i])
                 and not _compared_base(ctx.lows, t.i)][:1]  # fmt: skip
    before = [t for t in ctx.times if t.j <= q.i and t.i >= lo and t.role not in skip
              and t is not dating and t.i not in missing
              and not (t.role == "deadline" and _after_figure(ctx, q, t, lo))
              and not (t.role == "from" and _past_start(ctx, q, t))
              and not _time_of_start(ctx, q, t)
              and not _base_time(ctx, q, t)
              and not _bracketed_before(ctx.lows, t.i, q.i)
              and not _relative_aside_before(ctx.lows, t, q.i)
              and not _figure_aside_before(ctx, q, t)
              and not _likeness_aside_before(ctx, q, t, lo)
              and not _bracket_year_before(ctx, q, t)
              and not _compared_figures_time(ctx, q, t)
              and not _quoted_apart(ctx.lows, t.i, q.i)]  # fmt: skip
    if not after and not before and _participle_after(ctx, lo):
        # "Romania ran a deficit last year while spending 2.25% on defence": the participle's
        # time is the clause before's
        before = [t for t in ctx.times if t.j <= lo and t.role not in skip
                  and t.role != "deadline"][-1:]  # fmt: skip
    if not after and ctx.lows[q.i - 1 : q.i] == ["to"] and "from" in ctx.lows[lo : q.i]:
        # "rose from 3.26% last year to 4.12%": a year after 'from' is the starting point's
        start = max(k for k in range(lo, q.i) if ctx.lows[k] == "from")
        before = [t for t in before if t.j <= start]
    if not after and ctx.lows[q.i - 1 : q.i] == ["to"]:
        # "rose 38% on 2023 to $149 billion": the year a change is set against is its base's,
        # not the end point's
        before = [t for t in before if not _compared_base(ctx.lows, t.i)]
    span = next((t for t in ctx.times if t.start is not None and t.year and t.role == "in"
                 and (lo <= t.i < hi or (t.i == 0 and not any(
                     u.kind == "year" and t.j <= u.i < q.i for u in ctx.times)))), None)  # fmt: skip
    # ("Between 2014 and 2024 the ratio went from 2.58% to 2.71%, while ... went from 1.43%
    # to 2.02%": a span fronting the sentence dates each later clause's pair too)
    if span is not None and ctx.lows[q.i - 1 : q.i] == ["from"] and "to" in ctx.lows[q.j : q.j + 3]:
        # "over the decade to 2024, ... from 1.43% to 2.02%": the start is the span's first year
        return YearReading(span.start, since, None, "", "loose")
    if span is not None and ctx.lows[q.i - 1 : q.i] == ["to"] and "from" in ctx.lows[lo : q.i]:
        return YearReading(span.year, since, None, "", "loose")  # (and the end its last)
    when = None if after else _since_when(ctx, q)
    if when is not None:
        # "at or above 2% only since 2024, when its ratio reached 2.00%": the relative clause
        # on the year a run began is of that year, not a run since it
        return YearReading(when, None, None, "", "stated")
    counted_on = _years_after_run(ctx, q)
    if counted_on is not None:
        # "2.00% in 2020, then 1.91%, 1.88% and 1.96% in the three years after": each figure
        # of the run is the next year's after the one dated before it
        return YearReading(counted_on, since, None, "", "loose")
    respective = _respective_year(ctx, q)
    if respective is not None:
        # "only 2017, 2018 and 2023 were lower (3.28, 3.36 and 3.23 per cent respectively)":
        # the n-th figure of the run is the n-th year's
        return YearReading(respective, since, None, "", "stated")
    paired = _year_pair(ctx, q, lo, hi)
    if paired is not None:
        return YearReading(paired, since, None, "")
    parallel = _parallel_change(ctx, q, lo, hi)
    if parallel is not None:
        # "Poland's share went from 4.25% in 2025 to 4.68% this year. Germany's went from 2.22%
        # to 2.89%.": a change that names no time of its own compares the same two times
        return YearReading(parallel, since, None, "", "loose")
    elided = _elided_pair(ctx, q)
    if elided is not None:
        # "Denmark at 3.22% in 2025, up from 2.27% in 2024, and Portugal at 2.00%, from
        # 1.58%": a pair after ', and' that names no time compares the pair before's two times
        return YearReading(elided, since, None, "", "loose")
    bracketed = _bracket_after_year(ctx, q)
    if bracketed is not None:
        # "above 3% in 2021 (3.70%) and 2022 (3.88%)": a figure alone in brackets right
        # after a year is that year's, not the year after its bracket
        return YearReading(bracketed, since, None, "")
    head = next((t for t in ctx.times if t.kind == "year" and t.i <= 1 and t.year
                 and ctx.lows[t.j : t.j + 1] == [":"]), None)  # fmt: skip
    if head is None:
        head = line_year(ctx)
    if head is not None and not after and head.year <= ctx.today.year:
        # "- 2014: at Wales, allies promise to move towards it within a decade; three meet it",
        # "2023 – Vilnius: 2% becomes a floor; ten allies meet it", "2014 – 1.18%": a
        # timeline's item, all of it of its year
        return YearReading(head.year, since, None, "", "stated")
    if not after and not before and lo > 0:
        opening = _opening_year(ctx, q)
        if opening is not None:  # "In 2023 Finland's spending grew 23.3%; Greece's fell by
            # 26.3%": a year that opens the sentence dates its later clauses, told in the past
            return YearReading(opening, since, None, "", "stated")
    revised_then = None if after else _revision_of_before(ctx, q, claims_before)
    if revised_then is not None:
        # "down from 3.38% in 2024 - a figure since revised to 3.21%": the revised figure is
        # the one just before, of its year, as a later release has it
        return YearReading(revised_then, since, None, "", "loose")
    if not after and before and ctx.lows[q.i - 1 : q.i] and ctx.lows[q.i - 1] in _PRESENT_MARKS:
        # "In 1985 the US spent 7.5% of GDP, more than double today's 3.4%": the figure's own
        # word of the present dates it now, not the year an earlier clause fronted
        return YearReading(ctx.today.year, since, None, "", "tense")
    apposed = _apposed_to_dated_noun(ctx, q)
    if apposed is not None:
        # "gave the figure for last year, 1.96%, as this year's": the figure set off after the
        # noun it restates is of that noun's time, whatever follows it
        year = _resolve(ctx, apposed, claims_before, allies)
        if year is not None:
            return YearReading(year, since, None, "", "stated")
    owned = (
        one_year_subject(ctx, 0, q.i)
        if not after
        and _now_after(ctx.lows, q.j)
        and not any(x.form == q.form and x.i < q.i for x in ctx.quantities)
        else None
    )  # fmt: skip  (the sentence's first figure: not "... was 1.43%; it spends 2.00% now")
    if owned is not None and owned < ctx.today.year:
        # "Last year's figure for Türkiye has barely moved: 2.31% now": the year of the
        # figure's noun, 'now' the release that gives it
        return YearReading(owned, since, None, "", "loose")
    chosen = after[0] if after else (before[-1] if before else None)
    if (
        not after
        and before
        and _that_clause(ctx.lows[before[-1].j : q.i])
        and tense_of(ctx, q) == "present"
    ):
        chosen = None  # "back in 2014, few predicted that Poland spends 4.12%": the that-clause's
    if (
        after
        and before
        and "," in ctx.lows[q.j : after[0].i]
        and ctx.lows[after[0].j : after[0].j + 1] not in ([], ["."], [";"])
    ):
        chosen = before[-1]  # "in 2001 only six met 2%, this year 23 do": the year before binds
        # (but "..., and its lowest was 0.94%, in 2014.": a time set off after the figure
        # that ends the sentence is the figure's)
    if (
        not after
        and (chosen is not None or (ctx.lows[q.i - 1 : q.i] == ["from"] and q.hedge is None))
        and _now_after(ctx.lows, q.j)
        and (chosen is None or not _figure_year(ctx, chosen))
    ):
        # "1.14% of GDP in 2014, 1.49% now": 'now' right after the figure is its time (also
        # of a starting point: "to rise to 3.5% by 2030 from 2.5% now"; but a rough start,
        # "from about 2% now", stays undated: the tolerance of 'about' on a whole number
        # would agree with any level from 1 to 3, no check of a plan's starting point)
        return YearReading(ctx.today.year, since, None, "", "tense")
    if (not after and chosen is not None and _now_of_figure(ctx.lows, chosen.j, q.i, chosen)
            and not _figure_year(ctx, chosen)):  # fmt: skip
        # "Germany, which spent 1.2% in 2014, now reaches 2.1%": 'now' after a year resets it
        return YearReading(ctx.today.year, since, None, "", "tense")
    over_ten = _decade_change(ctx, q, lo, hi)
    if over_ten is not None:
        # "In a decade Spain has gone from 0.92% to 1.28% of GDP": a change over the ten
        # years to the latest figures, which it ends at
        return YearReading(over_ten, since, None, "", "loose")
    if (not after and ctx.lows[q.i - 1 : q.i] == ["from"] and "to" in ctx.lows[q.j : q.j + 3]
            and _change_to_come(ctx, q, lo, hi)):  # fmt: skip
        # "would rise from 2.3% of GDP to 2.5% by April 2027", "will go up from 4.1% to 4.7%
        # next year": a rise still to come starts from where spending is now (the fiscal year
        # holding the date, for the UK)
        fiscal = _fiscal_year(ctx, allies) if allies else None
        return YearReading(ctx.today.year if fiscal is None else fiscal, since, None, "", "tense")
    if not after and (
        ctx.lows[max(0, q.i - 2) : q.i] in (["up", "from"], ["down", "from"])
        or (ctx.lows[q.i - 1 : q.i] == ["from"] and _after_end_point(ctx, q, lo))
        or _bracketed_from(ctx, q)
        or _comma_from(ctx, q) is not None
        or revised_from(ctx, q) is not None
    ):
        # "23 allies now, up from nine when he took office", "jumped to 4.12% from 3.26%": an
        # earlier level, of no year said
        revised: Quantity | None = revised_from(ctx, q)
        if revised is not None:
            # "its 2024 share was revised to 2.00%, from 2.12%": the same year's figure, as
            # an earlier edition had it (see clause.new_claim)
            start = ctx.tokens[revised.i].start
            to = next((c for c in (claims_before or ctx.claims) if c.start == start), None)
            if to is not None and to.year is not None:
                return YearReading(to.year, since, None, "", to.year_basis or "loose")
            return YearReading(None, since, None, "the text gives no year for the revised figure")
        moved = _one_year_moved(ctx, q, lo)
        if moved is not None:
            # "The US share for 2024 was trimmed to 3.12% from 3.38%": one year's figure that
            # moved is that year's figure as an earlier release the text does not date had it
            return YearReading(moved, since, None, REVISED_START, "loose")
        end_year = _one_year_change(ctx, q, lo, hi, claims_before, allies)
        if end_year is not None:
            # "will spend 2.96% this year, up from 2.22%": a change within the end point's one
            # year starts from the year before
            return YearReading(end_year - 1, since, None, "", "loose")
        if since is not None and ctx.lows[q.i - 1 : q.i] == ["from"] and _since_before(ctx, q):
            # "has more than doubled since 2014, to 216,080 this year from about 99,000": the
            # start of a change since a year is that year's, as for 'from X to Y'
            return YearReading(since, since, None, "", "loose")
        topic = _topic_since(ctx, q) if ctx.lows[q.i - 1 : q.i] == ["from"] else None
        if topic is not None:  # "The biggest climbers since 2014 are in the east. Poland's
            return YearReading(topic, topic, None, "", "loose")  # share rose to 4.12% from 1.88%"
        opened = None if revised is not None else _paragraph_start(ctx, q)
        if opened is not None:  # "In 2014 three met it; now seven do. ... Germany, at 1.36%,
            return YearReading(opened, since, None, "", "loose")  # is up from 1.18%"
        sibling = _sibling_start(ctx, q, lo)
        if sibling is not None:
            # "Norway (3.35% in 2025, up from 2.27%), Sweden (2.51%, from 2.31%)": a pair that
            # names no time after one that dated its end point compares the same two years
            return YearReading(sibling, since, None, "", "loose")
        return YearReading(None, since, None, START_UNSAID)
    if not after and before and _set_against(ctx, q, before[-1], lo) and not _in_edition(ctx, q):
        # "PLN 151 bn this year vs PLN 111 bn", "4.12% in 2024, compared with 3.26%": the year
        # is the first figure's; the one it is set against has none said
        return YearReading(None, since, None, "the text gives no year for the figure compared")
    if not after and q.i > 0 and ctx.lows[q.i - 1] == "from" and _runs_to(ctx, q, hi):
        # "has doubled, from 2.2% to 4.5%": the starting point's year is not the end point's;
        # a change in one year ("raise it this year from 1.3% to 2%") starts from the year before
        if (ctx.revised_year is not None and not any(t.role == "in" for t in ctx.times)
                and _of_the_figure(ctx, q, lo)):  # fmt: skip
            # "NATO's figures for 2024 were revised down. ... Greece's fell from 3.08% to
            # 2.74%": the start is that year's figure as an earlier release had it
            return YearReading(ctx.revised_year, since, None, REVISED_START, "loose")
        if since is None and _unread_since(ctx, q, lo):
            # "has tripled since the pledge, from $8.6 bn to $26.8 bn this year": a change
            # since a time the text names in words no table dates starts then, not the year
            # before the end point's
            return YearReading(None, since, None, START_UNSAID)
        year = _change_year(ctx, q, claims_before, allies)
        moved = _one_year_moved(ctx, q, lo)
        if moved is not None and (year is None or not _figure_of_year(ctx, q, lo, year)):
            # "France's 2024 estimate slipped from 2.06% to 2.03%, and its 2025 estimate is
            # 2.05%": as below, the year named with the figure's noun before the move
            return YearReading(moved, since, None, REVISED_START, "loose")
        if year is not None and _figure_of_year(ctx, q, lo, year):
            # "Poland's 2025 figure dropped from 4.48% to 4.25%": one year's figure revised
            # between releases, not a change from the year before: that year's figure as an
            # earlier release the text does not date had it
            return YearReading(year, since, None, REVISED_START, "loose")
        if year is not None:
            return YearReading(year - 1, since, None, "", "loose")
        if since is not None:  # "since 2014, spending has risen from 1.4% to 2.02%": 2014's
            return YearReading(since, since, None, "", "loose")
        then = _since_then(ctx, q)
        if then is not None:  # "... fell short last year. The rises since then: Spain, from
            return YearReading(then, then, None, "", "loose")  # 1.43% to 2.00%": last year's
        topic = _topic_since(ctx, q)
        if topic is not None:  # "The biggest climbers since 2014 are in the east. Poland has
            return YearReading(topic, topic, None, "", "loose")  # gone from 1.88% to 4.12%"
        opened = _paragraph_start(ctx, q)
        if opened is not None:  # "In 2014 three allies met it; now seven do. Romania went
            return YearReading(opened, since, None, "", "loose")  # from 1.35% to 2.04%"
        return YearReading(None, since, None, START_UNSAID)
    if chosen is not None and chosen.start is not None and superlative_span(ctx.lows, chosen):
        chosen = None  # "the rise is the largest of the 2014-2024 period": the span the
        # figure is the largest in, not the figure's own (which names no time)
    if chosen is not None and chosen.start is not None and chosen.year is not None:
        # "grew 72% in 2014-2024": a change over the span (changes.py); a level said of a span
        # is every year's only when compared ("above 2% in 2015-2024")
        compared = q.hedge in ("more_than", "at_least", "less_than", "at_most")
        if chosen.i == 0 and ctx.lows[q.i - 1 : q.i] == ["to"]:
            # "Between 2014 and 2019 Latvia's ratio rose by more than a point, to 2.01%": the
            # level a change under a fronted span reached is its last year's
            return YearReading(chosen.year, since, deadline, "", "stated")
        why = "" if compared else (f"the figure is said of a span of years ({chosen.start}-"
                                   f"{chosen.year}), not of one year")  # fmt: skip
        return YearReading(chosen.year, chosen.start, deadline, why, "stated")
    if chosen is not None:
        if chosen.role == "deadline":
            deadline = _resolve(ctx, chosen, claims_before, allies)
            if chosen.kind == "decade":
                deadline = None
            year = deadline
        else:
            year = _resolve(ctx, chosen, claims_before, allies)
            named = _years_named_before(ctx, chosen)
            if year is not None and chosen.kind == "that" and len(set(named)) > 1:
                # "In 2024 it was at 2.00%, up from 1.61% in 2023; spending grew 24% that
                # year": the year that frames the sentence, or the base year named last?
                said = " or ".join(str(y) for y in sorted(set(named)))
                return YearReading(named[0], since, deadline, f"'that year' may be {said}",
                                   "loose")  # fmt: skip
    if chosen is None and (again := _estimated_again(ctx, q, allies)) is not None:
        return YearReading(again[0], since, deadline, "", again[1])
    if chosen is None and (same := _replacing(ctx, q, allies)) is not None:
        return YearReading(same, since, deadline, "", "loose")
    if chosen is None and (elided := _elided_clause_year(ctx, q, lo)) is not None:
        # "Albania's spending was 1.75% a year earlier; Montenegro's 1.64%": the clause with
        # its verb left out says what the clause before said, of the same time
        return YearReading(elided, since, deadline, "", "loose")
    if chosen is None and (parallel := _parallel_clause_year(ctx, q)) is not None:
        # "Athens allocated 25% of its budget to equipment in 2024, while Ankara allocated
        # 33%": the contrasting clause with the same verb says what the one before said, of
        # the same time
        return YearReading(parallel, since, deadline, "", "loose")
    if chosen is None and ctx.revised_year is not None and _of_the_figure(ctx, q, lo):
        # "NATO's figures for 2024 were revised down. Poland's share ... is now 3.79%": a
        # figure of no time of its own, in a paragraph on one year's revised figures (not
        # "Poland now spends 4.48%", "will spend 4.7%": what is spent now or to come)
        return YearReading(ctx.revised_year, since, deadline, "", "loose")
    if (chosen is None and ctx.data_year is not None and _of_the_figure(ctx, q, lo)
            and timewords.NOW.isdisjoint(ctx.lows)):  # fmt: skip
        # "SIPRI's figures for 2023 put Poland first." then "Canada (1.25%) sits near the
        # bottom": of the figures dated (not "Canada now spends 2%", or spends: of now)
        return YearReading(ctx.data_year, since, deadline, "", "loose")
    if chosen is None and ctx.carry_year is not None:
        # "... will top EUR 150 billion in 2029. That means 2.4% of GDP": the year before
        return YearReading(ctx.carry_year, since, deadline, "", "loose")
    if year is None and (chosen is None or (chosen.kind == "ago" and chosen.year is None)):
        tense = tense_of(ctx, q)
        if ctx.row_year is not None and not ctx.times and tense != "future":
            # "Canada – $32.3bn – 1.3%" under "NATO members by military expenditure, 2024": a
            # row of the list's year, its sum as much as its share (tables.read_items)
            return YearReading(ctx.row_year, since, deadline, "", "header")
        if tense == "future" and ctx.lows[max(0, q.i - 2) : q.i] in _RISING_TO:
            # "spending will rise to 1.76%": a level to come, in a year the text does not give
            why = "the text gives no year for this future level"
            return YearReading(None, since, deadline, why)
        if tense in ("past", "present") and (
            own := _personal_past(ctx, q.i, lo, hi, tense == "past")
        ):
            # "I served in Brussels when Poland spent under 2%", "when she was minister, ...":
            # a past the text dates only by someone's life, not the latest figures
            return YearReading(None, since, deadline, f"the figure is dated only by '{own}', "
                               "a time the text does not give")  # fmt: skip
        if ctx.list_year is not None and tense != "future" and not ctx.times:
            # "Europe vs Russia, 2023 (SIPRI):" over "Germany: $66.8bn": the list's year
            return YearReading(ctx.list_year, since, deadline, "", "header")
        if tense in ("present", "future"):
            basis = "tense" if tense == "present" else "future"
            return YearReading(ctx.today.year, since, deadline, "", basis)
        if ctx.section_year is not None and not ctx.times:
            # "2014" heading "Poland was spending 1.88% of GDP": the section's year
            return YearReading(ctx.section_year, since, deadline, "", "header")
        if ctx.past_year is not None and ctx.past_year < ctx.today.year - 1 and not ctx.times:
            # "A decade ago, Estonia was near the guideline. Latvia spent less than 1%" (but not
            # "As of June 2024, 23 were meeting"; last year's is left to the tables of the day)
            return YearReading(ctx.past_year, since, deadline, "", "tense")
        if tense == "past" and not ctx.times and (whole := _paragraph_past(ctx, q)) is not None:
            # "EU states spent 1.9% in 2024. NATO's figure that year is 1.99%. Sweden was at
            # 2.31%": the one past year the paragraph's figures and times are all of
            return YearReading(whole, since, deadline, "", "tense")
        if tense == "past" and not ctx.times and (latest := _paragraph_latest(ctx, q)) is not None:
            # "In 2024 Russia spent $149bn, SIPRI says. Germany alone spent $98bn ..., Britain
            # $92bn": the year the paragraph named, the latest out at the date too, but said
            return YearReading(latest, since, deadline, "", "loose")
        # a past tense with no year speaks of the latest figures too ("Latvia came in at 3.7%"):
        # the verifier reads it as the latest year of the edition current at the date
        return YearReading(ctx.today.year, since, deadline, "", "tense")
    if year is None:
        said = " ".join(ctx.lows[chosen.i : chosen.j])
        return YearReading(None, since, deadline, f"the figure is said of a period ('{said}'), "
                           "not of one year" if chosen.kind == "period" else
                           "the year this figure refers to is unclear")  # fmt: skip
    # a year right beside the figure ("2% in 2024", "in 2024, 2%") binds it; one further off
    # ("from 3.7% to 3.2% from 2014 to 2024") may belong to another figure of the sentence
    near = chosen.i - q.j <= 5 if chosen.i >= q.j else q.i - chosen.j <= 5
    # 'now' between a year further off and the figure ("Currently ... 24 allies — a big rise
    # compared to 2021"), not before that year ("... 2021, when only six met it")
    if not near and _now_of_figure(ctx.lows, chosen.j if chosen.i < q.i else lo, q.i, chosen):
        return YearReading(ctx.today.year, since, deadline, "", "tense")  # "have now climbed to 2%"
    return YearReading(year, since, deadline, "", "stated" if near else "loose")


def _years_named_before(ctx: Context, t: timewords.TimeExpr) -> list[int]:
    """The years the sentence names before t as years of its own (not prices, editions or
    deadlines), in the order named."""
    return [x.year for x in ctx.times if x.kind == "year" and x.year and x.j <= t.i
            and x.role == "in"]  # fmt: skip


def _since_when(ctx: Context, q: Quantity) -> int | None:
    """The year of 'since 2024, when ... 2.00%': a 'when' right after a year that starts a run,
    with no other time, figure or clause end between it and the figure; else None."""
    lows = ctx.lows
    for t in ctx.times:
        if t.role != "since" or t.year is None or t.j > q.i or t.start is not None:
            continue
        k = t.j + (lows[t.j : t.j + 1] == [","])
        if lows[k : k + 1] != ["when"]:
            continue
        if any(t.j <= x.i < q.i for x in ctx.times if x is not t) or any(
            t.j <= x.i < q.i for x in ctx.quantities
        ):
            continue
        if _CLAUSE_BREAKS.isdisjoint(lows[k : q.i]):
            return t.year
    return None


_RECORD_WORDS: frozenset[str] = patterns.word_set("scope_superlatives")


_SPAN_LEADS: frozenset[str] = frozenset({"of", "in", "over", "during", "across", "for", "the",
                                         "whole", "entire"})  # fmt: skip


# the nouns a superlative may head before the span it ranks in ('the sharpest rise of the
# 2014-2024 period', 'the highest annual growth in 2014-24')
_SUPERLATIVE_HEADS: frozenset[str] = patterns.word_set("superlative_span_heads")


def superlative_span(lows: list[str], t: timewords.TimeExpr) -> bool:
    """Is the span of years what a superlative ranks in ('the largest of the 2014-2024
    period', 'the sharpest rise of the 2014-2024 period', 'the highest in the whole 2014-24
    series'), not a span the figure is of?"""
    k = t.i - 1
    while k >= max(0, t.i - 5) and lows[k] in _SPAN_LEADS:
        k -= 1
    if k >= t.i - 1:
        return False
    heads = 0
    while k >= 0 and heads < 2 and lows[k] in _SUPERLATIVE_HEADS:
        k -= 1  # ("the sharpest rise of ...", "the largest annual rise in ...")
        heads += 1
    return k >= 0 and lows[k] in _RECORD_WORDS


def _record_since(lows: list[str], end: int, at: int) -> bool:
    """Is the 'since' at `at` a record's, set off after the figure ending at `end` ('rose 21%
    to $55.3 billion, the largest annual increase since 1952', '1.4% of GDP, the highest share
    since 1958')? It dates how long since the figure was last matched, not the start of a
    change or a run."""
    between = lows[end:at]
    if "," not in between:
        return False
    last = len(between) - 1 - between[::-1].index(",")
    return not _RECORD_WORDS.isdisjoint(between[last + 1 :]) or "first" in between[last + 1 :]
    # ("fell 19% to $76.9bn, SIPRI's data show, the first drop since 1998": the first since)


# The doubt of a starting point 'from X to Y' no words date (interpret.start_guesses then
# offers the year before the end point's, on which it may be supported, never contradicted)
START_UNSAID: str = "the text gives no year for the starting point"
REVISED_START: str = ("the starting point of one year's figure revised between releases: an "
                      "earlier estimate the text does not date")  # fmt: skip
_CLAUSE_BREAKS: frozenset[str] = frozenset({";", ".", ":", "but", "while"})


_VINTAGE_NOW: frozenset[str] = patterns.as_set("time", "vintage_now_holders")
# the nouns of a figure a year may head ("the 2024 share", "Poland's 2024 spending")
_YEAR_NOUNS: frozenset[str] = (
    patterns.word_set("estimated_nouns")
    | patterns.word_set("restated_nouns")
    | patterns.word_set("one_year_figure_nouns")
)


_QUOTE_MARKS: frozenset[str] = frozenset({'"', "\u201c", "\u201d"})


def _quoted_apart(lows: list[str], i: int, k: int) -> bool:
    """Is the time at i inside a quotation that closes before the figure at k ('"In 2016, only
    four allies spent 2%," an official said, adding that nine now meet it'): the speaker's
    time, not the reporter's clause's?"""
    opened = sum(1 for w in lows[:i] if w in _QUOTE_MARKS) % 2 == 1
    return opened and not _QUOTE_MARKS.isdisjoint(lows[i:k])


def _now_of_figure(lows: list[str], i: int, j: int, t: timewords.TimeExpr | None) -> bool:
    """Is there a 'now' in lows[i:j] that dates a figure, not one that dates the source's
    reading right after its name in the clause of a time that opens the sentence ('For 2025,
    NATO now counts 29 allies ...', 'For 2024 the alliance now counts 2.0%': the latest
    tables' figure, still of that year)?"""
    if t is None:
        return not timewords.NOW.isdisjoint(lows[i:j])
    if t.kind == "year" and lows[t.j : t.j + 1] != [] and lows[t.j] in _YEAR_NOUNS:
        return False  # "Belgium's 2024 share is now 15.4%": the noun's year, as now published
    if t.kind == "year" and t.i >= 2 and lows[t.i - 1] == "for" and lows[t.i - 2] in _YEAR_NOUNS:
        return False  # "Latvia's spending for 2023 is now put at 2.87%": the same
    # (with its comma or without: "For 2024 the alliance now counts 2.0%")
    set_off = lows[t.j : t.j + 1] == [","] or lows[t.i - 1 : t.i] == ["for"]
    fronted = set_off and not any(w[:1].isalpha() for w in lows[: t.i - 1])
    return any(w in timewords.NOW and not (fronted and k > 0 and _vintage_holder(lows, k)
                                           and not _NOW_BREAKS.intersection(lows[t.j + 1 : k]))
               for k, w in enumerate(lows[i:j], i))  # fmt: skip


_VINTAGE_PRONOUNS: frozenset[str] = patterns.as_set("time", "vintage_now_pronouns")
_VINTAGE_VERBS: frozenset[str] = patterns.as_set("time", "vintage_now_verbs")


def _vintage_holder(lows: list[str], k: int) -> bool:
    """Is the 'now' at k said of a source's reading: right after its name ('NATO now counts',
    'the alliance now gives'), or after a pronoun with a verb of reading a figure after it
    ('For 2024 it now puts Germany at 2.00%': the source named the sentence before)?"""
    if lows[k - 1] in _VINTAGE_NOW:
        return True
    return (
        lows[k - 1] in _VINTAGE_PRONOUNS
        and lows[k + 1 : k + 2] != []
        and (lows[k + 1] in _VINTAGE_VERBS)
    )


_COMPARED_OPENERS: patterns.Phrases = patterns.phrases("time", "compared_figure_openers")


def _compared_figures_time(ctx: Context, q: Quantity, t: timewords.TimeExpr) -> bool:
    """Is t, before q, the time of another figure that a comparison sets against the
    clause's own, right after that figure and past which q stands beyond a comma or dash
    ('will spend 1.49% this year, in line with 1.50% last year, NATO estimated - some 31,957
    million euros': the amount is not last year's)?"""
    lows = ctx.lows
    x = next((x for x in ctx.quantities if x is not q and x.j <= t.i <= x.j + 1 and x.j <= q.i
              and x.form not in ("year", "ordinal")), None)  # fmt: skip
    if x is None or lows[t.j : t.j + 1] != [","] or "," in lows[x.j : t.i]:
        return False
    return any(_COMPARED_OPENERS.ending_at(lows, end, 4) is not None for end in (x.i, x.i - 1))


_NOW_BREAKS: frozenset[str] = frozenset({",", ";", ":", "and", "but", "while", "whereas"})


_PERSONS: frozenset[str] = patterns.word_set("personal_time_subjects")
_WHEN: frozenset[str] = patterns.word_set("time_subordinators")


_PARTICIPLES: frozenset[str] = patterns.word_set("spending_participles")


def _participle_after(ctx: Context, lo: int) -> bool:
    """Does the clause open with 'while' and a participle ('while spending 2.25%')?"""
    k = lo if ctx.lows[lo : lo + 1] in (["while"], ["whilst"]) else lo - 1
    return (
        k >= 1
        and ctx.lows[k] in ("while", "whilst")
        and ctx.lows[k + 1 : k + 2] != []
        and ctx.lows[k + 1] in _PARTICIPLES
    )


def _dated_before_comma(ctx: Context, j: int, k: int) -> bool:
    """'$507 billion in 2024, the tenth year in a row of real-terms growth': a run of years
    after a comma that follows the figure's own year is an apposition on something else (the
    growth), not the span of the figure."""
    lows = ctx.lows
    comma = next((n for n in range(j, k) if lows[n] == ","), None)
    return comma is not None and any(
        j <= t.i < comma and t.kind == "year" and t.role not in ("since", "deadline")
        for t in ctx.times
    )


def _personal_past(ctx: Context, at_figure: int, lo: int, hi: int, past: bool) -> str:
    """The words that date a figure's clause by a person's own past, when it has them: 'when I
    served' (the person right after 'when' or 'while'), or 'I served in Brussels when ...',
    'I sat on the committee while ...' (the person opening the sentence that 'when' goes on);
    "" otherwise. With a verb of the figure's own that is not plainly past ('Italy puts'), the
    person's verb must be ('when we ran the ministry')."""
    lows = ctx.lows
    if not timewords.NOW.isdisjoint(lows[lo:hi]):
        return ""  # "23 allies now meet it, up from nine when he took office": now is now
    for k in range(0, hi - 1):
        if lows[k] not in _WHEN or ";" in lows[min(k, at_figure) : max(k, at_figure)]:
            continue  # (not a 'when' beyond a semicolon: "I served when ...; today, at 4.12%")
        if lows[k + 1] in _PERSONS:
            at = k + 1
        elif lows[0] in _PERSONS and k <= 8:
            at = 0
        else:
            continue
        verb = lows[at + 1] if at + 1 < len(lows) else ""
        if past or verb in _PAST or verb in _PERSONAL_PAST or verb.endswith("ed"):
            return _words(ctx, k, min(hi, k + 3)) if at else _words(ctx, 0, 2)
    return ""


_PERSONAL_PAST: frozenset[str] = patterns.word_set("personal_past_verbs")


def _words(ctx: Context, i: int, j: int) -> str:
    """The sentence's own words of tokens i..j."""
    start = ctx.tokens[i].start - ctx.sentence.start
    return ctx.sentence.text[start : ctx.tokens[j - 1].end - ctx.sentence.start]


def _now_after(lows: list[str], j: int) -> bool:
    """Is 'now' (or 'currently', 'nowadays') the word right after the figure ('1.49% now',
    '1.49% of GDP today'), ending its clause (not 'now that ...')?"""
    k = j + 2 if lows[j : j + 2] == ["of", "gdp"] else j
    if lows[k : k + 2] == ["at", "present"]:
        k += 1  # ("2.5% at present")
    elif lows[k : k + 1] != [] and lows[k] not in timewords.NOW | {"today"}:
        return False
    return lows[k : k + 1] != [] and lows[k + 1 : k + 2] in ([], ["."], [","], [";"], [")"])


_ESTIMATING = patterns.word_set("saying_verbs_past") | patterns.word_set("estimating_verbs")
_ESTIMATED = patterns.word_set("estimated_nouns")  # "Germany's 2024 spending"
_DATING_REACH = 8  # tokens between a figure and the time that dates its estimate
# "after putting it at", "having estimated it at": an estimate made before the sentence's own
_ESTIMATING_GERUNDS: frozenset[str] = patterns.word_set("estimating_gerunds")
_BEFORE_THEN: frozenset[str] = patterns.word_set("earlier_gerund_leads")
_COUNTING_BACK: tuple[str, ...] = ("last", "previous", "ago")  # the kinds of time counting back


def estimate_time(ctx: Context, q: Quantity) -> timewords.TimeExpr | None:
    """The time in the figure's clause that dates an estimate of it, not the figure: one
    right after a verb of estimating ("the 2.12% estimated a year earlier": timewords gives
    it the role "date"), or a relative one in a clause whose verb of estimating is a past
    perfect ("NATO had estimated Germany's 2024 spending at 2.12% a year ago") or whose
    figure's year is named with what was estimated ("NATO put Germany's 2024 spending at
    2.12% last year")."""
    lo, hi = ctx.clause(q)
    if not any(lo <= t.i < hi and min(abs(t.i - q.j), abs(q.i - t.j)) <= _DATING_REACH
               and (t.role == "date" or t.kind in _COUNTING_BACK) for t in ctx.times):  # fmt: skip
        return None  # (only a time near the figure that dates or counts back can date its
        # estimate, as below: most figures have none)
    lows = ctx.lows
    verb = next((k for k in range(lo, q.i) if lows[k] in _ESTIMATING
                 or k > 0 and lows[k] in _ESTIMATING_GERUNDS and lows[k - 1] in _BEFORE_THEN),
                -1)  # fmt: skip
    # "after putting it at 1.47% last year", "having put it at 1.47%": an estimate made before
    # the main verb's, as a past perfect's
    past_perfect = verb > 0 and (
        lows[verb - 1] == "had"
        or lows[max(0, verb - 2) : verb] == ["had", "been"]
        or lows[verb - 1] in _BEFORE_THEN
    )
    named = verb >= 0 and any(t.kind == "year" and t.role == "in" and lo <= t.i < q.i
                              and (lows[t.j : t.j + 1] != [] and lows[t.j] in _ESTIMATED
                                   or lows[t.i - 1] == "for" and lows[t.i - 2] in _ESTIMATED)
                              for t in ctx.times)  # fmt: skip
    # ("Germany's 2024 spending", "Poland's spending for 2024")
    # "In June 2024 NATO estimated that 23 allies would reach 2% in 2024", "A year ago NATO
    # said ... in 2024": a time before a source's verb of saying or estimating dates what the
    # source said when the figure's own year is named after that verb
    fronted = (
        verb > 0
        and any(lo <= s.i < verb and verb - s.j <= 1 for s in ctx.sources)
        and any(u.kind == "year" and u.role == "in" and verb < u.i < hi for u in ctx.times)
    )
    for t in ctx.times:
        if not lo <= t.i < hi or min(abs(t.i - q.j), abs(q.i - t.j)) > _DATING_REACH:
            continue
        if (
            fronted
            and t.i < verb
            and not any(s.i <= t.i < s.j for s in ctx.sources)
            and (t.role == "date" or t.role == "in" and t.kind in ("last", "previous", "ago"))
        ):
            return t
        if t.i >= q.j and any(q.j <= x.i and x.j <= t.i and x.form not in ("year", "ordinal")
                              for x in ctx.quantities):  # fmt: skip
            continue  # "to 2.74% from the 3.08% it published a year earlier": the 3.08%'s
        if t.kind == "year" and t.role == "date" and named and t.i < verb:
            return t  # "In June 2024 NATO estimated Poland's 2024 spending at 4.12%"
        if (
            t.kind == "year"
            and t.role == "date"
            and t.i >= q.j
            and verb == q.i - 2
            and (lows[q.i - 1] == "at")
        ):
            return t  # "Poland's share, estimated at 4.12% in June 2024, is now 3.79%"
        if t.kind not in _COUNTING_BACK:
            continue
        if lows[t.j - 1].endswith("'s"):
            if (
                lows[t.j : t.j + 1] != []
                and lows[t.j] in _ESTIMATE_NOUNS
                and t.j < q.i
                and any(u.kind == "year" and u.role == "in" and t.j <= u.i < q.i
                        for u in ctx.times)
                and not any(t.j <= x.i < q.i and x.form not in ("year", "ordinal")
                            for x in ctx.quantities)
            ):  # fmt: skip
                return t  # "Last year's estimate for Poland's 2024 share was 4.12%": the
                # estimate's time, the figure's own year named between them (not "put at
                # 4.48% in last year's report, 4.25% in the new one": the 4.48's)
            continue  # "put last year's at 2.0%": the figure's own year, not the estimate's
        if t.i >= q.j and _compared_after_object(ctx, q, verb):
            continue  # "put at GBP 64.6bn, against GBP 61.9bn the year before": the time of the
            # figure set against the estimate's object, not the estimate's
        if t.role == "date" or t.role == "in" and (past_perfect or named):
            return t  # ("A year ago NATO projected Poland's spending for 2024 at 4.12%")
    return None


_COMPARED_LEADS: frozenset[str] = patterns.word_set("compared_figure_leads")


def _compared_after_object(ctx: Context, q: Quantity, verb: int) -> bool:
    """Is q a figure set against another that follows the verb of estimating ('put at X,
    against Y', 'at X, up from Y'): a second figure, not the verb's object, whose time after
    it is its own?"""
    if verb < 0 or ctx.lows[q.i - 1 : q.i] == [] or ctx.lows[q.i - 1] not in _COMPARED_LEADS:
        return False
    return any(verb < x.i and x.j < q.i and x.form not in ("year", "ordinal")
               for x in ctx.quantities)  # fmt: skip


# what a time's possessive dates when the figure's own year is named apart ("last year's
# estimate for Poland's 2024 share")
_ESTIMATE_NOUNS: frozenset[str] = patterns.word_set("estimate_nouns")
_PUTTING = patterns.word_set("putting_verbs")  # "NATO puts it at 2%"
_REVISED_WAY: frozenset[str] = frozenset({"up", "down", "upward", "upwards", "downward",
                                          "downwards"})  # fmt: skip
_REVISED_GAP: int = 5  # words between a figure and ', revised from' ("of GDP in 2024 ,")
_REVISING = patterns.word_set("revising_verbs")  # "its new report revises that to 2.0%"
_RESTATED = patterns.word_set("restated_nouns")  # "the figure", "that estimate"
# the words of a measure between a year and the noun of its figure ("2024 equipment share")
_MODIFIERS: frozenset[str] = patterns.word_set("figure_modifiers")
_MODIFIER_REACH: int = 2
_BEING: frozenset[str] = frozenset({"is", "was", "stands", "stood"})
# the bodies whose figure restates another's: "NATO's figure is 3.79%"
_BODIES: frozenset[str] = patterns.word_set("figure_bodies")


def _estimated_again(
    ctx: Context, q: Quantity, allies: Sequence[str] = ()
) -> tuple[int, str] | None:
    """'Germany spent 1.9% in 2024, SIPRI says; NATO puts it at 2%', 'NATO had estimated
    Germany's 2024 spending at 2.12%; its new report revises that to 2.0%': another estimate
    of the figure before, of that figure's year."""
    lows = ctx.lows
    k = q.i - 1  # the preposition: "at" after a verb of putting, "to" (or "at") of revising
    if _body_figure(ctx, q):
        # "Poland spent 4.5% in 2024 by SIPRI's count; NATO's figure is 3.79%", "The claim that
        # Germany spent 1.9% in 2022 is wrong. NATO's revised figure is 1.51%.": another
        # body's figure for the one just before (of its sentence or the one before), of its
        # year, when that year was stated
        last = next((c for c in reversed([*ctx.earlier[-3:], *ctx.claims]) if c.year is not None
                     and c.sentence >= ctx.sentence.index - 1), None)  # fmt: skip
        if last is None or last.unit != "%" or q.form != "percent":
            return None
        if allies and last.subject_code not in allies:
            return None  # (another ally's figure is not a restatement of it)
        return (last.year, "loose") if last.year_basis == "stated" else None
    if _on_another_basis(ctx, q):
        # "Last year's report put Poland's 2025 spending at 4.48%; on the core basis it is
        # 4.25%": the same figure on another definition, of the year stated before
        last = next((c for c in reversed([*ctx.earlier[-3:], *ctx.claims]) if c.year is not None
                     and c.sentence >= ctx.sentence.index - 1), None)  # fmt: skip
        if last is None or last.unit != "%" or q.form != "percent":
            return None
        if allies and last.subject_code not in allies:
            return None
        return (last.year, "loose") if last.year_basis == "stated" else None
    if k < 2 or lows[k] not in ("at", "to"):
        return None
    k -= 1 + (lows[k - 1] in ("down", "up"))  # "revised it down to"
    if k >= 1 and lows[k] in _RESTATED and lows[k - 1] in ("the", "that", "this", "its"):
        k -= 2  # "the figure", "that estimate", "its estimate"
    elif k >= 0 and lows[k] in ("it", "that", "this"):
        k -= 1
    else:
        return None
    if k < 0 or not (lows[k] in _REVISING or lows[k] in _PUTTING and lows[q.i - 1] == "at"):
        return None
    last = next((c for c in reversed([*ctx.earlier[-3:], *ctx.claims]) if c.year is not None), None)
    if last is None or (last.unit == "%") != (q.form == "percent"):
        return None  # (a share re-estimated as a share, an amount as an amount)
    # a year read from the tense ("NATO's estimate is 2.12%; SIPRI puts it at 1.89%") stays
    # one: each body's figure is of the latest year its edition of the day gives
    return last.year, "tense" if last.year_basis == "tense" else "loose"


_BASIS_NOUNS: frozenset[str] = patterns.word_set("restating_basis_nouns")
_IT_IS: tuple[list[str], ...] = (["it", "is"], ["it", "was"], ["it", "stands", "at"],
                                 ["it", "comes", "to"])  # fmt: skip


def _on_another_basis(ctx: Context, q: Quantity) -> bool:
    """Is the figure what 'it' comes to on a basis the clause opens with ('on the core basis
    it is 4.25%', 'under the new definition it was 2.0%'), in a clause after a semicolon or
    a new sentence: the figure before restated on another definition?"""
    lows = ctx.lows
    lo, _hi = ctx.clause(q)
    verb = next((q.i - len(w) for w in _IT_IS if lows[max(0, q.i - len(w)) : q.i] == w), None)
    if verb is None or verb - lo < 3 or lows[lo] not in ("on", "under"):
        return False
    return lows[verb - 1] in _BASIS_NOUNS and (lo == 0 or lows[lo - 1] == ";")


_YEARS_AFTER: frozenset[str] = patterns.word_set("years_after_words")
_RUN_JOINS: frozenset[str] = frozenset({",", "and"})


def _years_after_run(ctx: Context, q: Quantity) -> int | None:
    """The year of a figure in a run of N figures that ends 'in the N years after' ('in the
    following three years', 'over the next three years') after a figure dated by a year of
    its own ('2.00% in 2020, then 1.91%, 1.88% and 1.96% in the three years after'): the
    year after that one for the first, and so on. None when the run's length is not N."""
    lows = ctx.lows
    if "years" not in lows:
        return None  # (no "N years" to end a run: most sentences)
    figures = [x for x in ctx.quantities if x.form == q.form and x.form != "year"]
    at = next((n for n, x in enumerate(figures) if x is q), None)
    if at is None:
        return None
    first = last = at
    while first > 0 and set(lows[figures[first - 1].j : figures[first].i]) <= _RUN_JOINS:
        first -= 1
    while (last + 1 < len(figures)
           and set(lows[figures[last].j : figures[last + 1].i]) <= _RUN_JOINS):  # fmt: skip
        last += 1
    k = figures[last].j
    if lows[k : k + 2] not in (["in", "the"], ["over", "the"], ["for", "the"]):
        return None
    k += 2 + (lows[k + 2 : k + 3] in (["following"], ["next"]))
    count = next((x for x in ctx.quantities if x.i == k and x.form == "plain"), None)
    if count is None or count.value != last - first + 1 or lows[count.j : count.j + 1] != ["years"]:
        return None
    if not (lows[k - 1] in ("following", "next") or lows[count.j + 1 : count.j + 2] != []
            and lows[count.j + 1] in _YEARS_AFTER):  # fmt: skip
        return None
    start = figures[first].i
    anchor = next((t for t in reversed(ctx.times) if t.j <= start and t.kind == "year"
                   and t.year is not None and t.role == "in"), None)  # fmt: skip
    if anchor is None or anchor.start is not None:
        return None
    if any(anchor.j <= x.i < start for x in figures):
        return None  # (the year must date the figure right before the run)
    assert anchor.year is not None
    return anchor.year + 1 + at - first


_NO_FIGURE: frozenset[str] = frozenset({"no", "without"})
_FIGURE_NOUNS: frozenset[str] = patterns.word_set("reporting_nouns") | _RESTATED


def _years_without_figure(ctx: Context) -> frozenset[int]:
    """Where the sentence names a year it says there is no figure for ('give no figure for
    2025', 'published no 2025 figure', 'has no data for 2025'): that year dates no figure of
    the sentence."""
    lows = ctx.lows
    if _NO_FIGURE.isdisjoint(lows):
        return frozenset()
    out = set()
    for t in ctx.times:
        k = t.i
        if lows[k - 1 : k] != [] and lows[k - 1] in _NO_FIGURE:
            out.add(k)  # "no 2025 figure"
        elif (lows[k - 3 : k - 2] != [] and lows[k - 3] in _NO_FIGURE
              and lows[k - 2] in _FIGURE_NOUNS and lows[k - 1] in ("for", "in")):  # fmt: skip
            out.add(k)  # "no figure for 2025"
    return frozenset(out)


def _figure_year(ctx: Context, t: timewords.TimeExpr) -> bool:
    """Is the time the year of a figure named as such ('the US figure for 2024', "Germany's
    2024 estimate")? Then 'now' after it is the time of the release that gives the figure
    ('has come down, from 3.38% in last year's report to 3.21% now'), not the figure's year."""
    if t.kind != "year":
        return False
    lows = ctx.lows
    if t.i >= 2 and lows[t.i - 1] == "for" and lows[t.i - 2] in _RESTATED:
        return True
    return lows[t.j : t.j + 1] != [] and lows[t.j] in _RESTATED


def _body_figure(ctx: Context, q: Quantity) -> bool:
    """Is the figure what a body's figure 'is' ("NATO's figure is 3.79%", "NATO's revised
    figure is 2.03%", "In NATO's August 2025 report the figure is 3.09%"): a restatement of a
    figure just given, by another source or edition?"""
    lows = ctx.lows
    k = q.i - 1
    if _restating_clause(ctx, q):
        return True
    if k < 2 or lows[k] not in _BEING or lows[k - 1] not in _RESTATED:
        return False
    m = k - 2
    while m > 0 and lows[m] in _RESTATING_FILLERS:
        m -= 1
    if lows[m] in _BODIES:
        return True
    return lows[m] == "the" and any(s.j <= m for s in ctx.sources)  # (a source named before)


_RESTATING_NOUNS: frozenset[str] = patterns.word_set("restating_release_nouns")
_RESTATING_VERBS: frozenset[str] = patterns.word_set("restating_verbs")
_RESTATING_REACH: int = 3  # "the new core figures": where the release's noun may stand


def _restating_clause(ctx: Context, q: Quantity) -> bool:
    """Does the figure's clause open after a semicolon on a release that gives it, with no
    subject or time of its own ('...; the latest tables give 3.75%', '...; the core figures
    published in July say 2.09%', '...; the core figure is 2.31%'): the figure before, as that
    release has it?"""
    lows = ctx.lows
    semi = next((k for k in range(q.i - 1, -1, -1) if lows[k] == ";"), None)
    if semi is None:
        return False
    words = lows[semi + 1 : q.i]
    if len(words) < 3 or words[0] != "the" or words[-1] not in _RESTATING_VERBS:
        return False
    if _RESTATING_NOUNS.isdisjoint(words[1 : 1 + _RESTATING_REACH]):
        return False
    return not any(semi < m.i < q.i for m in ctx.mentions) and not any(
        semi < x.i < q.i for x in ctx.quantities if x.form != "year" or x.value > 1900
    )  # (no ally, figure or year of its own: "; the 2025 figure is 2.1%" is dated)


# what may stand between a body and its figure: "NATO's revised figure", "SIPRI's own estimate"
_RESTATING_FILLERS: frozenset[str] = patterns.word_set("restating_fillers")


def _replacing(ctx: Context, q: Quantity, allies: Sequence[str]) -> int | None:
    """The year of an earlier estimate right before a figure with no year of its own, of the
    same ally and kind: the figure that replaced it ('NATO initially put Germany's 2024
    spending at 2.12%; its new tables show 2.00%', 'A year ago NATO projected Poland's
    spending for 2024 at 4.12%; the figure now stands at 3.79%')."""
    last = ctx.claims[-1] if ctx.claims else None
    if last is None or not last.earlier_edition or last.year is None:
        return None
    if (last.unit == "%") != (q.form == "percent") or (allies and last.subject_code not in allies):
        return None
    return last.year


def publisher_after(ctx: Context, q: Quantity) -> bool:
    """Is the figure, compared with after 'the', the one a body right after it published ('than
    the 4.48% it published a year ago', 'below the 2.12% NATO gave in June')?"""
    lows = ctx.lows
    if "the" not in lows[max(0, q.i - 1) : q.ni]:
        return False
    k = q.j + (lows[q.j : q.j + 1] in (["that"], ["which"]))
    body = any(s.i == k for s in ctx.sources) or lows[k : k + 1] in (["it"], ["they"])
    end = next((s.j for s in ctx.sources if s.i == k), k + 1)
    verb = end + (lows[end : end + 1] in (["had"], ["has"], ["first"], ["originally"]))
    return body and lows[verb : verb + 1] != [] and lows[verb] in _PUBLISHED


_PUBLISHED: frozenset[str] = patterns.word_set("publishing_words") | patterns.word_set(
    "source_saying_verbs"
)


def _replaced_after(ctx: Context, q: Quantity, allies: Sequence[str]) -> int | None:
    """The year of the figure a comparison sets an earlier estimate of it against, when that
    estimate has no year of its own but the time it was published ('was 4.25% last year,
    lower than the 4.48% it published a year ago'): the figure just before, of the same ally
    and kind, which the new figures replaced."""
    last = ctx.claims[-1] if ctx.claims else None
    if last is None or last.year is None or not publisher_after(ctx, q):
        return None  # (not "up from seven in 2022": no body's release, and a year of its own)
    if estimate_time(ctx, q) is None:
        return None
    if (last.unit == "%") != (q.form == "percent") or (allies and last.subject_code not in allies):
        return None
    k = q.ni - 1 if ctx.lows[q.ni - 1 : q.ni] == ["the"] else q.ni  # (the comparison may be
    # the figure's hedge: "lower than the 4.48%")
    return last.year if ctx.lows[k - 1 : k] != [] and ctx.lows[k - 1] in _SET_BESIDE else None


_SET_BESIDE: frozenset[str] = frozenset({"than", "against", "from", "versus", "vs"})
_A_YEAR: frozenset[str] = patterns.word_set("one_year_spans")  # "in a (single) year"
_A_YEAR_LENGTHS: tuple[int, ...] = tuple(sorted({len(w.split()) for w in _A_YEAR}))


def _in_a_year(lows: list[str]) -> bool:
    """Do the words say a change took one year ('in a year', 'in a single year')?"""
    return any(" ".join(lows[k : k + n]) in _A_YEAR
               for k in range(len(lows)) if lows[k] in ("in", "within")
               for n in _A_YEAR_LENGTHS)  # fmt: skip


def _this_year_held(day) -> bool:
    from milex.errors import NoData
    from milex.reference.publications import edition_as_of

    try:
        return edition_as_of(day).edition >= day.year
    except NoData:
        return False


def _change_year(ctx: Context, q: Quantity, claims_before, allies: Sequence[str]) -> int | None:
    """The one year a change 'from X to Y' happens in: the clause's only year, before 'from'
    ('agreed this year to lift it from 1.3% to 2%') or right after the end point ('from 1.3%
    to 2% in 2025')."""
    end = next((x for x in ctx.quantities if x.i > q.j and x.form == q.form), None)
    if end is None or end.i - q.j > 2:
        return None
    lo, hi = ctx.clause(q)
    times = [t for t in ctx.times if lo <= t.i < hi and t.role not in ("price", "edition")]
    if not times and _in_a_year(ctx.lows):
        # "has more than doubled in a year, from 10 to 23": this year's, once the tables of
        # the day cover this year (before, the end point is last year's, and the start unsaid)
        return ctx.today.year if _this_year_held(ctx.today) else None
    if len(times) != 1 or times[0].kind in ("decade", "ago", "day", "period"):
        return None
    t = times[0]
    if t.role == "in" and (t.j <= q.i or t.i in (end.j, end.j + 1)):
        return _resolve(ctx, t, claims_before, allies)
    return None


_TO_COME = patterns.word_set("change_to_come")


def _figure_of_year(ctx: Context, q: Quantity, lo: int, year: int) -> bool:
    """Is the year of a change 'from X to Y' that of a noun of a figure before it ('Poland's
    2025 figure dropped from ...', 'the estimate for 2025 was cut from ...')?"""
    lows = ctx.lows
    for t in ctx.times:
        if not lo <= t.i < q.i or t.year != year or t.kind != "year":
            continue
        k = t.j
        while k < min(len(lows), t.j + _MODIFIER_REACH) and lows[k] in _MODIFIERS:
            k += 1  # ("Poland's 2024 equipment share has been revised from ...")
        if lows[k : k + 1] != [] and lows[k] in _RESTATED:
            return True  # "2025 figure"
        if (
            lows[t.i - 1 : t.i] == ["for"]
            and lows[t.i - 2 : t.i - 1] != []
            and (lows[t.i - 2] in _RESTATED)
        ):
            return True  # "the estimate for 2025"
    return False


_PAIR_SKIP: tuple[str, ...] = ("price", "edition")


def _parallel_change(ctx: Context, q: Quantity, lo: int, hi: int) -> int | None:
    """The year of a figure of a change 'from X to Y' whose clause names no time, when the
    sentence before compared one subject at two times with figures of the same form (see
    Context.carry_pair): X of the earlier time, Y of the later (None otherwise, and for a
    change still to come: "will go from 1.3% to 2%")."""
    pair = ctx.carry_pair
    if pair is None or pair[0] != q.form:
        return None
    lows = ctx.lows
    same = [x for x in ctx.quantities if x.form == q.form and lo <= x.i < hi]
    if len(same) != 2:
        return None
    start, end = same
    if lows[start.i - 1 : start.i] != ["from"] or lows[start.j : end.i] != ["to"]:
        return None
    if any(lo <= t.i < hi and t.role not in _PAIR_SKIP for t in ctx.times):
        return None
    if tense_of(ctx, q) == "future" or ctx.has("cues", "plan", lo=lo, hi=hi):
        return None
    if q is start:
        return pair[1]
    return pair[2] if q is end else None


_FROM_JOINS: tuple[list[str], ...] = ([",", "from"], [",", "up", "from"], [",", "down", "from"],
                                      ["up", "from"], ["down", "from"], ["from"], ["after"],
                                      [",", "after"])  # fmt: skip
# the kinds of time that date a figure of a pair ("in 2025", "this year", "last year")
_PAIR_TIMES: frozenset[str] = frozenset({"year", "this", "last"})


def _from_pair(lows: list[str], figures: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """The last two of the figures when they are a level and its earlier level after 'from'
    ('2.00%, from 1.58%', '3.22% ..., up from 2.27%'), or None."""
    if len(figures) < 2:
        return None
    end, start = figures[-2], figures[-1]
    between = lows[end.j : start.i]
    return (end, start) if any(between[-len(j) :] == j for j in _FROM_JOINS) else None


def _elided_pair(ctx: Context, q: Quantity) -> int | None:
    """The year of a figure of a pair 'X at A, from B' after ', and' that names no time, when
    the pair before the ', and' dated both its figures with two different years ('Denmark at
    3.22% in 2025, up from 2.27% in 2024, and Portugal at 2.00%, from 1.58%'): A of the
    later figure's year, B of the earlier's (None otherwise)."""
    lows = ctx.lows
    joint = next((k for k in range(q.i - 2, 0, -1)
                  if lows[k] == ";" or lows[k] == "," and lows[k + 1] == "and"), None)  # fmt: skip
    if joint is None:
        return None
    end = next((k for k in range(q.j, len(lows)) if lows[k] in (";", ".")), len(lows))
    if any(joint < t.i < end and t.role not in ("price", "edition", "name") for t in ctx.times):
        return None
    own = [x for x in ctx.quantities if x.form == q.form and joint < x.i < end]
    pair = _from_pair(lows, own) if len(own) == 2 else None
    if pair is None:
        return None
    while True:  # ("Croatia 2.03% this year after 2.07% in 2025; Slovakia 2.02% after 2.03%;
        # Portugal 2.10% after 2.11%": back over the undated pairs to the dated one)
        start = next((k for k in range(joint - 1, -1, -1) if lows[k] in (";", ".")), -1) + 1
        first = [x for x in ctx.quantities if x.form == q.form and start <= x.i < joint]
        before = _from_pair(lows, first)
        if before is None:
            return None
        if (
            len(first) != 2
            or start == 0
            or lows[start - 1] != ";"
            or any(start <= t.i < joint for t in ctx.times)
        ):
            break
        joint = start - 1
    then = [t.year for t in ctx.times if t.kind in _PAIR_TIMES and t.role == "in" and t.year
            and before[0].j <= t.i < before[1].i]  # fmt: skip
    if not then and len(first) == 2:
        # "Finland's 2025 ratio is 2.77%, up from 2.40% in 2024; Sweden's is 2.51%, up from
        # 2.31%": the one year before the pair's first figure, in its own clause, is its time
        then = [t.year for t in ctx.times if t.kind in _PAIR_TIMES and t.role == "in" and t.year
                and start <= t.i < before[0].i]  # fmt: skip
    earlier = [t.year for t in ctx.times if t.kind in _PAIR_TIMES and t.role == "in" and t.year
               and before[1].j <= t.i < joint]  # fmt: skip
    if len(then) != 1 or len(earlier) != 1 or then[0] == earlier[0]:
        return None
    return then[0] if q is pair[0] else earlier[0] if q is pair[1] else None


# the words an elided clause may hold besides its subject's name ("; Montenegro's 1.64%")
_ELIDED_WORDS: frozenset[str] = frozenset(
    {
        "'s",
        "’s",
        "and",
        "at",
        "with",
        "on",
        ",",
        "its",
        "their",
        "figure",
        "share",
        "ratio",
        "was",
        "is",
    }
)


def _elided_clause_year(ctx: Context, q: Quantity, lo: int) -> int | None:
    """The year of a clause after a semicolon holding only a subject's name and the figure
    ('...; Montenegro's 1.64%', '...; Estonia's, 3.43%'): the stated year of the figure of the
    clause before it in the sentence, of the same kind (None otherwise)."""
    lows = ctx.lows
    if lo < 1 or lows[lo - 1] != ";" or any(lo <= t.i < len(lows) for t in ctx.times):
        return None
    named = {k for m in ctx.mentions if m.kind in ("ally", "demonym") for k in range(m.i, m.j)}
    if not named.intersection(range(lo, q.i)):
        return None
    if not all(k in named or lows[k] in _ELIDED_WORDS for k in range(lo, q.i)):
        return None
    if any(x is not q and x.form != "year" and x.i >= q.j for x in ctx.quantities):
        return None
    edge = ctx.tokens[lo - 1].start
    opened = ctx.tokens[ctx.clause_at(lo - 2)[0]].start if lo >= 2 else 0
    before = [c for c in ctx.claims if opened <= c.start and c.end <= edge and c.unit == "%"]
    years = {c.year for c in before}
    if q.form != "percent" or len(years) != 1 or any(c.year_basis != "stated" for c in before):
        return None  # ("at 1.36%, up from 1.24% last year; France at 1.48": which one's time?)
    return before[0].year


_PAST_DECADE = patterns.phrases("words", "past_decade_spans")
_PERFECT: frozenset[str] = frozenset({"has", "have"})


def _decade_change(ctx: Context, q: Quantity, lo: int, hi: int) -> int | None:
    """The year of the end point of a change 'from X to Y' said in the present perfect over
    the past ten years ('In a decade Spain has gone from 0.92% to 1.28%', 'over the past
    decade Italy has climbed from ... to ...'), in a sentence that names no year: the latest
    year out at the date (None otherwise)."""
    lows = ctx.lows
    hit = _PAST_DECADE.find_all(lows, 0, len(lows))
    if len(hit) != 1 or any(t.kind == "year" for t in ctx.times):
        return None
    if _PERFECT.isdisjoint(lows[lo : q.i]) or q.form != "percent" and q.form != "plain":
        return None
    latest = ev.latest_year_out("NATO", ctx.today)
    if latest is None:
        return None
    # (the start is left undated: 'a decade' is loose, and writers in 2023 to 2025 often
    # mean 2014, the year of the Wales pledge, as much as ten years back)
    if lows[q.i - 1 : q.i] == ["to"] and any(
        x.j <= q.i - 1 and lows[x.i - 1 : x.i] == ["from"] and lo <= x.i for x in ctx.quantities
    ):
        return latest
    return None


_CONTRASTS: frozenset[str] = frozenset({"while", "whilst", "whereas"})
_NAMED_ALLY: frozenset[str] = frozenset({"ally", "capital"})  # "while Ankara allocated"


def _parallel_clause_year(ctx: Context, q: Quantity) -> int | None:
    """The year of a figure in a clause opened by 'while' or 'whereas' that repeats the verb
    right before the figure from the sentence's clause before it, of an ally (or its capital)
    named right after the contrasting word, with no time of its own ('... in 2024, while Ankara
    allocated 33%'): the one year of the figures before it in the sentence, of the same unit,
    each dated by words (None otherwise)."""
    lows = ctx.lows
    if q.i < 3 or q.form != "percent":
        return None
    verb = lows[q.i - 1]
    k = q.i - 2  # the ally's name, then the contrasting word, right before the verb
    m = next((m for m in ctx.mentions if m.j == k + 1 and m.kind in _NAMED_ALLY), None)
    if m is None or m.i < 1 or lows[m.i - 1] not in _CONTRASTS or not verb.isalpha():
        return None
    opener = m.i - 1
    if any(t.i >= opener for t in ctx.times) or verb not in lows[:opener]:
        return None
    if any(x is not q and x.form != "year" and x.i >= q.j for x in ctx.quantities):
        return None
    edge = ctx.tokens[opener].start
    before = [c for c in ctx.claims if c.end <= edge and c.unit == "%"]
    years = {c.year for c in before}
    if not before or len(years) != 1 or any(c.year_basis not in ("stated", "loose")
                                            for c in before):  # fmt: skip
        return None
    return before[0].year


def _since_then(ctx: Context, q: Quantity) -> int | None:
    """The year 'since then' before the figure points back to: the past year the sentence
    before in the paragraph spoke of, or the one year its figures state ('Thirteen allies fell
    short last year. The biggest rises since then: ...')."""
    lows = ctx.lows
    if not any(lows[k] == "since" and lows[k + 1 : k + 2] == ["then"] for k in range(q.i)):
        return None
    if ctx.past_year is not None:
        return ctx.past_year
    years = {c.year for c in ctx.claims_of(ctx.sentence.index - 1)
             if c.year is not None and c.year_basis == "stated"}  # fmt: skip
    return years.pop() if len(years) == 1 else None


def _topic_since(ctx: Context, q: Quantity) -> int | None:
    """The 'since' year of the sentence just before that gave no figure (Context.carry_topic_
    since), for a change 'from X to Y' in a sentence that names no time and tells no plan."""
    if ctx.carry_topic_since is None:
        return None
    if any(t.role not in ("price", "edition", "name") for t in ctx.times):
        return None
    if tense_of(ctx, q) == "future" or ctx.has("cues", "plan"):
        return None
    return ctx.carry_topic_since


def _since_before(ctx: Context, q: Quantity) -> bool:
    """Is the figure's 'since' year said before the end point of its change, in its clause
    ('since 2014, to 216,080 from 99,000'), not after it?"""
    lo, _ = ctx.clause(q)
    end = next((x for x in reversed(ctx.quantities) if x.j <= q.i - 1 and x.i >= lo), None)
    return end is not None and any(
        t.role == "since" and t.year is not None and lo <= t.i and t.j <= end.i for t in ctx.times
    )


def _unread_since(ctx: Context, q: Quantity, lo: int) -> bool:
    """Is there a 'since' before the figure in its clause that no time was read from ('since
    the pledge', 'since the accord'), other than 'since then' (read by _since_then)?"""
    lows = ctx.lows
    read = {t.i for t in ctx.times if t.role == "since"}
    return any(lows[k] == "since" and k not in read and lows[k + 1 : k + 2] != ["then"]
               for k in range(lo, q.i))  # fmt: skip


_START_ENDS: frozenset[str] = patterns.word_set("change_start_ends")


def _paragraph_start(ctx: Context, q: Quantity) -> int | None:
    """The start of a change 'from X to Y' that names no time, in a paragraph that has set
    one past year against the present ('In 2014 three allies met it; now seven do. Romania
    went from 1.35% to 2.04%', 'Lithuania spent 0.88% in 2014. This year it will spend
    1.98%. Latvia rose from 0.94% to 2.01%'): that past year, the end point being of now.
    None when the sentence names a time, or the paragraph more than one past year or none,
    or not the present."""
    if any(t.role not in ("price", "edition", "name") for t in ctx.times):
        return None
    if tense_of(ctx, q) == "future" or ctx.has("cues", "plan"):
        return None  # ("Latvia plans to go from 3.15% to 4%": from now, not from the past year)
    now = ctx.today.year
    past = [y for y in ctx.paragraph_years if y < now - 1]
    present = any(y >= now - 1 for y in ctx.paragraph_years)
    return past[0] if len(past) == 1 and present else None


# verbs of spending, but not those that also put a figure on an estimate ("put at 2.85%")
_SPENDING_VERBS: frozenset[str] = patterns.word_set("spending_verbs") - patterns.word_set(
    "estimating_verbs"
)


def _of_the_figure(ctx: Context, q: Quantity, lo: int) -> bool:
    """Does the figure state what a figure is ('Poland's share, ..., is now 3.79%', 'Greece's
    fell to 2.74%'), not what an ally spends ('Poland now spends 4.48%') or will spend?"""
    return tense_of(ctx, q) != "future" and _SPENDING_VERBS.isdisjoint(ctx.lows[lo : q.i])


def _paragraph_past(ctx: Context, q: Quantity) -> int | None:
    """The one year the paragraph so far has named and dated its figures in, when it is past
    and NATO's figures out at the date already cover a later year (None when it named or dated
    none, or more than one, or when a month with no year before the figure dates it in the
    present: "as of June, 23 were meeting")."""
    years = ctx.paragraph_years
    if len(years) != 1 or years[0] >= ctx.today.year:
        return None
    out = ev.latest_year_out("NATO", ctx.today)
    if out is None or out <= years[0]:
        return None  # (the latest figures out at the date are of that year anyway: the
        # verifier settles the tense's year there, saying so)
    if any(w in timewords.MONTHS and w != "may" for w in ctx.lows[: q.i]):
        return None  # ('may' is a modal as often as a month)
    return years[0]


def _paragraph_latest(ctx: Context, q: Quantity) -> int | None:
    """The one past year the paragraph so far has named and dated its figures in, when it is
    the latest year NATO's figures out at the date cover (the year the tense gives anyway,
    but named, not guessed); not for SIPRI's figures of a year past the SIPRI release held
    (the verifier says the article gives them from a release milex lacks). Else None."""
    years = ctx.paragraph_years
    if len(years) != 1 or years[0] >= ctx.today.year:
        return None
    if ev.latest_year_out("NATO", ctx.today) != years[0]:
        return None
    if any(w in timewords.MONTHS and w != "may" for w in ctx.lows[: q.i]):
        return None
    bodies = {s.source for s in ctx.sources}
    carried = ctx.carry_source[0] if ctx.carry_source is not None else ""
    if "SIPRI" in bodies or (not bodies and carried == "SIPRI"):
        pub, _note = ev.edition_for("SIPRI", "spending_usd_current", ctx.today)
        held = ev.years_held("SIPRI", pub.edition, "spending_usd_current") if pub else set()
        if held and years[0] > max(held):
            return None  # (SIPRI's figures of a year past the release held: the verifier says
            # the article gives them from a release milex lacks)
    return years[0]


def _one_year_change(
    ctx: Context, q: Quantity, lo: int, hi: int, claims_before, allies: Sequence[str]
) -> int | None:
    """The year of the end point of a change said after it ('2.96% this year, up from 2.22%',
    'reached 2.01% in 2025, up from 1.37%'), when that end point is the clause's one figure of
    its kind before the start, dated by the clause's one time, a year, and nothing follows the
    start in its clause but punctuation or its source ('..., according to NATO')."""
    lows = ctx.lows
    if q.j < hi and lows[q.j] not in _START_ENDS:
        return None  # ("up from nine when he took office": a time of its own, unsaid)
    ends = [x for x in ctx.quantities if x.form == q.form and lo <= x.i < q.i]
    if len(ends) != 1:
        return None
    times = [t for t in ctx.times if lo <= t.i < hi and t.role not in ("price", "edition")]
    if len(times) != 1:
        return None
    t = times[0]
    if t.role != "in" or t.kind not in ("year", "this", "last", "next") or t.i >= q.i:
        return None
    return _resolve(ctx, t, claims_before, allies)


def _change_to_come(ctx: Context, q: Quantity, lo: int, hi: int) -> bool:
    """Is the change 'from' q 'to' a later figure still to come: said in the future or under a
    plan ('will rise', 'plans to lift it'), or with a later time after its start ('to 2.5% by
    2027', 'to 4.7% next year'), and no other time in its clause (not 'pledged in 2014 to
    raise it from 1.2%')?"""
    if not ctx.has("cues", "defence", lo=lo, hi=q.i) or ctx.has(
        "cues", "non_defence", lo=lo, hi=q.i
    ):
        return False  # (the rise of what the clause names: not "aid would fall from 0.5%")
    # (up to a comma after the change: "..., calling it the biggest rise since the Cold War")
    end = next((k for k in range(q.j, hi) if ctx.lows[k] in (",", ";")), hi)
    times = [t for t in ctx.times if lo <= t.i < end and t.role not in ("price", "edition")]
    if any(t.i < q.j or not _later(ctx, t) for t in times):
        return False
    return bool(times) or ctx.word_in(_TO_COME, lo, q.i)


def _later(ctx: Context, t) -> bool:
    """A time after the article's: a deadline ('by April 2027'), 'next year', 'in 2030'."""
    if t.role == "deadline":  # (not "by 2024" in 2025: a deadline that has passed)
        return t.year is None or t.year >= ctx.today.year
    return t.kind == "next" or (t.year or 0) > ctx.today.year


def _past_start(ctx: Context, q: Quantity, t) -> bool:
    """Is the year a change's start with its end between it and the figure ('up 31% from
    2023, to $38 billion, or 4.2% of GDP': 2023 is no year of the $38 billion or the 4.2%)?"""
    return "to" in ctx.lows[t.j : q.i] or any(
        x is not q and x.form != "year" and t.j <= x.i < q.i for x in ctx.quantities
    )


def _time_of_start(ctx: Context, q: Quantity, t) -> bool:
    """Is the time the own time of a change's starting figure before q ('up from 2.0% last
    year and a real increase of 26.4%': last year is the 2.0%'s, the start, not the 26.4%'s)?
    The time right after a figure said 'from', an earlier one than q."""
    return any(
        x is not q and x.form != "year" and x.j == t.i and x.j <= q.i
        and ctx.lows[x.i - 1 : x.i] == ["from"]
        for x in ctx.quantities
    )  # fmt: skip


_BRACKET_SKIP: frozenset[str] = frozenset(("price", "edition", "since", "date", "name",
                                           "agreement", "base", "deadline"))  # fmt: skip


def _bracket_after_year(ctx: Context, q: Quantity) -> int | None:
    """The year written right before a bracket that holds the figure alone ('in 2021 (3.70%)
    and 2022 (3.88%)', 'for 2023 (2.80 per cent)'): the figure is that year's. None when the
    bracket holds more than the figure or no plain year stands right before it."""
    lows = ctx.lows
    if q.i < 2 or lows[q.i - 1] != "(" or lows[q.j : q.j + 1] != [")"]:
        return None
    t = next((t for t in ctx.times if t.j == q.i - 1), None)
    if t is None or t.kind != "year" or t.year is None or t.start is not None:
        return None
    return None if t.role in _BRACKET_SKIP else t.year


def _heads_bracket(lows: list[str], t: timewords.TimeExpr, nxt: int) -> bool:
    """Does the time open a bracket that holds the next figure ('(2023: 1.64%)', '(in 2023,
    1.64%)')?"""
    opened = lows[t.i - 1 : t.i] == ["("] or lows[max(0, t.i - 2) : t.i] == ["(", "in"]
    return opened and t.j <= nxt and ")" not in lows[t.j : nxt]


def _heads_next(lows: list[str], t: timewords.TimeExpr, nxt: int) -> bool:
    """Does the time, after 'and' or a comma, head the next figure ('2.00% of GDP in 2024
    and 2025 at 2.49%', '..., 2025: 2.49%')? Then it is that figure's alone."""
    return lows[t.i - 1 : t.i] in (["and"], [","], [";"]) and lows[t.j : nxt] in _YEAR_HEADS


# the words between a year and the figure it heads ("2025 at 2.49%", "2025: 2.49%")
_YEAR_HEADS: tuple[list[str], ...] = (["at"], [":"], ["was"], ["is"], ["stood", "at"])


def _bracket_year_before(ctx: Context, q: Quantity, t: timewords.TimeExpr) -> bool:
    """Is the time a year that another figure alone in brackets right after it takes ('what
    Germany did in 2024 (2.00%), and well above the United States, at 3.22%': 2024 is the
    2.00%'s, not the 3.22%'s)?"""
    if t.j >= q.i or ctx.lows[t.j : t.j + 1] != ["("]:
        return False
    x = next((x for x in ctx.quantities if x.i == t.j + 1), None)
    return x is not None and x is not q and x.j < q.i and _bracket_after_year(ctx, x) == t.year


def _bracketed_before(lows: list[str], k: int, i: int) -> bool:
    """Is token k inside brackets that close before token i ('Latvia at 3.73% (up from 3.36% in
    2024) and Estonia at 3.83%': 2024 is the aside's, not Estonia's)?"""
    close = next((b for b in range(k + 1, i) if lows[b] in (")", "(")), None)
    opened = next((a for a in range(k - 1, -1, -1) if lows[a] in (")", "(")), None)
    return (close is not None and lows[close] == ")"
            and opened is not None and lows[opened] == "(")  # fmt: skip


_ASIDE_RELATIVES: frozenset[str] = patterns.word_set("aside_relatives")


def _relative_aside_before(lows: list[str], t: timewords.TimeExpr, i: int) -> bool:
    """Is the time t inside a relative clause set off by commas that closes before token i
    ('Luxembourg, which spent 0.37% in 2014, hits 2.00% too': 2014 is the aside's, not the
    main clause's)? Not when the main clause revises the aside's figure ('Albania, which
    crossed 2% in 2024, has since been revised down to 1.7%': the same year's)."""
    opened = next((a for a in range(t.i - 1, -1, -1) if lows[a] == ","), None)
    if opened is None or lows[opened + 1] not in _ASIDE_RELATIVES:
        return False
    closed = next((b for b in range(t.j, i) if lows[b] == ","), None)
    return closed is not None and _REVISING.isdisjoint(lows[closed:i])


def _figure_aside_before(ctx: Context, q: Quantity, t: timewords.TimeExpr) -> bool:
    """Is the time t inside an aside set off by commas right after an ally's name, with a figure
    of its own, that closes before the figure q ('Albania, below it last year at 1.84%, has jumped to 2.15%': last year
    is the 1.84%'s, not the main clause's)? Not when the main clause revises the aside's figure
    (the same year's), as for a relative aside."""
    lows = ctx.lows
    opened = next((a for a in range(t.i - 1, -1, -1) if lows[a] == ","), None)
    closed = next((b for b in range(t.j, q.i) if lows[b] == ","), None)
    if opened is None or closed is None or not _REVISING.isdisjoint(lows[closed : q.i]):
        return False
    if t.i == opened + 1 or not any(m.j == opened and m.kind == "ally" for m in ctx.mentions):
        return False  # (only an aside right after the ally's name, not opening on its time:
        # "In 2024, at 1.37%, ..." dates what follows)
    return any(x is not q and x.form != "year" and opened < x.i < closed for x in ctx.quantities)


_BASE_OPENERS: frozenset[str] = patterns.word_set(
    "base_openers"
)  # "up from 1.37% in 2023", "after 2.05%"


_LIKENESS: frozenset[str] = patterns.word_set("likeness_words")
_LIKENESS_FILLERS: frozenset[str] = patterns.word_set("likeness_fillers")


def _likeness_aside_before(ctx: Context, q: Quantity, t: timewords.TimeExpr, lo: int) -> bool:
    """Is the time t an aside of likeness set off by commas after another figure of the
    clause, closed before the figure q ('at 2.00% this year, as in 2025, with 119,900
    troops', 'at 2.1%, just as it was in 2024, and ...')? It dates the figure before it,
    which it says held then too, not the one after it."""
    lows = ctx.lows
    opened = next((a for a in range(t.i - 1, max(lo, t.i - 6) - 1, -1) if lows[a] == ","), None)
    if opened is None or t.j >= q.i or lows[t.j] != ",":
        return False
    words = lows[opened + 1 : t.i]
    if not words or words[0] not in _LIKENESS and words[:2] != ["just", "as"]:
        return False
    if not all(w in _LIKENESS or w in _LIKENESS_FILLERS for w in words):
        return False
    return any(x is not q and x.form != "year" and lo <= x.i and x.j <= opened
               for x in ctx.quantities)  # fmt: skip


def _base_time(ctx: Context, q: Quantity, t: timewords.TimeExpr) -> bool:
    """Is the time before the figure the year of a starting point or base another figure
    of the clause is set against, closed off before q ('rises to 2.10% this year from 1.37% in
    2023, a real increase of 55%', 'after 2.05% in 2023, and 47.8% goes on equipment'): that
    base's own year, not q's."""
    lows = ctx.lows
    if not (DASHES.union((",", ";")).intersection(lows[t.j : q.i])):
        return False
    for x in ctx.quantities:
        if x is q or x.form in ("year", "ordinal") or x.i >= q.i or x.j > t.i or t.i - x.j > 4:
            continue
        if any(y.form not in ("year", "ordinal") and x.j <= y.i < t.i for y in ctx.quantities):
            continue  # (another figure between: the time is not x's)
        opener = lows[x.i - 1] if x.i > 0 else ""
        if (
            opener in _BASE_OPENERS
            or " ".join(lows[max(0, x.i - 2) : x.i]) in timewords.COMPARED_WITH
        ):
            return True  # ("up from 1.64% in 2023, and at $98bn": 2023 is the 1.64%'s)
    return False


def _after_figure(ctx: Context, q: Quantity, t, lo: int) -> bool:
    """Does a deadline before the figure follow another figure, whose deadline it is ('the
    3.5% target due by 2035, spending 4.48%')?"""
    return any(x is not q and x.form != "year" and lo <= x.i and x.j <= t.i for x in ctx.quantities)


# the words of an aside that restates the figure before it as revised ("- a figure since
# revised to 3.21%", ", which has since been revised to", "(later revised to")
_REVISION_ASIDE: frozenset[str] = frozenset({"—", "–", "-", ",", "(", "a", "the", "figure",
                                             "estimate", "number", "which", "that", "has", "had",
                                             "was", "been", "since", "later", "subsequently",
                                             "itself"})  # fmt: skip


_FIGURE_TAIL: frozenset[str] = frozenset({"in", "of", "gdp", "for"})


def _revision_of_before(ctx: Context, q: Quantity, claims_before: list[Claim] | None) -> int | None:
    """The year of the figure right before an aside that restates it as revised ('down from
    3.38% in 2024 - a figure since revised to 3.21%'), the year the revised figure is of
    (None when no such aside holds the figure, or the figure before has no year)."""
    lows = ctx.lows
    k = q.i - 1
    if lows[k : k + 1] != ["to"]:
        return None
    k -= 1
    if k >= 1 and lows[k] in _REVISED_WAY:
        k -= 1  # ("since revised down to 3.21%")
    if k < 1 or lows[k] not in _REVISING:
        return None
    prev = next((x for x in reversed(ctx.quantities) if x.j <= k and x.form == q.form), None)
    if prev is None:
        return None
    timed = {j for t in ctx.times for j in range(t.i, t.j)}
    between = [w for j, w in enumerate(lows[prev.j : k], prev.j) if j not in timed]
    while between and between[0] in _FIGURE_TAIL:
        between = between[1:]  # ("3.38% of GDP in 2024 - a figure ...")
    if (
        not between
        or between[0] not in ("—", "–", "-", ",", "(")
        or "since" not in between
        and ("later" not in between and "subsequently" not in between)
    ):
        return None
    if not set(between) <= _REVISION_ASIDE:
        return None
    start = ctx.tokens[prev.i].start
    claim = next((c for c in (claims_before or ctx.claims) if c.start == start), None)
    return claim.year if claim is not None else None


def revised_from(ctx: Context, q: Quantity) -> Quantity | None:
    """The figure a revision led to, when q is the one it started from ('was revised to 2.00%,
    from 2.12%', 'revised down to 3.79% from 4.12%'): then q is the same year's figure as an
    earlier edition had it, not the year before's."""
    k = q.i - 1
    if ctx.lows[k - 1 : k + 1] == ["from", "the"]:
        k -= 1  # "revised down to 20 from the 23 first reported"
    if ctx.lows[k : k + 1] != ["from"]:
        return None
    lo, _hi = ctx.clause(q)
    said = k - 2 if k >= 1 and ctx.lows[k - 1] in _REVISED_WAY else k - 1
    if said >= 1 and ctx.lows[said] in _REVISING and ctx.lows[said - 1] in (",", "("):
        # "Its 2024 figure is 2.30% of GDP, revised from 2.12%": the figure before the aside
        # is the revision's end (only a few words of its measure between them)
        end = next((x for x in reversed(ctx.quantities) if x.form == q.form and x.j < said), None)
        return end if end is not None and said - end.j <= _REVISED_GAP else None
    end = next((x for x in reversed(ctx.quantities) if x.form == q.form and lo <= x.i < q.i), None)
    if end is None:
        return None
    to = end.i - 1  # where the 'to' before the end point is ("revised up to 1.78%": in it)
    if ctx.lows[end.i : end.i + 2] in (["up", "to"], ["down", "to"]):
        to = end.i + 1
    if ctx.lows[to : to + 1] != ["to"]:
        return None
    if (
        not set(ctx.lows[end.j : k])
        <= {",", "in", "the", "edition", "new", "latest"} | _REVISED_WAY
    ):
        return None  # (", down from the 4.12%": the way of the revision, as 'revised down')
    verb = ctx.lows[max(lo, to - 6) : to]
    return end if not _REVISING.isdisjoint(verb) else None


# "the 2024 share", "the estimate for 2024": the one year a figure that moved is of
_ONE_YEAR_NOUNS: frozenset[str] = patterns.word_set("one_year_figure_nouns")


def one_year_subject(ctx: Context, lo: int, hi: int) -> int | None:
    """The year of the figure named between lo and hi as one year's ('Croatia's 2024 share',
    'The US share for 2024', 'France's 2024 estimate'), when the words name one year and
    no other time: a figure of that year moving is its estimate revised, not a change
    between years."""
    lows = ctx.lows
    years = [t for t in ctx.times if lo <= t.i < hi]
    if len(years) != 1 or years[0].kind not in ("year", "last") or years[0].year is None:
        return None
    t = years[0]
    if t.kind == "last" and lows[t.j - 1].endswith("'s") and lows[t.j : t.j + 1] != []:
        # "Last year's figure for Türkiye": the year before the article's
        return t.year if lows[t.j] in _ONE_YEAR_NOUNS else None
    if t.j - t.i != 1 or not _YEAR_TOKEN.fullmatch(lows[t.i]):
        return None
    named = lows[t.j : t.j + 1] != [] and lows[t.j] in _ONE_YEAR_NOUNS
    named = named or (
        lows[t.i - 1 : t.i] == ["for"] and t.i >= 2 and lows[t.i - 2] in _ONE_YEAR_NOUNS
    )
    return t.year if named else None


_YEAR_TOKEN: re.Pattern[str] = re.compile(r"(19|20)\d\d")


def _untimed_after(ctx: Context, q: Quantity) -> bool:
    """Does no time follow the figure ('from 3.38%', not 'from 3.38% in 2023', 'from 3.38% of
    GDP last year')?"""
    return not any(q.j <= t.i <= q.j + _TIME_AFTER and _CLAUSE_MARKS.isdisjoint(ctx.lows[q.j : t.i])
                   for t in ctx.times)  # fmt: skip


_CLAUSE_MARKS: frozenset[str] = frozenset({",", ";", ":", "and", "but", "while"})


_TIME_AFTER: int = 3  # words after a figure where its own time may start ("of GDP in 2023")


def _apposed_to_dated_noun(ctx: Context, q: Quantity) -> timewords.TimeExpr | None:
    """The time of a figure's noun the figure is set off after by a comma, as its apposition
    ('the figure for last year, 1.96%,', 'Its 2024 share, 2.04%,'), else None."""
    lows = ctx.lows
    if lows[q.i - 1 : q.i] != [","] or lows[q.j : q.j + 1] not in ([","], [";"], [")"]):
        return None
    for t in ctx.times:
        if t.j == q.i - 1 and t.i >= 2 and lows[t.i - 1] == "for" and lows[t.i - 2] in _YEAR_NOUNS:
            return t  # "the figure for last year, 1.96%,"
        if t.j == q.i - 2 and lows[t.j] in _YEAR_NOUNS and t.kind == "year":
            return t  # "Its 2024 share, 2.04%,"
    return None


def _one_year_moved(ctx: Context, q: Quantity, lo: int) -> int | None:
    """The year of one year's figure that moved between two figures of q's form, q its start
    after 'from' ('The US share for 2024 was trimmed to 3.12% from 3.38%', 'France's 2024
    estimate slipped from 2.06% to 2.03%'), when the words before the move name that one
    year with the figure's noun (one_year_subject) and no time follows either figure."""
    lows = ctx.lows
    if lows[q.i - 1 : q.i] != ["from"] or not _untimed_after(ctx, q):
        return None
    to = q.j + (2 if lows[q.j : q.j + 2] == ["of", "gdp"] else 0)
    if lows[to : to + 1] == ["to"]:  # "from 2.06% to 2.03%"
        end = next((x for x in ctx.quantities if x.form == q.form and x.i == to + 1), None)
        if end is None or not _untimed_after(ctx, end):
            return None
        return one_year_subject(ctx, lo, q.i - 1)
    end = next((x for x in reversed(ctx.quantities) if x.form == q.form and lo <= x.i < q.i),
               None)  # fmt: skip
    if end is None or not _untimed_after(ctx, end):
        return None
    at = end.i + 1 if lows[end.i : end.i + 2] in (["up", "to"], ["down", "to"]) else end.i - 1
    if lows[at : at + 1] != ["to"] or not set(lows[end.j : q.i - 1]) <= _REVISED_WAY | {","}:
        return None  # ("to 3.12% from 3.38%", "to 3.12%, down from 3.38%")
    return one_year_subject(ctx, lo, at)


def _after_end_point(ctx: Context, q: Quantity, lo: int) -> bool:
    """Is the figure after 'from' the start of a change whose end came first ('rose to 4.12%
    from 3.26%')?"""
    return any(x.form == q.form and lo <= x.i < q.i and ctx.lows[x.i - 1 : x.i] == ["to"]
               for x in ctx.quantities)  # fmt: skip


def _bracketed_from(ctx: Context, q: Quantity) -> bool:
    """Is the figure the start of a change in brackets right after its end point ('Portugal
    2.00% (from 1.28%)'): an earlier level, not the end point's year?"""
    return ctx.lows[max(0, q.i - 2) : q.i] == ["(", "from"] and any(
        x.form == q.form and x.j == q.i - 2 for x in ctx.quantities
    )


def _comma_from(ctx: Context, q: Quantity) -> Quantity | None:
    """The end point of a change whose start q follows it after ', from' ('Finland spent
    2.77% in 2025, from 2.04%', '(2.51%, from 2.31%)'): the last figure of q's form before
    the comma, in the same clause, with no other figure between; None otherwise."""
    if ctx.lows[max(0, q.i - 2) : q.i] != [",", "from"]:
        return None
    end = next((x for x in reversed(ctx.quantities) if x.form == q.form and x.j <= q.i - 2),
               None)  # fmt: skip
    if end is None:
        return None
    if any(end.j <= x.i < q.i for x in ctx.quantities if x.form != "year"):
        return None  # ("2.1%, or $5bn, from ...": another figure between)
    breaks = _BREAKS.intersection(ctx.lows[end.j : q.i - 2])
    return None if breaks else end  # ("2.77% of GDP in 2025, from 2.40%", not "2.77%; ...")


# what ends the clause of an end point before its start ', from X' could follow it
_BREAKS: frozenset[str] = frozenset({",", ";", ":", "(", ")", "—", "–", "-", ".", "and", "but"})
_SIBLING_JOINS: frozenset[str] = frozenset({"(", ")", ",", "and", ";"})


def _sibling_start(ctx: Context, q: Quantity, lo: int) -> int | None:
    """The year of a change's start q after ', from' or ', up from' that names no time, when
    the same sentence, just before, gave a pair of the same form whose end point was dated by
    a stated year Y and whose start was read as the year before ('Norway (3.35% in 2025, up
    from 2.27%), Sweden (2.51%, from 2.31%)'): Y - 1, provided q's own end point was read as
    of Y too (None otherwise)."""
    lows = ctx.lows
    if lows[max(0, q.i - 3) : q.i] == [",", "up", "from"] or lows[max(0, q.i - 3) : q.i] == [
        ",",
        "down",
        "from",
    ]:
        end: Quantity | None = next((x for x in reversed(ctx.quantities)
                                     if x.form == q.form and x.j == q.i - 3), None)  # fmt: skip
    else:
        end = _comma_from(ctx, q)
    if end is None:
        return None
    claims = ctx.claims

    def year_of(x: Quantity) -> tuple[int | None, str]:
        start = ctx.tokens[x.i].start
        c = next((c for c in claims if c.start == start), None)
        return (None, "") if c is None else (c.year, c.year_basis or "")

    own_end, _own = year_of(end)
    if own_end is None:
        return None
    earlier = [x for x in ctx.quantities if x.form == q.form and x.j <= end.i]
    last = end.i
    while True:  # back through the pairs before, each of the same two years, to a dated one
        pair = _from_pair(lows, earlier)
        if pair is None or not all(lows[k] in _SIBLING_JOINS or ctx.tokens[k].text[:1].isupper()
                                   for k in range(pair[1].j, last)):  # fmt: skip
            return None  # (only names and punctuation between the pairs: a list of them)
        if any(t.role not in _PAIR_SKIP and pair[1].j <= t.i < q.i for t in ctx.times):
            return None
        first_end, first_basis = year_of(pair[0])
        first_start, _basis = year_of(pair[1])
        if first_end != own_end or first_start != own_end - 1:
            return None
        if first_basis == "stated":
            return first_start
        earlier = [x for x in earlier if x.j <= pair[0].i]
        last = pair[0].i


def _that_clause(words: list[str]) -> bool:
    """Does a 'that' open a clause among the words ('predicted that Poland spends'), not
    point at a time ('the estimate NATO published that June')?"""
    return any(w == "that" and words[k + 1 : k + 2] and words[k + 1] not in _THAT_TIMES
               for k, w in enumerate(words))  # fmt: skip


_THAT_TIMES = timewords.MONTHS | {"year", "month", "week", "day",
                                                             "time", "summer", "spring"}  # fmt: skip
DASHES = frozenset({"—", "–", "-"})  # a year beyond one belongs to another figure
_RISING_TO = [[w, "to"] for w in ("rise", "increase", "climb", "grow", "go", "jump", "rising",
                                  "increasing", "climbing", "growing", "going")]  # fmt: skip
_JOINERS = frozenset({"and", "but", "while", "whereas", ",", ";", "which", "who", "as"})


def _leads_caption(ctx: Context, q: Quantity) -> bool:
    """Does the figure open its line, a dash after it opening the words that describe it
    ('2.1% - UK defence spending as a share of GDP in 2016', under a bullet or not)?"""
    return ctx.lows[q.j : q.j + 1] in ([d] for d in DASHES) and all(
        w in DASHES or w in ("*", "\u2022") for w in ctx.lows[: q.i]
    )


def _set_against(ctx: Context, q: Quantity, t: timewords.TimeExpr, lo: int) -> bool:
    """Is q the figure another one of the same subject is compared with, right after that
    figure's own time ('4.12% this year vs 3.26%', 'PLN 151 bn in 2024, compared with PLN
    111 bn')? (Not when the sentence names two subjects: '$968bn this year against $507bn for
    Europe and Canada' compares them in one year.)"""
    between = [w for w in ctx.lows[t.j : q.i] if w not in (",", ".", "(")]
    compared = between in (["vs"], ["versus"], ["against"]) or (
        " ".join(between) in timewords.COMPARED_WITH
    )
    return (
        compared
        and len({m.code for m in ctx.mentions if m.kind != "pronoun"}) <= 1
        and any(x.form not in ("year", "ordinal") and lo <= x.i and x.j <= t.i
                for x in ctx.quantities)
        and not _owner_of_its_own(ctx, q)
    )  # fmt: skip


def _owner_of_its_own(ctx: Context, q: Quantity) -> bool:
    """Is the figure set against another given its own owner right after it, one the sentence
    names nowhere before it and that is not the subject carried from before ('Yes: about $968
    billion in 2024, against $507 billion for European allies and Canada', the US asked of
    in the question before): two subjects compared in one year."""
    lows = ctx.lows
    at = q.j + (lows[q.j + 1 : q.j + 2] == ["the"])
    if lows[q.j : q.j + 1] not in (["for"], ["by"]):
        return False
    owner = next((m for m in ctx.mentions if m.i == at + 1 and m.kind in ("ally", "group")), None)
    return (
        owner is not None
        and owner.code != ctx.carry
        and not any(m.code == owner.code for m in ctx.mentions if m.j <= q.i)
    )


def _in_edition(ctx: Context, q: Quantity) -> bool:
    """Is the figure set against another tied to a release right after it ('4.25% last
    year, compared with 4.48% in last year's report'): the same year, as another edition
    gave it?"""
    return any(t.role == "edition" and q.j <= t.i <= q.j + 2 for t in ctx.times)


def _compared_base(lows: list[str], i: int) -> bool:
    """Is the time at i what a figure before it is compared with ('more than in 2021',
    'compared with 2014', 'up 13% on 2023')?"""
    k = i - (lows[i - 1 : i] == ["in"])
    if lows[k - 1 : k] in (["its"], ["their"]) and k > 1:
        # "a place above its 2023 position", "up 5% on their 2023 level": the year of what
        # the figure is set against
        return lows[k - 2] in _SET_AGAINST or lows[max(0, k - 3) : k - 1] == ["ahead", "of"]
    if lows[i - 1 : i] == ["on"] and lows[i + 1 : i + 2] and lows[i + 1] in _FIGURES_OF:
        return False  # "met 2% on 2017 estimates", "on 2024 figures": the figures' own year
    return (
        lows[k - 1 : k] == ["than"]
        or lows[i - 1 : i] == ["on"]  # "up 13% in real terms on 2023": the base of the change
        or " ".join(lows[max(0, k - 2) : k]) in timewords.COMPARED_WITH
    )


_FIGURES_OF: frozenset[str] = patterns.word_set("year_figures_nouns")


_SET_AGAINST: frozenset[str] = frozenset({"than", "above", "below", "behind", "over", "on"})


def _restated(between: list[str]) -> bool:
    """'% of GDP, or about': the next figure restates this one in other units."""
    return len(between) <= 6 and "," in between and between[between.index(",") + 1 :][:1] == ["or"]


def _apposed(ctx: Context, q: Quantity, x: Quantity) -> bool:
    """Is x the same figure in other units, set off by commas right after q ('4.7% of GDP,
    about 187 billion zloty, will go ...')?"""
    between = ctx.lows[q.j : x.i]
    return (
        x.form != q.form
        and between[-1:] == [","]
        and len(between) <= 5
        and all(w in ("of", "gdp", "its", "the") or w.endswith("'s") for w in between[:-1])
        and ctx.lows[x.j : x.j + 1] == [","]
    )


def _bracketed_restatement(ctx: Context, q: Quantity, x: Quantity) -> int:
    """Where the bracket closes when x is the same figure in other units, alone in brackets
    right after q ('$26.3 billion (3.9% of GDP)'), else -1."""
    lows = ctx.lows
    if x.form == q.form or lows[q.j : x.i] != ["("] or x.form not in ("percent", "money"):
        return -1
    k = x.j
    while k < len(lows) and k < x.j + 3 and lows[k] in ("of", "gdp"):
        k += 1
    return k if lows[k : k + 1] == [")"] else -1


# the roles of years that are no figure's: a date of joining or of a rule, a name, prices
_UNPAIRED_ROLES: frozenset[str] = frozenset({"agreement", "name", "price", "edition"})


_RUN_JOINTS: tuple[list[str], ...] = ([","], ["and"], [",", "and"])


def _respective_year(ctx: Context, q: Quantity) -> int | None:
    """The year of a figure in a run of figures that 'respectively' closes, matched by place
    with a run of as many years before them ('2017, 2018 and 2023 ... (3.28, 3.36 and 3.23
    per cent respectively)'); None when the runs are not of one length."""
    lows = ctx.lows
    if "respectively" not in lows:
        return None
    figures = [x for x in ctx.quantities if x.form == q.form]
    if q not in figures:
        return None
    at = figures.index(q)
    first, last = at, at
    while first > 0 and lows[figures[first - 1].j : figures[first].i] in _RUN_JOINTS:
        first -= 1
    while last + 1 < len(figures) and lows[figures[last].j : figures[last + 1].i] in _RUN_JOINTS:
        last += 1
    run = figures[first : last + 1]
    tail = lows[run[-1].j : run[-1].j + 4]
    if len(run) < 2 or "respectively" not in tail:
        return None
    years = [t for t in ctx.times if t.kind == "year" and t.year and t.j <= run[0].i
             and t.role not in _UNPAIRED_ROLES and t.start is None]  # fmt: skip
    chain = years[-1:]
    for t in reversed(years[:-1]):
        if lows[t.j : chain[0].i] not in _RUN_JOINTS:
            break
        chain.insert(0, t)
    if len(chain) != len(run):
        return None
    return chain[at - first].year


def _year_pair(ctx: Context, q: Quantity, lo: int, hi: int) -> int | None:
    """'from 3.7% to 3.2% from 2014 to 2024': the first figure is the first year's, the
    second the second's."""
    lows = ctx.lows
    # (the same for every figure of the form in the clause: found once when there are many)
    key = ("year_pairs", lo, hi, q.form) if len(ctx.quantities) > 8 else None
    pairs = ctx.memo.get(key) if key is not None else None
    if pairs is None:
        figures = [x for x in ctx.quantities if lo <= x.i < hi and x.form == q.form]
        from_to = next(((a, b) for a, b in zip(figures, figures[1:], strict=False)
                        if lows[a.i - 1 : a.i] == ["from"] and lows[b.i - 1 : b.i] == ["to"]),
                       None)  # fmt: skip
        joined = next(((a, b) for a, b in zip(figures, figures[1:], strict=False)
                       if lows[a.j : b.i] == ["and"]), None)  # fmt: skip
        pairs = (from_to, joined)
        if key is not None:
            ctx.memo[key] = pairs
    pair = pairs[0]
    # (not a year that dates no figure: "Czechia and Slovakia, which joined in 1999 and 2004,
    # reach 2.10% and 2.00% this year": the years they joined, not of the figures)
    dated = [t for t in ctx.times if t.kind == "year" and t.role not in _UNPAIRED_ROLES]
    if pair is not None and q in pair:
        years = [t for t in dated if lo <= t.i < hi and t.i > pair[1].i]
    else:
        # "in 2014 and 2024, Germany spent 1.19% and 2.12%": two years, then two figures
        pair = pairs[1]
        if pair is None or q not in pair:
            return None
        before = [t for t in dated if lo <= t.i < pair[0].i][-2:]
        after = [t for t in dated if pair[1].j <= t.i < hi][:2]
        # ("... spent 1.19% and 2.12% of GDP in 2014 and 2024": the two years after)
        years = next((ys for ys in (before, after)
                      if len(ys) == 2 and lows[ys[0].j : ys[1].i] == ["and"]), [])  # fmt: skip
    if len(years) < 2 or lows[years[1].i - 1] not in ("to", "and", "-", "–"):
        return None
    return years[0].year if q is pair[0] else years[1].year


def _resolve(
    ctx: Context, t: timewords.TimeExpr, claims_before, allies: Sequence[str] = ()
) -> int | None:
    fiscal = _fiscal_year(ctx, allies) if t.fiscal else None
    if fiscal is not None and t.kind in _STEPS:
        return fiscal + _STEPS[t.kind]  # "last fiscal year" in January 2025: Canada's 2023/24
    if t.year is not None:
        return t.year
    if t.kind == "then":
        return _then_year(ctx, t, claims_before)
    if t.kind in ("previous", "that", "following", "earlier"):
        # one time word names one year, whichever of the sentence's figures it dates ("It
        # first passed the 2% mark the year before, at 2.05%": not the year before the first
        # figure it dated): resolved once a sentence
        key = ("relative year", t.i)
        if key not in ctx.memo:
            ctx.memo[key] = _relative_year(ctx, t, claims_before, fiscal)
        found: int | None = ctx.memo[key]
        return found
    return None


def _relative_year(
    ctx: Context, t: timewords.TimeExpr, claims_before, fiscal: int | None
) -> int | None:
    """The year a time word relative to another names ('the year before', 'that year', 'the
    following year'): from the figures read before it, else the year named before it."""
    at = ctx.tokens[t.i].start if t.i < len(ctx.tokens) else 0
    # (the sentence's figures read before the time word, not a count read first that
    # follows it: "The year before it was at 1.48%, one of only three allies under 2%")
    # ("that year" not to a year read from a tense alone: "Germany at 2.00% and France at
    # 2.03% for that year" points back to a year the text named, not the default of the
    # figure before; "a year earlier" counts back from that figure's year, however read)
    years = [c.year for c in (claims_before or [c for c in ctx.claims if c.end <= at])
             if c.year and (t.kind != "that" or c.year_basis not in _UNNAMED_BASES)]  # fmt: skip
    explicit = [x.year for x in ctx.times if x.j <= t.i and x.year and x.kind == "year"
                and x.role not in ("price", "edition", "date")]  # not "in 2015 dollars"  # fmt: skip
    base = years[-1] if years else (explicit[-1] if explicit else None)
    if years and explicit and _named_after_claims(ctx, t, claims_before or ctx.claims):
        base = explicit[-1]  # "not once above 1.5% since 2014, a low of 1.01% that year":
        # the year named last before the time word, not that of a figure before the name
    if base is None:  # "Trump took office in January 2017. That year just four allies
        base = ctx.past_year  # met the guideline": the year the sentence before spoke of
    if base is None:
        base = ctx.section_year  # ("2014" heading "That year only three allies met it")
    if base is None and t.kind == "that":
        base = ctx.prior_year  # ("The report dates from June 2019. It showed seven
        # allies at 2% that year")
    last = next((c for c in reversed(ctx.earlier) if c.year), None)
    if base is None and last is not None and last.year_basis == "tense":
        # "Sweden reached 2.00%. Finland's figure was 2.03% the year before": the year
        # before a figure dated only by its tense is the year before the one the verifier
        # reads that figure in (the latest of the edition current at the date)
        base = _settled(last, ctx.today)
    if base is None:  # "..., the same year": the year of the last figure before
        base = last.year if last is not None else ctx.carry_year
    if base is None and fiscal is not None and t.kind == "previous":
        return fiscal - 1  # "the previous fiscal year", after no year: the date's last one
    if base is None:
        return None
    return base + {"previous": -1, "following": 1}.get(t.kind, 0) - t.back


_UNNAMED_BASES: frozenset[str] = frozenset({"tense", "future"})  # a year no words named


def _then_year(ctx: Context, t: timewords.TimeExpr, claims_before) -> int | None:
    """The year 'then' points back to when set against now ("Three met it in 2014; this year
    23 do. Canada, then at 1.01%, is now at 1.37%"): the last year before the article's that
    the text named, in this sentence or the ones before; None when it named none."""
    at = ctx.tokens[t.i].start if t.i < len(ctx.tokens) else 0
    here = claims_before or [c for c in ctx.claims if c.end <= at]
    named = [x.year for x in ctx.times if x.j <= t.i and x.year and x.kind == "year"
             and x.role not in ("price", "edition", "date", "deadline")]  # fmt: skip
    years = [c.year for c in ctx.earlier if c.year] + [c.year for c in here if c.year] + named
    past = [y for y in years if y < ctx.today.year]
    return past[-1] if past else None


def _settled(claim: Claim, today: date) -> int | None:
    """The year the verifier reads a figure dated only by its tense in (evidence.py)."""
    source = claim.source if claim.source in ("NATO", "SIPRI") else "NATO"
    measure = claim.measure or claim.kind
    pub, _note = ev.edition_for(source, measure, today)
    one = copy.copy(claim)
    ev.settle_tense_year(one, source, pub.edition if pub is not None else None, measure, today)
    return one.year


_STEPS = {"this": 0, "last": -1, "next": 1}  # a fiscal year from the one holding the date


def _named_after_claims(ctx: Context, t: timewords.TimeExpr, claims) -> bool:
    """Is a year written between the last dated figure before the time word and the time word
    itself (the year 'that year' points back to is the one read last)?"""
    dated = [c.start for c in claims if c.year and c.start < ctx.tokens[t.i].start]
    if not dated:
        return False
    return any(
        x.kind == "year"
        and x.year
        and x.j <= t.i
        and ctx.tokens[x.i].start > dated[-1]
        and x.role not in ("price", "edition", "date")
        for x in ctx.times
    )


def _fiscal_year(ctx: Context, allies: Sequence[str]) -> int | None:
    """The label of the fiscal year holding the article's date, for the figure's allies
    (NATO's label: the calendar year holding most of its months; see alliance.fiscal_year),
    when they are allies that share one; else None."""
    labels = {alliance.fiscal_year(code, ctx.today) for code in allies}
    return labels.pop() if len(labels) == 1 else None


def tense_of(ctx: Context, q: Quantity) -> str:
    lo, _hi = ctx.clause(q)
    window = ctx.lows[max(lo, q.i - 10) : q.i]
    if any(w in ("will", "expected", "set", "projected", "forecast", "course", "track", "due")
           for w in window):  # fmt: skip
        return "future"
    if any(w in ("now", "currently", "today", "still") for w in window):
        return "present"
    if any(w in ("has", "have") for w in window):
        return "present"
    if any(w in _PAST for w in window):
        return "past"
    if ctx.section_year is not None and not _PAST.isdisjoint(
        ctx.lows[q.j : min(_hi, q.j + 6)]
    ):  # "2014" heading "Only three allies met the target": the verb after the figure
        return "past"
    if _by_its_subject(ctx, q, lo):
        # "Italy (1.61%) and Spain (1.51%) were among the laggards": a figure set by its
        # subject before the verb takes the tense of the verb after it
        return _verb_after(ctx.lows, q.j, _hi)
    return "present"


_VERB_AFTER_REACH: int = 16  # tokens after a figure set by its subject to its verb


def _verb_after(lows: list[str], j: int, hi: int) -> str:
    """The tense of the first verb after a figure set by its subject (outside brackets, over
    the other subjects and figures of a list), "present" when none is found."""
    depth = 0
    for w in lows[j : min(hi, j + _VERB_AFTER_REACH)]:
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif w == "will":
            return "future"
        elif w in _PAST:
            return "past"
        elif w in _PRESENT:
            return "present"
    return "present"
