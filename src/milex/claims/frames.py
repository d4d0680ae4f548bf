"""The frame of a figure under a modal verb: a demand ('allies should spend 5%'), a projection
('the budget would lift it to 4.8%'), or a statement after all ('allies agreed that spending
should reach 5%', 'the minister said it would reach 2%', 'spending should rise 15.9%')."""

from __future__ import annotations

from milex.claims import patterns, policy
from milex.claims.clause import Context
from milex.claims.guidelines import GUIDELINE_VALUES
from milex.claims.numbers import Quantity

_REPORTING = patterns.word_set("reporting_verbs")
_AGREEMENT = patterns.word_set("agreement_verbs") - {"demanded", "demands", "insisted"}  # (a demand
# that allies should spend 5% stays a demand; an agreement that they should states a rule)


_HAVE = frozenset({"have"})


def hypothetical(ctx: Context, q: Quantity) -> str:
    """'demand' for a figure after 'should' ('allies should spend 5%'), 'projection' for one
    under 'would', 'might' or 'can' ('unsure it can reach 5%'); "" for a statement of fact."""
    lo, hi = ctx.clause(q)
    key = ("hypothetical", lo)
    if key not in ctx.memo:  # once per clause: it holds many figures in a long list
        first_demand, conditional, possible = hi, None, hi
        lows = ctx.lows
        agreed = (
            []
            if _AGREEMENT.isdisjoint(lows)
            else [k for k, w in enumerate(lows) if w in _AGREEMENT]
        )
        # (most clauses hold none: tested in C)
        modal = not (_MODALS.isdisjoint(lows[lo:hi]) and _MODAL_LIKE.isdisjoint(lows[lo:hi]))
        said_that = next((x for x in range(hi) if modal and lows[x] == "that"
                          and not _REPORTING.isdisjoint(lows[max(0, x - 6) : x])), None)  # fmt: skip
        for k in range(lo, hi) if modal else ():
            word, verb_at = _modal_at(ctx, k)
            if word in _DEMANDING and not (
                _forecast_change(ctx, verb_at)
                or (agreed and agreed[0] < k)
                or (word == "must" and policy.family_hits(ctx))
                or (word == "must" and not _IN_FORCE.isdisjoint(lows[lo:k]))
            ):  # (but "allies agreed that X should" states the commitment, and so does "under
                # the Hague deal, allies must reach 5%": a 'must' of a commitment it names;
                # "currently, every ally must put at least 2% into defence": the rule in force)
                first_demand = min(first_demand, k)
            if word in ("would", "might", "could", "can") and not (
                any(lows[x] in _REPORTING for x in range(max(0, k - 8), k))
                or (said_that is not None and said_that < k)
                or (agreed and agreed[0] < k)
                or "according" in lows
            ):  # "the PM said it would reach", "committed to ensuring it would", "NATO said on
                # Thursday that all allies ... would spend": reported
                conditional = k if conditional is None else conditional
            elif word in _POSSIBLE:  # "he said France may go to 3%": a possibility, reported
                possible = min(possible, k)  # or not (for the figures after it)
        this_year = any(t.year == ctx.today.year for t in ctx.times if lo <= t.i < hi)
        if this_year:  # "Lithuania should reach 4% in 2025" (this year): an estimate, not a demand
            first_demand = hi
            if (
                conditional is not None
                and lows[conditional] == "would"
                and _CONDITIONS.isdisjoint(lows)
            ):
                conditional = None  # "... and would add another 11% this year": this year's
                # estimate, not a plan (but "if it did, it would reach 2% this year" is none,
                # and "can reach 2% this year" only a possibility)
        if this_year:
            possible = hi  # ("NATO said Spain might reach 2% this year": its estimate, reported)
        ctx.memo[key] = (first_demand, conditional, possible)
    first_demand, conditional, possible = ctx.memo[key]
    if conditional is None and possible < q.i:
        conditional = possible
    if (first_demand < q.i or conditional is not None or _inverted_if(ctx, lo)) and _moved_from_own(
        ctx, q
    ):
        return ""  # "Were Portugal to jump from its 1.55% of GDP to 2%, ...": the level the
        # supposed move starts from is the ally's own, said as a fact
    if (first_demand < q.i or conditional is not None) and attributed_level(ctx, q):
        return ""  # "Had every ally spent 2%, Canada, at 1.31%, would have needed billions
        # more": the ally's level, set beside its name, is said as a fact under the modal
    if conditional is not None and _fronted_level(ctx, q, lo, conditional):
        return ""  # "At 2.13% this year, Canada would need 1.37 points more": the level set
        # before the clause, as a fact, that the modal reasons from
    if conditional is not None and (
        measured_since(ctx, conditional, q) or measured_aside(ctx, conditional, q)
    ):
        conditional = None  # "... would have been unthinkable in 2014, when the country spent
        # barely 1.07%": a clause of its own, in the past, measures the figure
    if conditional_relative(ctx, q):
        return "projection"  # "the 39 billion the 2% threshold would require": what a level
        # would cost, whoever reports it
    if _inverted_if(ctx, lo) or postposed_had(ctx, q) or supposed(ctx, q):
        return "projection"  # "Had Canada spent 2% of GDP last year, it would have needed ...",
        # "EUR 90bn more than had budgets stayed at 2%": what was not done
    if _cannot(ctx, q, lo):
        return "projection"  # "a broker says Spain cannot reach 5% without cutting pensions":
        # what can or cannot be done, whoever says it, not a level measured
    if _enough_with(ctx, q, lo):
        return "projection"  # "Spain can meet its obligations with 2.1%": the level someone
        # holds to be enough for a commitment, whoever reports it, not a level measured
    if _not_raised(ctx, q, lo):
        return "projection"  # "the only ally that did not raise its spending to 5%": a level
        # not reached (or not pledged), not a measured share
    if _projection_of(ctx, q, lo):
        return "projection"  # "the defence policy's projection of 1.76 per cent": a level
        # projected, whoever reports it, not one measured
    if judged_level(ctx, q):
        return "demand"  # "Madrid says 5% would be excessive": the level on the table that
        # someone judges, the subject of a modal after a verb of saying, no one's measured share
    if _named_demand(ctx.lows, q):
        return "demand"  # "the 5% is a demand, not a measurement": the figure named, by the
        # predicate it is the subject of, as what someone asks for
    if _asked_level(ctx, q, lo) or _asked_raise(ctx, q, lo):
        return "demand"  # "Trump floated a goal of 4%", "called for allies to spend 5%",
        # "calls to raise the fund to EUR 300 billion"
    if conditional is not None and ctx.lows[conditional] == "can" and conditional > q.i:
        conditional = None  # "up 57.4% so that it can reach 2%": 'can' frames what follows it
    if conditional is not None and _quoted_apart(ctx, conditional, q):
        conditional = None  # "'Spending 2.5% would cost £6bn,' the IFS said, pointing out
        # the UK now spends 2.3%": the modal is the quotation's, closed before the figure
    if first_demand < q.i and _quoted_apart(ctx, first_demand, q):
        first_demand = hi  # ("'Allies must do more,' he said, noting Italy spends 1.5%")
    if conditional is not None and not _PRESENT.isdisjoint(ctx.lows[conditional : q.i]):
        conditional = None  # "might edge toward 5%, against a current budget of just over 2%"
    if (conditional is not None and conditional >= q.j and ctx.lows[conditional - 1] == "and"
            and not any(q.j <= x.i < conditional for x in ctx.quantities if x.form != "year")):  # fmt: skip
        conditional = None  # "said the country spent 1.81% last year and would reach 2.5% by
        # 2027": the modal opens the verb phrase after 'and', the figure's is the one before
    if conditional is not None and conditional >= q.j and _coordinated(ctx.lows, q.j, conditional):
        conditional = None  # "had raised spending by 18% this year, ..., and that 23 allies
        # would spend 2%": the modal frames the clause after 'and', not the figure before it
    # "allies should spend 5%": a demand, not a figure
    if not ctx.word_in(_HAVE, lo, q.i) and any(
        q.j <= t.i <= q.j + 3 and t.year and t.year < ctx.today.year and t.role == "in"
        for t in ctx.times
    ):  # "should lift it to 2.27%, up from 1.99% last year": a past year's figure, measured
        return ""  # (but "should have spent 2% in 2020" is what was not done)
    if (
        ctx.lows[q.j + 1 : q.j + 2] == ["by"]
        and ctx.lows[q.j : q.j + 1]
        and (ctx.lows[q.j] in _ASKED_FOR)
    ):
        return "demand"  # "a fraction of the 5 percent demanded by Trump"
    cut = min(first_demand, hi if conditional is None else conditional)
    if cut < q.i and ":" in ctx.lows[cut : q.i]:
        return ""  # "spends less than it should: NATO puts it at 1.49%": measured, after the colon
    if first_demand >= q.i and conditional is None and _years_ahead(ctx, q, lo, hi):
        return "projection"
    return "demand" if first_demand < q.i else "projection" if conditional is not None else ""


