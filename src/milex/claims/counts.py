"""Counts of allies: '23 of the 32 allies met 2%', 'every ally meets 2%', 'most members met
2%' (the size of the alliance is read in membership.py).

A count needs a number of allies (or "every ally", "more than half of the allies") and a
threshold it is measured against (a percentage, "the guideline", "that mark"); the numbers
it uses up (the 32 of "of the 32 allies", the 2%) are not read again as figures of their own.
"""

from __future__ import annotations

import re
from datetime import date

from milex.claims import corrections, patterns
from milex.claims.clause import Context, earlier_estimate, new_claim, set_subject
from milex.claims.eu_counts import among_eu
from milex.claims.every import MEETING_AT, read_every
from milex.claims.guidelines import (
    BELOW,
    COUNT_HEADS,
    GUIDELINE_VALUES,
    TURNED,
    club_level,
    comparator_of,
    guessed,
    level_of_a_class,
    negated,
    not_nato,
    obliged,
    only_guideline,
    past_allies_aside,
    threshold_after,
)
from milex.claims.listed import named_members, none_or_only
from milex.claims.membership import (
    levelled,
    members_at,
    one_of,
    read_membership,
    subset,
    total_as_membership,
)
from milex.claims.model import Claim
from milex.claims.numbers import Quantity
from milex.claims.policy import predicated_after
from milex.claims.subjects import run_end
from milex.claims.timewords import is_day
from milex.claims.years import year_for

_SHORT = patterns.word_set("falling_short_words")
# verbs that keep a promise: a count's verb when the promise named is a level's ("kept the 2%
# commitment"), not when it is a figure kept ("kept spending at 1.3%")
_KEEPING: frozenset[str] = patterns.word_set("promise_keeping_verbs")
_PROMISE_NOUNS: frozenset[str] = patterns.as_set("guideline_nouns")
_SIDES = patterns.word_set("side_words")
# the words that say the counted allies meet (or miss) the threshold, built once ("11 of 32
# members pay their 2%")
_MEETING = MEETING_AT | patterns.word_set("count_level_verbs")
_DETERMINERS = frozenset({"the", "its", "nato's", "alliance's", "their", "all", "those", "our"})
_TOTAL_TIMES: frozenset[str] = patterns.word_set("total_time_words")  # "of the then 28"
_ADJECTIVES = frozenset({"nato", "european", "allied", "member", "eastern", "other", "more",
                         "alliance", "western", "northern", "southern", "of"})  # fmt: skip


def read_counts(ctx: Context) -> None:
    _counts(ctx)
    _earlier_counts(ctx)
    read_membership(ctx)


def _earlier_counts(ctx: Context) -> None:
    """'... even though initial estimates had forecast that 23 countries would reach it': a
    count the words give as an earlier estimate is judged on the release before the day's
    (Claim.earlier_edition); its future is the forecast's, of the year the article speaks of,
    not a year after the article's (read as the present's, which the verifier settles)."""
    for claim in ctx.claims:
        if claim.kind != "count_meeting":
            continue
        q = next((x for x in ctx.quantities if ctx.tokens[x.i].start == claim.start), None)
        if q is None or not earlier_estimate(ctx, q):
            continue
        claim.earlier_edition = True
        if claim.year_basis == "future" and claim.year == ctx.today.year:
            claim.year_basis = "tense"


# the words between 'of' and a total of allies spoken of before, and those singling them out
# after it ('Of the 31 ranked,', 'Of those 31 with figures,')
_TOTAL_DETERMINERS: tuple[list[str], ...] = (["the"], ["those"], ["these"])
_TOTAL_QUALIFIERS: frozenset[str] = frozenset({"ranked", "listed", "counted", "shown", "with",
                                               "figures", "data", "a", "figure", "estimates"})  # fmt: skip
# the words before a count's total ("of the 32", "of those 23": the group counted in)
_OF_THE: tuple[list[str], ...] = (["of", "the"], ["among", "the"], ["of", "those"], ["of", "these"])
# how far before a count its group may open ("Of the 12 southern and south-eastern European
# allies, seven ...": the total and the group's words between 'of' and the comma)
_LEAD_REACH: int = 9
_TOGETHER = frozenset({"together", "combined", "overall", "aggregate", "collectively"})
_FIGURE_NOUNS = frozenset({"estimate", "estimates", "figure", "figures", "number", "data"})
# what follows "18 of the 32" when the noun is left out: its verb
_VERB_AFTER_TOTAL = frozenset({"had", "have", "has", "are", "were", "will", "met", "meet", "meets",
                               "reached", "reach", "hit", "spent", "spend", "did", "do"})  # fmt: skip


_DASHES: frozenset[str] = frozenset({"-", "–", "—"})


_FACT_MARKS: frozenset[str] = patterns.word_set("fact_line_marks")
# the nouns a capitalised label numbers ("Row 2", "Figure 3", "Table 7"): never a count
_NUMBERED_LABELS: frozenset[str] = patterns.word_set("numbered_label_nouns")


def _fact_dash(lows: list[str], k: int) -> int:
    """1 when token k is the dash of a fact box's line led by its figure ('23 - allies at or
    above 2%', '30 of 31 - at or above 2%'), or its colon ('23: allies at 2% this year',
    '► 7: allies expected to meet 2 per cent'): only figures and 'of' before it, after a
    bullet's mark at most; else 0."""
    if k < 1 or k >= len(lows) or (lows[k] not in _DASHES and lows[k] != ":"):
        return 0
    lead = 1 if lows[0] in _FACT_MARKS else 0
    return int(k > lead and all(w == "of" or w[:1].isdigit() for w in lows[lead:k]))


_OF_THOSE: list[list[str]] = [["of", w] for w in patterns.word_set("counted_pronouns")]


def _count_noun_after(ctx: Context, k: int):
    """(end, total quantity or None) when 'of the 32 allies' / 'allies' follows token k."""
    lows = ctx.lows
    nouns = patterns.phrases("count_nouns")
    total = None
    k += _fact_dash(lows, k)  # "23 - allies at or above 2%" on a fact box's line
    if lows[k : k + 2] == ["out", "of"]:  # "23 out of 32 allies"
        k += 1
    if k < len(lows) and (lows[k] == "of" or _slash_total(ctx, k)):  # ("23/32 allies")
        k += 1
        while k < len(lows) and (lows[k] in _DETERMINERS or lows[k] in _TOTAL_TIMES):
            k += 1  # ("four of the then 28 allies": the members at the time)
        q = next((x for x in ctx.quantities if x.i == k and x.form == "plain"), None)
        if q is not None:
            total, k = q, q.j
            if _fact_dash(lows, k) and 28 <= q.value <= 32:
                return k + 1, total  # "30 of 31 - at or above 2%": a fact box's count of the
                # allies, the line after its dash saying at what
            if (
                28 <= q.value <= 32
                and lows[k : k + 1]
                and (
                    lows[k] in _VERB_AFTER_TOTAL
                    or patterns.phrases("cues", "reaching_to").match_at(lows, k)
                )
            ):
                return k, total  # "only 18 of the 32 had reached that level": the allies
                # (and "only 18 of the 32 made it to 2%")
            if (
                28 <= q.value <= 32
                and lows[k : k + 1] == ["with"]
                and lows[k + 1 : k + 2] != []
                and lows[k + 1] in _FIGURE_NOUNS
                and lows[k + 2 : k + 3] != []
                and lows[k + 2] in _VERB_AFTER_TOTAL | _MEETING
            ):
                return k + 2, total  # "Thirty of the 31 with figures meet 2%": the allies
        for _ in range(3):
            hit = nouns.match_at(lows, k) if k < len(lows) else None
            if hit:
                return k + hit[0], total
            k += 1
        return None
    for _ in range(3):  # "23 allies", "23 NATO members", "six European allies"
        hit = nouns.match_at(lows, k) if k < len(lows) else None
        if hit:
            end = at = k + hit[0]  # "eleven members out of the thirty-one": a total after it
            at += 2 if lows[at : at + 2] == ["out", "of"] else lows[at : at + 1] == ["of"]
            at += at > end and lows[at : at + 1] == ["the"]
            total = next((x for x in ctx.quantities if x.i == at > end and x.form == "plain"), None)
            return (total.j, total) if total is not None else (end, None)
        if k >= len(lows) or lows[k] not in _ADJECTIVES:
            return None
        k += 1
    return None


# the prepositions that make a count those something is done for ("for 15 states")
_FOR_WHOM: frozenset[str] = patterns.word_set("count_beneficiary_prepositions")


def _total_follows(lows: list[str], q: Quantity) -> bool:
    """'for 23 of the 32 allies', 'for 23 out of 32': a count with its total after it; 'for
    18 NATO countries to meet the requirement': the subject of the verb of meeting after it."""
    if lows[q.j : q.j + 1] == ["of"] or lows[q.j : q.j + 2] == ["out", "of"]:
        return True
    return any(
        lows[k] == "to" and lows[k + 1] in _MEETING for k in range(q.j, min(len(lows) - 1, q.j + 5))
    )


_COUNT_ADVERBS: frozenset[str] = frozenset({"already", "now", "still", "also", "even"})


def _past_adverbs(lows: list[str], j: int) -> str | None:
    """The word after a number and the adverbs right after it ('five already exceed')."""
    while j < len(lows) and lows[j] in _COUNT_ADVERBS:
        j += 1
    return lows[j] if j < len(lows) else None


_HAVE: frozenset[str] = frozenset({"have", "has", "had"})


def _bare_total_after_colon(ctx: Context, q: Quantity) -> Quantity | None:
    """The total of a count that opens what follows a colon whose lead says a level is met
    ('All allies with figures now meet the 2% guideline: 30 of 30, NATO says'), written with
    no noun after it: a number of allies (28 to 32) ending its clause; None otherwise."""
    lows = ctx.lows
    k = q.j + (lows[q.j : q.j + 2] == ["out", "of"])
    if lows[k : k + 1] != ["of"]:
        return None
    total = next((x for x in ctx.quantities if x.i == k + 1 and x.form == "plain"), None)
    if total is None or total.precision or not 28 <= total.value <= 32:
        return None
    if lows[total.j : total.j + 1] not in ([], [","], ["."], [";"]):
        return None
    return total if _met_before_colon(ctx, q) is not None else None


def _met_before_colon(ctx: Context, q: Quantity) -> tuple[Quantity | None, float] | None:
    """The level a colon's lead says is met, when the count opens what follows the colon
    ('Everyone with a figure now clears the bar: 30 out of 30 allies this year'): a verb of
    meeting and a level (a figure or the guideline named) before the colon, nothing but
    adverbs between the colon and the count; None otherwise."""
    lows = ctx.lows
    k = q.i - 1
    while k > 0 and lows[k] in _LEAD_HEDGES:
        k -= 1
    if k < 2 or lows[k] != ":" or ":" in lows[:k]:
        return None
    if not any(lows[n] in _MET_BY_COLON for n in range(k)):
        return None
    tq, threshold = threshold_after(ctx, 0, k, [])
    return (tq, threshold) if threshold is not None else None


def _verb_past_aux(lows: list[str], j: int) -> str | None:
    """The word after a number, its adverbs and a 'have' ('five have already passed')."""
    while j < len(lows) and (lows[j] in _COUNT_ADVERBS or lows[j] in _HAVE):
        j += 1
    return lows[j] if j < len(lows) else None


_MET_BY_COLON: frozenset[str] = patterns.as_set("meeting_verbs")
_PLUS: frozenset[str] = patterns.word_set("count_sum_words")


def _added_allies(ctx: Context, q: Quantity) -> list:
    """The allies a count adds by name ('21 plus Italy', '20, plus Spain and Greece, will
    reach 2%'): each is one more ally counted; none when no ally follows the word."""
    lows = ctx.lows
    k = q.j + (lows[q.j : q.j + 1] == [","])
    if lows[q.j - 1] in _PLUS:
        k = q.j  # (the number's reader took the word as its hedge: "21 plus", "21+")
    elif lows[k : k + 1] == [] or lows[k] not in _PLUS:
        return []
    else:
        k += 1
    allies = [m for m in ctx.mentions if m.kind == "ally"]
    first = next((m for m in allies if m.i == k or m.i == k + 1 and lows[k] == "the"), None)
    if first is None:
        return []
    last = run_end(ctx, allies, first)
    return [m for m in allies if first.i <= m.i <= last]


_MAKING: frozenset[str] = patterns.word_set("count_making_verbs")
_MADE_NOUNS: frozenset[str] = patterns.word_set("count_made_nouns")


def _made_the_mark(lows: list[str], start: int, stop: int) -> bool:
    """Is there a 'make' whose object is the guideline ('eight allies will not make the
    target', 'made the 2% mark', 'make their deadline'): a verb of meeting it?"""
    for k in range(start, min(stop, len(lows))):
        if lows[k] in _MAKING and not _MADE_NOUNS.isdisjoint(lows[k + 1 : k + 5]):
            n = next(n for n in range(k + 1, k + 5) if lows[n] in _MADE_NOUNS)
            if all(w in _MADE_FILLERS or w[:1].isdigit() for w in lows[k + 1 : n]):
                return True
    return False


# what may stand between 'make' and its guideline noun: "make the 2 percent target"
_MADE_FILLERS: frozenset[str] = frozenset({"the", "its", "their", "this", "that", "nato's",
                                           "alliance's", "%", "percent", "per", "cent", "2024",
                                           "spending", "defence", "defense"})  # fmt: skip


_MET_REACH: int = 11  # "23 NATO members, out of 32 in total, that met": noun, total, 'that'


def _met_after(lows: list[str], j: int, meeting) -> bool:
    """Does a relative clause of meeting follow the noun after j ('23 NATO members, out of 32,
    that met the target', '... out of 32 in total, that met it')?"""
    k = next((k for k in range(j, min(len(lows), j + _MET_REACH))
              if lows[k] in ("that", "which", "who")), None)  # fmt: skip
    return k is not None and any(w in meeting for w in lows[k + 1 : k + 4])


