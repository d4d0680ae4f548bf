"""Which guideline a figure is measured against: a percentage written, or 'the target',
'that goal', 'it' after a verb of meeting, read as the guideline the article last named."""

from __future__ import annotations

from milex.claims import patterns
from milex.claims.clause import Context
from milex.claims.figure_kinds import change_words
from milex.claims.numbers import Quantity
from milex.reference.commitments import commitment


def not_nato(ctx: Context, lo: int, hi: int) -> bool:
    return ctx.has("not_nato_groups", lo=max(0, lo), hi=hi)


def past_allies_aside(ctx: Context, start: int, stop: int) -> int:
    """Past the allies a count names between dashes or commas right after its words ('three
    allies - Poland, Lithuania and Latvia - are already there'): the token after the closing
    dash or comma, else start."""
    lows = ctx.lows
    if lows[start : start + 1] == [","]:
        return _past_apposed_allies(ctx, start, stop)
    if lows[start : start + 1] == [] or lows[start] not in _DASHES:
        return start
    close = next((k for k in range(start + 1, stop) if lows[k] == lows[start]), None)
    if close is not None and any(m.kind == "ally" and start < m.i < close for m in ctx.mentions):
        return close + 1
    return start


def _past_apposed_allies(ctx: Context, comma: int, stop: int) -> int:
    """Where the words go on after a list of allies set off by commas after a count's noun,
    each ally perhaps with its figure in brackets ('Three allies, Poland (4.48%), Lithuania
    (4.00%) and Latvia (3.73%), already meet ...'): past its closing comma; else the comma."""
    lows = ctx.lows
    starts = {m.i: m.j for m in ctx.mentions if m.kind == "ally" and comma < m.i < stop}
    k, named, joined = comma + 1, 0, False
    while k < stop:
        if k in starts:
            k, named = starts[k], named + 1
        elif (
            lows[k] == "("
            and (q := next((x for x in ctx.quantities if x.i == k + 1), None))
            and (lows[q.j : q.j + 1] == [")"])
        ):
            k = q.j + 1
        elif lows[k] in (",", "and"):
            joined = joined or lows[k] == "and"
            k += 1
        else:
            break
    return k if named > 1 and joined and lows[k - 1] == "," else comma


def threshold_after(ctx: Context, start: int, stop: int, before: list[Quantity]):
    """The share a count is measured against: a percentage, 'that mark', or 'the guideline',
    whichever comes first ('five allies sit below the line: Canada (1.6%), ...': the line, not
    Canada's own figure)."""
    lows = ctx.lows
    # "Three states - Poland (4.48%), Lithuania (4%) and Latvia (3.73%) - already meet the
    # 3.5% goal": the allies counted, with their own figures, set off by dashes or commas
    start = past_allies_aside(ctx, start, stop)
    first = next((q for q in ctx.quantities if start <= q.i < stop and q.form == "percent"), None)
    fifth = next((q for q in ctx.quantities if start <= q.i < stop and q.form == "fraction"
                  and q.value == 0.2), None)  # fmt: skip
    if (
        fifth is not None
        and (first is None or fifth.i < first.i)
        and ctx.has("cues", "equipment", lo=fifth.j, hi=min(stop, fifth.j + 10))
    ):  # "thirty allies spend at least a fifth of their budgets on major equipment": 20%
        return fifth, 20.0
    if first is not None and "," in lows[start : first.i]:
        # "six countries met the target, and critics ... fail to reach the 2% target": the
        # guideline the count's own words name, not a figure past the comma
        for k in range(start, first.i):
            if lows[k] == ",":
                break
            named = guideline_named(ctx, k, first.i)
            if named is not None:
                return None, named
    if (
        first is not None
        and first.value not in GUIDELINE_VALUES
        and any(m.kind == "ally" and m.possessive and start <= m.i < first.i for m in ctx.mentions)
    ):
        first = None  # "revises the count to 18 allies and puts Spain's figure at 1.43%"
    if (
        first is not None
        and first.value not in GUIDELINE_VALUES
        and lows[first.i - 1 : first.i] == ["("]
        and any(m.kind == "ally" and m.j == first.i - 1 for m in ctx.mentions)
    ):  # "the eight allies short of the mark are Spain (1.28 percent), ...": Spain's own
        first = None  # figure in brackets after its name, not the level the count is against
    if first is not None and _spender_before(ctx, start, first):
        first = None  # "only four members are there today, ..., with Washington alone
        # spending close to 4%": one ally's own figure, with its verb, not the count's level
    if first is not None and _ally_relative(ctx, start, first):
        first = None  # "nine allies remain below it, including Spain, which is at 1.28%": the
        # figure of a relative clause on one ally, not the level the count is against
    if first is not None and _own_figures(ctx, first):
        first = None  # "Only three allies - Poland, Lithuania and Latvia - are already there,
        # at 4.48%, 4.00% and 3.73% respectively": the counted allies' own figures
    if first is not None and (first.i == start or ":" not in lows[start : first.i]):
        return first, first.value
    for k in range(start, first.i if first is not None else stop):
        if (
            lows[k] == "that"
            and k + 1 < stop
            and lows[k + 1] in ("mark", "line", "level", "threshold")
        ):
            prev = [q for q in before if q.form == "percent"]
            if prev:
                return None, prev[-1].value
            if ctx.carry_guideline is None and only_guideline(ctx) is None:
                return None, None  # "above that mark", the level named a sentence before and
                # no guideline: unsure, and not a figure of the allies listed after it
            if first is not None:
                return None, None  # "No ally is near that level: Poland leads at 4.12%": the
                # level is a sentence before's (which of its figures?), and the figure past
                # the colon an ally's own, not the count's level
        named = guideline_named(ctx, k, stop)
        if named is not None:
            return None, named
    return (first, first.value) if first is not None else (None, None)