_DEMAND_NOUNS: frozenset[str] = patterns.word_set("named_demand_nouns")
_DEMAND_FILLERS: frozenset[str] = patterns.word_set("named_demand_fillers")
_POINTING: frozenset[str] = frozenset({"the", "that", "this"})
_IS: frozenset[str] = frozenset({"is", "was", "remains", "remained"})


def _named_demand(lows: list[str], q: Quantity) -> bool:
    """Is the figure, set out by 'the' or 'that', the subject of a predicate naming it a demand
    ('The 5 percent is a demand, not a measurement', 'that 3% was only a request')? Then it is
    no one's level, whatever ally the text spoke of before."""
    if (
        q.i == 0
        or lows[q.i - 1] not in _POINTING
        or lows[q.j : q.j + 1] == []
        or lows[q.j] not in _IS
    ):
        return False
    k = q.j + 1
    while k < len(lows) and lows[k] in _DEMAND_FILLERS:
        k += 1
    return k < len(lows) and lows[k] in _DEMAND_NOUNS


_JUDGED_OPENERS: frozenset[str] = patterns.word_set("judged_level_openers")
_JUDGED_MODALS: frozenset[str] = patterns.word_set("judged_level_modals")


def judged_level(ctx: Context, q: Quantity) -> bool:
    """Is the figure, bare after a verb of saying or arguing ('says 5% would be ruinous',
    'argues that 3% could not be sustained'), the subject of a modal right after it? Then it is
    a level supposed and judged, no one's measured share, whoever the sentence spoke of."""
    lo = ctx.clause(q)[0]
    lows = ctx.lows
    if q.i <= lo or lows[q.i - 1] not in _JUDGED_OPENERS:
        return False
    return lows[q.j : q.j + 1] != [] and lows[q.j] in _JUDGED_MODALS