def _one_of_meeting(ctx: Context, q: Quantity) -> bool:
    """'The UK is one of 23 NATO members expected to hit the 2% benchmark this year': one of a
    number of allies that a verb of meeting right after them takes ('expected to hit', 'set
    to meet'), fewer than the allies of the day: a count of those at the level, not the
    membership."""
    if q.value >= members_at(ctx.today) or not _total_follows(ctx.lows, q):
        return False
    return ctx.lows[q.j : q.j + 1] != ["of"] and ctx.lows[q.j : q.j + 2] != ["out", "of"]


_RANKED_RUN: frozenset[str] = patterns.word_set("ranked_run_openers")


def _counts(ctx: Context) -> None:
    lows = ctx.lows
    meeting = _MEETING
    for q in ctx.quantities:
        if id(q) in ctx.consumed or q.form not in ("plain", "fraction"):
            continue
        if q.form == "plain" and (q.value > 40 or q.value != int(q.value) or q.precision):
            continue
        if q.value == 1 and lows[q.j : q.j + 1] == ["of"]:
            continue
        if _a_day(lows, q):
            continue
        if q.i > 0 and lows[q.i - 1] in _NUMBERED_LABELS and ctx.tokens[q.i - 1].text[:1].isupper():
            continue  # "Row 2 — European allies and Canada: 2.40%", "Figure 3", "Table 7": the
            # number of a row, a figure or a table, no count of allies
        if (
            q.i - 1 > ctx.clause(q)[0]
            and lows[q.i - 1] in _FOR_WHOM
            and not _total_follows(lows, q)
        ):  # "switched on the escape clause for 15 countries, up to 1.5% of GDP": those a
            continue  # measure was taken for, not a count of allies at a level (but "For
            # eight countries that is quite a leap: they spent ...": the clause's topic)
        if (
            (
                q.i > 0
                and lows[q.i - 1] in ("nato's", "alliance's", "its", "their")
                and not levelled(ctx, q)
            )
            or (
                one_of(lows, q)
                and q.ni == q.i
                and not _met_after(lows, q.j, meeting)
                and not _one_of_meeting(ctx, q)
                and not subset(lows, q.j)
                and not (lows[q.i - 2 : q.i] == ["one", "of"] and q.value < _SMALLEST_TOTAL)
            )
        ):  # ("one of five allies there": a count, no membership of five)  # (nor "all 30 allies that have a 2025 estimate are at or above 2%": a count among
            # the allies with figures)  # (but "one of 23 NATO members, out of 32, that met the target": a count)
            # "NATO's 32 allies", "one of the 32", "all 32": the membership, not a count (but
            # "one of just five" is one)
            continue
        rest = _rest_below(ctx, q)  # "the nine still below", "of the nine still short"
        at = q.i - (lows[q.i - 1 : q.i] != [] and lows[q.i - 1] in _TOTAL_TIMES)
        if rest is None and (lows[max(0, at - 2) : at] in _OF_THE or _slash_total(ctx, q.i - 1)):
            continue  # "Of the 32 allies, 23 ...", "23/32 allies", "22 of those 23": the total
        if (
            lows[q.i - 1 : q.i] == ["the"]
            and not _TOGETHER.isdisjoint(lows)
            and any(
                members_at(date(y, 12, 31) if y < ctx.today.year else ctx.today) == q.value
                for y in [ctx.today.year] + [t.year for t in ctx.times if t.year]
            )
        ):
            continue  # "Taken together, the 29 allies put 1.55% of their combined wealth":
            # the alliance, not a count of the allies at 1.55%
        if (
            lows[max(0, q.i - 2) : q.i] == ["the", "other"]
            and (lows[q.i - 3 : q.i - 2] == ["than"] or not _TOGETHER.isdisjoint(lows))
            and any(
                members_at(date(y, 12, 31) if y < ctx.today.year else ctx.today) == q.value + 1
                for y in [ctx.today.year] + [t.year for t in ctx.times if t.year]
            )
        ):
            continue  # "more than the other 28 allies put together": every ally but one, the
            # base of a comparison, not a count of the allies at the figure beside it
        if lows[q.i - 2 : q.i - 1] == ["the"] and lows[q.i - 1] in _RANKED_RUN:
            continue  # "more than the next ten countries combined", "the top 15 spenders": a
            # stretch of a ranking, the base of a comparison, not a count of allies at a level
        if lows[max(0, q.i - 2) : q.i] in (["list", "of"], ["table", "of"], ["ranking", "of"]):
            continue  # "Poland tops the list of 32 NATO nations": what is ranked, not a count
        if _place_out_of(ctx, q):
            continue  # "Canada ranks 20th of 31 allies at 2.13%": the field a place is in,
            # the share Canada's own, not a count of the allies at it
        found = _count_noun_after(ctx, q.j)
        listed = answered = pointed = False
        done_rel: tuple[Quantity, str] | None = None  # (see _relative_done)
        added = _added_allies(ctx, q) if found is None else []
        if added:  # "21 plus Italy will reach 2%": the count is the sum, 22
            found = (added[-1].j, None)
        lead_to = _before_apposed_allies(ctx, q.i)  # ("Of the four southern allies, Greece,
        # Italy, Spain and Portugal, three ...": the lead before the allies it names)
        lead_from = max(0, lead_to - _LEAD_REACH)
        lead = lows[lead_from:lead_to] + ([","] if lead_to < q.i else [])
        while lead[-1:] in (["only"], ["just"], ["merely"], ["barely"]):
            lead = lead[:-1]  # "Of NATO's 32 members, only 10 ..."
        if (
            found is None
            and "of" in lead
            and lead[-1:] == [","]
            and lead[-2:-1] in (["allies"], ["members"], ["countries"], ["nations"], ["states"])
        ):  # "Of the 32 allies, 23 ...", "Of the 32 NATO members, 18 ..."
            start = lead_from + max(k for k, w in enumerate(lead) if w == "of")
            total_q = next((x for x in ctx.quantities if start < x.i < q.i - 1), None)
            if total_q is not None:
                found = (q.j, total_q)
        if found is None and lead[-1:] == [","] and "of" in lead and ctx.carry_ally_noun:
            # "The alliance has 32 members; ... Of the 31 ranked, 23 reach 2%": the allies
            # the sentence before spoke of, those its words single out
            start = max(0, q.i - _LEAD_REACH) + max(k for k, w in enumerate(lead) if w == "of")
            total_q = next((x for x in ctx.quantities if start < x.i < q.i - 1
                            and x.form == "plain"), None)  # fmt: skip
            if (total_q is not None and lows[start + 1 : total_q.i] in _TOTAL_DETERMINERS
                    and set(lows[total_q.j : q.i - 1]) <= _TOTAL_QUALIFIERS
                    and not any(m.i < q.i for m in ctx.mentions)):  # fmt: skip
                found = (q.j, total_q)
        if (
            found is None
            and lead[-1:] == [","]
            and lead[-4:-2] in (["of", "those"], ["of", "these"], ["of", "the"])
            and (
                _allies_before(ctx, q)
                or (ctx.carry_ally_noun and not any(m.i < q.i for m in ctx.mentions))
            )
        ):  # "Thirty-one allies report figures. Of those 31, 30 meet 2%": the allies named
            # before, the total pointed back to
            total_q = next((x for x in ctx.quantities if x.j == q.i - 1 and x.form == "plain"),
                           None)  # fmt: skip
            if total_q is not None:
                found = (q.j, total_q)
        if found is None and (bare := _bare_total_after_colon(ctx, q)) is not None:
            found = (bare.j, bare)  # "... now meet the 2% guideline: 30 of 30, NATO says"
        if found is None and rest is not None:
            found = (q.j, None)
        if found is None:
            nxt = lows[q.j] if q.j < len(lows) else ""
            named_at = q.j + 1 + (lows[q.j + 1 : q.j + 2] == ["the"])  # ("three — the US, ...")
            if nxt in ("-", "—", "–", "(") and any(m.i == named_at for m in ctx.mentions):
                found, listed = (q.j, None), True
            elif (
                nxt == ","
                and any(m.i == q.j + 1 and m.kind == "ally" for m in ctx.mentions)
                and (
                    _told_before(ctx) is not None
                    or _allies_before(ctx, q)
                    or _apposed_allies(ctx, q)
                )
                and any(
                    w in meeting or w in BELOW or w in _ABOVE for w in lows[q.j : ctx.clause(q)[1]]
                )  # fmt: skip
            ):  # "Five allies meet 3.5%. Only one, Slovenia, is still below 2%": the allies
                found, listed = (q.j, None), True  # named in apposition are the ones counted
                # (a side or a verb of meeting: "One, Spain, spends 2%" gives Spain's level)
            elif (
                q.i > 0 and lows[q.i - 1] in ("those", "these") and "allies" in lows[q.j : q.j + 6]
            ):
                found = (q.j + lows[q.j : q.j + 6].index("allies") + 1, None)
            elif "allies" in lows[max(0, q.i - 5) : q.i] and lows[q.j : q.j + 2] == ["in", "all"]:
                found = (q.j + 2, None)
            elif lows[q.j : q.j + 2] == ["of", "them"] and (
                _allies_before(ctx, q) or _allies_said_before(ctx, q)
            ):
                found = (q.j + 2, None)  # "all 32 members raised spending, and 18 of them ..."
            elif lows[q.i - 2 : q.i] == ["the", "other"] and (
                nxt in _VERB_AFTER_TOTAL or nxt in ("all", "each", "clear", "clears")
            ):  # "The other 30 all clear 2% of GDP this year"
                found = (q.j, None)
            elif (
                (then := _past_adverbs(lows, q.j)) is not None
                and (then in ("are", "were", "will", "have", "had", "remain") or then in meeting)
                and (
                    _allies_before(ctx, q)
                    or _told_before(ctx) is not None
                    or _coordinated_with_count(ctx, q)
                    or _allies_said_before(ctx, q)
                )
            ):  # "Other NATO countries trail behind, though 11 are on course to hit it";
                # "Four met the guideline in 2016. This year seven are expected to do so.",
                # "Thirty allies meet 2%. Five already exceed the 3.5% core goal."
                found = (q.j, None)
            elif (then in meeting or _verb_past_aux(lows, q.j) in meeting) and _second_level(
                ctx, q
            ):
                found = (q.j, None)  # "All allies meet 2% this year, but only three clear
                # the new 3.5% core goal": the same allies counted at a level of their own
            elif _elliptic(lows, q.j) and (
                any(c.kind == "count_meeting" for c in ctx.claims) or _asked_before(ctx)
            ):
                found = (q.j, None)  # "23 meet 2% this year; in 2021 only six were"; "Wales
                # asked allies to spend 20% on equipment. In 2014, seven did."
            elif _level_before(ctx, q) is not None and _at_level_named(ctx, q):
                found, pointed = (q.j, None), True  # "... 3.5%? This year three are
                # already there"; "... agreed on 3.5%. Three already meet it."
            elif _did_so(lows, q.j) and _done_before(ctx, q) is not None:
                found = (q.j, None)  # "All allies now meet 2%, after just 18 did so last year"
            elif (done_here := _relative_done(ctx, q)) is not None:
                found = done_here  # "to meet the 2% target, which 23 out of 32 currently do":
                # the relative's bare auxiliary repeats the verb of meeting before it
                done_rel = _done_before(ctx, q)
            elif (
                _will_do_so(lows, q.j)
                and any(c.kind == "count_meeting" for c in ctx.claims)
                and not _ahead_in_clause(ctx, q)
            ):
                found = (q.j, None)  # "In 2014 only three allies spent 2%; this year 23 are
                # expected to do so": the count before, its verb repeated
            elif ctx.asked is not None and (_answer_opens(lows, q.i) or _dated_answer(ctx, q) or (
                _ANSWER_LEADS.ending_at(lows, q.i, reach=5) is not None and _bare_count(ctx, q)
            )):  # fmt: skip
                # (or "In 2014, when the pledge was agreed, the answer was three.")
                # "Q: How many allies meet the target? A: Twenty-three of the 32."
                total_q = next((x for x in ctx.quantities if x.i == q.j + 2
                                and lows[q.j : q.j + 2] == ["of", "the"]), None)  # fmt: skip
                found, answered = (total_q.j if total_q else q.j, total_q), True
        if (
            found is not None
            and not answered
            and ctx.asked is not None
            and _answer_opens(lows, q.i)
        ):  # "Who meets it this year?" then "Seven allies, according to NATO": the count of
            answered = True  # the allies the question asked of, its verb in the question
        if found is None:
            continue
        end, total_q = found
        if (
            lows[end : end + 1] == ["with"]
            and lows[end + 1 : end + 2] != []
            and (lows[end + 1] in _FIGURE_NOUNS)
        ):
            end += 2  # "Thirty of the 30 allies with figures do": the allies counted among
        there = _there_after(ctx, end)
        if not pointed and there is not None and _level_before(ctx, q) is not None:
            pointed = True  # "only four members are there today": at the level named before
        if among_eu(ctx, q, total_q):
            continue  # "16 of the 23 EU countries in NATO met 2%": among the EU's (eu_counts.py)
        if lows[end : end + 1] == ["in"] and any(
            x.i == end + 1 and x.form == "plain" and x.value <= 10 for x in ctx.quantities
        ):
            continue  # "two allies in three": a ratio, not a count of two
        lo, hi = ctx.clause(q)
        if {"apply", "applies"} & set(lows[end:hi]) and "not" in lows[end:hi]:
            continue  # "one (Iceland) for which the guideline does not apply": no count of it
        if not_nato(ctx, q.i - 6, end):
            continue
        before = [x for x in ctx.quantities if x.j <= q.i]
        if _elliptic(lows, end):
            hi = end + 1  # "this year 23 will, and European allies will reach 2.02%": a bare
            # auxiliary ends the count's clause; a figure after it is another clause's
            if lows[end] in _FUTURE_AUX and not _time_opens(ctx, q):
                continue  # "..., and 23 will": which year the future is of is unsaid
        # (not a figure past the 'there': "three are already there, at 4.48%, 4.00% and 3.73%
        # respectively" gives the allies' own levels)
        tq, threshold = threshold_after(ctx, end, hi if there is None else there, before)
        if answered and tq is not None and tq.value not in GUIDELINE_VALUES:
            tq, threshold = None, None  # "Who meets it?" then "Seven allies, led by the US at
            # 3.42%": the US's own level; the count is at the level the question asked
        compared = any(
            w in ("with", "than", "against", "versus") for w in lows[max(lo, q.i - 3) : q.i]
        )
        if threshold is None and (compared or "by" in lows[max(lo, q.i - 3) : q.i]):
            # "the target was met by only three countries", "how many allies now hit 2%,
            # against less than 10 five years ago": the guideline comes first
            tq, threshold = threshold_after(ctx, lo, q.i, before)
            end = lo if threshold is not None else end
        headed = None if threshold is not None else _met_before_colon(ctx, q)
        if headed is not None:
            # "Everyone with a figure now clears the bar: 30 out of 30 allies this year": the
            # level the words before the colon say is met, the count after it
            tq, threshold = headed
            end = 0
        relative = False
        if threshold is None and _relative_before(lows, q.i):
            # "the two per cent guideline that 23 of the alliance's 32 members now meet": the
            # level the relative clause's verb takes is the noun before it
            tq, threshold = threshold_after(ctx, max(lo, q.i - 8), q.i, before)
            relative = threshold is not None
        if threshold is None and done_rel is not None:
            tq, threshold = done_rel[0], done_rel[0].value  # (the level the verb took)
        if rest is not None and (tq is None or tq.i != q.j + 2):
            tq, threshold = None, rest.threshold  # the level of the count they are the rest of
            # (not a figure further on: "Of the nine still short, Spain is lowest at 1.28%")
        if threshold is None and answered:
            threshold = ctx.asked
        if threshold is None and not pointed and _counted_noun(lows, q.j):
            pointed = _level_before(ctx, q) is not None and _at_level_named(ctx, q)  # (with
            # its noun: "Ten years ago, only three allies were there")
        if threshold is None and pointed:
            threshold = _level_before(ctx, q)  # (the level the words after the count point to)
        if threshold is None and _SHORT & set(lows[end : min(hi, end + 6)]):
            # "more than a dozen countries were still falling short a year ago, but ... the
            # target of putting at least 2%": the guideline the sentence or the article names
            later = [x for x in ctx.quantities if x.i >= hi and x.form == "percent"
                     and x.value in (2.0, 3.5, 5.0)]  # fmt: skip
            threshold = later[0].value if later else ctx.carry_guideline or only_guideline(ctx)
            # ("Eight allies still fall short" in June 2024, no level named: the 2%)
        if threshold is None and _beside_it(lows, end, hi):
            # "most members are at or above 2 percent; only eight remain below it": the level
            # the sentence named before (a count's), else the guideline the article named
            levels = [x for x in ctx.quantities if x.j <= q.i and x.form == "percent"
                     and x.value in GUIDELINE_VALUES]  # fmt: skip
            threshold = levels[-1].value if levels else ctx.carry_guideline
        told = _told_before(ctx)
        did_so = (
            "so" in lows[end : hi + 1] and any(lows[n : n + 2] in _DO_SO for n in range(end, hi))
        ) or (
            _elliptic(lows, end)
            and (
                any(c.kind == "count_meeting" for c in ctx.claims)
                or _asked_before(ctx)
                or told is not None
            )
        )  # ("23 meet it this year, against 2021, when only six were": the count's verb again;
        # "... only four allies were meeting it. Today seven are.")
        # the count of the sentence that a "did so" repeats, with its comparator
        echoed: Claim | None = None
        done: tuple[Quantity, str] | None = None
        club = (
            club_level(ctx, q)
            if (threshold is None and not did_so) or (tq is not None and club_level(ctx, q) is tq)
            else None
        )
        if club is not None:  # "The 2% club has more than tripled, from seven members in 2022"
            tq, threshold = club, club.value
        if threshold is None and did_so:
            echoed = next((c for c in reversed(ctx.claims) if c.kind == "count_meeting"), None)
            done = _done_before(ctx, q) if echoed is None else None
            if echoed is None and done is None and _elliptic(lows, end):
                echoed = told  # the count of the sentence before, its verb left out
            threshold = (echoed.threshold if echoed is not None
                         else done[0].value if done is not None else ctx.carry_guideline)  # fmt: skip
            # "only three allies hit 2% in 2014, while 23 of the 32 did so in 2024": the count's
            # before it; "all allies now meet 2%, after just 18 did so last year": the level
            # met before it; "... 20% on equipment. 29 allies are expected to do so": the
            # guideline the sentence before asked for
        if threshold is None:
            continue
        if _compared_with_ally(ctx, end, tq.i if tq is not None and tq.i > end else hi):
            continue  # "only two allies outspend America relative to GDP: Poland, at 4.12%,
            # and ...": America's rank among the allies, not a count of allies at a level
        stop = tq.i if tq else hi
        if relative:
            stop = hi  # (the relative clause's verb after the count)
        elif end < q.i and (tq is None or tq.i < q.i):
            stop = q.i  # "the 2% target was met by four allies": the verb between the two
        verb = (
            answered
            or pointed
            or did_so
            or done_rel is not None
            or club is not None
            or any(w in meeting for w in lows[end:stop])
            or (tq is not None and tq.hedge)
            or (tq is not None and ctx.has("cues", "reaching_to", lo=end, hi=tq.i))
            or (tq is not None and lows[end : tq.i] == ["on"] and tq.i > q.j)
        )  # ("only 18 of the 32 made it to 2%", "18 allies got to 2%": reached it; a
        # headline's "Eight allies on 2%": the count's noun right before 'on' and the level)
        raised = (
            tq is not None
            and lows[tq.i - 1 : tq.i] == ["to"]
            and any(
                w in ("lifted", "raised", "boosted", "increased", "brought", "pushed")
                for w in lows[end:stop]
            )
        )  # "23 of NATO's 32 members had lifted defence spending to 2%"
        verb = (
            verb
            or raised
            or bool(_SHORT & set(lows[end:stop]))
            or _kept_level(lows, end, tq)
            or _made_the_mark(lows, end, stop)
        )
        if not verb and not listed:
            continue
        v = next((n for n in range(end, stop) if lows[n] in meeting), None)
        if answered:
            v = None  # (the count's verb is the question's: "Seven allies, led by the US at
            # 3.42%" has none of its own)
        if v is not None and q.i < v and any(
            x.form == "plain" and q.j <= x.i < v and x is not total_q
            and _count_noun_after(ctx, x.j) is not None for x in ctx.quantities
        ):  # fmt: skip
            continue  # "At 32 members, the alliance ..., and 23 allies meet 2%": the 23's verb
        if any(
            x.form == "plain" and q.j <= x.i < (stop if v is None else v) and x is not total_q
            and lows[x.j : x.j + 2] in _OF_THOSE for x in ctx.quantities
        ):  # fmt: skip
            continue  # "That leaves 31 allies with figures, and 23 of them were at 2%": the
            # verb is the count's of those allies, not theirs
        if v is not None and any(m.kind == "ally" and max(end, q.j) <= m.i and m.j <= v
                                 and set(lows[m.j : v]) <= _AUX for m in ctx.mentions):  # fmt: skip
            continue  # "At 32 members ..., and Germany has reached the target": Germany's verb
        if lows[max(0, q.i - 2) : q.i] == ["out", "of"]:
            continue  # "23 allies, out of 32 members, ...": the total
        if lows[q.i - 1 : q.i] in (["at"], ["with"]) and lows[end : end + 1] == [","]:
            continue  # "At 32 members, the alliance is larger than ever": its size
        if obliged(lows, q.i, lows[end:stop]):
            continue  # "agreed that all 32 should put at least 2%": a rule, not a count
        total = int(total_q.value) if total_q else None
        if q.form == "fraction":
            value = q.value  # (of the allies of the count's year, once that is known)
        elif lows[max(0, q.i - 3) : q.i] == ["like", "the", "other"]:
            value = q.value + 1  # "Belgium, like the other 31 allies, reaches 2%": all 32
        else:
            value = q.value + len(added)
        # ("... 20% of defence spending into major equipment. This year 16 allies meet that
        # goal": the equipment guideline the sentence before named)
        # (up to the next figure after the guideline: "Seven allies meet the 2% guideline, and
        # 16 spend a fifth on equipment": the equipment is the 16's)
        own_end = next((x.i for x in ctx.quantities if x.i >= (q.j if tq is None else tq.j)
                        and x.form not in ("year", "ordinal") and x.i < hi), hi)  # fmt: skip
        equipment = (
            ctx.has("cues", "equipment", lo=q.i, hi=own_end) or tq is None and threshold == 20
        )
        measure = "equipment_share" if equipment else "share_of_gdp"
        if measure == "share_of_gdp" and threshold > _MOST_OF_GDP:
            continue  # "these five nations accounted for 60% of the world's spending": no GDP
        predicated = tq is not None and predicated_after(ctx, tq)
        anchor = q if predicated or tq is None or tq.i < q.i else tq  # (a threshold before:
        # "hit 2%, against less than 10 allies five years ago": the count's own time words)
        if tq is None and total_q is not None:
            anchor = total_q  # "19 of the 31 members managed it in 2024": the year after both
        year, _since, deadline, doubt, basis = year_for(ctx, anchor)
        if rest is not None and year is not None and year != rest.year:
            continue  # "In 2014 three met 2%. Today the 25 still below ...": not that count's
            # rest, or not surely (a present tense reads as today's year)
        if rest is not None and rest.year is not None:
            year, basis = rest.year, rest.year_basis  # the rest of a count: of its year
        if predicated and deadline is not None:
            year, deadline, doubt = _present_year(ctx, q)
            basis = "tense"
        if q.form == "fraction":  # "half of the allies" in 2019: of the 29 of that year
            day = date(year, 12, 31) if year and year < ctx.today.year else ctx.today
            value = round(value * (total or members_at(day)), 2)
        high_q = _band_end(ctx, tq)  # "between 1.19%, like Luxembourg, and 1.87%, like Croatia"
        band = tq is not None and (
            tq.hedge == "range" and tq.high is not None or high_q is not None
        )
        high = high_q.value if high_q is not None else tq.high if band else None
        comparator = "between" if band else comparator_of(ctx, end, None if relative else tq)
        if rest is not None:
            comparator = "<"  # the rest of those at or above the level: below it
        if answered and ctx.asked_below and comparator == ">=":
            comparator = "<"  # "Who falls short?" then "Eight allies, from Croatia ...": below
        # (the relative clause's verb says how they stand to it, not a hedge before the level:
        # "well shy of the 2% guideline that 23 allies meet")
        if echoed is not None:
            comparator, measure = echoed.comparator or comparator, echoed.measure or measure
        elif done is not None:
            comparator = done[1]
        if end < q.i and comparator in TURNED and not BELOW.isdisjoint(lows[q.j : q.j + 4]):
            comparator = TURNED[comparator]  # "... reach the 2% target, with nine states failing"
        passive = end < q.i and "by" in lows[max(end, q.i - 3) : q.i]
        if (
            passive
            and comparator in TURNED
            and (not BELOW.isdisjoint(lows[end : q.i]) or negated(lows[end : q.i]))
        ):
            comparator = TURNED[comparator]  # "the 2% target was missed (not met) by eight allies"
        if lows[max(0, q.i - 2) : q.i] in (["all", "but"], ["all", "except"]):
            if comparator not in (">=", "<"):
                continue
            comparator = "<" if comparator == ">=" else ">="  # "all but eight reach 2%": 8 below
        claim = new_claim(ctx, q, "count_meeting", value, "allies", total=total,
                          threshold=threshold, threshold_high=high,
                          comparator=comparator,
                          measure=measure, year=year, deadline=deadline,
                          year_basis=basis)  # fmt: skip
        set_subject(claim, "NATO")
        if added:  # the words of the sum: "21 plus Italy", exact (no hedge of "21 plus")
            claim.hedge = None
            claim.end = ctx.tokens[added[-1].j - 1].end
            claim.text = ctx.sentence.text[
                claim.start - ctx.sentence.start : claim.end - ctx.sentence.start
            ]
        if total is not None and total < 16:  # "Of the three Baltic states, two ...": the
            # allies a group's name stands for, for a count among them
            claim.nearby_subjects = [*claim.nearby_subjects, *(
                c for m in ctx.mentions if m.kind == "allies" for c in m.code.split(","))]  # fmt: skip
        _besides(ctx, q, claim, lo)
        if claim.hedge is None and "not" in lows[max(0, q.i - 2) : q.i]:
            claim.hedge = "less_than"  # "not even half of the allies", "not 20 allies": fewer
        if q.form == "fraction" and claim.hedge is None:
            claim.hedge = "about"  # "two-thirds of allies": a round share of them, not 21.33
        if q.form == "fraction":  # reported as the share the text gives (66.7 of the allies)
            claim.of_allies = round(q.value * 100, 1)
        low = next((x for x in ctx.quantities if x.form == "plain" and x.j == q.i - 1
                    and lows[x.i - 1 : x.i] == ["between"] and lows[q.i - 1] == "and"), None)  # fmt: skip
        if low is not None and low.value < value:  # "between 20 and 25 allies": a range
            claim.value, claim.high, claim.hedge = low.value, value, "range"
            claim.start = ctx.tokens[low.i - 1].start
            claim.text = ctx.sentence.text[
                claim.start - ctx.sentence.start : claim.end - ctx.sentence.start
            ]
        if any(lows[n] in ("well", "far", "comfortably") and lows[n + 1] in _SIDES
               for n in range(end, max(end, stop - 1))):  # fmt: skip
            claim.doubts.append("how far is 'well below' or 'well above' the text does not say")
        near = tq.ni if tq is not None else stop  # (the hedge is part of the figure's words)
        if any(lows[n] in ("just", "slightly", "barely") and lows[n + 1] in _SIDES
               for n in range(end, max(end, near - 1))):  # fmt: skip
            claim.doubts.append("how far 'just above' or 'just below' reaches the text does not say: a "
                                "band of allies, not all those past the level")  # fmt: skip
        if any(lows[n] == "no" and _FIGURE_NOUNS & set(lows[n + 1 : n + 4])
               for n in range(end, stop)):  # fmt: skip
            claim.doubts.append("a count of allies with no figure at that level, which counts "
                                "the allies with no figure at all too")  # fmt: skip
            # ("only two allies have no 2025 estimate at or above the guideline")
        if doubt:
            claim.doubts.append(doubt)
        if echoed is not None and echoed.comparator == "<" and _meeting_turned(lows, q.i):
            claim.doubts.append(_DID_SO_SHORT)
        group = lows[: q.i] if lows[q.j : q.j + 2] == ["of", "them"] else lows[q.j : end]
        if any(
            w in ("european", "eastern", "western", "northern", "southern", "eu") for w in group
        ):  # fmt: skip  ("23 EU members ..., and 21 of them": of the EU's)
            claim.doubts.append("the scorecard counts all allies, not a regional group of them")
        ctx.consumed.add(id(q))
        claim.threshold_guessed = guessed(ctx, tq, threshold)
        if high_q is not None:
            ctx.consumed.add(id(high_q))
            _bound_owners(ctx, (tq, high_q), claim)
        else:
            named_members(ctx, claim)
        if total_q is not None:
            ctx.consumed.add(id(total_q))
            total_as_membership(ctx, total_q, year, basis)
        if tq is not None:
            ctx.consumed.add(id(tq))
            ctx.thresholds.add(id(tq))
    read_every(ctx)
    none_or_only(ctx)
    _number_of_allies(ctx)
    _elliptical_counts(ctx)
    _count_restated(ctx)
    _listed_summed(ctx)