_SPENDING: frozenset[str] = patterns.word_set("spending_verbs")
_SPENDER_KINDS: frozenset[str] = frozenset({"ally", "capital"})


def _spender_before(ctx: Context, start: int, first: Quantity) -> bool:
    """Is the percentage said of an ally (or its capital) in an absolute clause after the
    count's words, 'with' the ally and a verb of spending right before the figure ('with
    Washington alone spending close to 4%', 'with Poland spending 4.12%'): that ally's own
    figure? (Not 'three allies, including Poland, spend 2%': the allies' verb.)"""
    lows = ctx.lows
    return any(
        m.kind in _SPENDER_KINDS
        and start < m.i
        and lows[m.i - 1] == "with"
        and m.j < first.i <= m.j + 3
        and not _SPENDING.isdisjoint(lows[m.j : first.i])
        and all(w.isalpha() for w in lows[m.j : first.i])
        for m in ctx.mentions
    )


_ASIDE_RELATIVES: frozenset[str] = patterns.word_set("aside_relatives")
_RELATIVE_ENDS: frozenset[str] = frozenset({",", ";", ":", ".", "and", "but", "while"})


def _ally_relative(ctx: Context, start: int, first: Quantity) -> bool:
    """Is the percentage in a relative clause set off after an ally named past the count's
    words ('..., including Spain, which is at 1.28%', '..., among them Italy, whose share is
    1.49%'): that ally's own figure, no clause end between the relative word and it?"""
    lows = ctx.lows
    return any(
        m.kind == "ally"
        and start < m.i
        and lows[m.j : m.j + 1] == [","]
        and lows[m.j + 1 : m.j + 2] != []
        and lows[m.j + 1] in _ASIDE_RELATIVES
        and m.j + 1 < first.i
        and _RELATIVE_ENDS.isdisjoint(lows[m.j + 2 : first.i])
        for m in ctx.mentions
    )


def _own_figures(ctx: Context, first: Quantity) -> bool:
    """Is the percentage the first of a run of figures said 'respectively' ('at 4.48%, 4.00%
    and 3.73% respectively'), nothing but commas and 'and' between them: the figures of the
    allies named, one each, not a level they are counted against?"""
    lows = ctx.lows
    if "respectively" not in lows[first.j :]:
        return False
    end = first.j + lows[first.j :].index("respectively")
    others = [x for x in ctx.quantities if first.j <= x.i < end and x.form == "percent"]
    if not others:
        return False
    inside = {k for x in others for k in range(x.i, x.j)}
    # (the unit may follow the last figure alone: "1.28% and 1.65% of GDP respectively")
    return end - others[-1].j <= _RUN_UNIT and all(
        lows[k] in (",", "and") for k in range(first.j, others[-1].j) if k not in inside
    )


_RUN_UNIT: int = 5  # words at most between a run's last figure and 'respectively'