_FRONTED_REACH: int = 3  # words from 'at' opening the clause to the figure ("At just over")


def _fronted_level(ctx: Context, q: Quantity, lo: int, modal: int) -> bool:
    """Does the figure stand in a phrase opened by 'at' that opens its clause and closes with
    a comma before the modal, dated in it to this year or before and no other figure in it
    ('At 2.13% this year, Canada would need ...')? Not an undated one: 'At 3.5%, Canada would
    need billions more' supposes the level."""
    lows = ctx.lows
    if lows[lo : lo + 1] != ["at"] or not lo < q.i <= lo + _FRONTED_REACH or modal <= q.j:
        return False
    comma = next((k for k in range(q.j, modal) if lows[k] == ","), None)
    if comma is None or any(q.j <= x.i < comma for x in ctx.quantities if x.form != "year"):
        return False
    return any(q.j <= t.i < comma and t.year is not None and t.year <= ctx.today.year
               and t.role == "in" and t.kind in ("this", "last", "year")
               for t in ctx.times)  # fmt: skip


def _quoted_apart(ctx: Context, k: int, q: Quantity) -> bool:
    """Is token k inside a quotation that closes before the figure, the figure outside it
    (the quoted words frame what they quote, not the reporter's figure after them)?"""
    quote = ctx.quote_at(ctx.tokens[k].start)
    if quote is None:
        return False
    return quote.end <= ctx.tokens[q.i].start


_ASKING = patterns.word_set("asking_verbs")
_ASKING_FOR = patterns.word_set("asking_needs_for")  # ("called for", not "called it 4%")
_ASKED_FILLERS = patterns.word_set("asked_level_fillers") | patterns.word_set("commitment_nouns")


def _asked_level(ctx: Context, q: Quantity, lo: int) -> bool:
    """Is the figure the level someone floats, proposes, calls for or demands ('floated a goal
    of 4%', 'proposed a new target of 5%', 'called for allies to spend 3.5%', 'pushed for a 4%
    goal')? Only words of the level asked for may stand between the verb and the figure."""
    lows = ctx.lows
    k = q.i - 1
    while k >= lo and lows[k] in _ASKED_FILLERS:
        k -= 1
    if k < lo or lows[k] not in _ASKING:
        return False
    return lows[k] not in _ASKING_FOR or lows[k + 1 : k + 2] == ["for"]


_PROJECTION: frozenset[str] = patterns.word_set("projection_nouns")
_PROJECTION_FILLERS: frozenset[str] = patterns.word_set("projection_fillers")