_SUMMING: patterns.Phrases = patterns.phrases("words", "summing_words")
_SUMMED_KINDS: frozenset[str] = frozenset({"ally", "group", "allies"})


def _listed_summed(ctx: Context) -> None:
    """The number after a colon that sums up the allies a clause of meeting named before it
    ('Only the Baltic states, Poland and Greece meet the 3.5% core floor this year: five in
    all'): a count at that level, of those allies (each of them at the level, or it is wrong)."""
    lows = ctx.lows
    if ":" not in lows:
        return
    colon = lows.index(":")
    q = next((x for x in ctx.quantities if x.i == colon + 1 and x.form == "plain"
              and not x.precision and x.value <= 40 and id(x) not in ctx.consumed), None)  # fmt: skip
    if q is None or q.j >= len(lows) or _SUMMING.match_at(lows, q.j) is None:
        return
    verb = next((k for k in range(colon) if lows[k] in MEETING_AT), None)
    if verb is None or negated(lows[max(0, verb - 3) : verb]):
        return
    tq = next((x for x in ctx.quantities if verb < x.i <= verb + 4 and x.j <= colon
               and x.form == "percent" and x.value in GUIDELINE_VALUES), None)  # fmt: skip
    named = [m for m in ctx.mentions if m.kind in _SUMMED_KINDS and m.j <= verb]
    if tq is None or not named:
        return
    codes = [c for m in named for c in m.code.split(",")]
    if len(set(codes)) != q.value:
        return  # (the number sums up the allies named, or it is not their count)
    year, _s, _d, doubt, basis = year_for(ctx, tq)
    claim = new_claim(ctx, q, "count_meeting", q.value, "allies", threshold=tq.value,
                      comparator=comparator_of(ctx, verb, tq), measure="share_of_gdp",
                      year=year, year_basis=basis)  # fmt: skip
    set_subject(claim, "NATO")
    claim.counted = list(dict.fromkeys(codes))
    if doubt:
        claim.doubts.append(doubt)
    ctx.consumed.add(id(q))