def guessed(ctx: Context, tq: Quantity | None, threshold: float | None) -> bool:
    """A guideline read from 'the target' when the article named none before: 2% by default
    (but before The Hague, 'the spending target' can only be the 2% of GDP)."""
    if tq is not None or ctx.carry_guideline is not None or threshold != 2.0:
        return False
    return ctx.today >= commitment("hague-core").agreed or not ctx.has("spending_target")


def only_guideline(ctx: Context) -> float | None:
    """The guideline allies 'fall short' of when the article names none: before The Hague
    agreed its 3.5%, the 2% of GDP was the only one of GDP; after it, unsaid (None)."""
    return 2.0 if ctx.today < commitment("hague-core").agreed else None


_DASHES: frozenset[str] = frozenset({"-", "–", "—"})
_GUIDELINE_NOUNS = patterns.word_set("guideline_nouns_named")
_POINTERS = patterns.word_set("guideline_pointers")
_BACK_POINTERS: frozenset[str] = frozenset({"that", "this"})  # point back to a level named
# the words that open a guideline's name right after a verb of meeting, with no article
_HEADLINE_POINTERS: frozenset[str] = patterns.word_set("headline_guideline_pointers")


_MAKING: frozenset[str] = patterns.word_set("count_making_verbs")


def guideline_named(ctx: Context, k: int, stop: int) -> float | None:
    """'the target', 'that goal', "the alliance's spending target", 'it' after a verb of
    meeting: the guideline under discussion (the last one the article named, else 2%)."""
    lows = ctx.lows
    if lows[k] == "it" and k > 0 and lows[k - 1] in patterns.as_set("meeting_verbs"):
        return ctx.carry_guideline or 2.0
    if lows[k] not in _POINTERS and not (
        lows[k] in _HEADLINE_POINTERS and k > 0 and lows[k - 1] in patterns.as_set("meeting_verbs")
    ):  # (a headline drops the article: "Eight allies meet NATO goal")
        return None
    if (
        lows[k] == "the"
        and lows[k + 1 : k + 2] in (["grade"], ["cut"])
        and k > 0
        and (lows[k - 1] in _MAKING)
    ):
        return ctx.carry_guideline or 2.0  # "only seven members make the grade": the guideline
    for n in range(k + 1, min(stop, k + 5)):
        if any(ch.isdigit() for ch in lows[n]):
            return None  # "the 4-percent line" names its own figure
        if lows[n] == "deadline" and n == k + 1:
            # "fall short of the deadline" before The Hague: the 2% due by 2024
            hague = ctx.today >= commitment("hague-core").agreed
            return None if hague or (ctx.carry_guideline or 2.0) != 2.0 else 2.0
        if lows[n] in _GUIDELINE_NOUNS:
            words = lows[k:n]
            if ctx.has("cues", "equipment", lo=k, hi=min(stop, n + 4)):
                return 20.0
            if "new" in words or "core" in words:
                return max(ctx.carry_guideline or 3.5, 3.5)
            if lows[n] == "guideline" and (ctx.carry_guideline or 2.0) in (3.5, 5.0):
                return 2.0  # "reached the guideline": NATO's name for the 2% (The Hague's 5%
                # is a commitment; but after "a fifth of budgets on equipment", "that
                # guideline" is the equipment one)
            if (ctx.carry_guideline is None and lows[k] in _BACK_POINTERS
                    and only_guideline(ctx) is None):  # fmt: skip
                return None  # "above that mark", with no guideline named before: a level the
                # text spoke of (perhaps no guideline at all), not surely the 2%
            return ctx.carry_guideline or 2.0
        if lows[n] in (",", ".", ";") or any(q.i == n for q in ctx.quantities):
            return None
    return None