def _projection_of(ctx: Context, q: Quantity, lo: int) -> bool:
    """Is the figure what a projection is of ('the policy's projection of 1.76 per cent', 'its
    projections of about 2%'): a noun of projecting, 'of' and words of degree only before it?"""
    lows = ctx.lows
    k = q.i - 1
    while k >= lo and lows[k] in _PROJECTION_FILLERS:
        k -= 1
    if k >= lo and lows[k] == "of":
        k -= 1
    return k >= lo and lows[k] in _PROJECTION


_RAISING: frozenset[str] = patterns.word_set("raising_verbs")
_ASKING_NOUNS: frozenset[str] = patterns.word_set("asking_nouns")


def _asked_raise(ctx: Context, q: Quantity, lo: int) -> bool:
    """Is the figure the level a call or a proposal asks something be raised to ('calls to
    raise the special fund to EUR 300 billion', 'a proposal to lift it to 3%')?"""
    lows = ctx.lows
    if lows[q.ni - 1 : q.ni] != ["to"]:
        return False
    return any(lows[k] in _ASKING_NOUNS and lows[k + 1] == "to" and lows[k + 2] in _RAISING
               for k in range(max(lo, q.i - 10), q.i - 2))  # fmt: skip


_NOT: frozenset[str] = patterns.word_set("negations")


_UNABLE: frozenset[str] = patterns.word_set("unable_words")
_CAN: frozenset[str] = frozenset({"can", "could"})
_UNABLE_REACH: int = 4  # words from 'cannot' to its figure: "cannot realistically reach 5%"


def _cannot(ctx: Context, q: Quantity, lo: int) -> bool:
    """Is the figure the object of a verb under a negated modal of ability ('cannot reach 5%',
    "can't get to 3.5%", 'could not hit 2%', 'is unable to reach'), a few words before it in
    its clause? What cannot be done is a view of the future, not a level anyone spends."""
    lows = ctx.lows
    for k in range(max(lo, q.i - _UNABLE_REACH), q.i):
        if lows[k] in _UNABLE or (lows[k] in _CAN and lows[k + 1] in ("not", "never")):
            return not any(x.j <= q.i and x.i > k and x.form != "year" for x in ctx.quantities)
    return False


_FULFILLING: frozenset[str] = patterns.word_set("fulfilling_verbs")
_WITH_FILLERS: frozenset[str] = patterns.word_set("enough_with_fillers")
_FULFIL_REACH: int = 8  # words from 'can' to the 'with' of its figure


def _enough_with(ctx: Context, q: Quantity, lo: int) -> bool:
    """Is the figure the means of a modal of ability to fulfil something ('can meet its
    obligations with 2.1%', 'could honour the pledge with just 2%')? It is a level held to be
    enough, not one measured."""
    lows = ctx.lows
    k = q.i - 1
    while k > lo and lows[k] in _WITH_FILLERS:
        k -= 1
    if lows[k] != "with":
        return False
    return any(
        lows[m] in _CAN and lows[m + 1] in _FULFILLING
        for m in range(max(lo, k - _FULFIL_REACH), k - 1)
    )


def _not_raised(ctx: Context, q: Quantity, lo: int) -> bool:
    """Is the figure the level a negated verb of raising did not bring spending to ('did not
    raise its number to 5%', "hasn't lifted spending to 2%")?"""
    lows = ctx.lows
    to = q.ni - 1
    if to <= lo or lows[to] != "to":
        return False
    for v in range(to - 1, max(lo, to - 6) - 1, -1):
        if lows[v] in _RAISING:
            before = lows[max(lo, v - 3) : v]
            return any(w in _NOT or w.endswith("n't") for w in before)
    return False


def _years_ahead(ctx: Context, q: Quantity, lo: int, hi: int) -> bool:
    """Is the figure said of years ahead ('expected to stay above 2% in the years to come', 'in
    the coming years Poland will spend 4.7%'), not of a year measured? (Not across a new clause:
    'spends 2.09% and will stay above 2% in the future', 'at 2.09%, is expected to stay above 2%
    in years to come' measure the 2.09%: the years ahead are said of the figure nearest them.)"""
    for i, end, _ in ctx.find("cues", "future_periods", lo=lo, hi=hi):
        if end <= q.i and not _coordinated(ctx.lows, end, q.i):
            return True
        if (
            i >= q.j
            and "and" not in ctx.lows[q.j : i]
            and not any(q.j <= x.i < i and x.form in ("percent", "money") for x in ctx.quantities)
        ):
            return True
    return False


def _coordinated(lows: list[str], lo: int, hi: int) -> bool:
    """A new clause joined by 'and' opens between lows[lo] and lows[hi]: ', and', 'and that',
    'and,' before a phrase set off ('spent 1.37% this year and, on present plans, would reach
    1.76%')."""
    return any(
        lows[k] == "and" and (lows[k - 1] == "," or lows[k + 1 : k + 2] in (["that"], [","]))
        for k in range(max(lo, 1), hi)
    )