_RESTATING: frozenset[str] = patterns.word_set("count_restating_verbs")
_COUNT_POINTERS: patterns.Phrases = patterns.phrases("words", "count_pointers")
_RELEASE_SUBJECTS: frozenset[str] = patterns.word_set("restating_release_nouns") | {
    "nato", "nato's", "alliance", "alliance's"}  # fmt: skip


def _count_restated(ctx: Context) -> None:
    """A count of the sentence right before, put at another number by a release ('... all 30
    allies with a 2025 figure at or above 2%. This year's core tables put that count at 28',
    'three allies cleared 3.5% in 2025. The core series raises that to four'): a count at the
    same level, of the same year, as that release has it."""
    lows = ctx.lows
    if _RESTATING.isdisjoint(lows):
        return
    told = _told_before(ctx)
    if told is None or told.threshold is None:
        return
    for k, w in enumerate(lows):
        if w not in _RESTATING:
            continue
        hit = _COUNT_POINTERS.match_at(lows, k + 1) if k + 1 < len(lows) else None
        if hit is None or _RELEASE_SUBJECTS.isdisjoint(lows[:k]):
            continue  # (a release of NATO's puts it so, not "analysts put that count at 25")
        at = k + 1 + hit[0]
        if lows[at : at + 1] not in (["at"], ["to"]):
            continue
        q = next((x for x in ctx.quantities if x.i == at + 1 and x.form == "plain"
                  and not x.precision and x.value <= 40 and id(x) not in ctx.consumed), None)  # fmt: skip
        if q is None or any(t.year for t in ctx.times if t.kind == "year" and t.role == "in"):
            continue  # (a year of its own: not surely the count before's)
        total = _total_of(ctx, q)
        claim = new_claim(ctx, q, "count_meeting", q.value, "allies", threshold=told.threshold,
                          threshold_high=told.threshold_high, comparator=told.comparator,
                          measure=told.measure, year=told.year, year_basis="loose",
                          total=int(total.value) if total is not None else None)  # fmt: skip
        set_subject(claim, "NATO")
        ctx.consumed.add(id(q))
        if total is not None:
            ctx.consumed.add(id(total))


def _band_end(ctx: Context, tq: Quantity | None) -> Quantity | None:
    """The upper end of a band whose ends are apart: 'between 1.19%, like Luxembourg, and
    1.87%, like Croatia' (a plain 'between 1.19% and 1.87%' is one quantity, a range)."""
    if tq is None or tq.hedge == "range" or ctx.lows[tq.i - 1 : tq.i] != ["between"]:
        return None
    nxt = next((x for x in ctx.quantities if x.i > tq.j and x.form == "percent"), None)
    if (
        nxt is None
        or nxt.i - tq.j > 12
        or "and" not in ctx.lows[tq.j : nxt.i]
        or nxt.value <= tq.value
    ):
        return None
    return nxt


def _bound_owners(ctx: Context, bounds: tuple, count) -> None:
    """'between 1.19%, like Luxembourg, and 1.87%, like Croatia', 'between 1.28% of GDP (Spain)
    and 1.81% (Croatia)': each end is that ally's."""
    lows = ctx.lows
    for b in bounds:
        k = b.j + 2 if lows[b.j : b.j + 2] == ["of", "gdp"] else b.j
        if lows[k : k + 2] == [",", "like"]:
            at: tuple[int, ...] = (k + 2, k + 3)
        elif lows[k : k + 1] == ["("]:
            at = (k + 1,)
        else:
            continue
        ally = next((m for m in ctx.mentions if m.i in at and m.kind == "ally"), None)
        if ally is None:
            continue
        claim = new_claim(ctx, b, "share_of_gdp", b.value, "%", measure="share_of_gdp",
                          year=count.year, year_basis=count.year_basis)  # fmt: skip
        set_subject(claim, ally.code)


_BESIDES = (["besides"], ["apart", "from"], ["aside", "from"], ["except", "for"], ["excluding"],
            ["other", "than"], ["not", "counting"])  # fmt: skip


def _besides(ctx: Context, q: Quantity, claim, lo: int) -> None:
    """'Besides the US, only six allies met 2%': six more than the allies set aside, who are
    counted too (seven); the claim's text takes in the words that say so."""
    lows = ctx.lows
    for k in range(lo, q.i):
        marker = next((m for m in _BESIDES if lows[k : k + len(m)] == m), None)
        if marker is None:
            continue
        aside = {m.code for m in ctx.mentions if m.kind == "ally" and k < m.i < q.i}
        if aside:
            claim.value += len(aside)
            claim.start = ctx.tokens[k].start
            claim.text = ctx.sentence.text[claim.start - ctx.sentence.start :
                                           claim.end - ctx.sentence.start]  # fmt: skip
        return


_COUNTED: frozenset[str] = frozenset({"allies", "members", "countries", "states", "nations"})


def _number_of_allies(ctx: Context) -> None:
    """'The number of allies meeting the 2% target fell to 18 in 2024'; a fact sheet's line
    'Allies at or above 2%: 23', 'Meeting 2%: 23', '- Below 2%: 8'."""
    lows = ctx.lows
    first = next((k for k, w in enumerate(lows) if w not in _BULLETS), len(lows))
    labelled = _count_label(ctx, first)
    moved = _headline_moved_to(ctx, first)
    if _NUMBER_ROSE.isdisjoint(lows) and not labelled and moved is None:
        return
    for k in range(len(lows) - 2):
        if labelled and k == first:
            # "Allies below 2%: 8", "Meeting 2%: 23": the count after the colon
            n = k + (lows[k] in ("allies", "members", "countries") or lows[k] in _NUMBER_ROSE)
        elif moved is not None and k == first:
            n = k + 1  # "Allies at 2% in 2024 revised down to 20": the number of them
        elif lows[k] in _NUMBER_ROSE and lows[k + 1] == "of" and lows[k + 2] in _COUNTED:
            n = k + 3  # "the number of allies", "the count of states hitting the target"
        elif lows[k] in COUNT_HEADS and any(
            x.form == "percent"
            and x.i > k
            and level_of_a_class(ctx, x)
            and not any(k < y.i < x.i for y in ctx.quantities)
            for x in ctx.quantities
        ):
            n = k + 1  # "the count at or above 2% fell to 18": the allies at that level
        else:
            continue
        lo, hi = ctx.clause_at(k)
        tq, threshold = threshold_after(ctx, n, hi, [])
        if threshold is None:
            continue
        start = lows.index(":") + 1 if labelled else tq.j if tq else n
        if moved is not None and k == first:
            start = moved.i
        q = next((x for x in ctx.quantities if x.i >= start and x.i < hi and x.form == "plain"
                  and x.value <= 40 and not x.precision and id(x) not in ctx.consumed), None)  # fmt: skip
        if q is None:
            for fronted in _fronted_pair(ctx, first, k):
                # "From three in 2014 to 23 in 2024: the number of allies clearing the 2% bar
                # has multiplied": each end of the pair the colon heads, in its own year
                _count_of_number(ctx, fronted, threshold, n, tq)
            continue
        total = _total_of(ctx, q)  # "Allies at or above 2%: 23 of 32"
        year, _s, _d, doubt, basis = year_for(ctx, total if total is not None else q)
        if labelled and ctx.header_year is not None and not any(t.year for t in ctx.times):
            year, doubt, basis = ctx.header_year, "", "header"  # "NATO spending in 2024"
        revised = _revised_from(ctx, n, q)
        if revised is not None:
            year, doubt, basis = revised, "", "stated"
        claim = new_claim(ctx, q, "count_meeting", q.value, "allies", threshold=threshold,
                          comparator=comparator_of(ctx, n, tq), measure="share_of_gdp"
                          if threshold != 20 else "equipment_share", year=year,
                          year_basis=basis,
                          total=int(total.value) if total is not None else None)  # fmt: skip
        set_subject(claim, "NATO")
        if revised is not None:
            claim.earlier_edition = True  # (the count the new one replaced)
        if doubt:
            claim.doubts.append(doubt)
        ctx.consumed.add(id(q))
        if total is not None:
            ctx.consumed.add(id(total))
            total_as_membership(ctx, total, year, basis)
        if tq is not None:
            ctx.consumed.add(id(tq))
            ctx.thresholds.add(id(tq))


def _fronted_pair(ctx: Context, first: int, k: int) -> list[Quantity]:
    """The two counts of a pair heading the sentence before a colon, ahead of the number they
    are of at k ('From three in 2014 to 23 in 2024: the number of allies ...'): 'from' opens
    the line, 'to' the second, each a plain number (with its time after it); else none."""
    lows = ctx.lows
    colon = next((c for c in range(first, k) if lows[c] == ":"), None)
    if colon is None or lows[first : first + 1] != ["from"]:
        return []
    pair = [x for x in ctx.quantities if first < x.i < colon and x.form == "plain"]
    if len(pair) != 2 or lows[pair[1].i - 1] != "to" or pair[0].i != first + 1:
        return []
    if any(x.value > 40 or x.precision or id(x) in ctx.consumed for x in pair):
        return []
    return pair