def comparator_of(ctx: Context, count_end: int, tq: Quantity | None) -> str:
    """How the counted allies stand to the threshold; a negation before it turns it round
    ('eight allies will not meet the target', 'did not spend 2%': below it)."""
    end = tq.i if tq and tq.i > count_end else next(
        (n for n in range(count_end, min(count_end + 16, len(ctx.lows)))
         if ctx.lows[n] in _GUIDELINE_NOUNS or ctx.lows[n] == "deadline"), count_end + 8
    )  # (with no figure after the count, up to the guideline named in words)  # fmt: skip
    between = ctx.lows[count_end:end]
    hedge = tq.hedge if tq else None
    signed = sign_comparator(between)
    if signed is not None:
        return signed  # "Count ≥2%: 18", "Allies <2%: 9"
    if hedge == "exactly" or "exactly" in between[-3:]:
        return "="  # "six allies sit at exactly 2%", "exactly at the 2% floor": those at 2.00
    if (tq is not None and hedge is None and tq.precision >= 2 and between[-1:] in (["at"], ["on"])
            and tq.value not in GUIDELINE_VALUES):  # fmt: skip
        return "="  # "three allies came in at 2.01%": at that figure, not at or above it
    over = [k for k, w in enumerate(between) if w in ("above", "over", "exceed", "exceeded")]
    if (hedge == "more_than" and between[-1:] == ["or"]) or (
        over and between[over[0] - 1 : over[0]] == ["or"]
    ):
        comparator = ">="  # "meet or exceed 2%", "at or above it"
    elif hedge == "more_than" or over:
        comparator = ">"
    elif hedge == "less_than" or any(w in BELOW for w in between):
        comparator = "<"
    else:
        comparator = ">="
    # the negation is the verb's, right before it ("will not meet"), not one in an aside on
    # the way ("all but one ally - Iceland, which has no army - meet the target")
    verb = next((k for k, w in enumerate(between) if w in _VERBS), len(between))
    start = max([0, verb - 4] + [k + 1 for k in range(verb) if between[k] in _PUNCTUATION])
    return TURNED[comparator] if negated(between[start:verb]) else comparator


BELOW = patterns.word_set("falling_short_words") | {"below", "under", "misses", "failed", "fail", "failing",
                                                       "fails"}  # fmt: skip
_VERBS = patterns.as_set("meeting_verbs") | BELOW | {"spend", "spends", "spent", "spending",
                                                        "devote", "devotes", "put", "puts"}  # fmt: skip
_PUNCTUATION = frozenset({",", "-", "–", "—", "(", ")", ";", ":"})
_EXCEPT = frozenset({"but", "except", "excluding", "save", "bar"})


def excepted(ctx: Context, lo: int, v: int) -> int | None:
    """Where the allies excepted before a verb of meeting start ('all allies but Belgium and
    Canada meet the 20% guideline': they do not), or None."""
    return next((m.i for m in ctx.mentions if lo <= m.i < v and m.kind == "ally"
                 and ctx.lows[m.i - 1] in _EXCEPT
                 and not _ALL.isdisjoint(ctx.lows[max(0, m.i - 4) : m.i - 1])), None)  # fmt: skip


_ALL = frozenset({"all", "every", "each", "allies", "members", "countries", "nations", "ally"})


GUIDELINE_VALUES = frozenset({2.0, 3.5, 5.0, 1.5, 20.0})  # the guidelines' figures, in %
TURNED = {">=": "<", "<": ">=", ">": "<=", "<=": ">"}
_NOT = patterns.word_set("negations")


def negated(words: list[str]) -> bool:
    """'did not reach', "won't meet", 'has yet to reach', 'never met', 'no longer' (but not
    'not only met' nor 'no fewer than')."""
    return any(
        (w in _NOT or w.endswith("n't") or w == "cannot")
        and words[k + 1 : k + 2] not in (["only"], ["just"], ["fewer"], ["less"])
        and (w != "yet" or words[k - 1 : k] in (["has"], ["have"], ["had"]))
        for k, w in enumerate(words)
    )


def none_of(lows: list[str], k: int) -> bool:
    """Does the clause at k open on a negative subject ('Not one of the bottom eight, among
    them Italy (1.49%), reaches 2%', 'None of them meets it')?"""
    return lows[k : k + 1] == ["none"] or lows[k : k + 2] in (["not", "one"], ["not", "a"])


_INTENDING = patterns.word_set("intending_words")
_REPORTED = patterns.word_set("reporting_verbs")
_UNABLE: frozenset[str] = patterns.word_set("unable_words")


def no_level_stated(ctx: Context, v: int) -> bool:
    """Does the verb of meeting at token v state no level reached? It does not when it is
    promised ('the commitment to reach 2%', 'pledged to meet the goal'), only possible ('may
    not have to meet the new benchmark') or dated by a span ('reached the goal no more than
    ten years ago')."""
    lows = ctx.lows
    lo, hi = ctx.clause_at(v)
    if lows[v - 1 : v] == ["to"] and any(w in _INTENDING for w in lows[max(lo, v - 5) : v]):
        return True
    if not _UNABLE.isdisjoint(lows[max(lo, v - 3) : v]):
        return True  # "says Spain cannot reach 5% without cutting pensions": what cannot be
        # done, reported or not, states no level reached (nor one missed)
    modal = [k for k in range(max(lo, v - 4), v) if lows[k] in ("may", "might", "would", "could")]
    if modal and not (
        lows[modal[-1]] == "would" and _REPORTED & set(lows[max(0, modal[-1] - 6) : modal[-1]])
    ):
        return True  # "may not have to meet it" (but "said it would reach 2%" reports a level)
    return "ago" in lows[v:hi] and any(w in ("than", "within", "over", "past") for w in lows[v:hi])