_COSTING: frozenset[str] = patterns.word_set("conditional_cost_verbs")
_RELATIVE_STOPS: frozenset[str] = frozenset({",", ";", ".", ":", "(", ")", "and", "but", "or"})


_RELATIVE_OPENERS: frozenset[str] = frozenset(
    {"the", "that", "which", "a", "an", "its", "their", "his", "her", "our"}
)


def conditional_relative(ctx: Context, q: Quantity) -> bool:
    """Is the figure the object of a relative clause right after it whose verb is a
    conditional of cost ('the 39 billion the 2% threshold would require', 'the EUR 20 billion
    that meeting the goal would need')? The figure is what a level would cost, not spent (but
    'the 2% threshold would require ...' is no such figure: no clause opens after it)."""
    lows = ctx.lows
    j = q.j
    _lo, hi = ctx.clause(q)
    if lows[j : j + 1] == [] or not (lows[j] in _RELATIVE_OPENERS or lows[j].endswith("'s")):
        return False
    for k in range(j, min(hi, j + 7) - 1):
        if lows[k] in _RELATIVE_STOPS:
            return False
        if lows[k] in ("would", "could", "might"):
            return lows[k + 1] in _COSTING and k > j
    return False


def conditional_cost(ctx: Context, q: Quantity) -> bool:
    """Is the amount the object of a conditional of cost right before it ('each extra point of
    GDP would cost Estonia roughly 400 million euros', 'reaching 2% would require EUR 20
    billion more')? What a level or a step would cost, not spent: no claim."""
    lows = ctx.lows
    lo = ctx.clause(q)[0]
    for k in range(q.i - 1, max(lo, q.i - _COST_REACH) - 1, -1):
        if lows[k] in _COST_BREAKS:
            return False
        if lows[k] in ("would", "could", "might") and lows[k + 1 : k + 2] != []:
            return lows[k + 1] in _COSTING
    return False


_COST_REACH: int = 6  # the words from a conditional of cost to its amount ("would cost Estonia")
_COST_BREAKS: frozenset[str] = frozenset(
    {",", ";", ":", "(", ")", "and", "but", "than", "to", "from", "by", "on", "at"}
)  # ("would take spending to")
_NAMED: tuple[str, ...] = ("ally", "demonym", "capital")
_ATTRIBUTE_ENDS: frozenset[str] = frozenset({",", ";", ".", ")", ":", "—", "–"})