def _count_of_number(ctx: Context, q: Quantity, threshold: float, n: int,
                     tq: Quantity | None) -> None:  # fmt: skip
    """A count of allies at the threshold that 'the number of allies' at n is of."""
    year, _s, _d, doubt, basis = year_for(ctx, q)
    claim = new_claim(ctx, q, "count_meeting", q.value, "allies", threshold=threshold,
                      comparator=comparator_of(ctx, n, tq), measure="share_of_gdp"
                      if threshold != 20 else "equipment_share", year=year,
                      year_basis=basis)  # fmt: skip
    set_subject(claim, "NATO")
    if doubt:
        claim.doubts.append(doubt)
    ctx.consumed.add(id(q))
    if tq is not None:
        ctx.consumed.add(id(tq))
        ctx.thresholds.add(id(tq))


_ARROWS = patterns.word_set("revision_arrows")


def arrow_at(lows: list[str], k: int) -> int:
    """The tokens of an arrow at k ('→', '->'), else 0."""
    if lows[k : k + 1] != [] and lows[k] in _ARROWS:
        return 1
    return 2 if lows[k : k + 2] in (["-", ">"], ["=", ">"]) else 0


def _year_labelled(ctx: Context, q: Quantity) -> int | None:
    """The year labelling a number in brackets after a count ('23 of 32 allies above 2% in
    2024 (2023: 10; 2014: 3)'): the count of that year, else None."""
    lows = ctx.lows
    if lows[q.i - 1 : q.i] != [":"]:
        return None
    label = next((t for t in ctx.times if t.kind == "year" and t.year and t.j == q.i - 1), None)
    if label is None or label.i < 1 or lows[label.i - 1] not in ("(", ";", ","):
        return None
    opened = max((k for k in range(label.i) if lows[k] == "("), default=-1)
    if opened < 0 or ")" in lows[opened : q.i]:
        return None
    return label.year


def _after_arrow(ctx: Context, q: Quantity, before: Claim) -> bool:
    """Does the number come right after an arrow from the count before ('23 → 18')?"""
    lows = ctx.lows
    return any(
        before.end == ctx.tokens[x.j - 1].end
        and arrow_at(lows, x.j)
        and x.j + arrow_at(lows, x.j) == q.i
        for x in ctx.quantities
    )


_COUNT_MOVES: frozenset[str] = patterns.word_set("count_move_verbs")


def _headline_moved_to(ctx: Context, first: int) -> Quantity | None:
    """A headline that opens on the bare allies at a level and moves their number to a bare
    count, its noun 'the number of' and its auxiliary left out ('Allies at 2% in 2024 revised
    down to 20'): that count, else None."""
    lows = ctx.lows
    if lows[first : first + 1] not in (["allies"], ["members"], ["countries"]):
        return None
    if not any(x.form == "percent" and x.i in (first + 1, first + 2) for x in ctx.quantities):
        return None  # (the level right after the noun, or its preposition: "Allies at 2%")
    timed = {k for t in ctx.times for k in range(t.i, t.j)}
    for q in ctx.quantities:
        if q.form != "plain" or q.precision or q.value > 40 or lows[q.i - 1 : q.i] != ["to"]:
            continue
        k = q.i - 2 - (lows[q.i - 2] in ("down", "up"))
        rest = [w for n, w in enumerate(lows[q.j :], q.j) if n not in timed and w != "."]
        if k > first and lows[k] in _COUNT_MOVES and not rest:
            return q  # (with nothing after it but its time: "... rise to 23 this year")
    return None


def _revised_from(ctx: Context, n: int, q: Quantity) -> int | None:
    """'The number of allies at or above 2% in 2024 falls from 23 to 18': the year the number
    is of, named with it before the verb, holds both counts; moving 'from' one 'to' the other
    within that year, the first is the earlier estimate the second replaced. Its year, else
    None."""
    lows = ctx.lows
    arrow = arrow_at(lows, q.j)  # "Count ≥2% in 2024: 23 → 18": from the one to the other
    if not arrow and (lows[q.i - 1 : q.i] != ["from"] or lows[q.j : q.j + 1] != ["to"]):
        return None
    if not any(x.i == q.j + max(arrow, 1) and x.form == "plain" for x in ctx.quantities):
        return None
    years = [t.year for t in ctx.times if t.year and t.kind == "year" and t.role == "in"
             and n <= t.i and t.j < q.i]  # fmt: skip
    if len(years) != 1 or any(t.year and t.i > q.i for t in ctx.times):
        return None  # (not "from 10 in 2023 to 18 in 2024": a change over the years)
    return years[0]


def _count_label(ctx: Context, first: int) -> bool:
    """Is the line a fact sheet's count of allies, its label before a colon and the count right
    after it: 'Allies at or above 2%: 23', 'Meeting the 2% guideline: 23', '2% or more: 23',
    'Not meeting 2%: 8'? A label names a guideline's percentage, and its other words only how
    the allies stand to it (not 'Real growth above 2%: 5', nor 'Poland: 4.12%')."""
    lows = ctx.lows
    colon = lows.index(":") if ":" in lows else -1
    if colon <= first:
        return False
    if lows[first] in ("allies", "members", "countries"):
        return True  # "Allies below 2%: 8"
    if lows[first] in _NUMBER_ROSE:  # "Count ≥2% in 2024: 18", "Tally of 2%-plus spenders: 18"
        level = next(
            (x for x in ctx.quantities if x.form == "percent" and first < x.i < colon), None
        )
        return level is not None and level_of_a_class(ctx, level)
    if ctx.header_year is None:
        return False  # a label that names no allies needs a header saying whose and when
        # ("NATO spending in 2024"; not "EU members' spending in 2024")
    shares = [x for x in ctx.quantities if x.form == "percent" and first <= x.i < colon]
    if not shares or not any(x.form == "plain" and x.i == colon + 1 for x in ctx.quantities):
        return False
    words = [w for k, w in enumerate(lows[first:colon], first)
             if not any(x.i <= k < x.j for x in shares)]  # fmt: skip
    return all(w in _LABEL_WORDS for w in words)


def _elliptical_counts(ctx: Context) -> None:
    """'23 of the 32 allies met 2% in 2024, up from only 10 the year before': the 10 is a count
    of the same kind, for another year."""
    lows = ctx.lows
    counts = [c for c in ctx.claims if c.kind == "count_meeting"]
    # "... 23 allies would reach the target this year. Last year only 11 did.": the count
    # of the sentence before, when a number is followed straight by 'did' (or by a bare
    # auxiliary ending its clause: "... just three were at 2%. Today 23 are.")
    did = [q for q in ctx.quantities if lows[q.j : q.j + 1] in (["do"], ["did"], ["does"])
           or q.form == "plain" and _elliptic(lows, q.j)]  # fmt: skip
    before = [c for c in ctx.earlier[-6:] if c.kind == "count_meeting"
              and c.sentence == ctx.sentence.index - 1]  # fmt: skip
    counts_here = bool(counts)  # (whether the sentence made a count of its own)
    if before and (did or _NUMBER_ROSE & set(lows) or _restating(ctx)):
        counts = [
            _head_of_pair(before)
        ] + counts  # "... 23 of the 32 allies will meet it. 'A decade ago,
        # only three did'"; "By 2016 the number had risen to four" (before the sentence's own
        # later count: "..., and last year six allies did")
    if not counts:
        return
    totals: set[int] = (
        set()
    )  # "and 18 of 31 in 2024": the 31 is what the 18 is counted of, no count
    for x in ctx.quantities:
        total = _total_of(ctx, x)
        if total is not None:
            totals.add(id(total))
    for q in ctx.quantities:
        if id(q) in ctx.consumed or q.form != "plain" or q.precision or q.value > 40:
            continue
        if id(q) in totals:
            continue
        total = _total_of(ctx, q)
        prev = [c for c in counts if c.end <= ctx.tokens[q.i].start]
        words = lows[max(0, q.i - 5) : q.i]  # "..., against a previous forecast of 23"
        bare = [w for w in words if w not in ("only", "just", "merely", "barely", "still")]
        # "only 19 allies reached 2% in 2024, not the 23 announced in last year's estimates":
        # the count an earlier release gave for the same year, which the new one corrects
        corrected = (words[-2:] == ["not", "the"] and lows[q.j : q.j + 1] != []
                     and lows[q.j] in _HAD_ESTIMATED) or _compared_estimate(ctx, q)  # fmt: skip
        replaced = _replacing(ctx, q)  # "an earlier version said 18 ...; the figure is 23"
        coordinated = (bare[-1:] in _COORDINATED or bare[-1:] == [";"]) and _short_right_after(
            lows, q.j + _with_figures(lows, q.j)
        )  # ("...; only eight with figures fell short": the allies with a figure)
        restated = corrected or (
            bare[-2:] in (["it", "is"], ["it", "was"], ["that", "is"], ["number", "was"],
                          ["number", "is"], ["there", "were"], ["there", "are"])
            or bare[-1:] == ["to"] and not _NUMBER_ROSE.isdisjoint(bare)
            or bare[-2:-1] and bare[-2] in _NUMBER_ROSE and bare[-1] in _COUNT_IS
            or bare[-1:] in (["counts"], ["counted"], ["tallies"], ["tallied"])
            or bare[-1:] != [] and bare[-1] in _COUNTING and not counts_here
            or _expected_count(ctx, q, bare)
            or bare[-1:] == [","] and total is not None
            or lows[q.j + 1 : q.j + 2] in (["do"], ["did"], ["does"]) or q in did
            or (not {"and", "but", "while", ","}.isdisjoint(words[-3:])
                and any(t.year and q.j <= t.i <= q.j + 1 for t in ctx.times))
            or _series_item(ctx, q, total)
            or coordinated
            or _restated_lead(ctx, q)
            or _compared_back(ctx, q)
            or _year_label_line(ctx, q)
            or replaced
        )  # fmt: skip
        # "today it is 23", "by 2024 the number was 23", "the count is 28", "the new report
        # counts only 18", "this year 23 nations do", "only 11
        # did", "ten met it in 2023, but only six in 2022", "in 2014 there were only three",
        # "Almost three quarters of the allies, 23 of 32, will meet the guideline", "four
        # allies met it in 2016, eight in 2020 and 18 of 31 in 2024"
        own = _own_level_after(ctx, q) if bare[-1:] in _OWN_LEVEL_LEADS else None
        # ("30 of the 31 allies are at or above 2% this year, and five above 3.5%", "..., with
        # five above 3.5%": a count of the same kind at the level right after it)
        if not prev or not (restated or own is not None or any(
            w in ("from", "against", "versus", "vs", "than", "with", "to") for w in words
        ) or _after_arrow(ctx, q, prev[-1]) or _year_labelled(ctx, q) is not None):  # fmt: skip
            continue
        if lows[q.j : q.j + 1] and lows[q.j] in ("%", "percent", "per", "years", "days"):
            continue
        if _a_day(lows, q):
            continue
        if lows[q.j : q.j + 1] != [] and lows[q.j] in _FUTURE_AUX and not _time_opens(ctx, q):
            continue  # "three met it in 2014, and 23 will": the future's year is unsaid
        base = prev[-1]
        anchor = total if total is not None else q  # ("18 of 31 in 2024": the year after both)
        year, _s, _d, doubt, basis = year_for(ctx, anchor, claims_before=prev)
        labelled = _year_labelled(ctx, q)
        if labelled is not None:  # "(2023: 10; 2014: 3)": each count its label's year
            year, doubt, basis = labelled, "", "stated"
        if (corrected or replaced) and base.year is not None:
            year, doubt, basis = base.year, "", base.year_basis
        if (coordinated or own is not None) and basis == "tense" and base.year is not None:
            # "18 cleared 2% in 2024 while 13 fell short": the year of the count it completes
            year, doubt, basis = base.year, "", base.year_basis
        if basis == "tense" and base.year is not None and _recount(ctx, base, q):
            # "23 allies to reach 2% in 2024; the new one counts only 18": a count of the
            # same year by another report (not "three in 2014; today the count is 23")
            year, doubt, basis = base.year, "", base.year_basis
        comparator = base.comparator  # (turned round by "..., with nine failing to do so",
        # "..., but missed by 23")
        near = lows[
            max(0, q.i - 3) : q.j + 3 + _with_figures(lows, q.j)
        ]  # (the count's own clause: not "Under the
        # first, 30 do; under the third, three", whose 'under' after the 30 is the next one's)
        stop = next((n for n, w in enumerate(near) if n >= q.j - max(0, q.i - 3)
                     and w in (";", ",", "—", "–")), len(near))  # fmt: skip
        if comparator in (">=", ">") and not BELOW.isdisjoint(near[:stop]):
            comparator = TURNED[comparator]  # (but "nine fall short ...; of those with
            # militaries, eight miss the mark": below already, not turned back)
        elif comparator in (">=", ">") and _did_not(lows, q):
            comparator = TURNED[comparator]  # "23 allies now meet 2%. But nine do not": the
            # allies below it
        threshold = base.threshold
        if own is not None:
            threshold, comparator = own.value, comparator_of(ctx, q.j, own)
        claim = new_claim(ctx, q, "count_meeting", q.value, "allies", threshold=threshold,
                          comparator=comparator, measure=base.measure, year=year,
                          total=int(total.value) if total is not None else None)  # fmt: skip
        set_subject(claim, "NATO")
        if corrected:
            claim.earlier_edition = True  # (judged on the release before the day's)
        if doubt:
            claim.doubts.append(doubt)
        if comparator == "<" and (_did_so(lows, q.j) or q in did) and _meeting_turned(lows, q.i):
            claim.doubts.append(_DID_SO_SHORT)
        if _estimated_after(ctx, q):
            claim.doubts.append(_ESTIMATED_BEFORE)
        ctx.consumed.add(id(q))
        if total is not None:
            ctx.consumed.add(id(total))
            total_as_membership(ctx, total, year, basis)


_OWN_LEVEL_WORDS: frozenset[str] = patterns.word_set("count_own_level_words")