_BEING = (["is"], ["are"], ["was"], ["were"], ["be"], ["been"])


def expects_of_all(lows: list[str], k: int) -> bool:
    """'NATO expects every ally to meet 2%' (k at 'every'): a demand, not a forecast (but 'all
    allies are expected to reach 2%' and 'it expected 18 allies to reach it' forecast a count)."""
    return (lows[k - 1 : k] in (["expects"], ["expect"], ["expected"])
            and lows[k] in ("all", "every", "each") and lows[k - 2 : k - 1] not in _BEING)  # fmt: skip


_RULED = patterns.word_set("agreement_verbs")
_PLEDGING = patterns.word_set("pledging_verbs")
_PURPOSES = frozenset({"deadline", "date", "time", "decade", "years", "plan", "pressure", "way",
                       "call", "calls", "push", "timeline", "timetable", "take", "takes", "took"})  # fmt: skip


def obliged(lows: list[str], k: int, between: list[str]) -> bool:
    """A rule, a pledge or a purpose rather than a count: 'allies must spend 2%', 'agreed that
    every ally should put 2%', 'committed to spending 5%', 'for 18 allies to reach 2%' (but
    'all allies should reach 2% this year' is a forecast, and a count), 'expects every ally to
    meet 2%'."""
    words = set(between)
    if words & {"must", "shall", "ought"}:
        return True
    if expects_of_all(lows, k):
        return True
    if (
        lows[k - 1 : k] == ["for"]
        and "to" in between
        and not _PURPOSES.isdisjoint(lows[max(0, k - 4) : k - 1])
    ):
        return True  # "a deadline for 23 allies to meet the target": a purpose, not a count
        # (but "the forecast was for 18 allies to meet it" is a count)
    if any(between[n] in _PLEDGING and "to" in between[n + 1 : n + 4] and not (
        between[n] == "signed" and between[n + 3 : n + 4] in (["the"], ["a"], ["an"])
    ) for n in range(len(between))):  # fmt: skip
        return True  # "the 32 allies committed to spending 5% by 2035", "agreed last year to
        # spend 2%", "pledged in 2023 to spend", "the 2% all members signed up to": a pledge
        # (but "when allies signed up to the pledge, the target was met by only three": a
        # count at the time of the pledge)
    return "should" in words and bool(_RULED & set(lows[max(0, k - 8) : k]))


def asks_how(words: list[str]) -> bool:
    """'a plan showing how it will get to 2%', 'how to reach 2%': a question, not a level."""
    return "how" in words and any(
        w == "how" and _HOW_NEXT & set(words[k + 1 : k + 4]) for k, w in enumerate(words)
    )


_HOW_NEXT = frozenset({"will", "would", "to", "can", "could", "might", "should", "must"})


_POLLS: frozenset[str] = patterns.word_set("poll_nouns")
_OPINIONS: frozenset[str] = patterns.word_set("opinion_verbs")


def polled_view(ctx: Context, q: Quantity) -> bool:
    """'A poll found 58% of Germans back spending 3.5% of GDP': a figure a few words after a
    verb of opinion ('back', 'support', 'oppose') that a poll or its respondents hold, earlier
    in the clause, is what people were asked about, not a level anyone spends."""
    lo, _ = ctx.clause(q)
    lows = ctx.lows
    if _POLLS.isdisjoint(lows[lo : q.i]):
        return False
    first = next(k for k in range(lo, q.i) if lows[k] in _POLLS)
    return any(lows[v] in _OPINIONS for v in range(max(first + 1, q.i - 5), q.i))


def _poll_answer(lows: list[str], q: Quantity) -> bool:
    """Is the percentage right after an answer a poll offers ('Yes 58%', 'Unsure: 11%')?"""
    k = q.i - 2 if lows[q.i - 1 : q.i] == [":"] else q.i - 1
    return q.form == "percent" and k >= 0 and lows[k] in _POLL_ANSWERS