def attributed_level(ctx: Context, q: Quantity) -> bool:
    """Is the figure set beside the ally it is of, as an attribute of the name: possessive
    ("Albania's 2.15%"), in brackets after it ("Belgium (1.30%)"), or in apposition after a
    comma ("Canada, at 1.31%, ...", "Greece, 2.24% of GDP this year, ..."); or a group's
    average named right before 'of' ("the European average of 2.27%")? Such a figure is
    the ally's level as the writer states it, even when the clause around it is a hypothesis;
    not when it is a round level or a guideline's ("Canada's 2%"), when a time ahead is in
    its clause ("Poland's 4.75% by 2030"), nor when it repeats a figure of the hypothesis
    before it ("Had Canada spent 2.5%, Canada, at 2.5%, would ...")."""
    lows = ctx.lows
    if q.precision < 1 or q.value in GUIDELINE_VALUES:
        return False  # ("would put Canada's 2% within reach", "Italy, at 2%, would meet the
        # target": a round level, the one the hypothesis reaches; a level measured has decimals)
    if any(x.i < q.i and x.form == q.form and x.value == q.value for x in ctx.quantities):
        return False
    lo, hi = ctx.clause(q)
    if any(lo <= t.i < hi and (t.role == "deadline" or (t.year is not None and t.year > ctx.today.year))
           for t in ctx.times):  # fmt: skip
        return False  # ("would take Germany, at 3.55%, past France by 2029": a plan's level)
    k = q.j
    if lows[k : k + 2] == ["of", "gdp"]:
        k += 2
    for t in ctx.times:
        if t.i == k or (t.i == k + 1 and lows[k] in ("in", "for")):
            k = t.j  # "2.24% of GDP this year,"
    end = lows[k] if k < len(lows) else "."
    if present_level(lows, q):
        return True  # "Italy would need to more than double today's effort of 2.01% of GDP":
        # what the hypothesis starts from, the level as it stands now
    compared = _compared_beside(ctx, lo, q)
    for m in ctx.mentions:
        if m.kind not in _NAMED or m.j > q.i or m.j < q.i - 2:
            continue
        if compared and lows[m.j : q.i] in (["at"], ["on"], [",", "at"], [",", "on"], ["("]):
            return True  # "would leave us behind the US, at more than 3.4%, and Poland at
            # 4.1%": the levels of the allies compared with, as they stand
        if (
            lows[m.j : q.i] == [",", "at"]
            and end == ","
            and (_MOVING - _NOT_MOVING).isdisjoint(lows[lo : m.i])
        ):
            return True  # "A 3% goal would require Spain, at 1.28%, to more than double": an
            # aside set off by commas names the level the ally stands at, whatever the modal
            # asks of it (not "would lift Spain, at 2.1%, above Italy": where a verb takes it)
        if not _MODALS.isdisjoint(lows[lo : m.i]) and not any(
            o.kind in _NAMED and o.code != m.code and lo <= o.i < m.i for o in ctx.mentions
        ):
            continue  # ("the bill would put Canada's 2.4% within reach": what the modal's verb
            # does to the ally's level; but "Were Slovenia to match Albania's 2.15%" names
            # another ally's level, and "Sweden's 2.51% would have been unthinkable" is its own)
        if m.possessive and m.j == q.i:
            return True  # "Albania's 2.15%", "Sweden's 2.51% this year"
        if lows[m.j : q.i] == ["("] and end == ")":
            return True  # "Belgium (1.30%)"
        if lows[m.j : q.i] in ([","], [",", "at"], [",", "on"]) and end in _ATTRIBUTE_ENDS:
            return True  # "Canada, at 1.31%,", "Spain, 0.92%.", "Italy, on 1.49%,"
    if _standing_on(ctx, lo, q):
        return True  # "France would be comfortably mid-table on 2.06% of GDP": where it stands
    return any(m.kind == "group" and m.j == q.i - 1 and lows[q.i - 1] == "of"
               and lows[m.j - 1] == "average" for m in ctx.mentions)  # fmt: skip
    # ("the European average of 2.27%": the group's level, as the writer states it)


_PRESENT_LEVEL_MARKS: frozenset[str] = patterns.word_set("present_level_marks")
_PRESENT_LEVEL_NOUNS: frozenset[str] = patterns.word_set("present_level_nouns")


def present_level(lows: list[str], q: Quantity) -> bool:
    """Is the figure marked as the level now ('today's 2.01%', 'its current 1.49%', 'today's
    effort of 2.01%'), with no word of moving it between the mark and the figure?"""
    if lows[q.i - 1 : q.i] and lows[q.i - 1] in _PRESENT_LEVEL_MARKS:
        return True
    return (
        q.i >= 3
        and lows[q.i - 3] in _PRESENT_LEVEL_MARKS
        and lows[q.i - 2] in _PRESENT_LEVEL_NOUNS
        and lows[q.i - 1] == "of"
    )


_COMPARING: frozenset[str] = patterns.word_set("compared_level_markers")
# verbs of a hypothesis that ask something of an ally without setting its level
_NOT_MOVING: frozenset[str] = patterns.word_set("demanding_level_verbs")
_MOVING: frozenset[str] = patterns.word_set("projected_level_verbs")
# the words of a change that say one happens ("rise", "up"; not "more than", which compares)
_CHANGING: frozenset[str] = patterns.as_set("cues", "change") - patterns.word_set(
    "comparing_change_cues"
)


def _compared_beside(ctx: Context, lo: int, q: Quantity) -> bool:
    """Does the figure's clause, before it, set someone beside allies compared with ('would
    leave us behind the US, at more than 3.4%'), with no verb that moves a level to it ('would
    put Canada at 2.4%')? The levels given to the allies compared with are theirs as they
    stand, whatever the modal supposes of the subject."""
    lows = ctx.lows
    # (from the modal, in a clause before the figure's: "would leave us behind the US, at
    # more than 3.4%, and Poland at 4.1%")
    lo = next((k for k in range(q.i - 1, -1, -1) if lows[k] in _MODALS), lo)
    if _COMPARING.isdisjoint(lows[lo : q.i]):
        return False
    return _MOVING.isdisjoint(lows[lo : q.i]) and _CHANGING.isdisjoint(lows[lo : q.i])