def _own_level_after(ctx: Context, q: Quantity) -> Quantity | None:
    """The share of GDP right after a bare number, with only words of comparison between
    ('five above 3.5%', 'three at or above 3.5%'): the level that number counts allies at."""
    lows = ctx.lows
    tq = ctx.quantity_after(q.j)
    if tq is None or tq.form != "percent" or tq.i - q.j > 3:
        return None
    between = lows[q.j : tq.i] + lows[tq.i : tq.ni]  # (the hedge the figure may hold)
    if not between or not _OWN_LEVEL_WORDS.issuperset(between):
        return None
    return tq


_HAD_ESTIMATED: frozenset[str] = patterns.word_set("estimating_verbs") | patterns.word_set(
    "saying_verbs_past"
)
_ESTIMATED_BEFORE = ("a count as an earlier release had estimated it ('the 23 NATO had "
                     "estimated'): which release, and so which edition judges it, is not read")  # fmt: skip


def _compared_estimate(ctx: Context, q: Quantity) -> bool:
    """Is a bare count, after a lead of comparison and 'the', the one an earlier release had
    estimated, with no year of its own ('18 allies met 2% in 2024, down from the 23 forecast a
    year earlier', 'against the 23 projected last June')? The same year's count as the release
    before had it (but 'up from the ten reported for 2023' is another year's: a year stated
    after the verb leaves it to the year's own reading)."""
    lows = ctx.lows
    if (
        lows[q.i - 1 : q.i] != ["the"]
        or lows[q.j : q.j + 1] == []
        or lows[q.j] not in _HAD_ESTIMATED
    ):
        return False
    if _COMPARED_LEADS.ending_at(lows, q.i - 1, reach=3) is None:
        return False
    _lo, hi = ctx.clause(q)
    return not any(t.year and q.j <= t.i < hi for t in ctx.times)


_RIGHT: frozenset[str] = frozenset({"correct", "right", "actual", "true", "corrected"})


def _replacing(ctx: Context, q: Quantity) -> bool:
    """Is a bare number, after 'the (correct) figure is', the one a correction gives in place
    of a count its sentence withdraws ('an earlier version of this story said 18 allies would
    meet the target this year; the figure is 23'): the same count, corrected?"""
    lows = ctx.lows
    k = q.i
    while k > 0 and lows[k - 1] in _LEAD_HEDGES:
        k -= 1
    if k < 2 or lows[k - 1] not in _COPULAS or lows[k - 2] not in _RECORD_NOUNS:
        return False
    if k >= 3 and lows[k - 3] not in _RIGHT and lows[k - 3] not in ("the", "our"):
        return False
    found = corrections.withdrawn_span(ctx.sentence.text)
    return found is not None and ctx.sentence.start + found[1] <= ctx.tokens[q.i].start


_COMPARED: frozenset[str] = patterns.word_set("count_compared_words")


def _compared_with_ally(ctx: Context, end: int, stop: int) -> bool:
    """Do the counted allies' words compare them with an ally they name ('outspend America',
    'spend more than the US', 'are ahead of France'), between the count's noun and its level?"""
    lows = ctx.lows
    return any(
        m.kind == "ally"
        and end <= m.i < stop
        and any(lows[k] in _COMPARED and "," not in lows[k : m.i]
                for k in range(max(end, m.i - 3), m.i))
        for m in ctx.mentions
    )  # fmt: skip


def _did_not(lows: list[str], q: Quantity) -> bool:
    """Is the count followed by a negated 'do' that stands for the verb of the count before
    ('But nine do not', "nine still don't")?"""
    k = q.j + (lows[q.j : q.j + 1] in (["still"], ["allies"], ["members"], ["countries"]))
    return lows[k : k + 1] in (["do"], ["did"], ["does"]) and negated(lows[k + 1 : k + 2])


def _estimated_after(ctx: Context, q: Quantity) -> bool:
    """Does a past perfect verb of estimating follow the count in its clause ('down from the
    23 NATO had estimated in June 2024'): an earlier release's count?"""
    lows = ctx.lows
    _lo, hi = ctx.clause(q)
    return any(
        lows[k] in _HAD_ESTIMATED and "had" in lows[max(q.j, k - 2) : k]
        for k in range(q.j, min(hi, q.j + 5))
    )


_THERE_WERE: tuple[list[str], ...] = (["there", "were"], ["there", "are"], ["there", "was"])
_COUNTING: frozenset[str] = patterns.word_set("recounting_verbs")
_EXPECTING_COUNT: frozenset[str] = patterns.word_set("count_expecting_verbs")
_EXPECTING_SOURCES: frozenset[str] = patterns.word_set("count_expecting_sources")


def _expected_count(ctx: Context, q: Quantity, bare: list[str]) -> bool:
    """Is the bare number what NATO expects for the year right after it, after counts of
    allies meeting the guideline ('six met it in 2021 and ten in 2023; the alliance expects 23
    this year'): its estimate of the same count for that year?"""
    return (
        len(bare) >= 2
        and bare[-1] in _EXPECTING_COUNT
        and bare[-2] in _EXPECTING_SOURCES
        and any(
            t.year is not None
            and t.role == "in"
            and (t.i == q.j or t.i == q.j + 1 and ctx.lows[q.j] in ("in", "for"))
            for t in ctx.times
        )  # fmt: skip
    )


def _restating(ctx: Context) -> bool:
    """Does a bare number restate the count of the sentence before, its noun and level left
    out ('Last year there were ten', 'the June report had counted seven', 'the 2019 tables
    show seven in 2019')?"""
    lows = ctx.lows
    for q in ctx.quantities:
        if q.form != "plain" or q.precision or q.value > 40:
            continue
        k = q.i
        while k > 0 and lows[k - 1] in _LEAD_HEDGES:
            k -= 1
        if (
            lows[max(0, k - 2) : k] in _THERE_WERE
            or lows[k - 1 : k] != []
            and lows[k - 1] in (_COUNTING)
        ):
            after = lows[q.j : q.j + 1]
            if after == [] or after[0] in _ITEM_FOLLOWERS or after[0] in ("in", "."):
                return True  # (not "there were ten warships", "counted 12 tanks")
            if any(t.year and t.i == q.j for t in ctx.times):
                return True  # "NATO's June figures show 23 this year": its own time after it
            if after == [":"] and any(m.kind == "ally" and m.i in (q.j + 1, q.j + 2)
                                      for m in ctx.mentions):  # fmt: skip
                return True  # "the tables for that year show four: the US, Greece, ...": the
                # allies counted, named after a colon
        if _restated_lead(ctx, q) or _compared_back(ctx, q) or _year_label_line(ctx, q):
            return True  # "Now it is 23"; "That is up from just three a decade ago"
    return False


def _year_label_line(ctx: Context, q: Quantity) -> bool:
    """Is the sentence a year's label and a bare number and nothing else ('In 2024: 23.'),
    after one that counted allies under a label of its own year ('In 2014: 3 allies at
    2%.'): the same count in another year, its noun and level left out?"""
    lows = ctx.lows
    rest = lows[q.j :]
    if rest[:1] == ["("] and rest[-1:] == [")"] and set(rest[1:-1]) <= _ESTIMATE_MARKS:
        rest = []  # ("2024: 23 (estimate)": the count marked as NATO's estimate)
    if q.form != "plain" or q.precision or rest not in ([], ["."]) or q.i < 2:
        return False
    if lows[q.i - 1] != ":":
        return False
    start = 1 if lows[0] == "in" else 0
    return any(t.i == start and t.j == q.i - 1 and t.year for t in ctx.times)


_ESTIMATE_MARKS: frozenset[str] = patterns.word_set("estimate_marks")
_RESTATING_LEADS: patterns.Phrases = patterns.phrases("words", "count_restating_leads")
# what opens the answer to a question of how many ('the answer was three')
_ANSWER_LEADS: patterns.Phrases = patterns.phrases("words", "count_answer_leads")
_RECORD_NOUNS: frozenset[str] = patterns.word_set("count_record_nouns")
_COPULAS: frozenset[str] = patterns.word_set("count_copulas")
_COMPARED_LEADS: patterns.Phrases = patterns.phrases("words", "count_compared_leads")


def _bare_count(ctx: Context, q: Quantity) -> bool:
    """Is q a whole number with no noun of its own after it ('... is seven.', 'seven in
    2022', 'the ten of last year', 'three a decade ago'): what a count left unsaid counts?"""
    lows = ctx.lows
    if q.form != "plain" or q.precision or q.value > 40 or q.value != int(q.value):
        return False
    after = lows[q.j : q.j + 1]
    return (
        after == []
        or after[0] in _ITEM_FOLLOWERS
        or after[0] in ("in", ".", '"', "”", "’", "'")
        or any(t.year and t.i in (q.j, q.j + 1) for t in ctx.times)
    )


def _restated_lead(ctx: Context, q: Quantity) -> bool:
    """Do the words before a bare number restate a count with its noun and level left out:
    a pronoun for it ('Now it is 23', 'For this year it expects seven'), or the record that
    holds it ("NATO's estimate for 2019 is seven", "NATO's data: seven in 2022")?"""
    if not _bare_count(ctx, q) or not _own_time(ctx, q):
        return False
    lows = ctx.lows
    k = q.i
    while k > 0 and lows[k - 1] in _LEAD_HEDGES:
        k -= 1
    if _RESTATING_LEADS.ending_at(lows, k, reach=3) is not None:
        return True
    n = k - 2
    while n > 0 and lows[k - 1 : k] == [":"] and lows[n] in _PRESENT:
        n -= 1  # "The score now: seven."
    if k > 1 and lows[k - 1] == ":" and lows[n] in _RECORD_NOUNS:
        return True  # "NATO's data: seven in 2022"
    if k < 2 or lows[k - 1] not in _COPULAS:
        return False
    n = k - 2  # the record's noun, right before the verb or before its year ("for 2019")
    year = next((t for t in ctx.times if t.year and t.j == n + 1 and t.kind == "year"), None)
    if year is not None:
        n = year.i - 1 - (lows[year.i - 1 : year.i] in (["for"], ["in"], ["of"]))
    return n >= 0 and lows[n] in _RECORD_NOUNS


def _own_time(ctx: Context, q: Quantity) -> bool:
    """Does the clause of a restated count name its own time ('For this year it expects
    seven', 'Now it is 23')? With none ('It was seven.'), which year it restates is unsaid."""
    lo, hi = ctx.clause(q)
    return any(t.year and lo <= t.i < hi and t.role not in _NOT_ITS_YEAR for t in ctx.times) or (
        not _PRESENT.isdisjoint(ctx.lows[lo:hi])
    )


def _compared_back(ctx: Context, q: Quantity) -> bool:
    """Is a bare number with a time of its own the count a change is measured from ('up from
    just three a decade ago', 'double the ten of last year')?"""
    if not _bare_count(ctx, q) or not any(t.year and t.i in (q.j, q.j + 1) for t in ctx.times):
        return False
    lows = ctx.lows
    k = q.i
    while k > 0 and lows[k - 1] in _LEAD_HEDGES:
        k -= 1
    return _COMPARED_LEADS.ending_at(lows, k, reach=3) is not None


def _recount(ctx: Context, base: Claim, q: Quantity) -> bool:
    """Is q another count of what the count before it counted, with no time of its own ('the
    new one counts only 18', 'on the core basis the count is 28')?"""
    lows = ctx.lows
    k = q.i
    while k > 0 and lows[k - 1] in _LEAD_HEDGES:
        k -= 1
    words = lows[max(0, k - 2) : k]
    if not (words[-1:] in (["counts"], ["counted"], ["tallies"])
            or len(words) == 2 and words[0] in _NUMBER_ROSE and words[1] in _COUNT_IS
            or _revision_shows(ctx, k)):  # fmt: skip
        return False
    start = next((n for n, t in enumerate(ctx.tokens) if t.start >= base.end), k)
    between = lows[start:k]
    return _PRESENT.isdisjoint(
        w for n, w in enumerate(between, start) if lows[n - 1] not in _PUBLISHED
    )


def _revision_shows(ctx: Context, k: int) -> bool:
    """Does a verb of showing right before the count (at k) have revised figures for its
    subject ("NATO's revised figures, published on Thursday, show 18", "the corrected tables
    give 18")? A revision of a count restates the count of the year before it; figures that
    are only 'new' or 'latest' may be of a later year."""
    lows = ctx.lows
    if k < 1 or lows[k - 1] not in _COUNTING:
        return False
    lo, _hi = ctx.clause_at(k - 1)
    return not _REVISED_WORDS.isdisjoint(lows[max(0, lo - 8) : k - 1])


_REVISED_WORDS: frozenset[str] = patterns.word_set("revised_figure_words")
_PRESENT = frozenset({"now", "today", "currently", "nowadays", "presently"})
_PUBLISHED = patterns.word_set("saying_verbs_past")


def _total_of(ctx: Context, q: Quantity) -> Quantity | None:
    """The M of 'N of M', 'N of the M', 'N out of M': the allies the count N is taken from
    (a membership or the allies with figures), never a count of its own."""
    lows = ctx.lows
    k = q.j + (lows[q.j : q.j + 2] == ["out", "of"])
    if lows[k : k + 1] != ["of"] and not _slash_total(ctx, k):
        return None
    k += 1 + (lows[k + 1 : k + 2] == ["the"])
    return next((x for x in ctx.quantities if x.i == k and x.form == "plain" and not x.precision
                 and _SMALLEST_TOTAL <= x.value <= 40), None)  # fmt: skip


_RELATIVE_ADVERBS: frozenset[str] = patterns.word_set("relative_count_adverbs")
_RELATIVE_ENDS: tuple[list[str], ...] = ([], ["."], [","], [";"], [")"])  # the clause's end