_POLL_ANSWERS: frozenset[str] = patterns.word_set("poll_answer_words")
_POLLING: frozenset[str] = _POLLS | patterns.word_set("polling_words")
_SAYING: frozenset[str] = _OPINIONS | patterns.word_set("polled_saying_verbs")
_MOST_LEVEL: float = 10.0  # no ally has spent 10% of GDP: a bigger share of a poll is of people


def polled_share(ctx: Context, q: Quantity) -> bool:
    """Is the percentage a share of people polled or of votes cast ('a poll found support at
    70% in Poland', 'half of those polled agreed, 24% disagreed', '47% back higher spending',
    '48% of Americans say ...', 'the runoff poll puts one candidate at 45.7%')? The sentence
    is a poll's (it names a poll, its respondents or voters, or a share of people followed by
    what they say or back), and the figure is either too large for a share of GDP or stands
    in a clause that names neither defence nor GDP; not a change ('voters saw spending rise
    12%'): no claim at all."""
    if q.form != "percent" or not _poll_sentence(ctx) or not _poll_part(ctx, q):
        return False
    lo, hi = ctx.clause(q)
    if q.value <= _MOST_LEVEL and (
        ctx.has("cues", "defence", lo=lo, hi=hi) or ctx.has("cues", "gdp", lo=lo, hi=hi)
    ):
        return False  # ("a poll found most back spending 3.5% of GDP": polled_view's)
    return change_words(ctx, q, lo) is None


def _poll_sentence(ctx: Context) -> bool:
    """Does the sentence name a poll, its respondents or voters, a share of people followed
    by what they say or back ('47% back', '48% of Americans say'), or a poll's answers each
    with its share ('Yes 58% No 31% Unsure 11%')?"""
    cached = ctx.memo.get("poll sentence")
    if cached is not None:
        return bool(cached)
    lows = ctx.lows
    found: bool = (
        not _POLLING.isdisjoint(lows)
        or any(q.form == "percent" and _people_saying(lows, q.j) for q in ctx.quantities)
        or sum(_poll_answer(lows, q) for q in ctx.quantities) > 1
    )
    ctx.memo["poll sentence"] = found
    return found


def _poll_part(ctx: Context, q: Quantity) -> bool:
    """Does the part of the sentence q is in, between semicolons, name the poll too ('Poland
    topped the list with 3.92%; 84 percent of Bulgarians polled want ...': the first part is
    no poll's)? The whole sentence when it has no semicolon."""
    lows = ctx.lows
    if ";" not in lows:
        return True
    lo = next((k + 1 for k in range(q.i - 1, -1, -1) if lows[k] == ";"), 0)
    hi = next((k for k in range(q.j, len(lows)) if lows[k] == ";"), len(lows))
    part = [x for x in ctx.quantities if lo <= x.i < hi]
    return (
        not _POLLING.isdisjoint(lows[lo:hi])
        or any(x.form == "percent" and _people_saying(lows, x.j) for x in part)
        or sum(_poll_answer(lows, x) for x in part) > 1
    )


def _people_saying(lows: list[str], j: int) -> bool:
    """Does a verb of opinion or saying follow the percentage ending at j, right after it or
    after 'of' and the people ('47% back', '48% of Americans say', '61% of those asked
    want')?"""
    if lows[j : j + 1] and lows[j] in _SAYING:
        return True
    if lows[j : j + 1] != ["of"]:
        return False
    for k in range(j + 1, min(len(lows), j + 5)):
        if lows[k] in _SAYING:
            return True
        if lows[k] in (",", ";", ":", ".", "gdp") or lows[k].isdigit():
            return False
    return False


# a comparator written in symbols before a level: "≥2%", ">= 2%", "<2%"
_AT_LEAST_SIGNS: frozenset[str] = frozenset({"≥", "⩾"})
_AT_MOST_SIGNS: frozenset[str] = frozenset({"≤", "⩽"})
_SIGNS: frozenset[str] = _AT_LEAST_SIGNS | _AT_MOST_SIGNS | {">", "<", "="}
_LEVEL_HEDGES: frozenset[str] = frozenset({"more_than", "at_least", "less_than", "at_most"})
_OPEN_ENDED = patterns.word_set("open_level_marks")  # "2%+", "2%-plus"
_CLASS_NOUNS = patterns.word_set("level_class_nouns")  # "the 2% club"
_LABEL_WORDS = patterns.word_set("count_label_words")
# a count's noun before the level it counts at ("the count at or above 2%"), or "those"
COUNT_HEADS: frozenset[str] = frozenset({"number", "count", "tally", "those"})
_OWNERS: frozenset[str] = frozenset({"ally", "group", "demonym", "capital"})