def _standing_on(ctx: Context, lo: int, q: Quantity) -> bool:
    """Is the figure, with decimals, the level an ally named before it in its clause stands
    'on' ('France would be comfortably mid-table on 2.06% of GDP'), with no verb of change
    or of moving a level in the clause? Under a modal of a metaphor ('if defence were the
    Euros'), the place is supposed, the level is measured."""
    lows = ctx.lows
    if lows[q.i - 1 : q.i] != ["on"] or q.precision < 1:
        return False
    if not any(m.kind in _NAMED and lo <= m.i and m.j < q.i and not m.is_object
               for m in ctx.mentions):  # fmt: skip
        return False
    return _MOVING.isdisjoint(lows[lo : q.i]) and _CHANGING.isdisjoint(lows[lo : q.i])


_CLAUSE_OPENERS: frozenset[str] = frozenset({"when", "while", "whereas", "where"})


def measured_since(ctx: Context, modal: int, q: Quantity) -> bool:
    """Does a clause of its own open between the modal and the figure, on 'when' or 'while'
    and a verb of spending in the past ('would have been unthinkable in 2014, when the country
    spent 1.07%')?"""
    lows = ctx.lows
    opener = next((k for k in range(modal + 1, q.i) if lows[k] in _CLAUSE_OPENERS), None)
    return opener is not None and any(lows[k] in _SPENT_PAST for k in range(opener + 1, q.i))


_SPENT_PAST: frozenset[str] = frozenset({"spent", "reached", "was", "stood", "devoted", "managed"})
_ASIDE_RELATIVES: frozenset[str] = patterns.word_set("aside_relatives")
_ASIDE_REACH: int = 8  # words from ', which' to the figure of its aside


def measured_aside(ctx: Context, modal: int, q: Quantity) -> bool:
    """Does the figure stand in a relative aside of its own, told in the past and closed by a
    comma before the modal ('Britain, which spent around 2.3% in 2024, would have to go
    from ...')? Then the modal is the main clause's, and the aside states a fact."""
    lows = ctx.lows
    if modal < q.j:
        return False
    opener = next((k for k in range(q.i - 1, max(0, q.i - _ASIDE_REACH) - 1, -1)
                   if lows[k] in _ASIDE_RELATIVES), None)  # fmt: skip
    if opener is None or lows[opener - 1 : opener] != [","]:
        return False
    if not any(lows[k] in _SPENT_PAST for k in range(opener + 1, q.i)):
        return False
    closed = next((k for k in range(q.j, modal) if lows[k] == ","), None)
    return closed is not None and _MODALS.isdisjoint(lows[opener:closed])


def _inverted_if(ctx: Context, lo: int) -> bool:
    """A clause opening on 'Had' or 'Were' before its subject: a condition, not a fact ('Had
    Spain spent 2% ...', 'Were it to spend 3.5% ...')."""
    tokens = ctx.sentence.tokens
    if ctx.lows[lo : lo + 1] not in (["had"], ["were"]) or lo + 1 >= len(tokens):
        return False
    if lo > 0 and ctx.lows[lo - 1] not in (",", ";", ":", "—", "-"):
        return False  # ("which had spent 2%": a relative clause, not a condition)
    after = tokens[lo + 1]
    return after.text[:1].isupper() or after.low in ("it", "they", "we", "each", "every", "all")


def _moved_from_own(ctx: Context, q: Quantity) -> bool:
    """Is the figure the start of a move 'from its X to Y' ('to jump from its 1.55% of GDP to
    2%'), a figure of the move's end following in the clause? The ally's own present level,
    whatever the move supposes."""
    lows = ctx.lows
    if lows[q.i - 2 : q.i] not in (["from", "its"], ["from", "their"]):
        return False
    _lo, hi = ctx.clause(q)
    return any(
        x.form == q.form and q.j < x.i < hi and lows[x.i - 1 : x.i] == ["to"]
        for x in ctx.quantities
    )


_SUPPOSING: frozenset[str] = patterns.word_set("supposition_verbs")
_SUPPOSED_MODALS: frozenset[str] = frozenset({"had", "were"})
_SUPPOSED_REACH: int = 5  # words from 'Suppose' to the 'had' of its condition
_INSTEAD: frozenset[str] = patterns.word_set("instead_markers")


def supposed(ctx: Context, q: Quantity) -> bool:
    """Is the figure in a supposition: a sentence opening on a verb of supposing whose subject
    is put in the past of what did not happen ('Suppose Spain had met the 2% floor', 'Imagine
    Canada were spending 3.5%')? Its figures are what would have been, save those after
    'instead of' or 'rather than', which say what was ('... instead of the 1.49% it spent')."""
    lows = ctx.lows
    if not lows or lows[0] not in _SUPPOSING:
        return False
    start = 2 if lows[1:2] == ["that"] else 1
    if _SUPPOSED_MODALS.isdisjoint(lows[start : start + _SUPPOSED_REACH]):
        return False
    return not any(lows[k] in _INSTEAD and lows[k + 1] in ("of", "than") for k in range(q.i - 1))