def _relative_done(ctx: Context, q: Quantity) -> tuple[int, Quantity | None] | None:
    """(where its verb stands, its total) for a count opening a relative clause that ends on
    a bare 'do' or 'does' ('..., which 23 out of 32 currently do', '..., which only 18 do'),
    the relative's noun a guideline met before it ('meet the 2% target, which ...'); None
    otherwise."""
    lows = ctx.lows
    if not _relative_before(lows, q.i):
        return None
    k, total_q = q.j, None
    if lows[k : k + 2] == ["out", "of"] or lows[k : k + 1] == ["of"]:
        k += 1 + (lows[k] == "out")
        total_q = next((x for x in ctx.quantities if x.i == k and x.form == "plain"), None)
        if total_q is None:
            return None
        k = total_q.j
    while k < len(lows) and (lows[k] in _COUNT_ADVERBS or lows[k] in _RELATIVE_ADVERBS):
        k += 1
    # (not 'did': of which year, past, the words do not say)
    if lows[k : k + 1] not in (["do"], ["does"]) or lows[k + 1 : k + 2] not in _RELATIVE_ENDS:
        return None
    return (k, total_q) if _done_before(ctx, q) is not None else None


def _relative_before(lows: list[str], i: int) -> bool:
    """Does a relative pronoun open the clause right before the count at i ('the guideline
    that 23 allies meet', '..., which only 18 of the 32 reached')?"""
    k = i
    while k > 0 and lows[k - 1] in _LEAD_HEDGES:
        k -= 1
    return k > 1 and lows[k - 1] in ("that", "which") and lows[k - 2] not in ("so", "now")


def _slash_total(ctx: Context, k: int) -> bool:
    """Is the slash at k the 'of' of a count written 'N/M' ('23/32 allies', 'only 18/32'):
    a whole number right before it and one right after, both glued to it?"""
    tokens = ctx.tokens
    if not 0 < k < len(tokens) - 1 or ctx.lows[k] != "/":
        return False
    return (
        tokens[k - 1].end == tokens[k].start == tokens[k + 1].start - 1
        and tokens[k - 1].kind == tokens[k + 1].kind == "num"
        and "." not in tokens[k - 1].text + tokens[k + 1].text
    )


def _series_item(ctx: Context, q: Quantity, total: Quantity | None) -> bool:
    """A count that repeats the one before it with the verb left out: 'Four allies met the
    2% target in 2016, eight in 2020 and 18 of 31 in 2024'; 'the target was met by four
    members in 2016, by eight at the end of his term in 2020, and by 18 of the 31 to which it
    applied in 2024'; '..., and in 2024 23 of 32'. It follows a comma or 'and' (and the 'by'
    of a passive, if repeated), has no noun of its own right after it (not '..., and 12
    warships'), and has its own year, right before it or before the next comma, 'and' or
    figure."""
    lows = ctx.lows
    k = q.i
    while k > 0 and lows[k - 1] in _LEAD_HEDGES:
        k -= 1
    if k > 0 and lows[k - 1] == "by":
        k -= 1
    lead = next((t for t in ctx.times if t.year and t.role not in _NOT_ITS_YEAR
                 and t.j == k - (lows[k - 1 : k] == [","])), None)  # fmt: skip
    if lead is not None:  # "and in 2024 23 of 32", "; by 2024, 23 of 32" (but "met by four
        # in 2016, by eight ...": the year of the item before)
        opens = lead.i - (lows[lead.i - 1 : lead.i] in (["in"], ["by"]))
        if opens > 0 and lows[opens - 1] in _SERIES_JOINERS:
            k = opens
        else:
            lead = None
    if k == 0 or lows[k - 1] not in _SERIES_JOINERS:
        return False
    end = total.j if total is not None else q.j
    if (
        end < len(lows)
        and lows[end] not in _ITEM_FOLLOWERS
        and not any(t.i == end for t in ctx.times)
    ):
        return False
    if lead is not None:
        return True
    stop = next((n for n in range(end, len(lows)) if lows[n] in _SERIES_JOINERS
                 or any(x.i == n and x.form not in ("year", "ordinal") for x in ctx.quantities)),
                len(lows))  # fmt: skip
    return any(t.year and end <= t.i < stop and t.role not in _NOT_ITS_YEAR for t in ctx.times)


_SERIES_JOINERS = patterns.word_set("series_joiners")
_ITEM_FOLLOWERS = patterns.word_set("series_item_followers")
_LEAD_HEDGES = frozenset({"only", "just", "merely", "barely", "still"})
_SMALLEST_TOTAL = 12  # NATO's founding members: "3 of 5" counts something else
_NOT_ITS_YEAR = frozenset({"price", "edition", "date"})  # "2015 prices", "the 2024 edition"
_LABEL_WORDS = patterns.word_set("count_label_words")


_NUMBER_ROSE = frozenset({"number", "count", "tally"})  # "the number had risen to four"
_COUNT_IS = frozenset({"is", "was", "stands", "stood", "now"})  # "the count is 28"


def _present_year(ctx: Context, q: Quantity):
    from milex.claims.years import tense_of

    if tense_of(ctx, q) in ("present", "future"):
        return ctx.today.year, None, ""
    return None, None, "the text gives no year for this figure"


_DID_SO_SHORT = (
    "'did so' after allies failing to meet a level may repeat the failing or the "
    "meeting ('eight failed to meet 2%, while 23 did so')"
)
_DO_SO = (["do", "so"], ["did", "so"], ["does", "so"], ["done", "so"])
_MET = patterns.as_set("meeting_verbs")


def _meeting_turned(lows: list[str], stop: int) -> bool:
    """A verb of meeting turned round before `stop` ('failed to meet', 'did not reach'): what
    a 'did so' after it repeats, the failing or the meeting, is unclear ('eight failed to meet
    2%, while 23 did so'); not so after 'remained below' or 'missed'."""
    return any(
        lows[k] in _MET
        and lows[k] not in BELOW
        and (negated(lows[max(0, k - 3) : k]) or not BELOW.isdisjoint(lows[max(0, k - 3) : k]))
        for k in range(stop)
    )


_ELLIPTIC: frozenset[str] = patterns.word_set(
    "elliptic_verbs"
)  # "when only six were", "as eight did"


_TURN_LABEL_WORDS = 4  # "A:", "STOLTENBERG:", "SECRETARY GENERAL STOLTENBERG:": a turn's label


def _answer_opens(lows: list[str], i: int) -> bool:
    """Does the number open its answer, alone or after the speaker's label ('A: Twenty-three',
    'STOLTENBERG: Twenty-three', 'A. Eight allies'), perhaps after a lead naming the figures
    it is from ('A. On NATO's latest figures, eight allies')?"""
    if i > 1 and lows[i - 1] == "," and _FIGURES_LEAD.match(" ".join(lows[: i - 1])):
        return True
    return i == 0 or (
        i <= _TURN_LABEL_WORDS + 1 and lows[i - 1] == ":" and ":" not in lows[: i - 1]
        and all(w.isalpha() for w in lows[: i - 1])
    ) or (i == 2 and lows[:2] == ["a", "."])  # fmt: skip


# an answer's lead naming the figures it is from ("on NATO's latest figures", "according to the
# alliance's estimates"), after the answer's label if any ("a :", "a .")
_FIGURES_LEAD: re.Pattern[str] = re.compile(
    r"^(?:[a-z]+ [:.] )?(?:"
    + "|".join(re.escape(w) for w in patterns.load()["words"]["figures_lead_openers"])
    + r") (?:\S+ ){0,4}(?:"
    + "|".join(re.escape(w) for w in patterns.load()["words"]["figures_lead_nouns"])
    + r")$"
)


_FUTURE_AUX: frozenset[str] = frozenset({"will"})
_ABOVE: frozenset[str] = frozenset({"above", "over", "beyond", "exceed", "exceeds"})
_CONJUNCT_OPENERS: frozenset[str] = frozenset({",", ";", ":", "and", "but", "while", "whereas"})


def _time_opens(ctx: Context, q: Quantity) -> bool:
    """Does a time of its own come before the count in its conjunct ('; this year 23 will'),
    past the last comma or conjunction before it (not '2014' in 'three met it in 2014, and 23
    will')?"""
    lo = ctx.clause(q)[0]
    start = max((k + 1 for k in range(lo, q.i) if ctx.lows[k] in _CONJUNCT_OPENERS), default=lo)
    return any(t.year and start <= t.i < q.i for t in ctx.times)


def _dated_answer(ctx: Context, q: Quantity) -> bool:
    """Does the number open its answer after a time and a comma ('A: This year, 23.'), the
    time opening the answer?"""
    if ctx.lows[q.i - 1 : q.i] != [","]:
        return False
    return any(t.j == q.i - 1 and _answer_opens(ctx.lows, t.i) for t in ctx.times)


def _elliptic(lows: list[str], k: int) -> bool:
    """Does a bare auxiliary end the count's clause ('when only six were'): the verb of the
    count before it, left out?"""
    return lows[k : k + 1] != [] and lows[k] in _ELLIPTIC and lows[k + 1 : k + 2] in (
        [], ["."], [","], [";"], [")"], ["-"], ["—"], ["–"])  # fmt: skip


def _told_before(ctx: Context) -> Claim | None:
    """The last count of allies meeting a level in the sentence right before, if any."""
    return next((c for c in reversed(ctx.earlier[-8:]) if c.kind == "count_meeting"
                 and c.sentence == ctx.sentence.index - 1), None)  # fmt: skip


def _asked_before(ctx: Context) -> bool:
    """Did the sentence right before state a guideline's value as what allies were asked
    ('Wales also asked allies to spend 20% of their budgets on major equipment'), so that a
    bare 'seven did' after it counts the allies meeting it (at the guideline carried)?"""
    return ctx.carry_guideline is not None and any(
        c.kind == "guideline_value"
        and c.sentence == ctx.sentence.index - 1
        and c.value == ctx.carry_guideline
        for c in ctx.earlier[-4:]
    )


def _did_so(lows: list[str], k: int) -> bool:
    """'18 did so', '18 had done so': a bare number whose verb repeats one before it."""
    return lows[k : k + 2] in _DO_SO or lows[k + 1 : k + 3] in _DO_SO


def _ahead_in_clause(ctx: Context, q: Quantity) -> bool:
    """Is a deadline or a year after the article's named in the count's clause ('18 are
    expected to do so by 2024' in 2019): a forecast of a year to come, not a count held?"""
    lo, hi = ctx.clause(q)
    return any(lo <= t.i < hi and (t.role == "deadline" or (t.year or 0) > ctx.today.year)
               for t in ctx.times)  # fmt: skip


_SO_AUX: frozenset[str] = patterns.word_set("do_so_auxiliaries")
_SO_REACH: int = 6  # words from a bare number to its 'do so': "23 are now expected to do so"


def _will_do_so(lows: list[str], k: int) -> bool:
    """'23 are expected to do so', '23 will do so', '23 are on track to do so': a bare number
    whose verb, past auxiliaries and words of expecting, repeats one before it."""
    for n in range(k, min(len(lows), k + _SO_REACH)):
        if lows[n : n + 2] in _DO_SO:
            return n > k
        if lows[n] not in _SO_AUX:
            return False
    return False


# the Wales pledge's words of heading for a level, which 'did so' repeats as reaching it
_MOVE_TOWARDS: tuple[list[str], ...] = tuple(
    [verb, to] for verb in ("move", "moving", "moved") for to in ("towards", "toward")
)


def _done_before(ctx: Context, q: Quantity) -> tuple[Quantity, str] | None:
    """The guideline a verb of meeting takes earlier in the sentence ('All allies now meet 2
    per cent, after just 18 did so'), with how those meeting it stand to it, when a 'did so'
    after the count repeats that verb; None when the verb turns below ('fail to reach 2%':
    what 'did so' repeats is then unclear)."""
    lows = ctx.lows
    for x in reversed([x for x in ctx.quantities if x.j <= q.i and x.form == "percent"]):
        if x.value not in GUIDELINE_VALUES:
            continue
        verb = next((k for k in range(max(0, x.i - 4), x.ni) if lows[k] in _MET), None)
        if verb is None and lows[max(0, x.i - 2) : x.i] in _MOVE_TOWARDS:
            return x, ">="  # "promised to move towards 2% within a decade; by 2024, 23 had
            # done so": those that got there
        if verb is None:
            continue
        comparator = comparator_of(ctx, verb, x)
        if comparator in (">=", ">") and lows[verb] not in BELOW:
            return x, comparator
        return None
    return None


_POINTERS: frozenset[str] = patterns.word_set(
    "level_pointers"
)  # "below it", "under that", "below the line"


def _beside_it(lows: list[str], end: int, hi: int) -> bool:
    """Does the count's verb set the allies beside a level it points back to ('remain below
    it', 'are above that', 'stay under the line')?"""
    side = next((k for k in range(end, min(hi, end + 4)) if lows[k] in _SIDES), None)
    if side is None or side + 1 >= hi:
        return False
    after = lows[side + 1 : min(hi, side + 3)]
    return after[0] in _POINTERS or (
        after[0] == "the" and after[1:2] != [] and after[1] in _POINTERS
    )


_THERE_WORDS: frozenset[str] = patterns.word_set("count_there_words")


_CLAUSE_OPENERS = frozenset({",", ";", "that", "and", "but", "while", "whereas"})


def _level_before(ctx: Context, q: Quantity) -> float | None:
    """The level a count's pointing words ('get there', 'meet it') point back to: the last
    guideline's share named before it in its sentence ('the number spending at least 2% rose
    ..., and 23 are expected to get there'), else the guideline the article named."""
    levels = [x.value for x in ctx.quantities if x.j <= q.i and x.form == "percent"
              and x.value in GUIDELINE_VALUES]  # fmt: skip
    return levels[-1] if levels else ctx.carry_guideline