def sign_comparator(words: list[str]) -> str | None:
    """The comparator symbols right before a level say ('≥', '>=', '>', '<', '≤'), or None."""
    if (bool(words) and words[-1] in _AT_LEAST_SIGNS) or words[-2:] == [">", "="]:
        return ">="
    if (bool(words) and words[-1] in _AT_MOST_SIGNS) or words[-2:] == ["<", "="]:
        return "<="
    if words[-1:] in ([">"], ["<"]):
        return words[-1]
    return None


def _open_end(lows: list[str], j: int) -> int:
    """Past the mark that leaves the level at j open-ended ('2%+', '2%-plus'), else j."""
    k = j + 1 if lows[j : j + 2] == ["-", "plus"] else j
    return k + 1 if lows[k : k + 1] != [] and lows[k] in _OPEN_ENDED else j


def _marked_level(ctx: Context, q: Quantity) -> bool:
    """Is the percentage written as a level one stands to: with a comparator before it ('≥2%',
    'at or above 2%', 'below 3.5%') or open-ended after it ('2%+', '2% or more')?"""
    lows = ctx.lows
    if q.hedge in _LEVEL_HEDGES or sign_comparator(lows[max(0, q.i - 2) : q.i]) is not None:
        return True
    after = lows[q.j : q.j + 3]
    return _open_end(lows, q.j) > q.j or after[:2] in (
        ["or", "more"], ["or", "above"], ["or", "higher"], ["and", "above"], ["or", "over"])  # fmt: skip


def level_of_a_class(ctx: Context, q: Quantity) -> bool:
    """Is the percentage a level that names a class of allies, no one's figure: in a label
    before a colon that a number follows, the label naming no ally ('Count ≥2% in 2024: 18',
    'At or above 3.5%: three'), after a count's noun ('the count at or above 2% fell to 18'),
    or before a noun of a class ('the 2%+ club', '2%-plus spenders', 'the 3.5% club')? An
    ally carried from the sentence before does not own it."""
    if q.form != "percent":
        return False
    lows = ctx.lows
    after = _open_end(lows, q.j)
    if lows[after : after + 1] != [] and lows[after] in _CLASS_NOUNS:
        return not any(m.kind in _OWNERS and m.i == after for m in ctx.mentions)
    if not _marked_level(ctx, q):
        return False
    lo = ctx.clause_at(q.i)[0]
    colon = next((k for k in range(q.j, len(lows)) if lows[k] == ":"), -1)
    if (
        colon >= 0
        and ":" not in lows[:lo]
        and (
            any(x.i == colon + 1 and x.form == "plain" and not x.precision for x in ctx.quantities)
            or lows[colon + 1 : colon + 2] in (["none"], ["zero"])
        )
    ):
        # a label: no ally of its own before the colon, and no figure but the level in it
        return not any(
            (m.kind in _OWNERS or m.kind == "pronoun") and m.i < colon for m in ctx.mentions
        ) and not any(x.i < colon and x is not q and x.form != "year" for x in ctx.quantities)
    k = q.i - 1
    while k >= lo and (lows[k] in _LABEL_WORDS or lows[k] in _SIGNS or lows[k] == "the"):
        k -= 1
    # (the noun, opening its clause or after a determiner: not the verb of "allies count up to 2%")
    return k >= lo and lows[k] in COUNT_HEADS and (k == lo or lows[k - 1] in _HEAD_DETERMINERS)


_HEAD_DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "that", "this", "its", "their", "nato's"}
)


def club_level(ctx: Context, q: Quantity) -> Quantity | None:
    """The level of the class of allies a count in the sentence counts the members of ('The
    2% club has more than tripled, from seven members in 2022 to 23', 'Five allies are now in
    the 3.5% club', 'Greece joins the 3.5% club, one of five allies there'), else None."""
    lows = ctx.lows
    for x in ctx.quantities:
        if x.form != "percent" or x is q:
            continue
        after = _open_end(lows, x.j)
        if (
            lows[after : after + 1] != []
            and lows[after] in _CLASS_NOUNS
            and level_of_a_class(ctx, x)
        ):
            return x
    return None