# "currently" before a 'must': what the rules in force require, not a demand
_IN_FORCE: frozenset[str] = patterns.word_set("rule_in_force_words")
_CONDITION_PARTICIPLES: frozenset[str] = patterns.word_set("condition_participles")
_PERFECT_ADVERBS: frozenset[str] = patterns.word_set("perfect_adverbs")
_HAD_SUBJECTS: frozenset[str] = patterns.word_set("subject_pronouns")
_HAD: frozenset[str] = frozenset({"had"})
_HAD_SUBJECT_REACH: int = 3  # words of the subject between 'had' and its participle


def postposed_had(ctx: Context, q: Quantity) -> bool:
    """Does the clause hold a condition put after what it conditions, opened by 'had' before
    its subject ('a market of EUR 900bn, against EUR 500bn had budgets stayed at 2%', 'more
    than it spends now had the pledge been kept')? 'had', then a few words of a subject (no
    participle, adverb or figure right after 'had', which would make it a past perfect: 'had
    already spent 2%'), then a participle of a level kept or reached. Every figure of the
    clause is then what would have been, not what was."""
    lo, hi = ctx.clause(q)
    lows = ctx.lows
    for k in ctx.words_at(_HAD, lo + 1, hi - 2):
        if lows[k + 1] in _CONDITION_PARTICIPLES:
            continue
        stop = min(hi, k + 2 + _HAD_SUBJECT_REACH)
        end = next((x for x in range(k + 2, stop) if lows[x] in _CONDITION_PARTICIPLES), None)
        if end is None:
            continue
        words = lows[k + 1 : end]
        if lows[k - 1] in _HAD_SUBJECTS or not _PERFECT_ADVERBS.isdisjoint(words):
            continue  # "In 2023 it had already reached 3.92%": a past perfect
        if all(w.isalpha() and not w.endswith("ly") and w not in _NOT for w in words):
            return True
    return False


_CONDITIONS = patterns.word_set("modal_conditions")  # (what makes 'would ... this year' a plan)
_MODALS = frozenset({"should", "ought", "must", "would", "might", "could", "can"})
# the modals of a demand ("allies should spend 5%", "Germany must go to 3.5%")
_DEMANDING = frozenset({"should", "ought", "must"})
# words that act as modals: "have to" and "has to" (an obligation), "may" (a possibility)
_OBLIGED: frozenset[str] = patterns.word_set("obligation_verbs")  # before "to"
_OBLIGED_NOT: frozenset[str] = patterns.word_set("obligation_not_after")  # "has to date"
_MODAL_LIKE: frozenset[str] = _OBLIGED | {"may"}
# the modals of a possibility, reported or not ("he said France may have to do more"): they
# frame the figures after them
_POSSIBLE: frozenset[str] = frozenset({"may", "might"})
_ASKED_FOR = frozenset({"demanded", "proposed", "sought", "urged", "wanted", "requested",
                        "floated", "suggested", "advocated"})  # fmt: skip
_PRESENT = frozenset({"current", "currently", "today", "today's"})  # (not "now": "would now reach")


_RISING = frozenset({"rise", "grow", "increase", "climb", "jump", "fall", "drop", "decline"})


def _modal_at(ctx: Context, k: int) -> tuple[str, int]:
    """The modal at token k as the word it acts as, and the token its verb follows: 'have to'
    and 'has to' oblige as 'must' does ('France may have to go to 3%'; not 'has to date
    spent'); 'may' only in lower case (not the month, 'May')."""
    lows = ctx.lows
    word = lows[k]
    if (
        word in _OBLIGED
        and lows[k + 1 : k + 2] == ["to"]
        and (k + 2 >= len(lows) or lows[k + 2] not in _OBLIGED_NOT)
    ):
        return "must", k + 1
    if word == "may" and ctx.tokens[k].text != "may":
        return "", k  # ("figures released in May")
    return word, k


def _forecast_change(ctx: Context, k: int) -> bool:
    """'spending should rise 15.9% year-on-year': an expected change, not a demand (which
    names a level: 'should rise to 3%')."""
    lows = ctx.lows
    if lows[k + 1 : k + 2] and lows[k + 1] in _RISING:
        nxt = next((x for x in ctx.quantities if x.i > k + 1), None)
        return nxt is not None and lows[nxt.i - 1] in (lows[k + 1], "by")
    return False