def _at_level_named(ctx: Context, q: Quantity) -> bool:
    """Is a bare number, opening its clause, the subject of words that put it at a level
    named before without saying it: 'three are already there', 'three already meet it',
    'four have reached that mark'? (Not 'three are already in service', 'three meet weekly'.)"""
    lows = ctx.lows
    lo, hi = ctx.clause(q)
    k = q.i
    while k > lo and lows[k - 1] in _LEAD_HEDGES:
        k -= 1
    if (
        k > lo
        and not any(t.i <= k - 1 < t.j for t in ctx.times)
        and lows[k - 1] not in _CLAUSE_OPENERS
    ):
        return False  # (its clause opens on it, or on a time: "This year, three ...", "...,
        # and that 23 are expected to get there")
    n = q.j + _counted_noun(lows, q.j)  # ("only three allies were there", "23 of them did")
    start = n
    while n < hi and lows[n] in _THERE_WORDS:
        n += 1
    if (n < hi and _elliptic(lows, n) and lows[n] in _DID and _met_before(ctx, q)
            and (n > q.j or _told_before(ctx) is None)):  # fmt: skip
        # (a bare "seven do" after a count is that count's, read by _elliptical_counts)
        return True  # "Ten years ago only three did", after "Germany will reach 2% this year"
    if n >= hi or n == start and lows[n] not in _MET:
        return False
    if lows[n] == "there":  # ("three are already there", "23 get there this year")
        return _there_ends(ctx, n)
    if lows[n] not in _MET or lows[n] in BELOW:
        return False
    after = lows[n + 1 : n + 3]
    if after[:1] in (["it"], ["that"], ["this"]):  # "meet it", "have reached that mark"
        return after[1:] in ([], ["."], [","], [";"]) or after[1] in _POINTERS
    return after[:1] == ["the"] and after[1:] != [] and after[1] in _POINTERS


_STATE_NOUNS: frozenset[str] = patterns.word_set("state_nouns")
_DID: frozenset[str] = frozenset({"did", "do"})
_REACHED: frozenset[str] = frozenset({"at_least", "more_than"})


def _before_apposed_allies(ctx: Context, i: int) -> int:
    """Where a count's lead ends when allies named in apposition come between it and the
    count ('Of the four southern allies, Greece, Italy, Spain and Portugal, three'; or in
    brackets): at the comma or bracket that opens the names; else i."""
    lows = ctx.lows
    if lows[i - 1 : i] != [","]:
        return i
    allies = {k: m.j for m in ctx.mentions if m.kind == "ally" for k in range(m.i, m.j)}
    k, named = i - 1, 0
    while k > 0:
        w = lows[k - 1]
        if w in (",", "and", ")"):
            k -= 1
        elif k - 1 in allies:
            named += 1
            k = min(j for j, end in allies.items() if end == allies[k - 1])
        else:
            break
    if lows[k : k + 1] != [","] and lows[k - 1 : k] == ["("]:
        k -= 1  # (the bracket that opens the names)
    if named < 2 or lows[k : k + 1] not in ([","], ["("]):
        return i
    return k


def _counted_noun(lows: list[str], j: int) -> int:
    """How many tokens after a count name what it counts, and only that: 'allies', 'of them'
    ('three allies were there', '23 of them did'); 0 for none."""
    if lows[j : j + 1] != [] and lows[j] in _STATE_NOUNS:
        return 1
    return 2 if lows[j : j + 2] == ["of", "them"] else 0


def _met_before(ctx: Context, q: Quantity) -> bool:
    """Did one of the two sentences before say allies reach the level a bare 'did' repeats (a
    count at or above it, or an ally's share read as reaching it: 'Germany will reach the 2%
    mark this year')? Only then is the count's 'did' that verb, and not one of falling short."""
    level = _level_before(ctx, q)
    return level is not None and any(
        c.sentence in (ctx.sentence.index - 1, ctx.sentence.index - 2)
        and (
            c.kind == "count_meeting"
            and c.comparator in (">=", ">")
            and c.threshold == level
            or c.kind == "share_of_gdp"
            and c.hedge in _REACHED
            and c.value == level
        )
        for c in ctx.earlier[-8:]
    )


def _there_after(ctx: Context, end: int) -> int | None:
    """Where the count's words end on 'are there' ('only four members are there today', 'six
    allies were already there', 'three allies - Poland, Lithuania and Latvia - are there'), a
    level named before, with nothing after it but the end of the clause or a time: the
    index of the 'there', else None."""
    lows = ctx.lows
    start = past_allies_aside(ctx, end, len(lows))
    _lo, hi = ctx.clause_at(start) if start < len(lows) else (start, start)
    n = start
    while n < hi and lows[n] in _THERE_WORDS:
        n += 1
    return n if n > start and n < hi and lows[n] == "there" and _there_ends(ctx, n) else None


def _there_ends(ctx: Context, n: int) -> bool:
    """Is the 'there' at n, a level named before, the end of what the count says: nothing
    after it but the clause's end, a time, 'already' or a word of now ('... are there today')?"""
    after = ctx.lows[n + 1 : n + 2]
    return (
        after in ([], ["."], [","], [";"], ["-"], ["—"], ["–"], ["already"])
        or (after != [] and after[0] in _PRESENT)
        or any(t.i == n + 1 for t in ctx.times)
    )


def _second_level(ctx: Context, q: Quantity) -> bool:
    """Does a bare number open a clause after one where allies meet a first level, with a verb
    of meeting and a percentage of its own after it ('All members meet 2%, but
    only three clear the 3.5% goal', 'while five exceed 3%')? Then it counts the same allies
    at that level (the level is read after it as for any count)."""
    lows = ctx.lows
    first = next((x for x in ctx.quantities if x.form == "percent" and x.j <= q.i), None)
    if first is None or _ALLY_NOUNS.isdisjoint(lows[: first.i]):
        return False  # (allies named before a first level: "All members meet 2%")
    if _MEETING.isdisjoint(lows[: first.i]) and _SPENDS.isdisjoint(lows[: first.i]):
        return False  # (a verb of meeting or spending the first level: "meet", "spends")
    k = q.i
    while k > 0 and lows[k - 1] in _LEAD_HEDGES:
        k -= 1
    if k == 0 or lows[k - 1] not in _SERIES_JOINERS:
        return False
    _lo, hi = ctx.clause(q)
    return any(x.form == "percent" and q.j <= x.i < min(hi, q.j + 8) for x in ctx.quantities)


_ALLY_NOUNS: frozenset[str] = patterns.word_set("ally_nouns")
_SPENDS: frozenset[str] = patterns.word_set("measured_spending_verbs")


def _allies_said_before(ctx: Context, q: Quantity) -> bool:
    """'Never have so many allies spent 2%. Today 23 of them have reached it': a sentence that
    opens on the count, naming no one, right after one that spoke of allies by a noun."""
    return (
        ctx.carry_ally_noun
        and not any(m.i < q.i for m in ctx.mentions)
        and not any(x.i < q.i and x.form != "year" for x in ctx.quantities)
    )


def _apposed_allies(ctx: Context, q: Quantity) -> bool:
    """Does a bare number stand before as many allies, named in apposition and closed off by a
    comma or dash ('only three, Poland, Lithuania and Latvia, are above 3.5%')? Then they are
    the allies it counts, however the sentence spoke of allies before."""
    lows = ctx.lows
    at = {m.i: m for m in ctx.mentions if m.kind == "ally"}
    k, named = q.j + 1, 0
    while k in at:
        named += 1
        k = at[k].j
        if lows[k : k + 1] == [","] and k + 1 in at:
            k += 1
        elif lows[k : k + 2] == [",", "and"] and k + 2 in at:
            k += 2
        elif lows[k : k + 1] == ["and"] and k + 1 in at:
            k += 1
    return named >= 2 and named == q.value and lows[k : k + 1] in ([","], ["-"], ["—"], ["–"])


def _allies_before(ctx: Context, q: Quantity) -> bool:
    """Allies named as a noun earlier in the sentence ('other NATO countries ..., though 11
    are ...'): what a bare number of them counts."""
    nouns = patterns.phrases("count_nouns")
    if not nouns.any_in(ctx.lows, 0, q.i):
        return False
    if _beside_it(ctx.lows, q.j, ctx.clause(q)[1]):
        return True  # "most members are at or above 2%; only eight remain below it": the
        # level before is what the bare number is counted against, not a figure of theirs
    return not any(x.form == "percent" for x in ctx.quantities if x.j <= q.i)


_OWN_LEVEL_REACH: int = 3  # words from a bare count to its own level: "five are above 3.5%"


def _coordinated_with_count(ctx: Context, q: Quantity) -> bool:
    """Does a bare number open a clause joined to a count of allies made earlier in its
    sentence, and a level of its own follow it at once ('30 of the 32 allies exceed 2%, and
    five are above 3.5%')? Then it counts the same allies, at that level (not "..., and 18
    are expected to do so by 2024": a forecast of the same count, with no level of its own)."""
    before = [w for w in ctx.lows[max(0, q.i - 3) : q.i] if w not in _LEAD_HEDGES]
    if before[-1:] not in _COORDINATED:
        return False
    if not any(x.form == "percent" and q.j < x.i <= q.j + _OWN_LEVEL_REACH
               for x in ctx.quantities):  # fmt: skip
        return False
    start = ctx.tokens[q.i].start
    return any(c.kind == "count_meeting" and c.end <= start for c in ctx.claims)


_AUX = frozenset({"has", "have", "had", "now", "also", "finally", "is", "was", "will", "just"})


_COORDINATED: tuple[list[str], ...] = (["and"], ["but"], ["while"], ["whereas"])
# the words that open a bare count at a level of its own: "and five above 3.5%", "with five
# above 3.5%"
_OWN_LEVEL_LEADS: tuple[list[str], ...] = _COORDINATED + (["with"],)
_SHORT_REACH = 3  # words from a bare number to its word of falling short: "nine are still below"


def _short_right_after(lows: list[str], j: int) -> bool:
    """'22 of the 32 met the 2% mark and nine fell short': a bare number right after 'and' or
    'but', followed within a few words (no figure between) by a word of falling short, counts
    the allies below the level of the count before it."""
    after = lows[j : j + _SHORT_REACH]
    return not BELOW.isdisjoint(after) and all(not w[:1].isdigit() for w in after)


def _head_of_pair(before: list[Claim]) -> Claim:
    """The count a 'did' of the next sentence repeats: the last of the sentence before, but for
    the rest of a count said after it ('23 met the guideline; only eight fell short. Ten years
    earlier just three did': the count the rest completes, the verb of the sentence's head)."""
    last = before[-1]
    head = next((c for c in before[:-1] if c.year == last.year and c.threshold == last.threshold
                 and c.measure == last.measure and c.comparator in TURNED
                 and TURNED[c.comparator] == last.comparator), None)  # fmt: skip
    return last if head is None else head


def _with_figures(lows: list[str], j: int) -> int:
    """The words 'with figures' ('with data', 'with an estimate') right after a bare number:
    which allies are counted, not what they did (2 or 3 words, else 0)."""
    if lows[j : j + 1] != ["with"]:
        return 0
    n = j + 1 + (lows[j + 1 : j + 2] in (["a"], ["an"]))
    return n + 1 - j if lows[n : n + 1] != [] and lows[n] in _FIGURE_NOUNS else 0


def _rest_below(ctx: Context, q: Quantity) -> Claim | None:
    """The count of the allies at a level that a bare number is the rest of ('23 of the 32
    have met 2%; the nine still below are ...', '... Of the nine still short, Spain is
    lowest'): the number comes after 'the', with no noun, before 'still' and a word of falling
    short, and a count of the allies at or above a level was read before it in the sentence or
    the one before. None otherwise."""
    lows = ctx.lows
    if lows[q.i - 1 : q.i] != ["the"] or lows[q.j : q.j + 1] != ["still"]:
        return None
    if lows[q.j + 1 : q.j + 2] == [] or lows[q.j + 1] not in BELOW:
        return None
    return next((c for c in reversed([*ctx.earlier[-8:], *ctx.claims])
                 if c.kind == "count_meeting" and c.comparator == ">=" and c.threshold
                 and c.sentence >= ctx.sentence.index - 1), None)  # fmt: skip


def _kept_level(lows: list[str], end: int, tq: Quantity | None) -> bool:
    """Is the count's verb one of keeping a promise whose level is named as the promise's
    ('23 of the 32 have kept the 2% commitment', 'honouring the 2% pledge'): a verb of
    keeping right before the level, with only an article or 'their' between, and a guideline
    noun right after it? ('kept spending at 1.3%' names no promise: no count's verb.)"""
    if tq is None or tq.i <= end:
        return False
    k = tq.i - 1
    while k > end and lows[k] in ("the", "its", "their", "a", "nato's", "alliance's"):
        k -= 1
    return (
        k >= end
        and lows[k] in _KEEPING
        and lows[tq.j : tq.j + 1] != []
        and lows[tq.j] in _PROMISE_NOUNS
    )


def _a_day(lows: list[str], q: Quantity) -> bool:
    """'published on 17 June', 'on June 17', 'Sept. 10': a day of a month, not a count."""
    return is_day(lows, q.i, q.j)


# no ally spends more than this share of GDP on defence: a count against more is of something else
_MOST_OF_GDP = 15.0


_BULLETS = frozenset({"*", "-", "•", "–", "—", "·"})


def _place_out_of(ctx: Context, q: Quantity) -> bool:
    """Is q the size of the field a place is counted in, right after an ordinal and 'of' or
    'out of' ('20th of 31 allies', '5th out of the 32')?"""
    lows = ctx.lows
    k = q.i - 1 if lows[q.i - 1 : q.i] == ["the"] else q.i
    if lows[k - 1 : k] != ["of"]:
        return False
    k -= 2 if lows[k - 2 : k - 1] == ["out"] else 1
    return any(x.form == "ordinal" and x.j == k for x in ctx.quantities)
