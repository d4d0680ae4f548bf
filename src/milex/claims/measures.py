"""Percentages and amounts about an ally or group: which of NATO's measures they state.

An equipment share ("35% of its defence budget on equipment"), a real change ("up 18% in
real terms", "nearly doubled since 2014"), a share of GDP ("3.4% of GDP", "is above 2%"),
or a spending amount ("$968bn", "EUR 90.6 billion", "C$41 billion"). Figures next to words
from another field (inflation, a poll, aid, an infrastructure fund) are not read at all.
"""

from __future__ import annotations

import bisect
import copy
import re
from datetime import date

from milex.claims import changes, derived, money_since, patterns
from milex.claims.amounts import (
    amount_precision,
    amount_unit,
    conversion,
    converted_into,
    multi_year,
)
from milex.claims.clause import (
    NAMED,
    Context,
    new_claim,
    revised_up_to,
    set_subject,
    source_for,
    source_inside,
    spender_after,
    unhedge_compared,
)
from milex.claims.evidence import (
    CARRIED_PRICES,
    CURRENCY_UNSAID,
    DOLLAR_DATELINE,
    DOLLAR_UNSAID,
    MONEY_CHANGE,
    PER_HEAD_CURRENT,
    PER_HEAD_UNPRICED,
    SHARE_CHANGE,
    UNSTATED_BASE,
    edition_for,
    row,
)
from milex.claims.figure_kinds import (
    apposed_gdp,
    breakdown_category,
    change_words,
    fall_after,
    gap_to_another,
    headed_bracket,
    inherited_kind,
    label_before,
    minus_sign,
    of_forces,
    paid_level,
)
from milex.claims.frames import present_level
from milex.claims.guidelines import (
    asks_how,
    excepted,
    negated,
    no_level_stated,
    none_of,
    polled_view,
)
from milex.claims.model import Claim
from milex.claims.numbers import Quantity
from milex.claims.policy import GUIDELINE_SHARES
from milex.claims.policy import deemed_enough as _deemed_enough
from milex.claims.shares_of_total import read_share_of_total, read_share_of_world
from milex.claims.subjects import (
    GROUP_UNNAMED,
    alliance_total_line,
    every_other,
    foreign_code,
    joined,
    placed_after,
)
from milex.claims.timewords import TimeExpr
from milex.claims.years import PAST_VERBS, publisher_after, tense_of, year_for
from milex.reference.alliance import ALLIES, members, name_of

# the nouns of a change that "real terms" may qualify instead of an amount ("real-terms growth")
_CHANGE_NOUNS: frozenset[str] = patterns.word_set("real_change_nouns")
_PAY = patterns.word_set("personnel_cost_words")  # NATO Table 8b's personnel category
# why a bare percentage read as a share of GDP may be a share of something else
TOO_LARGE_FOR_GDP: str = "a share this large is not of GDP, and the text does not say of what"
AFTER_BUDGET_SHARES: str = ("the sentence before spoke of shares of defence budgets; the text "
                            "does not say which share this is")  # fmt: skip
AMID_GOVERNMENT_SHARES: str = ("the sentence speaks of shares of government spending and "
                               "does not say this one is of GDP")  # fmt: skip
MAX_SHARE = 10.0  # no ally has spent over 10% of GDP in any edition: a bigger bare % is not one
_TOGETHER = frozenset({"together", "combined", "jointly"})
_CLAUSE_JOINERS: frozenset[str] = patterns.word_set("clause_joiners")  # ", and", ", but"
_COMMITMENT_NOUNS = patterns.word_set("commitment_nouns")
_ALLY_NOUNS = patterns.word_set("ally_nouns")


_SET_AGAINST: frozenset[str] = patterns.word_set("setting_against_words")


def read_measure(ctx: Context, q: Quantity, codes: list[str], doubt: str) -> None:
    if q.form == "points":
        _points(ctx, q, codes, doubt)
        return
    if q.form not in ("percent", "money", "fraction", "multiplier"):
        return
    if _legend_bound(ctx, q):
        set_aside(ctx, q)  # "the dark-red circles (3% or more)": a chart's class, no claim
        return
    lo, hi = ctx.neighbours(q)
    category = breakdown_category(ctx, q)
    if category:  # "the budget goes 58.6% on personnel, ... 3.9% on infrastructure"
        _share(ctx, q, codes, doubt, category, q.value)
        return
    if _non_defence(ctx, q, lo, hi) or _economy_change(ctx, q, lo):
        ctx.memo["another field"] = q.j  # (see readings._quantity)
        if another_field(ctx, q):
            set_aside(ctx, q)  # another field named: not listed as unread either (unread.py)
        return
    c_lo, c_hi = ctx.clause(q)
    other = ctx.memo.get("another field", len(ctx.lows))
    if other <= q.i and not ctx.has("cues", "defence", lo=other, hi=c_hi):
        # "Germany's aid to Ukraine is 0.3% of its GDP, while the Netherlands gives about
        return  # 0.4%": what follows another field's figure, with no word of defence, is its
    for k in range(q.i - 1, max(lo, q.i - 3) - 1, -1):  # "after years below 1.5%": no year
        if ctx.lows[k] == "," and ctx.lows[k + 1] in _SET_AGAINST:  # to check (not "for the
            break  # first time in decades, against 1.66 percent in 2023": a figure set against
        if ctx.lows[k] in ("years", "decades") and not (k > 0 and _is_count(ctx.lows[k - 1])):
            return  # the one before, after the comma, is none of the phrase before it)
    if ctx.lows[q.j : q.j + 1] == ["average"]:
        return  # "the 1.3% average of the 2010s": an average over a period
    before = ctx.lows[max(lo, q.i - 8) : q.i]
    if "average" in before and any(w in ("over", "decade", "years", "since") for w in before):
        _span_average(ctx, q, codes, doubt, lo)  # "its average over the past decade stayed
        return  # around 1.6%": the mean of the yearly shares over those years, or nothing
    if ctx.word_in(_SINCE, c_lo, q.i) and "average" in ctx.lows[q.j : min(c_hi, q.j + 6)]:
        return  # "since the end of the Cold War, it has spent 1.2% of GDP on average"
    if q.form == "money":
        _spending(ctx, q, codes, doubt)
        return
    if q.form == "percent" and _yearly_rate(ctx, q, c_lo, c_hi):
        # "has grown at an average annual rate of 7% since 2014": a yearly rate, not a share
        _real_change(ctx, q, codes, doubt, q.value, yearly=True)
        return
    if q.form in ("percent", "fraction") and (
        read_share_of_total(ctx, q, _claims_for) or read_share_of_world(ctx, q, _claims_for)
    ):
        return
    if q.form in ("percent", "fraction") and _of_unnamed_total(ctx, q):
        # "The US alone accounted for 37% of the total and China for about 12%": a share of
        # a whole the words do not name (the allies'? the world's?): never a level or a change
        value = q.value if q.form == "percent" else q.value * 100.0
        if _world_total_before(ctx) and codes and "FOREIGN" not in codes:
            # ("World spending reached $2.7 trillion. The US accounted for 37% of the total")
            for claim in _claims_for(ctx, q, codes, doubt, "world_share", value, "%",
                                     measure="spending_usd_current"):  # fmt: skip
                claim.source = "SIPRI"
            return
        _claims_for(ctx, q, codes, UNNAMED_TOTAL, "unread", value, "%")
        return
    if (
        q.form == "percent"
        and ctx.lows[q.j : q.j + 1] == ["of"]
        and ctx.has("cues", "government_spending", lo=q.j + 1, hi=min(hi, q.j + 6))
    ):  # "54% of its government spending": SIPRI's military burden on the state's budget
        placed = placed_after(ctx, q)
        if not codes and placed is not None:  # "9.1% of US government spending"
            code = placed.code if placed.kind in ("ally", "demonym") else foreign_code(ctx, placed)
            if code is not None:
                codes, doubt = [code], ""
        _share(ctx, q, codes, doubt, "share_of_government_spending", q.value)
        return
    after_hi = min(hi, q.j + 8)
    gdp = (
        ctx.has("cues", "gdp", lo=q.j, hi=min(hi, q.j + 6))
        or (
            ctx.lows[q.j : q.j + 1] == ["of"]
            and "gdp" in ctx.lows[q.j + 2 : q.j + 4]
            and any(w.endswith(("'s", "\u2019s")) for w in ctx.lows[q.j + 1 : q.j + 3])
        )
        or (
            ctx.lows[q.j : q.j + 1] == ["of"]
            and ctx.lows[q.j + 2 : q.j + 3] in (["gdp"], ["economy"])
            and ctx.tokens[q.j + 1].text[:1].isupper()
        )
    )  # fmt: skip  ("4.2% of Poland's GDP", "2.5% of the world's GDP", "7.1% of Russian GDP")
    gdp = gdp or apposed_gdp(ctx, q)  # ("Denmark's share of GDP, 3.22%; and Finland's ...")
    gdp = gdp or _captioned_gdp(ctx, q, hi)  # ("4.68% — Poland's core defence spending as a
    # share of GDP": a fact box's line, its caption after the dash)
    budget = _of_budget(ctx, q.j, after_hi)
    change = change_words(ctx, q, lo)
    # "up from 2.09% in 2023, and its equipment share is ... 46%": the cue after ', and' is
    # the next clause's
    joint = next((k for k in range(q.j, hi - 1) if ctx.lows[k] == ","
                  and ctx.lows[k + 1] in _CLAUSE_JOINERS), hi)  # fmt: skip
    # "Personnel costs swallow 58% of Greece's budget as procurement rises": a share named
    # only after the figure is not the figure's
    paid_first = _equipment_after(ctx, q)
    equipment = ctx.has("cues", "equipment", lo=lo, hi=joint) and not paid_first
    # "equipment at 18.6% of spending and the GDP share at 1.37%": named its own measure
    labelled = change is None and _gdp_labelled(ctx, q)
    equipment = equipment and not labelled
    gdp = gdp or labelled
    label = label_before(ctx, q)
    head = headed_bracket(ctx, q) if q.form == "percent" else None
    if head is not None and head[0] == "share_of_gdp":  # "share of GDP (the alliance average
        gdp, change, equipment = True, None, False  # was 2.71%) and real growth (...)": of GDP
    elif head is not None:  # "..., and real growth (European allies and Canada: +19.7%)"
        gdp, equipment = False, False
        change = change if change is not None else head[1]
    # "personnel: 42.8%; equipment: 25.7%": the 42.8 is personnel's, whatever its neighbours
    other_label = label is not None and label != "equipment_share"
    equipment = equipment and not other_label
    if q.form == "multiplier":
        # "doubled its defence effort" is about the share of GDP: only spending doubles here
        c_lo, c_hi = ctx.clause(q)
        if ctx.has("cues", "budget_share", lo=c_lo, hi=min(c_hi, q.j + 5)):
            _real_change(ctx, q, codes, doubt, (q.value - 1.0) * 100.0)
        elif _forces_multiplied(ctx, q, c_lo, c_hi):
            _personnel_change(ctx, q, codes, doubt)
        return
    if q.form == "fraction":
        c_lo, c_hi = ctx.clause(q)
        if equipment and budget:
            _share(ctx, q, codes, doubt, "equipment_share", q.value * 100.0)
        elif budget and ctx.word_in(_PAY, c_lo, c_hi):
            # "personnel costs eat up almost half of Portugal's defence budget"
            _share(ctx, q, codes, doubt, "personnel_share", q.value * 100.0)
        elif change is not None and not gdp and not budget and not _tenths_of_a_share(ctx, q):
            _real_change(ctx, q, codes, doubt, q.value * 100.0)
        return
    if gap_to_another(ctx, q):
        return  # "Poland spends 2% more than Germany": a gap between two, not a level
    if not gdp and change is None and not budget and _of_government(ctx, q):
        _share(ctx, q, codes, doubt, "share_of_government_spending", q.value)
        return
    c_lo, c_hi = ctx.clause(q)
    # "... into major equipment. Personnel take 28% of UK spending": a share of the budget
    # whose own clause names pay, and no equipment, is pay's, whatever the sentence before
    paid = budget and ctx.word_in(_PAY, c_lo, c_hi) and not ctx.has("cues", "equipment", lo=lo,
                                                                    hi=joint)  # fmt: skip
    pair = repeated_pair(ctx, q)
    if pair and q.value > MAX_SHARE and not gdp and change is None:
        # "Poland: 4.12% of GDP, 51.1% on equipment." then "UK: 2.33%, 36.1%.": the second
        # figure of a line that repeats the pair before, in its order, is the pair's share
        _share(ctx, q, codes, doubt, pair, q.value)
        return
    inherited = inherited_kind(ctx, q, lo, _INHERITED)
    if (
        inherited is None
        and ctx.carry_change
        and q.form == "percent"
        and q.value > MAX_SHARE
        and change is None
        and label is None
        and not gdp
        and not budget
    ):  # "Spain's rise was 43% and Canada's 39%. Italy managed 25%.": no share of GDP, and
        inherited = "real_change"  # the changes before go on
    equipment = equipment or (
        not other_label
        and q.value > MAX_SHARE
        and change is None
        and inherited in (None, "equipment_share")
        and (ctx.carry_equipment or ctx.has("cues", "equipment"))
        and not paid_first
        and not paid
    )  # fmt: skip  ("... 20% of spending into major equipment. Germany is at 16.4% this year")
    equipment = equipment or (
        not other_label
        and change is None
        and inherited in (None, "equipment_share")
        and ctx.carry_equipment
        and _equipment_guideline_beside(ctx, q)
        and not paid
    )  # ("... 44.6% of its budget into major equipment. Slovenia, at 8%, is furthest from the
    # 20% guideline": a share set against Wales's equipment guideline, however small)
    if equipment and not gdp:
        _share(ctx, q, codes, doubt, "equipment_share", q.value)
    elif (
        change is None
        and not budget
        and label is None
        and head is None
        and _real_change_said(ctx, q)
    ):
        _real_change(ctx, q, codes, doubt, q.value)
    elif inherited and not gdp and change is None and not budget:
        if inherited == "real_change":
            _real_change(ctx, q, codes, doubt, q.value)
        elif inherited != "share_of_gdp" or q.value <= MAX_SHARE:  # (a 29.6% after 42.8%
            _share(ctx, q, codes, doubt, inherited, q.value)  # is no share of GDP either)
    elif budget and not gdp:
        if ctx.word_in(_PAY, c_lo, c_hi):  # "personnel took 62% of spending"
            _share(ctx, q, codes, doubt, "personnel_share", q.value)
        return  # other categories: not a figure this checker reads
    elif change is not None and not gdp:
        if not of_forces(ctx, q):  # ("the strength of its armed forces fell 2.2%": troops)
            _real_change(ctx, q, codes, doubt, q.value)
    elif change is not None and ctx.lows[q.j : q.j + 2] == ["of", "gdp"]:
        _points(ctx, q, codes, doubt)  # "raised spending by 0.5% of GDP": a change in the share
    elif gdp or _defence_share(ctx, q, codes):
        if gdp and _of_combined_gdp(ctx, q, codes):
            doubt = COMBINED_GDP_DOUBT  # "the US: 64% of allied spending and 53% of combined
        elif not gdp and q.value > MAX_SHARE:  # GDP": its part of the group's economy
            doubt = TOO_LARGE_FOR_GDP
        elif not gdp and ctx.has("cues", "government_spending"):
            doubt = doubt or AMID_GOVERNMENT_SHARES  # "took 8.5% of government expenditure in
            # Poland and 6.9% in Lithuania", its first share unread: not shares of GDP
        elif (not gdp and ctx.earlier and ctx.earlier[-1].kind in _BUDGET_SHARES
              and not repeated_pair(ctx, q)):  # fmt: skip
            # "Belgium is second to last on equipment, with 10.8%. Slovenia is last with 8.0%."
            doubt = doubt or AFTER_BUDGET_SHARES
        for claim in _share(ctx, q, codes, doubt, "share_of_gdp", q.value):
            claim.gdp_unnamed = not gdp


_REAL_SAID: patterns.Phrases = patterns.phrases("cues", "real_change_said")
_CHANGE_CUES: patterns.Phrases = patterns.phrases("cues", "change")
# change cues that compare rather than say a change happened ("more", "higher than")
_COMPARING: frozenset[str] = patterns.word_set("comparing_change_cues")
_RISE_SUBJECT_VERBS: frozenset[str] = patterns.word_set("rise_subject_verbs")
_REAL_FILLERS: frozenset[str] = patterns.word_set("real_change_figure_fillers")


def _real_change_said(ctx: Context, q: Quantity) -> bool:
    """Does the sentence say, before a bare percentage, that a change was real, and name the
    change ('grew in real terms in 2023 (0.08 per cent)', 'real-terms growth has been modest:
    0.87 per cent', 'After deflation, the increase shrinks to just 0.1 per cent'), with no
    word of GDP anywhere in it? Then the figure is a real change, not a share of GDP. A figure
    reached with 'to' or 'at' is a level ('rose 5% in real terms to 2.1%') unless a rise noun
    is the subject of the verb before it ('the increase shrinks to 0.1%')."""
    if q.form != "percent" or ctx.has("cues", "gdp") or ctx.has("cues", "gdp_share_subject"):
        return False
    lows = ctx.lows
    if lows[q.j : q.j + 1] and lows[q.j] in _GUIDELINE_MARKS:
        return False  # "lifting it to the 2% mark": a guideline's level
    if paid_level(lows, q.i - 1):
        return False  # "..., while Canada coughs up just 1.37%", "spends 1.37%": a level paid
    real = [i for i, _j, _ in ctx.find_of(_REAL_SAID, lo=0, hi=q.i)]
    if not real:
        return False
    if any(real[-1] < x.i and x.j < q.i and lows[x.j : x.j + 1] != [] and lows[x.j] in _GUIDELINE_MARKS
           for x in ctx.quantities):  # fmt: skip
        return False  # "rise 57.4% in real terms to hit the 2% floor, after 1.29% last year":
        # past a guideline's level, a bare figure goes on from the level, not the change
    if not any(lows[i] not in _COMPARING for i, _j, _ in ctx.find_of(_CHANGE_CUES, lo=0, hi=q.i)):
        return False
    # a level word a few words before the figure ("bringing it up to a record 2.01%")
    k = next((k for k in range(q.i - 1, max(-1, q.i - 5), -1) if lows[k] in _LEVEL_WORDS), -1)
    if k >= 0 and _change_of_after_comma(ctx, k):
        return True  # "the biggest real-terms increase in 2025, of 51%": the change's size
    if k >= 0:
        verb = k - 1
        if lows[k] not in ("to", "at") or verb < 1 or lows[verb] not in _RISE_SUBJECT_VERBS:
            return False
        if any(w not in _REAL_FILLERS for w in lows[k + 1 : q.i]):
            return False
        return any(w in _CHANGE_NOUNS for w in lows[max(0, verb - 3) : verb])
    return True


_LEVEL_WORDS: frozenset[str] = patterns.word_set("level_before") | {"from", "at", "of", "on"}
_OF_CHANGE_REACH: int = 4  # words from a change noun to the comma before its 'of N%'


def _change_of_after_comma(ctx: Context, k: int) -> bool:
    """Is the 'of' at k set off by a comma after a change noun, its year between at most
    ('posted the biggest increase in 2025, of 51%'): the size of that change, not a level?"""
    lows = ctx.lows
    if lows[k] != "of" or k < 2 or lows[k - 1] != ",":
        return False
    noun = next((n for n in range(k - 2, max(-1, k - 2 - _OF_CHANGE_REACH), -1)
                 if lows[n] in _CHANGE_NOUNS), None)  # fmt: skip
    if noun is None:
        return False
    between = lows[noun + 1 : k - 1]  # nothing but a year said after the noun ("in 2025")
    return all(w == "in" or any(t.i <= noun + 1 + n < t.j for t in ctx.times)
               for n, w in enumerate(between))  # fmt: skip


_GUIDELINE_MARKS: frozenset[str] = frozenset(
    patterns.load()["guideline_nouns"]
) | patterns.word_set("guideline_nouns_ratio")


_CAPTION_DASHES: frozenset[str] = frozenset({"-", "–", "—"})


def _captioned_gdp(ctx: Context, q: Quantity, hi: int) -> bool:
    """Does the caption of a fact box's line led by the figure and a dash name GDP, however
    far after the figure, with no other figure before it ('4.68% — Poland's core defence
    spending as a share of GDP')?"""
    lows = ctx.lows
    return (
        q.i == 0
        and q.j < len(lows)
        and lows[q.j] in _CAPTION_DASHES
        and ctx.has("cues", "gdp", lo=q.j, hi=hi)
    )


def _gdp_labelled(ctx: Context, q: Quantity) -> bool:
    """Is the figure labelled a share of GDP in its own stretch, after the figure before it
    and after any word of equipment ('equipment at 18.6% of spending and the GDP share at
    1.37%')? Then the equipment named before is the other figure's."""
    if q.value > MAX_SHARE:
        return False
    n_lo, _n_hi = ctx.neighbours(q)
    labels = [(i, j) for i, j, _ in ctx.find("cues", "gdp_labels", lo=n_lo, hi=q.i)]
    if not labels:
        return False
    i, j = labels[-1]
    # the label and its figure are one phrase: "the GDP share at 1.37%", "share of GDP was
    # 1.4%" (not "Italy, despite its low share of GDP, has done better at 43%")
    linked = ctx.lows[j : q.i]
    return (
        len(linked) <= _LABEL_LINK
        and _LINK_BREAKS.isdisjoint(linked)
        and not ctx.has("cues", "equipment", lo=i, hi=q.i)
    )


_LABEL_LINK: int = 3  # words at most between a measure's label and its figure
_LINK_BREAKS: frozenset[str] = frozenset({",", ";", ":", "(", ")", "—", "–"})


def _equipment_after(ctx: Context, q: Quantity) -> bool:
    """Is equipment named in the sentence only after the figure, and so not the figure's
    share: with personnel costs named before it ('Personnel costs swallow 58% of Greece's
    budget, procurement the rest'), or in a clause of reason after it ('Italy's share falls
    to 42.8% as procurement rises')?"""
    found = ctx.find("cues", "equipment", lo=0, hi=len(ctx.lows))
    cues = [i for i, _j, _ in found]
    if not cues or min(cues) < q.j:
        return False
    if "with" in ctx.lows[q.j : min(cues)] and _own_figure_after(
        ctx, q, max(j for _i, j, _ in found)
    ):
        return True  # "2.01% of GDP, up from 1.47%, with equipment making up 22.6% of it":
        # equipment named in an aside after the figure, with a share of its own after it
    # ("number 41,860 personnel, and a record 36% of the budget goes on equipment": the pay
    # word of another clause, before its ', and', is not the figure's)
    own = _own_clause_start(ctx.lows, q.i)
    return ctx.word_in(_PAY, own, q.i) or ctx.word_in(_REASON_OPENERS, q.j, min(cues))


def _own_clause_start(lows: list[str], i: int) -> int:
    """Where the clause holding the token at i opens: past the last ', and' / ', but' (a
    comma and a joiner of clauses) before it, or the sentence's start."""
    for k in range(i - 2, -1, -1):
        if lows[k] == "," and lows[k + 1] in _CLAUSE_JOINERS:
            return k + 2
    return 0


_OWN_FIGURE_REACH: int = 4  # words from a cue of equipment to the share it names ("equipment now
# making up 22.6%")


def _own_figure_after(ctx: Context, q: Quantity, cue_end: int) -> bool:
    """Is there a percentage after the figure q, within a few words after the last cue of
    equipment: the share that cue names, not q's?"""
    return any(x is not q and x.form == "percent" and cue_end <= x.i <= cue_end + _OWN_FIGURE_REACH
               and "," not in ctx.lows[cue_end : x.i] for x in ctx.quantities)  # fmt: skip


_REASON_OPENERS: frozenset[str] = patterns.word_set("reason_subordinators")


_MEDIAN: frozenset[str] = patterns.word_set("median_words")
_SHARE_NOUNS: frozenset[str] = frozenset({"share", "proportion", "portion", "part"})
# words saying a sum is at the prices of its own year: no constant prices named beside it
_CURRENT_WORDS: frozenset[str] = patterns.word_set("current_price_words")
MEDIAN_DOUBT: str = ("the figure is the median ally's share, and the text does not say of "
                     "which allies")  # fmt: skip
_BUDGET_SHARES = ("equipment_share", "personnel_share", "infrastructure_share", "other_share")


def repeated_pair(ctx: Context, q: Quantity) -> str:
    """The share of defence spending a line gives after its share of GDP, when the line
    repeats the pair of the sentence just before for another ally, in the same order and
    with no words of its own ('Poland: 4.12% of GDP, 51.1% on equipment.' then 'UK: 2.33%,
    36.1%.'; a table's rows 'Albania - 2.03% - 47.7%' then 'Belgium - 1.30% - 15.2%'): the
    kind of that budget share ("" when the line is no such repeat). The first figure is then
    the share of GDP, no longer in doubt for following a budget share, and the second, at
    most a hundred and above any share of GDP, the budget share."""
    earlier = ctx.earlier
    if len(earlier) < 2:
        return ""
    first, second = earlier[-2], earlier[-1]
    if (
        second.kind not in _BUDGET_SHARES
        or first.kind != "share_of_gdp"
        or first.sentence != second.sentence
        or second.sentence != ctx.sentence.index - 1
        or first.subject_code is None
        or first.subject_code != second.subject_code
        or first.start > second.start
    ):
        return ""
    shares = [x for x in ctx.quantities if x.form == "percent"]
    if (
        len(shares) != 2
        or q not in shares
        or shares[0].value > MAX_SHARE
        or not MAX_SHARE < shares[1].value <= 100.0
        or ctx.has("cues", "gdp")
        or ctx.has("cues", "budget_share")
    ):
        return ""
    # the line names one ally, before its figures, and nothing else between or after them
    allies = [m for m in ctx.mentions if m.kind in ("ally", "demonym")]
    if len(allies) != 1 or allies[0].j > shares[0].i:
        return ""
    return second.kind


_TOTAL_NOUNS: frozenset[str] = patterns.word_set("unnamed_total_nouns")
_CATEGORY_WORDS: frozenset[str] = (
    patterns.as_set("cues", "equipment")
    | _PAY
    | frozenset({"infrastructure", "operations", "maintenance"})
)
_TOTAL_ENDS: frozenset[str] = frozenset({",", ".", ";", ":", "and", "but", "while", "in", "for",
                                         "(", ")", "—", "–"})  # fmt: skip
UNNAMED_TOTAL: str = ("the figure is a share of a total the text does not name (the allies' "
                      "or the world's), not a share of GDP or a change")  # fmt: skip


_TOTAL_REACH: int = 6  # sentences back a total in money may be the whole a share is of


def _world_total_before(ctx: Context) -> bool:
    """Is the last total in money the article gave, a few sentences back at most, the world's
    (SIPRI's), not the allies' or a group's: the whole that 'of the total' then means?"""
    totals = [c for c in (*ctx.earlier[-12:], *ctx.claims) if c.kind == "spending_amount"
              and c.subject_code is not None and len(c.subject_code) != 3]  # fmt: skip
    if not totals or ctx.sentence.index - totals[-1].sentence > _TOTAL_REACH:
        return False
    return str(totals[-1].subject_code).endswith("WORLD")


def _of_unnamed_total(ctx: Context, q: Quantity) -> bool:
    """'37% of the total', 'a fifth of the whole': a share of a whole named only as a total;
    and a bare figure that the same clause sets beside such a share, with no words of its own
    ('... of the total and China for about 12%')."""
    lows = ctx.lows
    k = q.j + 1 + (lows[q.j + 1 : q.j + 2] == ["the"])
    if ctx.word_in(_CATEGORY_WORDS, ctx.clause(q)[0], q.i):
        return False  # "Equipment makes up 25.7% of the total": the total is the budget's
    if lows[q.j : q.j + 1] == ["of"] and lows[k : k + 1] != [] and lows[k] in _TOTAL_NOUNS:
        if lows[k + 1 : k + 2] == [] or lows[k + 1] in _TOTAL_ENDS:
            ctx.memo["unnamed total"] = q.j
            return True
        return False
    at = ctx.memo.get("unnamed total")
    if not isinstance(at, int) or at > q.i or ctx.clause_at(at)[0] != ctx.clause(q)[0]:
        return False
    words = ctx.lows[at : q.i]
    return (
        "and" in words
        and not any(x.form != "year" and at < x.i < q.i for x in ctx.quantities)
        and not ctx.has("cues", "gdp", lo=q.j, hi=min(len(lows), q.j + 4))
    )


_INCLUDING: frozenset[str] = patterns.word_set("including_words")
_STATING_VERBS: frozenset[str] = patterns.word_set("measured_verbs") | {
    "is",
    "are",
    "was",
    "were",
    "be",
}


_PRICE_LABEL_LEADS: frozenset[str] = frozenset({"in", "at"})


def _labelled_current(ctx: Context, q: Quantity) -> bool:
    """Is a sum labelled at current prices right after it ('$34.5bn in current dollars',
    '$34.5bn at current prices')?"""
    after = ctx.lows[q.j : q.j + 2]
    return len(after) == 2 and after[0] in _PRICE_LABEL_LEADS and after[1] in _CURRENT_WORDS


def _closes_a_change(ctx: Context, q: Quantity, i: int) -> bool:
    """Does the word of real terms at i close a change stated after the sum, with no comma
    between ('$968 billion in 2024, 7.2% more than in 2023 after inflation'): the change's
    prices, not the sum's?"""
    return any(x.form == "percent" and q.j <= x.i and x.j <= i and "," not in ctx.lows[x.j : i]
               for x in ctx.quantities)  # fmt: skip


def _prices_before(ctx: Context) -> str | None:
    """The constant prices all the sums of the sentence just before were given at ('constant
    2015'), else None."""
    before = [c for c in ctx.claims_of(ctx.sentence.index - 1) if c.kind == "spending_amount"]
    bases = {c.price_base for c in before}
    if len(bases) != 1:
        return None
    base = bases.pop()
    return base if base is not None and base.startswith("constant 2") else None


_PRICE_NOTE_NOUNS: frozenset[str] = patterns.word_set("price_note_nouns")


def prices_noted(ctx: Context) -> int | None:
    """The base year of the constant prices a sentence with no figure of its own says the
    sums are at ('All amounts are in constant 2015 US dollars.', 'Figures are NATO estimates
    in 2015 prices.'), else None: it names one price year, no other number, sums or figures
    ('amounts', 'spending'), and neither current prices nor a change ('Growth is measured at
    2015 prices' says nothing of the sums after it)."""
    years = {t.year for t in ctx.times if t.role == "price" and t.year}
    if len(years) != 1 or any(q.form != "year" for q in ctx.quantities):
        return None
    lows = set(ctx.lows)
    if _PRICE_NOTE_NOUNS.isdisjoint(lows) or not _CURRENT_WORDS.isdisjoint(lows):
        return None
    if not _CHANGE_NOUNS.isdisjoint(lows) or "real" in lows:
        return None
    return years.pop()


_RESTATING: frozenset[str] = patterns.word_set("restating_words")
_ROUGH_WORDS: frozenset[str] = frozenset(
    w for key in ("about", "nearly") for w in patterns.load()["hedges"][key] if " " not in w
)


def _restated_at_prices(ctx: Context, q: Quantity, hi: int) -> bool:
    """Is the sum restated right after it as another sum, whose constant prices follow that
    other sum ('Germany's $98 billion this year is roughly $77 billion in constant 2015
    prices', '$98 billion, or $77 billion at 2015 prices'), or as another sum in a clause
    that repeats that shape ('...; Britain's $82 billion is about $75 billion')? The prices
    are the restatement's, not the sum's own: it is the same money as written, at current
    prices."""
    money = [x for x in ctx.quantities if x.form == "money"]
    pairs: list[tuple[Quantity, Quantity]] = []
    for a, b in zip(money, money[1:], strict=False):
        between = ctx.lows[a.j : b.i]
        if b.i - a.j > 6 or any(a.j <= x.i < b.i for x in ctx.quantities):
            continue
        if not _RESTATING.isdisjoint(between) or (pairs and set(between) <= _ROUGH_WORDS):
            pairs.append((a, b))  # (and "France's $64 billion some $60 billion" after one:
            # the same restatement, its verb left out)
    if not any(a is q for a, _ in pairs):
        return False
    prices = [t.i for t in ctx.times if t.role == "price"]
    if not prices or min(prices) < pairs[0][0].i:
        return False  # ("At 2015 prices, ... $77 billion, or ..."): the prices are of both
    return any(b.j <= i <= b.j + 5 for _, b in pairs for i in prices) and q.j <= hi


def _current_before(ctx: Context, q: Quantity, lo: int) -> bool:
    """Does the sum's clause say current prices before it, with no other sum between but the
    other end of its move ('Turkish spending in current dollars jumped to $22.8bn from
    $16.6bn', 'in current dollars the alliance will spend $1,810bn')?"""
    lows = ctx.lows
    moved = lows[q.i - 1 : q.i] in (["from"], ["to"])  # "... to $22.8bn in 2024 from $16.6bn":
    for k in range(lo, q.i - 1):  # the two ends of one move share the label
        if lows[k] in _PRICE_LABEL_LEADS and lows[k + 1] in _CURRENT_WORDS:
            between = [x for x in ctx.quantities if k < x.i < q.i and x.form == "money"]
            if not between or (moved and len(between) == 1):
                return True
    return False


_COMBINED: frozenset[str] = patterns.word_set("combined_whole_words")
COMBINED_GDP_DOUBT: str = ("the share is of several allies' combined GDP: one ally's part of "
                           "that, not what it spends on defence as a share of its own GDP")  # fmt: skip


def _of_combined_gdp(ctx: Context, q: Quantity, codes: list[str]) -> bool:
    """Is a share 'of combined GDP' read for one ally ('53% of combined GDP', said of the
    United States)? One ally's defence spending is not measured against a group's GDP."""
    if not codes or any(len(c) != 3 for c in codes):
        return False  # the group's own ("the allies spent 2.7% of their combined GDP")
    return any(w in _COMBINED for w in ctx.lows[q.j : q.j + 4])


_LEGEND_NOUNS: frozenset[str] = patterns.word_set("legend_nouns")


def _legend_bound(ctx: Context, q: Quantity) -> bool:
    """Is q an open bound in brackets right after what marks a chart's class ('the dark-red
    circles (3% or more)', 'bars (under 1.5%)')? A legend says which figures a mark stands
    for; it claims no figure of its own."""
    if q.hedge not in ("at_least", "at_most", "more_than", "less_than"):
        return False
    if q.i < 2 or ctx.lows[q.i - 1] != "(" or ctx.lows[q.j : q.j + 1] != [")"]:
        return False
    return ctx.lows[q.i - 2] in _LEGEND_NOUNS


def another_field(ctx: Context, q: Quantity) -> bool:
    """Do a figure's own words name another field than defence ('11% of its budget
    revenues', 'its GDP is almost EUR 64 billion')?"""
    lo, hi = ctx.neighbours(q)
    return (
        other_field_near(ctx, q, lo, hi)
        or _gdp_amount(ctx, q, lo)
        or _bare_growth_beside_economy(ctx, q)
    )


def set_aside(ctx: Context, q: Quantity) -> None:
    """Mark a figure the readers leave out on purpose (another field, a part of a budget):
    no claim, and not listed as unread either."""
    aside: set[int] = ctx.memo.setdefault("set aside", set())
    aside.add(id(q))


def _for_other(lows: list[str], k: int) -> bool:
    """Does 'for' at k name what an amount pays for other than defence ('for the GovSat-2
    satellite', 'for research'; not 'for defence projects', 'for its armed forces')?"""
    if lows[k : k + 1] != ["for"]:
        return False
    k += 1
    while k < len(lows) and lows[k] in _DETERMINERS:
        k += 1
    return k < len(lows) and lows[k].split("-")[0] not in _DEFENCE_OBJECTS


def _included(lows: list[str], lo: int, i: int) -> bool:
    """Is the amount at i what a budget includes ('it includes EUR 105 million for a satellite
    and EUR 46 million for research'): a word of including before it in its clause, with no
    verb of its own between ('its budget, including pensions, is EUR 5 bn' is the whole)?"""
    k = next((k for k in range(i - 1, lo - 1, -1) if lows[k] in _INCLUDING), None)
    return k is not None and _STATING_VERBS.isdisjoint(lows[k + 1 : i])


_OBLIGING = frozenset({"must", "need", "needs", "needed", "order", "requires", "required", "would"})


def _is_count(word: str) -> bool:
    return word.isdigit() or word in patterns.load()["number_words"]


# what closes a clause or an aside between an economy's verb and a figure after it
_CLAUSE_GOES_ON: frozenset[str] = frozenset({"and", "but", ";", ")", "—", "–", "-"})


def _economy_change(ctx: Context, q: Quantity, lo: int) -> bool:
    """'Poland's GDP grew 2.9%', 'the economy expanded by 1%': the economy's change."""
    lows = ctx.lows
    change = patterns.phrases("cues", "change")
    for k in range(max(lo, q.i - 5), q.i):
        if lows[k] in ("gdp", "economy", "output", "inflation") and lows[k - 1 : k] != ["of"]:
            # (but "spending as a share of GDP fell to 1.8%": the share's level)
            # ("the economy itself shrank 0.3%": words between the noun and its verb)
            rest = [w for w in lows[k + 1 : q.i] if w not in _ECONOMY_FILLERS]
            if rest and change.match_at(rest, 0) and _CLAUSE_GOES_ON.isdisjoint(rest):
                return True  # (not "- a pandemic effect as GDP shrank - and expects 2.06%":
                # the economy's verb in an aside closed before the figure's own verb)
        if (
            lows[k] in _GROWTH_NOUNS
            and any(
                m.j == k and (m.kind == "demonym" or m.kind == "ally" and m.possessive)
                for m in ctx.mentions
            )
            and all(w in _ECONOMY_FILLERS for w in lows[k + 1 : q.i])
        ):  # "French growth is forecast at 0.9%": a country's growth is its economy's
            return True
    return _bare_growth_beside_economy(ctx, q)


def _bare_growth_beside_economy(ctx: Context, q: Quantity) -> bool:
    """'Italy: 2.01%; growth 0.5%' between lines of a deficit and of inflation: a bare growth
    noun labels the figure (only fillers or a colon between), its clause names nothing of
    defence, spending or real terms, and the line or one beside it names an indicator of the
    economy: the economy's growth, not a real change in defence spending."""
    if q.form != "percent":
        return False
    if _growth_opens_sentence(ctx, q) or _growth_forecast_clause(ctx, q):
        return True
    if not ctx.economy_beside:
        return False
    lows = ctx.lows
    c_lo, _c_hi = ctx.clause(q)
    k = q.i - 1
    while k >= c_lo and (lows[k] in _ECONOMY_FILLERS or lows[k] == ":"):
        k -= 1
    if k < c_lo or lows[k] != "growth":
        return False
    return not (
        ctx.has("cues", "defence", lo=c_lo, hi=q.i) or ctx.has("cues", "real", lo=c_lo, hi=q.i)
    )


def _growth_opens_sentence(ctx: Context, q: Quantity) -> bool:
    """'Growth was a meagre 0.7%.', 'Economic growth came in at 0.9%.': the bare noun opens
    the sentence (after 'but', 'economic' and the like), the figure follows within a few
    words, and the sentence names nothing of defence, spending, equipment or real terms nor
    any ally: the economy's growth, as a reader takes it, whatever the sentences before."""
    lows = ctx.lows
    k = 0
    while k < q.i and lows[k] in _GROWTH_OPENERS:
        k += 1
    if k >= q.i or lows[k] != "growth" or q.i - k > _GROWTH_REACH:
        return False
    if any(w in (",", ";", ":") for w in lows[k + 1 : q.i]):
        return False
    end = len(lows)
    return not (
        ctx.has("cues", "defence", lo=0, hi=end)
        or ctx.has("cues", "real", lo=0, hi=end)
        or ctx.has("cues", "equipment", lo=0, hi=end)
        or ctx.mentions
    )


def _growth_forecast_clause(ctx: Context, q: Quantity) -> bool:
    """'...; growth forecasts of 0.8% leave little room', 'growth projections of 1.1%': a clause
    (or a headline's line) opened by the bare noun of growth and a noun of forecasting, the
    figure within a few words after, and nothing of defence, spending, equipment or real terms
    nor any ally in the clause: a forecast of the economy's growth, whatever the clauses before
    say of defence."""
    lows = ctx.lows
    lo, _hi = ctx.clause(q)
    k = lo
    while k < q.i and (lows[k] in _GROWTH_OPENERS or not lows[k].isalnum()):
        k += 1
    if k + 1 >= q.i or lows[k] != "growth" or lows[k + 1] not in _FORECAST_NOUNS:
        return False
    if q.i - k > _GROWTH_REACH or not all(w in _TO_GROWTH_FIGURE for w in lows[k + 2 : q.i]):
        return False
    return not (
        ctx.has("cues", "defence", lo=lo, hi=q.j)
        or ctx.has("cues", "real", lo=lo, hi=q.j)
        or ctx.has("cues", "equipment", lo=lo, hi=q.j)
        or any(lo <= m.i < q.i for m in ctx.mentions)
    )


_FORECAST_NOUNS: frozenset[str] = patterns.word_set("economy_forecast_nouns")
_ECONOMY_FILLERS: frozenset[str] = patterns.word_set("economy_change_fillers")
_GROWTH_NOUNS: frozenset[str] = patterns.word_set("economy_growth_nouns")
# the words that may come before a bare "growth" opening a sentence ("Economic growth was 0.7%")
_GROWTH_OPENERS: frozenset[str] = patterns.word_set("economy_growth_openers")
_GROWTH_REACH: int = 5  # the most words from that noun to its figure ("was a meagre")


def _of_budget(ctx: Context, lo: int, hi: int) -> bool:
    """'... of its defence budget', 'of Poland's defence spending': a share of the budget."""
    lows = ctx.lows
    if lo >= len(lows) or lows[lo] != "of":
        return False
    return ctx.has("cues", "budget_share", lo=lo + 1, hi=min(hi, lo + 5))


def other_field_near(ctx: Context, q: Quantity, lo: int, hi: int) -> bool:
    """Words of another field beside a figure ('inflation', 'a poll', 'aid'), but not the
    'inflation' of 'adjusted for inflation', which names prices, nor the 'population' of 'per
    head of population', not another field. (Found once a figure: several readers ask.)"""
    key = ("other_field_near", q.i, q.j, lo, hi)
    near = ctx.memo.get(key)
    if near is None:
        near = ctx.memo[key] = _other_field_near(ctx, q, lo, hi)
    return bool(near)


def _other_field_near(ctx: Context, q: Quantity, lo: int, hi: int) -> bool:
    found = other_field_words(ctx, q, max(lo, q.i - 7), min(hi, q.j + 4))
    if not found:
        return (
            _pronoun_of_other(ctx, q)
            or _economy_grows(ctx, q)
            or polled_view(ctx, q)
            or _place_growth(ctx, q)
            or _economy_moved(ctx, q)
        )
    return found != {"inflation"} or not ctx.has("cues", "real", lo=lo, hi=hi)


_SUBORDINATE_OPENERS: frozenset[str] = patterns.word_set("subordinate_openers")
_IT: frozenset[str] = frozenset({"it", "this"})


def _pronoun_of_other(ctx: Context, q: Quantity) -> bool:
    """'Poland must trim its deficit while it exceeds 3% of GDP': the figure's clause has 'it'
    for its subject (perhaps after 'while', 'as', 'if'), no word of defence of its own, and
    the nearest field named before it in the sentence is another one (the deficit, a yield):
    the pronoun stands for that, and the figure is that field's, not the ally's defence."""
    c_lo, c_hi = ctx.clause(q)
    k = c_lo + 1 if ctx.lows[c_lo : c_lo + 1] and ctx.lows[c_lo] in _SUBORDINATE_OPENERS else c_lo
    if k >= q.i or ctx.lows[k] not in _IT:
        return False
    if ctx.has("cues", "defence", lo=k, hi=c_hi):
        return False
    other = max((i for i, _j, _ in ctx.find("cues", "non_defence", lo=0, hi=k)), default=-1)
    own = max((i for i, _j, _ in ctx.find("cues", "defence", lo=0, hi=k)), default=-1)
    return other > own


_GROWING: frozenset[str] = patterns.word_set("economy_growth_verbs")
_PLACE_KINDS: frozenset[str] = frozenset({"ally", "demonym", "group", "capital"})
# the words of a place's economy before its growth that name no ally ("global", "eurozone")
_GROWTH_PLACES: frozenset[str] = patterns.word_set("economy_growth_places")
# what may stand between the noun of growth and its figure ("growth of", "growth is seen at")
_TO_GROWTH_FIGURE: frozenset[str] = patterns.word_set("economy_change_fillers") | {"of"}
# what may stand between the figures of a series of one measure ("0.2% this year, 1.5% in
# 2026 and 2% in 2027"), besides the times of each
_SERIES_LINKS: frozenset[str] = frozenset({",", "and", "then", "in", "for"})


def _place_growth(ctx: Context, q: Quantity) -> bool:
    """'Economists see German growth of 0.2% this year, 1.5% in 2026', 'trimmed US growth to
    1.6%', 'eurozone growth is forecast at 1.3%': the noun of growth right after a place (an
    ally, its people's adjective, a group, or 'global', 'eurozone'), with only words of
    forecasting between it and the figure (or the figures before in a series of years), and
    nothing of defence or spending between: the growth of that place's economy, not a change
    in its defence spending."""
    if q.form != "percent":
        return False
    lows = ctx.lows
    lo, _hi = ctx.clause(q)
    first = _series_head(ctx, q, lo)
    k = first.i - 1
    while k > lo and lows[k] in _TO_GROWTH_FIGURE:
        k -= 1
    if k <= lo or lows[k] != "growth":
        return False
    place = next((m.i for m in ctx.mentions if m.j == k and m.kind in _PLACE_KINDS), None)
    if place is None and lows[k - 1] in _GROWTH_PLACES:
        place = k - 1
    if place is None:
        return False
    return not (
        ctx.has("cues", "defence", lo=place, hi=q.i) or ctx.has("cues", "real", lo=place, hi=q.i)
    )


_MOVING: frozenset[str] = patterns.word_set("raising_verbs") | patterns.word_set(
    "economy_moving_verbs"
)
_MOVED_REACH: int = 8  # words from the verb to the 'by' of its figure


def _economy_moved(ctx: Context, q: Quantity) -> bool:
    """'That should raise the level of GDP in 2029 by around 0.8%', 'would lift output by
    0.5%': the economy (GDP, output) the object of a verb of raising or cutting whose figure
    comes after 'by', with nothing of defence or spending between the verb and the figure:
    an effect on the economy, not a figure of defence spending."""
    lows = ctx.lows
    lo, _hi = ctx.clause(q)
    if q.form != "percent" or lows[q.i - 1 : q.i] != ["by"]:
        return False
    verb = next((k for k in range(q.i - 2, max(lo, q.i - 1 - _MOVED_REACH) - 1, -1)
                 if lows[k] in _MOVING), None)  # fmt: skip
    if verb is None or _ECONOMY.isdisjoint(lows[verb + 1 : q.i - 1]):
        return False
    return not ctx.has("cues", "defence", lo=verb, hi=q.i)


def _series_head(ctx: Context, q: Quantity, lo: int) -> Quantity:
    """The first figure of a series of one measure, year by year, that q closes ('0.2% this
    year, 1.5% in 2026 and 2% in 2027': 0.2% for each), q itself when it opens none."""
    head = q
    for x in reversed([x for x in ctx.quantities if lo <= x.i and x.j <= q.i and x is not q]):
        if x.form == "year":
            continue
        if x.form != q.form or not _series_gap(ctx, x.j, head.i):
            break
        head = x
    return head


def _series_gap(ctx: Context, a: int, b: int) -> bool:
    """Are tokens a..b only the time of one figure and the link to the next ('this year, ', '
    in 2026 and ')?"""
    timed = {k for t in ctx.times for k in range(t.i, t.j)}
    return (
        b > a
        and any(ctx.lows[k] in (",", "and") for k in range(a, b))
        and all(k in timed or ctx.lows[k] in _SERIES_LINKS for k in range(a, b))
    )


def _economy_grows(ctx: Context, q: Quantity) -> bool:
    """'the economy is forecast to grow 1.2%', 'GDP expanded by 2%': the economy (or GDP) the
    subject of the verb of growth whose figure it is, a few words before it in its clause,
    with no word of defence between: the economy's growth, not defence spending's."""
    lo, _ = ctx.clause(q)
    verb = next((k for k in range(q.i - 1, max(lo, q.i - 3) - 1, -1)
                 if ctx.lows[k] in _GROWING), None)  # fmt: skip
    if verb is None:
        return False
    start = _before_aside(ctx.lows, verb, lo)
    noun = next((k for k in range(start - 1, max(lo, start - 6) - 1, -1)
                 if ctx.lows[k] in _ECONOMY), None)  # fmt: skip
    return noun is not None and not ctx.has("cues", "defence", lo=noun, hi=q.i)


_ASIDE_REACH: int = 4  # the most words of a short aside set off by commas ("by contrast")


def _before_aside(lows: list[str], k: int, lo: int) -> int:
    """Where the words before token k begin once a short aside set off by a pair of commas
    is passed over ('The economy, by contrast, is expected to grow': the aside stands between
    the subject and its verb, and counts for no distance); k itself when there is none."""
    close = next((c for c in range(k - 1, max(lo, k - 4) - 1, -1) if lows[c] == ","), None)
    if close is None:
        return k
    words = range(close - 1, max(lo, close - 1 - _ASIDE_REACH) - 1, -1)
    opened = next((c for c in words if lows[c] == ","), None)
    if opened is None or not all(w.isalpha() for w in lows[opened + 1 : close]):
        return k
    return k - (close - opened + 1) if opened + 1 < close else k


def other_field_words(ctx: Context, q: Quantity, lo: int, hi: int) -> set[str]:
    """The words of another field between tokens lo and hi, but for those of an aside apart
    from the figure (see _aside_apart)."""
    if not ctx.has("cues", "non_defence", lo=lo, hi=hi):
        return set()
    c_lo, c_hi = ctx.clause(q)
    heads = ctx.find("ranking", "per_head")  # ("per head of population": a sum per head)
    # ("adjusted for inflation, the increase is 29.5%": inflation as the way a change is real)
    heads = heads + ctx.find("cues", "real")
    return {" ".join(ctx.lows[i:j])
            for i, j, _ in ctx.find("cues", "non_defence", lo=lo, hi=hi)
            if not _aside_apart(ctx.lows, i, q, min(c_lo, i), max(c_hi, j))
            and not _with_after(ctx.lows, q, i)
            and not _cause_after(ctx.lows, q, i)
            and not any(a <= i and j <= b for a, b, _ in heads)
            and ctx.lows[i - 1 : i] not in _PRICE_BASIS_BEFORE
            and not _shares_stated(ctx.lows, i, j)
            and not _fronted_apart(ctx, q, i)
            and not _of_a_later_figure(ctx, q, i, j)
            and not (_pay_with_pensions(ctx.lows, i, j) and _budget_part_topic(ctx))}  # fmt: skip


def _budget_part_topic(ctx: Context) -> bool:
    """Does the sentence speak of a share of a defence budget, in an article on defence, not of
    GDP ('... 73% of the budget goes on personnel')?"""
    return (ctx.defence_topic or ctx.has("cues", "defence")) and not ctx.has("cues", "gdp")


_PENSIONS: frozenset[str] = frozenset({"pension", "pensions"})


def _pay_with_pensions(lows: list[str], i: int, j: int) -> bool:
    """Are the pensions at i..j counted with the forces' pay the sentence names ('when
    salaries and pensions are added up, 73% of the budget goes on personnel')? Part of NATO's
    personnel costs, not another field."""
    if lows[i:j] == [] or not set(lows[i:j]) <= _PENSIONS:
        return False
    before, after = lows[max(0, i - 2) : i], lows[j : j + 2]
    return (len(before) == 2 and before[1] in _JOINING and before[0] in _PAY) or (
        len(after) == 2 and after[0] in _JOINING and after[1] in _PAY
    )  # ("salaries and pensions", "pensions and pay": coordinated with the pay)


_JOINING: frozenset[str] = frozenset({"and", "or", ",", "&", "plus"})


_FRONTED_OPENERS: frozenset[str] = patterns.word_set("fronted_circumstance_openers")


def _fronted_apart(ctx: Context, q: Quantity, i: int) -> bool:
    """Is word i, of another field, in a phrase of circumstance that opens the sentence and
    closes with a comma before the figure, whose own words after it name defence ('With a 15%
    US tariff biting, Slovakia's 2.02% defence share this year ...')? The circumstance is not
    what the figure measures."""
    lows = ctx.lows
    if lows[:1] == [] or lows[0] not in _FRONTED_OPENERS:
        return False
    comma = next((k for k in range(i, q.i) if lows[k] == ","), None)
    return comma is not None and ctx.has("cues", "defence", lo=comma + 1, hi=q.j + 3)


_FIELD_TO_FIGURE: int = 4  # the most words from another field's noun to its own figure


def _of_a_later_figure(ctx: Context, q: Quantity, i: int, j: int) -> bool:
    """Does the word of another field at i..j, past a comma after the figure q, come right
    before a figure of its own, nearer to it than to q ('2.00% of GDP this year, ..., has
    pushed its deficit towards 5.4%': the deficit is the 5.4%'s field, not the 2.00%'s)?"""
    if i < q.j or "," not in ctx.lows[q.j : i]:
        return False  # ("an 8.6% deficit last year while spending 2.25%": the 8.6%'s own)
    return any(
        x is not q and x.form != "year" and j <= x.i <= j + _FIELD_TO_FIGURE
        and x.i - j < i - q.j
        for x in ctx.quantities
    )  # fmt: skip


# "at constant 2015 prices and exchange rates": the rates of a price basis, not another field's
_PRICE_BASIS_BEFORE: list[list[str]] = [[w] for w in patterns.word_set("price_basis_leads")]


def _with_after(lows: list[str], q: Quantity, i: int) -> bool:
    """Is word i, of another field, in a phrase after the figure that opens on 'with a' ('spent
    3.08% with a primary surplus', '2.25% of GDP with an 8.6% deficit' is not: a figure of its
    own there)? Such a phrase adds what goes with the figure, not what it measures."""
    w = next((k for k in range(q.j, min(i, q.j + 4)) if lows[k] == "with"), None)
    return (
        w is not None
        and lows[w + 1 : w + 2] in (["a"], ["an"])
        and i - w <= 3
        and all(not c[:1].isdigit() and c != "%" for c in lows[q.j : i])
    )


# words that open a phrase giving the cause of a figure ('after a one-off change to pension
# accounting', 'because of the pension reform')
_CAUSES: frozenset[str] = patterns.word_set("cause_openers")
_CAUSE_REACH = 4  # words after the figure (its time: "in 2017") to the cause's opener


def _cause_after(lows: list[str], q: Quantity, i: int) -> bool:
    """Is word i, of another field, in a phrase after the figure that gives its cause ('It
    peaked at 1.44% in 2017 after a one-off change to pension accounting')? The cause explains
    the figure; it does not say what the figure measures."""
    k = next((k for k in range(q.j, min(i, q.j + _CAUSE_REACH)) if lows[k] in _CAUSES), None)
    return k is not None and all(not c[:1].isdigit() or (len(c) == 4 and c[:2] in ("19", "20"))
                                 for c in lows[q.j : i] if c != "%")  # fmt: skip


_SHARE_LEVEL_VERBS = patterns.word_set("share_level_verbs")
_PRICE_MOVES = patterns.word_set("price_move_adverbs")


def _shares_stated(lows: list[str], i: int, j: int) -> bool:
    """'Their shares are 45.84% and 44.95%': shares stated as levels, a figure right after
    the verb, are shares of spending, not a company's stock ('Saab shares jumped 4%', 'the
    shares were 4% higher', 'shares are up 3%')."""
    return (
        lows[i:j] == ["shares"]
        and lows[j : j + 1] != []
        and lows[j] in _SHARE_LEVEL_VERBS
        and any(w[:1].isdigit() for w in lows[j + 1 : j + 3])
        and _PRICE_MOVES.isdisjoint(lows[j + 1 : j + 5])
    )


_ASIDE_OPENERS = patterns.word_set("aside_openers")
_ASIDE_MARKS = frozenset({",", "(", ")", "—", "–", "-"})


def _aside_apart(lows: list[str], k: int, q: Quantity, lo: int, hi: int) -> bool:
    """Is word k in an aside that opens with a relative or an including word and does not
    hold the figure ('On NATO's wider definition, which takes in pensions, the UK spent 2.3%',
    'Italy's 1.5% (including pensions)', 'which includes pensions')? Such an aside says what a
    measure counts; the figure is still the main clause's, not one of another field."""
    start = k
    while start > lo and lows[start - 1] not in _ASIDE_MARKS:
        start -= 1
    end = k + 1
    while end < hi and lows[end] not in _ASIDE_MARKS:
        end += 1
    if start <= q.i and q.j <= end:
        return False  # the figure is in it ("Britain, which spends 6% on pensions, ...")
    return not _ASIDE_OPENERS.isdisjoint(lows[start:k])


def _spent_on_other(ctx: Context, q: Quantity) -> bool:
    """'spends about 5% of GDP on education', 'has pledged 0.25% of GDP to Kyiv': a share of
    GDP that goes on something other than defence, or to another country."""
    lows, k = ctx.lows, q.j
    if lows[k : k + 1] == ["of"]:  # past "of (the country's) GDP"
        k = next((x + 1 for x in range(k + 1, min(k + 4, len(lows))) if lows[x] in _ECONOMY), k)
    while k < len(lows) and lows[k] in _PER_YEAR:
        k += 1  # ("1.2% of GDP a year to Ukraine")
    if k == q.j or k >= len(lows) or lows[k] not in ("on", "to"):
        return False  # (a change "on last year" is no share of GDP)
    to = lows[k] == "to"
    k += 1
    while k < len(lows) and (lows[k] in _DETERMINERS or lows[k] == "own"):
        k += 1  # ("on its own forces": its forces)
    if k >= len(lows):
        return False
    if to:  # ("to Ukraine", "to Kyiv": aid; "to reach the target", "to defence": not)
        return lows[k] in _RECIPIENTS or any(m.i == k and m.kind == "foreign" for m in ctx.mentions)
    return lows[k] not in _DEFENCE_OBJECTS and lows[k].split("-")[0] not in _DEFENCE_OBJECTS
    # (nor "on defence-related items")


_ECONOMY = frozenset({"gdp", "economy", "output", "income"})
_PER_YEAR = frozenset({"a", "per", "each", "every", "year", "annually"})
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "a", "an", "own"})
_RECIPIENTS = frozenset({"kyiv", "kiev", "ukraine"})
# what 'on' may be followed by in a figure of defence spending ("on defence", "on average",
# "on NATO's measure", "on course", "on top of")
_DEFENCE_OBJECTS = patterns.as_set("cues", "defence_objects")


def _given(ctx: Context, q: Quantity) -> bool:
    """'each gave less than 0.2% of GDP', 'donated 0.4% of its GDP': a share handed over (to
    Ukraine), not a share spent on one's own defence."""
    k = q.i - 1
    while k > 0 and ctx.lows[k] in ("only", "just", "some", "each", "all", "roughly"):
        k -= 1
    giver = k - 1
    while giver > 0 and ctx.lows[giver] in _GIVER_ADVERBS:
        giver -= 1
    if giver > 0 and ctx.lows[giver] == ",":  # "NATO's report, on core defence, gives 2.32%":
        opened = next((x for x in range(giver - 1, max(-1, giver - _BASIS_ASIDE_REACH), -1)
                       if ctx.lows[x] == ","), -1)  # fmt: skip
        giver = opened - 1 if opened > 0 else giver  # the word before the aside gives it
    if giver > 0 and ctx.lows[giver] not in _RELEASES and ctx.lows[giver] not in _PUBLISHERS:
        # "the tables published in June give 3.26%": the release its participle follows
        out = next((x for x in range(giver, max(0, giver - _BASIS_ASIDE_REACH), -1)
                    if ctx.lows[x] in _PUBLISHED), -1)  # fmt: skip
        giver = out - 1 if out > 0 and ctx.lows[out - 1] in _RELEASES else giver
    if giver >= 0 and (ctx.lows[giver] in _RELEASES or ctx.lows[giver] in _PUBLISHERS):
        return False  # "the latest tables give 3.75%", "the alliance now gives 1.43%": a
        # release or its publisher gives a figure, no donor
    return k >= 0 and ctx.lows[k] in _TRANSFER


_PUBLISHED: frozenset[str] = patterns.word_set("published_participles")
_BASIS_ASIDE_REACH: int = 8  # words from an aside's closing comma back to its opening one
_NATO_COUNTING: frozenset[str] = patterns.word_set("nato_counting_words")
_RECEIVED_NOT: frozenset[str] = patterns.word_set("received_level_links")  # "got stuck at"


def _received(ctx: Context, q: Quantity, lo: int) -> bool:
    """Is the sum the object of a verb of receiving shortly before it ('Poland is to get EUR
    43.7 billion', 'awarded Indra a EUR 6.5 billion package')? Not a level the verb reaches
    through a preposition of a level ('got stuck at EUR 10.7 billion': where spending stayed)."""
    return any(
        _RECEIVED_NOT.isdisjoint(ctx.lows[j : q.i])
        for _i, j, _ in ctx.find("cues", "receiving", lo=max(lo, q.i - 4), hi=q.i)
    )


def _as_nato_counts(ctx: Context) -> bool:
    """Does the sentence say its sums are as NATO counts or defines defence spending ('as
    NATO counts it', "under NATO's definition", 'by NATO's count')?"""
    return any(s.source == "NATO" and not _NATO_COUNTING.isdisjoint(s.text.split())
               for s in ctx.sources)  # fmt: skip


_TRANSFER = patterns.as_set("cues", "transfer_verbs")
_RELEASES: frozenset[str] = patterns.word_set("restating_release_nouns")
_PUBLISHERS: frozenset[str] = patterns.word_set("giving_publishers")  # "NATO gives 1.43%"
_GIVER_ADVERBS: frozenset[str] = patterns.word_set("giving_adverbs")  # "now gives"


# words from a figure to the aid it is a share of, at most ("2.75% of its GDP in bilateral
# military aid")
_AID_REACH: int = 6
# what may stand between the comma of an aside and the figure it sets off ("the smallest
# donor relative to GDP, at 0.06%")
_AID_ASIDE_LEADS: frozenset[str] = frozenset({"at", "with", "just", "only", "some", "about"})


def aid_figure(ctx: Context, q: Quantity) -> bool:
    """'Denmark committed 2.75% of its GDP in military aid to Kyiv', 'aid to Ukraine that the
    Kiel tracker puts at about 2% of GDP', 'the smallest donor relative to GDP, at 0.06%': a
    share of a donor's GDP (or budget) that its own words say is aid (to Ukraine), not the
    donor's own defence spending. The nearest word of aid or of defence on each side of the
    figure, within its stretch, decides: aid right after it, or aid before it and no defence
    after it; and a figure after an aid figure of its clause, with no word of defence between
    or after ("... averaged 0.38% of GDP, against a NATO average of 0.16%"), is aid too. A
    word of defence within a word of aid ("military aid") or a name ("NATO") does not count."""
    if q.form != "percent" or not ctx.has("cues", "aid"):
        return False
    lo, hi = ctx.neighbours(q)
    aid = ctx.find("cues", "aid", lo=lo, hi=hi)
    names = [(m.i, m.j) for m in ctx.mentions]
    defence = [(i, j) for i, j, _ in ctx.find("cues", "defence", lo=lo, hi=hi)
               if not any(a < j and i < b for a, b, _ in aid)
               and not any(a < j and i < b for a, b in names)]  # fmt: skip
    spans = [(i, j, True) for i, j, _ in aid] + [(i, j, False) for i, j in defence]
    before = max(((j, is_aid) for i, j, is_aid in spans if j <= q.i), default=None)
    after = min(((i, is_aid) for i, j, is_aid in spans if i >= q.j), default=None)
    if after is not None and after[1]:
        if after[0] - q.j <= _AID_REACH and "," not in ctx.lows[q.j : after[0]]:
            return _aid_noted(ctx, q)  # "1.00% of GDP in military aid to Ukraine"
    if after is not None and not after[1]:
        return False  # "... on top of aid, spends 2.4% of GDP on defence"
    if before is not None and before[1]:
        comma = max((k for k in range(before[0], q.i) if ctx.lows[k] == ","), default=-1)
        if comma < 0 or _AID_ASIDE_LEADS.issuperset(ctx.lows[comma + 1 : q.i]):
            return _aid_noted(ctx, q)  # "its aid to Ukraine is worth about 0.32% of GDP"
        return False
    last = ctx.memo.get("aid figure")
    return (
        before is None
        and isinstance(last, int)
        and last <= q.i
        and ctx.clause_at(last - 1) == ctx.clause(q)
        and _aid_noted(ctx, q)
    )


def _aid_noted(ctx: Context, q: Quantity) -> bool:
    ctx.memo["aid figure"] = q.j  # (what a figure after it in its clause measures too)
    return True


def _non_defence(ctx: Context, q: Quantity, lo: int, hi: int) -> bool:
    if other_field_near(ctx, q, lo, hi):
        return True
    if q.form == "percent" and (_spent_on_other(ctx, q) or _given(ctx, q)):
        return True
    return _gdp_amount(ctx, q, lo)


def _gdp_amount(ctx: Context, q: Quantity, lo: int) -> bool:
    """'a GDP of $4.6 trillion' is not defence spending; '2.1% of its GDP, or $97.7bn' is."""
    before = ctx.lows[max(lo, q.i - 3) : q.i]
    return q.form == "money" and "gdp" in before and "," not in before[before.index("gdp") :]


def changed_by(ctx: Context, q: Quantity) -> bool:
    """'raised defence funding by 43%': the figure is a change of spending, not a level
    (but 'raise spending by 1.5% of GDP' is a change in the share, as ReArm Europe puts it)."""
    return (
        (
            ctx.lows[q.i - 1 : q.i] == ["by"]
            or ctx.has("cues", "real", lo=q.j, hi=min(len(ctx.lows), q.j + 4))
        )  # ("core spending grows 5.6% in real terms": a change, whatever commitment 'core' names)
        and ctx.lows[q.j : q.j + 1] != ["of"]
        and change_words(ctx, q, ctx.clause(q)[0]) is not None
    )


def _of_government(ctx: Context, q: Quantity) -> bool:
    """A bare percentage in a sentence whose measure is the share of government spending, and
    which names no GDP ('The share of the state budget going to the army was 5.1% in China and
    3.3% in Japan', '... 9.1% of its government spending, against 8.5% in Poland'), or right
    after a sentence of that share ('In India the share was 7.6%')."""
    if ctx.has("cues", "gdp"):
        return False
    if any(
        i < q.i and not _SHARE_NOUNS.isdisjoint(ctx.lows[max(0, i - 3) : i])
        for i, _j, _ in ctx.find("cues", "government_spending")
    ):
        return True  # "the share of government spending going to the military was 5.1%"
    if any(
        j == q.i - 1 and ctx.lows[j] in _APPOSITION_OPENERS and ctx.lows[i - 1 : i] == ["its"]
        for i, j, _ in ctx.find("cues", "government_spending")
    ):
        return True  # "more than half of all its government spending — 54% — to the military":
        # the figure set off right after the whole it is a share of
    if any(c.kind == "share_of_government_spending" for c in ctx.claims) and inherited_kind(
        ctx, q, 0, ("share_of_government_spending",)
    ):
        return True  # "9.1% of its government spending, against 8.5% in Poland"
    last = ctx.earlier[-1] if ctx.earlier else None
    return (
        last is not None
        and last.kind == "share_of_government_spending"
        and last.sentence == ctx.sentence.index - 1
        and not _SAME_SHARE_NOUNS.isdisjoint(ctx.lows[ctx.clause(q)[0] : q.i])
    )


# what opens a figure set off after the words it is a figure of ("... spending — 54% —")
_APPOSITION_OPENERS: frozenset[str] = frozenset({"—", "–", "-", "("})
# a share's noun, or one that restates the figure of the sentence before ("Russia's figure
# was 19%" after a sentence on the share of government spending)
_SAME_SHARE_NOUNS: frozenset[str] = _SHARE_NOUNS | frozenset({"figure", "figures"})


def _defence_share(ctx: Context, q: Quantity, codes: list[str]) -> bool:
    """A bare percentage is a share of GDP when it is said of an ally or group."""
    if not codes:
        return ctx.has("cues", "defence") and q.hedge in ("at_least", "more_than")
    return True


# the words "below" may have before the guideline it names ("below the NATO target of 2%")
_GUIDELINE_WORDS = patterns.word_set("guideline_nouns_named") | {
    "the", "a", "nato", "nato's", "alliance", "alliance's", "of", "its", "their", "spending",
    "defence", "defense", "new", "old", "agreed",
}  # fmt: skip


def _meets_hedge(ctx: Context, q: Quantity) -> str | None:
    """'met/reached/cleared (the) 2% (mark)': at least the guideline value."""
    lo, _ = ctx.clause(q)
    if q.hedge in ("more_than", "less_than") and (spender_after(ctx, q) or publisher_after(ctx, q)):
        return None  # "well below the 4.12% Poland spends": Poland's own figure, stated ("lower
        # than the 4.48% it published a year ago": the body's figure)
    if q.hedge in _TURNED and _negation_at(ctx.lows, lo, q.i) >= 0:
        return _TURNED[q.hedge]  # "has not dropped below 2%": at least 2% ("never above")
    if q.hedge in ("at_least", "more_than"):  # "did not reach the goal of at least 2%": below
        verbs, nouns = patterns.as_set("meeting_verbs"), patterns.as_set("guideline_nouns")
        met = [v for v in range(max(lo, q.i - 8), q.i) if ctx.lows[v] in verbs
               and not nouns.isdisjoint(ctx.lows[v : q.i])]  # fmt: skip
        if met and negated(ctx.lows[max(lo, met[-1] - 3) : met[-1]]):
            return "less_than"
    if q.hedge is not None:
        return q.hedge
    if q.value in GUIDELINE_SHARES | {20.0} and any(
        ctx.lows[i] not in ("under", "below") or _GUIDELINE_WORDS.issuperset(ctx.lows[j : q.i])
        for i, j, _ in ctx.find("cues", "missing", lo=max(lo, q.i - 8), hi=q.i)
    ):  # ("under the new estimates, Spain spends 2%": a preposition, not a level missed)
        return "less_than"  # "miss the 2% target", "fell short of 2% and of 20%"
    after = ctx.lows[q.j : q.j + 2]
    verbs = patterns.as_set("meeting_verbs")
    nouns = patterns.as_set("guideline_nouns")
    near = [v for v in range(max(lo, q.i - 3), q.i) if ctx.lows[v] in verbs]
    if (
        near
        and set(ctx.lows[near[-1] + 1 : q.i]) <= _EVEN
        and _negated_verb(ctx.lows, lo, near[-1])
    ):
        return "less_than"  # "has not once reached even 1.5%", "never hit 1.2%": below it
    spent = [v for v in range(max(lo, q.i - 3), q.i) if ctx.lows[v] in _SPENDING_VERBS]
    if (
        spent
        and set(ctx.lows[spent[-1] + 1 : q.i]) <= _EVEN
        and not _EVEN.isdisjoint(ctx.lows[spent[-1] + 1 : q.i])
        and _negated_verb(ctx.lows, lo, spent[-1])
    ):
        return "less_than"  # "has not spent even 1.5%": below that level (not "did not spend
        # 3.5%", which denies the figure as a fact-check does)
    met = [v for v in range(max(0, q.i - 3), q.i) if ctx.lows[v] in verbs] or [
        v
        for v in range(max(0, q.i - 6), q.i)
        if ctx.lows[v] in verbs and not nouns.isdisjoint(ctx.lows[v : q.i])
    ]  # "meet the target of devoting 2 percent": the guideline named on the way
    stated = (
        bool(met)
        and q.precision >= 2
        and nouns.isdisjoint(after)
        and nouns.isdisjoint(ctx.lows[met[-1] : q.i])
    )  # "the Netherlands reaches 2.00% this year": a level written to two decimals, stated as
    # the figure (not "reached the 2.00% mark"), is compared at two decimals, not as a floor
    if (
        met
        and not stated
        and (q.value in GUIDELINE_SHARES | {20.0} or any(w in nouns for w in after))
    ):
        before = ctx.lows[max(lo, met[-1] - 3) : met[-1]]
        if ctx.lows[met[-1] - 1] == "to" and _OBLIGING & set(ctx.lows[lo : met[-1]]):
            return "no level"  # "Canada must double its spending by 2032 to meet the 2% target"
        if no_level_stated(ctx, met[-1]):
            return "no level"  # ("has no timeline to meet the 2% target": nothing reached)
        missing = (negated(before) or bool({"failed", "fails", "failing", "fail"} & set(before))
                   or none_of(ctx.lows, lo) or none_of(ctx.lows, 0))  # fmt: skip
        if missing != (excepted(ctx, lo, met[-1]) is not None):  # ("all but Belgium meet it")
            return "less_than"  # "did not reach 2%", "failed to meet the 2% target"
        return "at_least"
    if q.value in GUIDELINE_SHARES | {20.0} and _only_allies_spent(ctx, q, lo):
        return "at_least"  # "Only Poland spent 3.5% of GDP on core defence": reached that level
    passing = patterns.word_set("passing_verbs")
    if q.value in GUIDELINE_SHARES | {20.0} and any(
        ctx.lows[v] in passing and not nouns.isdisjoint(ctx.lows[v : q.i])
        for v in range(max(lo, q.i - 6), q.i)
    ):  # fmt: skip
        return "more_than"  # "exceeds NATO's guideline of spending 20% on equipment"
    return None


_EVEN: frozenset[str] = patterns.word_set("level_fillers")
_NEGATION_FILLERS: frozenset[str] = patterns.word_set("negation_fillers")


def _negated_verb(lows: list[str], lo: int, v: int) -> bool:
    """Is the verb at v negated right before it ('has not once reached', 'never hit', 'has
    not yet reached'), with nothing but such fillers between (not 'did not say it reached')?"""
    k = v
    while k > lo and lows[k - 1] in _NEGATION_FILLERS:
        k -= 1
    return k > lo and negated(lows[k - 1 : k]) and lows[k - 1] != "no"


# a level negated over a comparison: "has not dropped below 2%" is "at least 2%" all along
_TURNED: dict[str, str] = {"less_than": "at_least", "more_than": "at_most"}
_LEVEL_VERBS: frozenset[str] = patterns.word_set("negated_level_verbs")


def _negation_at(lows: list[str], lo: int, h: int) -> int:
    """Where the negation of the comparison starting at h ('below', 'above') starts, when the
    verb before it negates it: 'has not dropped below', 'never fell under', 'has not once
    been above', 'has yet to rise above' (only verbs of level or movement between the
    negation and it: not 'did not say it was below'); -1 when it is not negated."""
    k = h
    while k > lo and h - k < 3 and lows[k - 1] in _LEVEL_VERBS:
        k -= 1
    if k < h and k - 3 >= lo and lows[k - 3 : k] in (["has", "yet", "to"], ["have", "yet", "to"]):
        return k - 2  # "has yet to rise above 1.5%": not above it
    if k > lo and negated(lows[k - 1 : k]) and (k < h or lows[k - 1] == "never"
                                                 or lows[h] in _PASSING):  # fmt: skip
        return k - 1  # (also "has not topped 4%": the hedge's own word a verb, negated)
    return -1


_PASSING: frozenset[str] = patterns.word_set("passing_verbs")  # "topped", "exceeded", "passed"


def _bound_since(ctx: Context, q: Quantity, lo: int) -> int | None:
    """The year a negated bound holds since ('has not topped 4% since 2010', 'has never
    fallen below 2% since 2014'): a claim on every year from then on, not on one; None when
    the figure is no negated bound or no 'since' follows it in its clause."""
    if q.hedge not in _TURNED or _negation_at(ctx.lows, lo, q.i) < 0:
        return None
    _lo, hi = ctx.clause(q)
    return next((t.year for t in ctx.times if t.role == "since" and t.year is not None
                 and q.j <= t.i < hi), None)  # fmt: skip


_ONLY = patterns.word_set("only_words")
_SPENDING_VERBS = patterns.word_set("spending_verbs")


def _only_allies_spent(ctx: Context, q: Quantity, lo: int) -> bool:
    """'Only Poland spent 3.5% of GDP', 'Only Poland and Lithuania spend 2%': the clause opens
    on 'only' and the allies it names, then a verb of spending right before the figure (a
    guideline's level): the few that reached it, not their exact share."""
    lows = ctx.lows
    k = lo + (lows[lo : lo + 1] in (["but"], ["and"], ["yet"]))
    if lows[k : k + 1] == [] or lows[k] not in _ONLY or lows[q.i - 1] not in _SPENDING_VERBS:
        return False
    allies = [m for m in ctx.mentions if k < m.i < q.i and m.kind in ("ally", "capital")]
    return (
        bool(allies)
        and allies[0].i in (k + 1, k + 2)
        and all(joined(lows[a.j : b.i]) for a, b in zip(allies, allies[1:], strict=False))
        and set(lows[allies[-1].j : q.i - 1]) <= {"has", "have", "had", "actually", "already"}
    )


def _ownerless_claim(ctx: Context, q: Quantity, kind: str) -> bool:
    """A defence share of GDP, or billions of defence spending, whose owner the words do not
    say ('defence spending falls to 2.1% of GDP', 'that equals over USD 485 billion'): a claim
    to report as unverifiable, not a number to drop."""
    lo, hi = ctx.clause(q)
    lows = ctx.lows
    if any(lows[k] in ("every", "each", "most") and _ALLY_NOUNS & set(lows[k + 1 : k + 3])
           for k in range(lo, q.i)):  # fmt: skip
        ctx.consumed.add(id(q))  # (read, and set aside on purpose)
        return False  # "almost every ally spends at least 2%": said of each ally, no one owner
    if kind in ("equipment_share", "personnel_share", "infrastructure_share", "other_share"):
        return True  # "personnel took 62% of spending": a share of someone's defence budget
    if kind == "share_of_gdp":  # (but not "the 2% of GDP spending goal": a guideline)
        return (ctx.has("cues", "gdp", lo=q.j, hi=q.j + 7) and ctx.has("cues", "defence")
                and not _COMMITMENT_NOUNS & set(ctx.lows[q.j : q.j + 6]))  # fmt: skip
    return (
        kind == "spending_amount"
        and q.scale >= 1e9
        and ctx.has("cues", "defence", lo=max(lo, q.i - 6), hi=min(hi, q.j + 6))
    )


def _colon(ctx: Context, q: Quantity) -> int:
    """Past the last colon before the figure: 'does not spend what it should: NATO puts its
    outlay at 28.6 billion' (the demand is before the colon, the measured figure after it)."""
    if q.i <= 48:  # (a short walk back is cheaper than finding the sentence's colons)
        k = q.i - 1
        while k >= 0 and ctx.lows[k] != ":":
            k -= 1
        return k + 1
    colons = ctx.memo.get("colons")
    if colons is None:  # (the sentence's colons, found once: asked for every figure)
        colons = ctx.memo["colons"] = [k for k, w in enumerate(ctx.lows) if w == ":"]
    at = bisect.bisect_left(colons, q.i)
    return colons[at - 1] + 1 if at else 0


_SINCE = frozenset({"since"})
_NOMINAL = ("current dollars", "current prices", "cash terms", "current euros", "money terms")


def _related(ctx: Context, q: Quantity) -> bool:
    """'plus 0.4% on defence-related items', 'counting related spending, 5.5%': The Hague's
    second part, which NATO's tables (core defence only, from 2026) do not measure."""
    lo, hi = ctx.neighbours(q)  # (its own stretch: "4.68% on core defence, plus 0.4% on ...")
    related = [k for k in range(lo, hi) if ctx.lows[k] == "related"
               or ctx.lows[k].endswith("-related")]  # fmt: skip
    # ("books 1.5% as defence-related spending, on top of the 5.10% core figure": the words
    # that add the figure to the related part set it apart from that part)
    return any(k > q.j or _ADDITION.isdisjoint(ctx.lows[k : q.i]) for k in related)


_ADDITION: frozenset[str] = patterns.word_set("addition_openers")  # "on top of", "in addition to"


_SPANS = frozenset({"years", "decade", "months", "year"})
_PLANNED_AT = frozenset({"planned", "pencilled", "penciled", "targeted"})
_PLANNED_NOUNS: frozenset[str] = patterns.word_set("planned_amount_nouns")
_PLANNED_LINKS: frozenset[str] = patterns.word_set("planned_amount_links")


_AID_NOUNS: frozenset[str] = patterns.word_set("aid_sum_nouns")
_AID_TO: frozenset[str] = patterns.word_set("aid_recipients")
_AID_FILLERS: frozenset[str] = patterns.word_set("aid_sum_fillers")


def _aid_sum(lows: list[str], j: int) -> bool:
    """Is the sum ending at j an aid package ('a $40 billion Ukraine package', '$61 billion in
    military aid', '$8 billion of security assistance')? A noun of aid within three words, with
    only a recipient or fillers between; a bare 'package' only with its recipient named."""
    for k in range(j, min(j + 3, len(lows))):
        if lows[k] in _AID_NOUNS:
            between = lows[j:k]
            named = not _AID_TO.isdisjoint(between)
            return (named or lows[k] != "package") and all(
                w in _AID_TO or w in _AID_FILLERS for w in between
            )
        if lows[k] not in _AID_TO and lows[k] not in _AID_FILLERS:
            return False
    return False


def _bracketed_after_ally(ctx: Context, q: Quantity) -> bool:
    """Is the figure alone in brackets right after an ally's name ('as did Spain (1.28%)',
    'asked for flexibility, and so did Spain (1.28% of GDP)'): the ally's level, glossed,
    not what a verb of asking before it asks for?"""
    lows = ctx.lows
    if lows[q.i - 1 : q.i] != ["("] or ")" not in lows[q.j : q.j + 4]:
        return False
    return any(m.j == q.i - 1 and m.kind == "ally" for m in ctx.mentions)


def _year_planned(ctx: Context, q: Quantity) -> bool:
    """'In absolute terms, planned spending is EUR 19,723 million': 'planned' naming the
    spending budgeted for the year, stated with a present copula right before the figure;
    the year's estimate, as NATO's current-year figures are (not 'first planned at 2.28%')."""
    lows = ctx.lows
    k = q.i - 1
    if k < 2 or lows[k] not in _PLANNED_LINKS:
        return False
    n = k - 1
    while n > 0 and lows[n] in _PLANNED_NOUNS:
        n -= 1
    return n < k - 1 and lows[n] == "planned"


_INITIAL: frozenset[str] = patterns.word_set(
    "initial_words"
)  # "first set at 2.28%": the level first planned
_SETTING: frozenset[str] = patterns.word_set("setting_verbs")


def _first_set(lows: list[str], i: int) -> bool:
    """Is the figure at i the level something was first set at ('a budget first set at 2.28%',
    'originally put at EUR 1 bn'): a plan since replaced, not what was spent?"""
    return i >= 3 and lows[i - 1] == "at" and lows[i - 2] in _SETTING and lows[i - 3] in _INITIAL


_BUDGET = frozenset({"budget"})


_NATO_COUNTED: frozenset[str] = patterns.word_set("nato_counted_words")


def _of_a_national_budget(ctx: Context, q: Quantity) -> bool:
    """'the defence budget totals 166.8 billion koruna, which equals 2.09% of GDP': a share
    restating a national budget in its own currency, with no source named."""
    if not ctx.word_in(_BUDGET, 0, q.i) or ctx.sources:
        return False
    lo, _ = ctx.clause(q)
    if ctx.word_in(_NATO_COUNTED, lo, q.i):
        return False  # "...; the NATO-qualifying total comes to 2.40%": NATO's definition
    return any(x.form == "money" and x.j <= q.i and (x.currency or "USD").rstrip("?") != "USD"
               for x in ctx.quantities)  # fmt: skip


def _national_measure(ctx: Context, q: Quantity) -> bool:
    """'The Ministry of Defence's own budget, at around 2.1%', '2.19% in 2023, according to a
    Treasury figure': the figure's clause names a country's own measure of its defence budget,
    not NATO's (unless it names NATO's definition too)."""
    lo, hi = ctx.clause(q)
    if not (ctx.has("cues", "national_measure", lo=lo, hi=hi)
            or ctx.has("cues", "budget_line", lo=lo, hi=q.i)):  # fmt: skip
        return False  # (also "though the regular Bundeswehr budget alone was closer to 1.5%":
        # a line of the national budget the clause's figure is of)
    return (
        not ctx.word_in(_NATO_COUNTED, lo, hi)
        and not any(w.startswith("nato") for w in ctx.lows[lo:hi])
        and not any(s.source == "NATO" and lo <= s.i < hi for s in ctx.sources)
    )  # ("Her ministry's budget reaches 2.10% of GDP on NATO's count", "on the alliance's
    # own definition": NATO's measure)


_NATIONAL_LINKS: frozenset[str] = patterns.word_set("national_measure_links")
_NATIONAL_REACH: int = 4  # words between a national measure's name and its figure


def _named_national(ctx: Context, q: Quantity) -> bool:
    """'well above the MoD's own budget of GBP 54.2bn', 'the MoD budget stood at GBP 62bn': the
    figure's own noun names a country's own measure of its defence budget, right before it,
    so a NATO definition named elsewhere in the clause is another figure's."""
    lo, hi = ctx.clause(q)
    for _start, end, _p in ctx.find("cues", "national_measure", lo=max(lo, q.i - 12), hi=q.i):
        if (
            end <= q.i
            and q.i - end <= _NATIONAL_REACH
            and all(w in _NATIONAL_LINKS for w in ctx.lows[end : q.i])
        ):
            return True
    # "well above the 1.67 trillion in Beijing's official defence budget": the measure named
    # right after the figure, through 'in' and the owner's name
    for start, _end, _p in ctx.find("cues", "national_measure", lo=q.j, hi=min(hi, q.j + 6)):
        between = ctx.lows[q.j : start]
        if (
            between[:1] in (["in"], ["under"])
            and len(between) - 1 <= 2
            and all(w in _OWNER_LINKS or w.endswith(("'s", "'")) for w in between[1:])
        ):
            return True
    return False


INCREMENT_DOUBT: str = ("the amount is money added (extra, additional, new money), not the "
                       "whole of what is spent")  # fmt: skip
_INCREMENT: frozenset[str] = patterns.word_set("increment_words")
_INCREMENT_NOUNS: frozenset[str] = patterns.word_set("increment_money_nouns")
_INCREMENT_FILLERS: frozenset[str] = patterns.word_set("increment_fillers")
_INCREMENT_AFTER: frozenset[str] = patterns.word_set("increment_after_figure")
_INCREMENT_REACH = 5  # words back from an amount to its word of addition


def _added_at(lows: list[str], k: int) -> bool:
    """Does a word of addition stand at k: 'extra', 'additional', or 'new' before a noun of
    money ('new money', 'new funding')?"""
    if lows[k] in _INCREMENT:
        return True
    return lows[k] == "new" and lows[k + 1 : k + 2] != [] and lows[k + 1] in _INCREMENT_NOUNS


def _increment(lows: list[str], q: Quantity) -> bool:
    """Is the amount money added to a budget, not its whole: a word of addition before it with
    only nouns of money and fillers between ('an additional $9bn', 'the extra money, more than
    C$9 billion'), 'more' right after it ('$9bn more'), or 'in new money' after it?"""
    k = q.i - 1
    while k >= 0 and q.i - k <= _INCREMENT_REACH:
        if _added_at(lows, k):
            return True
        if lows[k] not in _INCREMENT_FILLERS and lows[k] not in _INCREMENT_NOUNS:
            break
        k -= 1
    after = lows[q.j : q.j + 3]
    if after[:1] != [] and after[0] in _INCREMENT_AFTER:
        return True
    return after[:1] in (["in"], ["of"]) and len(after) == 3 and _added_at(lows, q.j + 1)


_OWNER_LINKS: frozenset[str] = frozenset({"the", "its", "their", "his", "her"})


def _within_span(after: list[str]) -> bool:
    """'3.5% within 10 years', '2% over the next decade': a level to reach, not one reached."""
    for k, w in enumerate(after[:4]):
        if w == "within" or after[k : k + 3] == ["over", "the", "next"]:
            return not _SPANS.isdisjoint(after[k + 1 : k + 5])
    return False


PLAN_DOUBT = "the figure is a plan or an intention, not a measured value"
# 'hoped for 1.64% but ended up at 1.48%': the words of an outcome after 'but', which make the
# figure before them what was expected
_OUTCOMES: tuple[list[str], ...] = tuple(
    phrase.split() for phrase in patterns.load()["words"]["outcome_phrases"]
)


_OUTCOME_REACH = 5  # the figure's own words before 'but': "of GDP for defence"


def _outcome_after(lows: list[str], j: int) -> bool:
    """Is the figure followed, past its own words ('of GDP for defence') and no comma or
    figure, by 'but' and an outcome ('had pointed to 1.64% but ended up at 1.48%', 'counted
    on 3.1% of GDP but came in at')? Then it is what was expected, not what was spent."""
    k = j
    while k < min(len(lows), j + _OUTCOME_REACH) and lows[k] != "but":
        if lows[k] in (",", ";", ".", ":") or lows[k][:1].isdigit():
            return False
        k += 1
    if lows[k : k + 1] != ["but"]:
        return False
    return any(lows[k + 1 : k + 1 + len(o)] == o for o in _OUTCOMES)


_PLEDGED_REACH = 10  # tokens between the words of a pledge and its figure
_MEASURED_VERBS = patterns.word_set("measured_verbs")  # "spent", "rose": a level reached


_QUALIFIERS: frozenset[str] = patterns.word_set("figure_qualifiers")  # "in real terms"


def _dated_right_after(ctx: Context, q: Quantity) -> bool:
    """Is a year said right after the figure, past the words that qualify it ('15.9% this
    year', '15.9% in real terms this year', '2% of GDP in 2025')?"""
    k = q.j
    while k < len(ctx.lows) and k < q.j + 6 and ctx.lows[k] in _QUALIFIERS:
        k += 1
    return any(t.year and q.j <= t.i < max(q.j + 3, k + 1) for t in ctx.times)


def _pledged(ctx: Context, q: Quantity, lo: int, cues: str) -> bool:
    """Do words of a plan (cues "plan") or of a pledge, a goal or an aim (cues "pledged_level":
    'Warsaw had promised in 2022 to spend 4% in 2023', 'Poland's target for 2023 was 5%',
    'Germany aimed for 1.5% by 2024', 'Romania was meant to spend 2.5%') come before the
    figure in its clause? Not when a verb of spending stands between ('Canada has promised
    2% by 2032 and spends 1.37% now'), nor, for a pledge, a comma or the start of a change
    ('Poland, which had promised 2%, spent 3.26%', 'pledged to raise it from 1.2%')."""
    found = ctx.find("cues", cues, lo=max(lo, q.i - _PLEDGED_REACH), hi=q.i)
    found = [f for f in found if not _target_met(ctx.lows, f[0])]
    if not found:
        return False
    between = ctx.lows[found[-1][1] : q.i]
    if not _MEASURED_VERBS.isdisjoint(between):
        return False
    return cues == "plan" or ("," not in between and ctx.lows[q.i - 1] != "from")


_MEETING: frozenset[str] = patterns.as_set("meeting_verbs")


_LEVEL_NOUNS: frozenset[str] = patterns.word_set("restated_nouns")
_FIGURE_ASIDE_REACH: int = 8  # words after a figure to its aside (", a level already reached")


def _reached_aside(ctx: Context, q: Quantity) -> bool:
    """Does an aside after the planned figure say the level is reached ('would keep spending at
    2.4%, a level it reached this year')? Then the figure is measured as well as kept."""
    lows = ctx.lows
    k = q.j
    while k < len(lows) and k < q.j + 6 and lows[k] in _QUALIFIERS:
        k += 1  # ("2.4% of GDP, a level ...")
    after = lows[k : k + _FIGURE_ASIDE_REACH]
    if after[:1] != [","] or after[1:2] not in (["a"], ["the"]) or after[2:3] == []:
        return False
    if after[2] not in _LEVEL_NOUNS:
        return False
    return not _MEASURED_VERBS.isdisjoint(after[3:6])


def _target_met(lows: list[str], k: int) -> bool:
    """Is the pledge word at k the object of a verb of meeting ('meets the target for the
    first time since 1992: 2.12%'): a yardstick reached, not a level promised?"""
    return k >= 2 and lows[k - 1] in ("the", "its", "their", "a") and lows[k - 2] in _MEETING


def _planned_year(ctx: Context, q: Quantity, codes: list[str]) -> int | None:
    """The past year of a plan right before a figure said in the past tense with no year of
    its own: what was then spent ('had promised to spend 4% in 2023. In the event it spent
    3.3%', 'Poland's target for 2023 was 5%, but it spent 3.26%'): that year."""
    if tense_of(ctx, q) != "past":
        return None
    last = ctx.claims[-1] if ctx.claims else (ctx.earlier[-1] if ctx.earlier else None)
    if last is None or PLAN_DOUBT not in last.doubts or last.year is None:
        return None
    if last.year_basis not in ("stated", "loose") or last.year >= ctx.today.year:
        return None
    if codes and last.subject_code not in codes:
        return None  # (another ally's figure after the plan)
    return last.year


_ASKED_ABOUT: frozenset[str] = patterns.word_set("asked_about_words")


def _demanded(ctx: Context, lo: int, hi: int) -> bool:
    """Does a word of demand stand between lo and hi, other than a question put to someone
    about a figure ('the minister, asked about the 1.37% figure, said ...': no demand)?"""
    lows = ctx.lows
    return any(not (j - i == 1 and lows[j : j + 1] and lows[j] in _ASKED_ABOUT
                    and lows[i].startswith("ask"))
               and not _says_done(lows, i, j, hi)
               for i, j, _ in ctx.find("cues", "demand", lo=lo, hi=hi))  # fmt: skip


_OWN_VIEW_VERBS: frozenset[str] = patterns.word_set("own_view_verbs")
# (not "hit", a present and an infinitive too: "insists it need not hit 5%"; nor "had", of an
# obligation: "insisted allies had to reach 5%")
_DONE_VERBS: frozenset[str] = PAST_VERBS - {"hit", "had"}


def _says_done(lows: list[str], i: int, j: int, hi: int) -> bool:
    """Is a word of demand that is also a verb of saying ('insists') followed, before the
    figure at hi, by a verb in the past ('France insists it spent 2.6% last year'): a claim
    of what was done, as 'says' makes one, not a demand?"""
    return j - i == 1 and lows[i] in _OWN_VIEW_VERBS and not _DONE_VERBS.isdisjoint(lows[j:hi])


def _claims_for(ctx: Context, q: Quantity, codes, doubt, kind, value, unit, **extra) -> list:
    out = []
    everyone: list[str] = []  # "every ally but the US spends less than $100bn": each of them
    said_of_others, left_out = every_other(ctx, q)
    if said_of_others:
        if left_out is None or kind not in ("spending_amount", "share_of_gdp"):
            return out  # every ally but one not named, or a measure not judged ally by ally
        everyone = _every_ally_but(ctx.today, left_out)
        codes = everyone[:1]
        if doubt == GROUP_UNNAMED:
            doubt = ""  # "all allies other than the US spend less than $100bn": the group is
            # every ally but the one the words leave out, each of whom is judged
    if not codes and not _ownerless_claim(ctx, q, kind):
        return out  # a figure nobody is said to have spent is not a claim to check
    if not codes:  # "defence spending falls to 2.1% of GDP": a claim whose owner is unclear
        doubt = doubt or "the text does not say whose figure this is"
    year, since, deadline, ydoubt, basis = year_for(ctx, q, allies=codes)
    if everyone and year is not None and year < ctx.today.year:
        everyone = _every_ally_but(date(year, 12, 31), left_out)  # the allies of that year
    lo, _ = ctx.clause(q)
    if (
        not ydoubt
        and _demanded(ctx, max(lo, q.i - 12, _colon(ctx, q)), q.i)
        and not _bracketed_after_ally(ctx, q)
        and not present_level(ctx.lows, q)  # ("would need to double today's 2.01%")
    ):
        ydoubt = "the figure is a demand or a proposal, not a measured value"
    if not ydoubt and (
        (
            not _PLANNED_AT.isdisjoint(ctx.lows[max(lo, q.i - 3) : q.i])
            and not (_year_planned(ctx, q) and (year is None or year <= ctx.today.year))
        )
        or _first_set(ctx.lows, q.i)
        or _outcome_after(ctx.lows, q.j)
    ):
        ydoubt = PLAN_DOUBT  # "a budget
        # first planned at 2.28%" (but "budgeted 2% this year" is the year's estimate)
    if (
        not ydoubt
        and kind == "share_of_gdp"
        and (_of_a_national_budget(ctx, q) or _national_measure(ctx, q))
    ):
        ydoubt = ("the share is of the country's own budget, on its national definition of "
                  "defence spending, which milex does not hold")  # fmt: skip
    if since is None:  # "has not topped 4% since 2010": a bound on every year from then on
        since = _bound_since(ctx, q, lo)
    if not ydoubt and kind == "spending_amount" and since is None and _increment(ctx.lows, q):
        ydoubt = INCREMENT_DOUBT  # "the extra money, more than C$9 billion", "an additional
        # $9bn": money added to a budget, not the whole of what is spent
    if not ydoubt and _named_national(ctx, q):
        ydoubt = ("the figure is the country's own budget, on its national definition of "
                  "defence spending, which milex does not hold")  # fmt: skip
    if not ydoubt and _deemed_enough(ctx.lows, q.j):
        ydoubt = "the figure is what someone deems enough, not a measured value"  # "says
        # about 2.1% will suffice", "Madrid says 2.1% will do"
    if not ydoubt and _within_span(ctx.lows[q.j : q.j + 8]):
        ydoubt = "the figure is a level to reach within a span of years, not a measured value"
    if not ydoubt and asks_how(ctx.lows[max(lo, q.i - 8) : q.i]):
        ydoubt = "the text asks how the level will be reached; it does not say it has been"
    future = basis in ("tense", "future") or (year is not None and year > ctx.today.year)
    if basis != "stated" or not _dated_right_after(ctx, q):
        # "is due to reach $90.5bn" (a year stated for another figure of the sentence is not
        # this one's), but "plans to spend X this year" is an estimate
        future = future or ctx.has("cues", "plan", lo=max(lo, q.i - 5), hi=q.i)
    current = ctx.lows[q.i - 1 : q.i] in (["current"], ["present"], ["today's"])
    if current and basis == "future":
        basis = "tense"  # "will lift it from its current 2.3%": the level now, not a future one
    if (
        future
        and not ydoubt
        and not current
        and _pledged(ctx, q, lo, "plan")
        and not _reached_aside(ctx, q)
    ):
        # (but "promised to raise it from its current 2.3% to 2.5%": the level now)
        # "Italy intends to lift its budget to $48.8bn": a plan (this year's is an estimate)
        ydoubt = PLAN_DOUBT
    if not ydoubt and not current and _pledged(ctx, q, lo, "pledged_level"):
        ydoubt = PLAN_DOUBT  # "had promised in 2022 to spend 4% in 2023": a plan, past or not
    if not ydoubt and basis == "tense" and (planned := _planned_year(ctx, q, codes)) is not None:
        year, basis = planned, "loose"  # "... 4% in 2023. In the event it spent 3.3%": 2023's
    if not ydoubt and kind == "share_of_gdp" and _related(ctx, q):
        ydoubt = ("the figure counts defence- and security-related spending (The Hague's up to "
                  "1.5%), which NATO's tables do not hold")  # fmt: skip
    restated = _restated_future(ctx, q) if unit == "%" and basis != "stated" else None
    if restated is not None:
        # "will reach $58 billion by 2029-30, which is 1.58% of GDP": the share the sum is
        # restated as is of the sum's year, a year to come, not of this one
        year, basis = restated.year, "stated"
        deadline = restated.year if restated.role == "deadline" else deadline
    codes = list(dict.fromkeys(codes))  # ("including the US, the alliance": once)
    summed = len(codes) > 1 and not _TOGETHER.isdisjoint(ctx.lows[lo : ctx.clause(q)[1]])
    additive = kind in ("spending_amount", "personnel")
    # "Canada and Germany spent 1.31% and 2.12% last fiscal year": each ally's own fiscal year
    fiscal = len(codes) > 1 and not summed and any(t.fiscal for t in ctx.times)
    for code in (["+".join(codes)] if additive else [None]) if summed else codes or [None]:
        # ("Britain and France together spend about $146 billion": one figure, their sum)
        if kind == "share_of_gdp" and _median_of_allies(ctx, q, code):
            code = "NATO"  # "The median ally spends 2.11%, up from 1.19%": the group's statistic
        own = year_for(ctx, q, allies=[code]).year if fiscal and code is not None else year
        claim = new_claim(ctx, q, kind, value, unit, year=own, year_basis=basis, **extra)
        set_subject(claim, code)
        claim.average = "average" in ctx.lows[max(lo, q.i - 8) : q.j + 4]
        if kind == "share_of_gdp" and (
            ctx.word_in(_MEDIAN, max(lo, q.i - 8), q.i)
            or (code in (None, "NATO", "NATO_EC") and ctx.word_in(_MEDIAN, 0, q.i))
        ):  # "the median ally spends 2.1%, up from 1.2%": not the alliance's combined share
            if code in derived.AGGREGATES:
                claim.measure = derived.MEDIAN_SHARE  # the middle of the allies' figures
            else:
                claim.doubts.append(MEDIAN_DOUBT)
        if summed and not additive:  # "together they spend 2% of GDP": a combined share
            claim.subject = " + ".join(name_of(c) for c in codes)
            claim.doubts.append("a share of several allies' combined figures, which no source "
                                "publishes")  # fmt: skip
        for d in (doubt, ydoubt):
            if d:
                claim.doubts.append(d)
        if since is not None:
            claim.since = since
        if deadline is not None and kind != "real_change":
            claim.deadline = deadline
        if everyone:
            claim.members = everyone
            claim.subject = f"every ally but {name_of(left_out or '')}"
        out.append(claim)
    return out


_AVERAGE_SPANS = patterns.phrases("average_spans")
_RESTATING_RELATIVES: frozenset[str] = patterns.word_set("aside_relatives") | {"that"}
_RESTATING_MODALS: frozenset[str] = frozenset({"will", "would", "be"})
_RESTATED_REACH: int = 6  # words from a sum to the comma of the aside that restates it


def _restated_future(ctx: Context, q: Quantity) -> TimeExpr | None:
    """The time to come of the sum the figure restates in an aside right after it ('$58
    billion by 2029-30, which is 1.58% of GDP', '$58 billion in 2030, or 1.58% of GDP'), when
    the figure does restate a sum, and the sum's time, between it and the aside, is later
    than the article's year."""
    x = next((x for x in reversed(ctx.quantities)
              if x.j <= q.i and x.form not in ("year", "plain")), None)  # fmt: skip
    # (not the "30" of a fiscal year "2029-30")
    if x is None or x.form != "money":
        return None
    lows = ctx.lows
    comma = next((k for k in range(q.i - 1, x.j - 1, -1) if lows[k] == ","), None)
    if comma is None or comma - x.j > _RESTATED_REACH or ";" in lows[x.j : comma]:
        return None
    words = lows[comma + 1 : q.i]
    if words != ["or"] and not (
        words[:1]
        and words[0] in _RESTATING_RELATIVES
        and any(w in _RESTATING for w in words[1:])
        and all(w in _RESTATING or w in _RESTATING_MODALS for w in words[1:])
    ):
        return None
    return next((t for t in ctx.times if x.j <= t.i < comma and t.year is not None
                 and t.year > ctx.today.year), None)  # fmt: skip


def _span_average(ctx: Context, q: Quantity, codes: list[str], doubt: str, lo: int) -> None:
    """'Its average over the past decade stayed around 1.58 percent': an ally's share of GDP,
    averaged over the last N years the words give (ending with the latest year of the edition
    current at the date, or the year before: derived.judge weighs both). Read only for one
    ally or group, of a share of GDP named in the clause or by the figure just read for it."""
    if q.form != "percent" or len(codes) != 1 or doubt:
        return
    found = ctx.find_of(_AVERAGE_SPANS, lo=max(lo, q.i - 10), hi=q.i)
    if not found:
        return
    years = int(str(found[-1][2]))
    c_lo, c_hi = ctx.clause(q)
    last = ctx.claims[-1] if ctx.claims else ctx.earlier[-1] if ctx.earlier else None
    if last is not None and last.sentence < ctx.sentence.index - 1:
        last = None  # (the figure of this sentence or the one before only)
    named = ctx.has("cues", "gdp", lo=c_lo, hi=c_hi)
    carried = (last is not None and last.kind == "share_of_gdp" and last.measure == "share_of_gdp"
               and last.subject_code == codes[0])  # fmt: skip
    if not (named or carried):
        return
    year = ctx.today.year
    claim = new_claim(ctx, q, "share_of_gdp", q.value, "%", measure=derived.MEAN_SHARE,
                      year=year, year_basis="tense")  # fmt: skip
    claim.since = year - years + 1
    set_subject(claim, codes[0])


_FORCE_WORDS = patterns.phrases("ranking", "force_words")
_NOT_FORCES: frozenset[str] = (
    patterns.as_set("ranking", "money_nouns")
    | patterns.as_set("ranking", "money_words")
    | frozenset({"spending", "spend", "spends", "spent", "share", "gdp", "pay", "wages"})
)


def _forces_multiplied(ctx: Context, q: Quantity, c_lo: int, c_hi: int) -> bool:
    """'Poland's armed forces have more than doubled in size since 2014': a multiple of the
    forces' size (NATO's Table 7 personnel), the forces named before it in its clause and no
    word of money or of a share in it ('the troops' pay has doubled')."""
    named = [ctx.lows[i:j] for i, j, _ in ctx.find_of(_FORCE_WORDS, lo=c_lo, hi=q.i)]
    if not named or any(w in ("army", "armies") for words in named for w in words):
        return False  # (an army is one service; the table counts all military personnel)
    return _NOT_FORCES.isdisjoint(ctx.lows[c_lo:c_hi])


def _personnel_change(ctx: Context, q: Quantity, codes: list[str], doubt: str) -> None:
    """A multiple of an ally's military personnel since a year the words give ('since 2014'),
    read as the change in per cent (doubled: +100%), judged on Table 7 (derived.py); with no
    year to start from ('over the last decade') nothing is read, as for spending."""
    if len(codes) != 1 or len(codes[0]) != 3 or doubt:
        return
    year, since, _deadline, ydoubt, basis = year_for(ctx, q, allies=codes)
    if since is None or ydoubt:
        return
    claim = new_claim(ctx, q, "personnel", (q.value - 1.0) * 100.0, "%",
                      measure=derived.PERSONNEL_CHANGE, year=year or ctx.today.year,
                      year_basis=basis if year is not None else "tense")  # fmt: skip
    claim.since = since
    claim.precision = 0
    if claim.hedge is None:
        claim.hedge = "times"  # "tripled": a round multiple, about three times
    set_subject(claim, codes[0])


def _every_ally_but(day: date, left_out: str | None) -> list[str]:
    """The allies on `day` with armed forces (Iceland has none, nor figures), but one."""
    return [a.iso3 for a in members(day) if a.has_armed_forces and a.iso3 != left_out]


_GAP_FILLERS: frozenset[str] = patterns.word_set("gapped_subject_fillers")


def _gapped_change(ctx: Context, q: Quantity) -> bool:
    """Is the sum a change whose verb is left out, said once for the sum before: 'The US added
    about $57bn, European allies and Canada about $123bn' (the second sum is added too, not a
    level)? Only a comma and a subject stand between the two sums of money."""
    prev = ctx.quantity_before(q.i)
    if prev is None or prev.form != "money" or q.form != "money":
        return False
    if (
        ctx.lows[prev.j : prev.j + 1] != [","]
        or change_words(ctx, prev, ctx.clause(prev)[0]) is None
    ):
        return False
    named = {k for m in ctx.mentions if prev.j < m.i and m.j <= q.i for k in range(m.i, m.j)}
    between = range(prev.j + 1, q.i)
    return bool(named) and all(k in named or ctx.lows[k] in _GAP_FILLERS for k in between)


def _median_of_allies(ctx: Context, q: Quantity, code: str | None) -> bool:
    """Is the figure the median ally's, of the alliance, though a subject was carried to it
    from before: 'the median ally' opens its sentence, which names no ally or group ('In 2014
    only the US met it. The median ally spends 2.11%, up from 1.19%': not the US's)?"""
    if code is None or code in derived.AGGREGATES or not ctx.word_in(_MEDIAN, 0, q.i):
        return False
    return not any(m.kind != "pronoun" for m in ctx.mentions if m.i < q.j)


_GUIDELINE_NOUNS: frozenset[str] = frozenset(patterns.load()["guideline_nouns"])
EQUIPMENT_GUIDELINE: float = 20.0  # Wales: 20% of defence spending on major equipment


def _equipment_guideline_beside(ctx: Context, q: Quantity) -> bool:
    """Does the sentence name the equipment guideline as such ('the 20% guideline', '20%
    target') beside the figure, another figure than it?"""
    lows = ctx.lows
    return any(
        x is not q and x.form == "percent" and x.value == EQUIPMENT_GUIDELINE
        and not _GUIDELINE_NOUNS.isdisjoint(lows[x.j : x.j + 2])
        for x in ctx.quantities
    )  # fmt: skip


def _share(ctx: Context, q: Quantity, codes, doubt, measure, value) -> list[Claim]:
    """The claims of a share of some whole (GDP, the defence budget, ...) read at q."""
    hedge = _meets_hedge(ctx, q)
    if hedge == "no level":
        return []  # "the commitment to reach the 2% target": a promise, not a level
    if hedge == q.hedge and hedge is not None and revised_up_to(ctx.lows, q):
        hedge = None  # "revised up to 1.78%": the way of a revision, not a ceiling
    if hedge in ("more_than", "less_than") and hedge == q.hedge and source_inside(ctx, q):
        hedge = None  # "well above NATO's 2.09%": NATO's own figure (see clause.new_claim)
    turned = -1
    if q.hedge in _TURNED and hedge == _TURNED[q.hedge]:  # "has not dropped below 2%"
        turned = _negation_at(ctx.lows, ctx.clause(q)[0], q.i)
    bound = _series_bound(ctx, q)
    if bound and hedge == q.hedge and q.hedge in _TURNED:
        hedge = _TURNED[q.hedge]  # "has never spent less than 1.4%": at least 1.4% every year
        turned = max(k for k in range(max(0, q.i - 4), q.i) if ctx.lows[k] in _BOUND_WORDS)
    made = _claims_for(ctx, q, codes, doubt, measure, value, "%", measure=measure)
    for claim in made:
        claim.hedge = hedge
        if bound and _nato_only(ctx) and claim.since is None:
            claim.since = _SERIES_START  # every year of NATO's series, not only the latest
        elif bound and (claim.since is None or claim.year is None):
            claim.doubts.append(_SERIES_BOUND)  # (SIPRI's series reaches back to 1949)
        if claim.since is not None and not bound and ctx.word_in(_STILL, max(0, q.i - 3), q.i):
            claim.since_unsure = True  # "a share still under 1.5% since 2014": now, at least
        if turned >= 0:  # the words quoted are the negated ones: "not dropped below 2%"
            claim.start = ctx.tokens[turned].start
            claim.text = ctx.sentence.text[claim.start - ctx.sentence.start : claim.end
                                           - ctx.sentence.start]  # fmt: skip
        unhedge_compared(ctx, q, claim)
        if q.form == "fraction":
            claim.precision = 0
    return made


_BOUND_WORDS: frozenset[str] = patterns.word_set("series_bound_words")
_STILL: frozenset[str] = patterns.word_set("level_still_words")
_BREAKS: frozenset[str] = frozenset({",", ";", "and", "but", "while", "(", ")", "-", "—", "–"})
_SERIES_START: int = 2014  # the first year of NATO's series ("Defence Expenditure ... (2014-YYYY)")
_SERIES_BOUND = (
    "the figure bounds every year of the series ('never less than'), not one year's figure: "
    "its least or greatest year is what it states"
)


def _nato_only(ctx: Context) -> bool:
    """Has the article so far given NATO's figures only (no other source named or carried)?"""
    return (
        not ctx.article_sipri
        and ctx.carry_source is None
        and all(s.source == "NATO" for s in ctx.sources)
    )


def _series_bound(ctx: Context, q: Quantity) -> bool:
    """'has never spent less than 1.4%', 'never went above 2%': a comparison that 'never'
    governs, a verb or two before it in its clause, bounds every year of the series."""
    if q.hedge not in ("less_than", "more_than", "at_least", "at_most"):
        return False
    lo, _ = ctx.clause(q)
    near = ctx.lows[max(lo, q.i - 4) : q.i]
    k = next((n for n in range(len(near) - 1, -1, -1) if near[n] in _BOUND_WORDS), None)
    return k is not None and _BREAKS.isdisjoint(near[k:])


_SMALL_PARTS: frozenset[str] = patterns.word_set("point_fractions")


def _tenths_of_a_share(ctx: Context, q: Quantity) -> bool:
    """Is 'a tenth' said of a share of GDP ('the Spanish figure slipped a tenth', 'down two
    tenths on 2018'), where the press means a tenth of a point, not a tenth of the spending?
    Only 'by a tenth' is read as a change of a tenth."""
    lows = ctx.lows
    if not _SMALL_PARTS & set(lows[q.ni : q.nj]) or "by" in lows[max(0, q.i - 2) : q.i]:
        return False
    if lows[q.nj : q.nj + 1] == ["of"]:
        return False  # "a tenth of its budget"
    shares = ("share_of_gdp", "points")
    return (
        ctx.has("cues", "gdp")
        or any(c.kind == "share_of_gdp" for c in ctx.claims)
        or bool(ctx.earlier and ctx.earlier[-1].kind == "share_of_gdp")
        or any(c.unit in shares for c in ctx.earlier[-1:])
    )


def _points(ctx: Context, q: Quantity, codes, doubt) -> None:
    """'Poland's share of GDP rose 0.69 points', 'up 0.3 percentage points on 2024': a change
    in a share of GDP, on the year before (only supported: see verify.py)."""
    lo, hi = ctx.clause(q)
    if change_words(ctx, q, lo) is None or not (ctx.has("cues", "defence") or ctx.defence_topic):
        return
    if not (ctx.has("cues", "gdp", lo=lo, hi=hi) or "share" in ctx.lows[lo:hi]):
        return  # "up 2 points in the polls": not a share of GDP
    value = -q.value if _falls(ctx, q, lo) or minus_sign(ctx, q) else q.value
    _claims_for(ctx, q, codes, doubt, "share_of_gdp", value, "points", measure=SHARE_CHANGE)


# a word of change that is no word of falling ("climbing", "jumped", "up") says a rise
_RISING = patterns.as_set("cues", "change") - patterns.as_set("cues", "decrease")


def _falls(ctx: Context, q: Quantity, lo: int) -> bool:
    """Is the change a fall: a word of falling before it, with no word of rising nearer ('fell
    by 1% in 2023 and rose 6% in 2024': the 6% rose)?"""
    start = max(lo, q.i - 12)
    # (not 'down from 19%', 'fell from 19%': the figure is the level the change started at, and
    # the fall is the next figure's, not this one's)
    falls = [i for i, j, _ in patterns.phrases("cues", "decrease").find_all(ctx.lows, start, q.i)
             if not (ctx.lows[j : j + 1] == ["from"] and q.i - j <= 3)]  # fmt: skip
    rises = [k for k in range(start, q.i) if ctx.lows[k] in _RISING]
    if fall_after(ctx, q):
        return True  # "after a 1.9% fall", "1.4% less than in 2024": the fall named after it
    return bool(falls) and max(falls) > max(rises, default=-1)


_NOT_PER_YEAR: frozenset[str] = frozenset({"ago", "earlier", "before", "later", "after"})


def _yearly_rate(ctx: Context, q: Quantity, lo: int, hi: int) -> bool:
    """Is the percentage a change a year, on average over several years: 'an average annual
    rate of 7%', '12% a year on average over the decade', 'grew 5% annually since 2014' (not
    'spent 2% of GDP a year', nor '3% a year ago')?"""
    lows = ctx.lows
    k = q.j + 2 if lows[q.j : q.j + 2] == ["of", "gdp"] else q.j
    if k != q.j or ctx.has("cues", "gdp", lo=q.j, hi=min(hi, q.j + 4)):
        return False
    after = ctx.find("cues", "per_year", lo=q.j, hi=min(hi, q.j + 5))
    yearly = any(i == q.j and lows[j : j + 1] not in [[w] for w in _NOT_PER_YEAR]
                 for i, j, _ in after) or ctx.word_in(_YEARLY_WORDS, max(lo, q.i - 4), q.i)  # fmt: skip
    if not yearly:
        return False
    spread = (
        ctx.has("cues", "average", lo=max(lo, q.i - 6), hi=min(hi, q.j + 6))
        or any(t.role == "since" or t.start is not None for t in ctx.times if lo <= t.i < hi)
        or _decade_span(ctx, lo, hi)
    )
    # "grew about 2.7% a year between 2014 and 2024": two years bound the span
    bounds = {t.year for t in ctx.times if lo <= t.i < hi and t.kind == "year" and t.year
              and t.role not in ("price", "edition", "date")}  # fmt: skip
    return (spread or len(bounds) >= 2) and ctx.has("cues", "change", lo=lo, hi=hi)


def _bracketed_since(ctx: Context, q: Quantity) -> int | None:
    """The base year of the sentence's change before a figure in brackets after an ally's
    name, with no time words of its own ('Latvia has raised it by 316% since 2014, second
    only to Lithuania (324%)': Lithuania's since 2014 too), else None."""
    if ctx.lows[q.i - 1 : q.i] != ["("] or ctx.lows[q.j : q.j + 1] != [")"]:
        return None
    if not any(m.kind == "ally" and m.j == q.i - 1 for m in ctx.mentions):
        return None
    if any(q.i <= t.i < q.j for t in ctx.times):
        return None
    start = ctx.tokens[q.i].start
    last = next((c for c in reversed(ctx.claims) if c.end <= start), None)
    if last is None or last.kind != "real_change":
        return None
    return last.since


def _shared_since(ctx: Context, q: Quantity) -> int | None:
    """The base year of the real changes before a change that names no time of its own: in its
    sentence ('... in real terms since 2014 - a rise of 114% - and Sweden has gone further, up
    145%': since 2014 too), or in the sentence before, when this one names no time at all
    ('... up 171% since 2014. Romania's 136% rise is smaller'); else None."""
    start = ctx.tokens[q.i].start
    before = [c for c in ctx.claims if c.end <= start]
    if before:
        last = before[-1]
        if last.kind != "real_change" or last.since is None:
            return None
        if any(ctx.tokens[t.i].start >= last.end and not (t.role == "since"
               and t.year == last.since) for t in ctx.times):  # fmt: skip
            return None  # ("... 96% since 2014, and this year's jump alone is 29%")
        return last.since
    if ctx.carry_since is None or ctx.times:
        return None
    return ctx.carry_since


_YEARLY_WORDS: frozenset[str] = patterns.word_set("yearly_words")
YEARLY_DOUBT: str = ("the figure is a yearly rate over several years, and the text does not "
                     "say from which year")  # fmt: skip


_PAYMENT_VERBS: frozenset[str] = patterns.word_set("payment_verbs")


def _paid_to(ctx: Context, q: Quantity, lo: int) -> bool:
    """Is the sum what someone paid a country, the country named right after the verb of paying
    and right before the sum ('paid the US $1.2 billion', 'pays Washington some $3 billion')?
    The sum is a price or a payment, not what the country named spends."""
    lows = ctx.lows
    for m in ctx.mentions:
        if m.kind not in NAMED and m.kind != "foreign" or m.possessive or not lo <= m.i < q.i:
            continue
        between = [w for w in lows[m.j : q.i] if w not in _PAID_FILLERS]
        k = m.i - 1 if lows[m.i - 1 : m.i] != ["the"] else m.i - 2
        if not between and k >= lo and lows[k] in _PAYMENT_VERBS:
            return True
    return False


# what sets a change against a year off from the sum before it, and how many words before
# it the sum may end
_AMOUNT_TO_CHANGE: frozenset[str] = frozenset({",", "\u2014", "\u2013", "-"})
_AMOUNT_REACH: int = 7


def _amount_compared(ctx: Context, q: Quantity, hi: int) -> Claim | None:
    """The claim of a sum of spending a change right after it sets against a year ('reached
    $149 billion, 38% more than in 2023', '$64.7 billion — 2.9% more than in 2023'), when the
    sum's year is the year after that base: the change is that year's, in spending."""
    k = q.j
    if ctx.lows[k : k + 2] != ["more", "than"] and ctx.lows[k : k + 2] != ["higher", "than"]:
        return None
    base = next((t for t in ctx.times if t.role == "base" and t.kind == "year" and t.year
                 and k + 2 <= t.i <= k + 3 and t.i < hi), None)  # fmt: skip
    if q.i == 0 or ctx.lows[q.i - 1] not in _AMOUNT_TO_CHANGE:
        return None  # (set off from the words before it: "..., 38% more than in 2023")
    dated = {n for t in ctx.times for n in range(t.i, t.j)}
    before = [x for x in ctx.quantities if x.form == "money" and x.j <= q.i
              and q.i - x.j <= _AMOUNT_REACH]  # fmt: skip
    # ("$149 billion in 2024, 38% more", "$64.7 billion into its war effort — 2.9% more"):
    # no other figure, and no break of the clause, between the sum and the change
    if not before or any(before[-1].j <= x.i < q.i for x in ctx.quantities if x.i not in dated):
        return None
    if any(w in (";", ".", "but", "while", "and") for w in ctx.lows[before[-1].j : q.i]):
        return None
    if base is None or base.year is None:
        return None
    end = ctx.tokens[before[-1].j - 1].end
    pair = next((c for c in ctx.claims if c.end == end and c.kind == "spending_amount"), None)
    if pair is None:
        return None
    if pair.year_basis == "tense" and base.year + 1 == ctx.today.year - 1:
        # (the sum's year not said, read as the latest year held, last year's in the spring:
        # set against the year before it, both are last year's)
        pair = copy.copy(pair)
        pair.year, pair.year_basis = base.year + 1, "stated"
    return pair if pair.year == base.year + 1 else None


_PAID_FILLERS: frozenset[str] = frozenset({"some", "about", "around", "nearly", "almost",
                                           "roughly", "over", "more", "than", "a", "total",
                                           "of"})  # fmt: skip


def _real_change(ctx: Context, q: Quantity, codes, doubt, value, yearly: bool = False) -> None:
    lo, hi = ctx.clause(q)
    if (_falls(ctx, q, lo) or minus_sign(ctx, q)) and value > 0:
        value = -value
    owner = changes.owner(ctx, q)  # "a rise in spending by Canada and the European allies"
    if owner is not None:
        codes, doubt = [owner], ""
    claims = _claims_for(ctx, q, codes, doubt, "real_change", value, "%")
    # "spending as a share of GDP has doubled": a change of the share, not of real spending
    head = headed_bracket(ctx, q)  # (not a share named before another measure's bracket: "share
    at = head[1] if head is not None else lo  # of GDP (2.71%) and real growth (+19.7%)")
    of_share = any(not _in_concession(ctx.lows, lo, i, q.i)
                   for i, _j, *_rest in ctx.find("cues", "gdp_share_subject", lo=at, hi=q.i))  # fmt: skip
    for claim in claims:
        changes.settle(ctx, q, claim)
        if changes.in_a_bill(ctx, q):
            claim.doubts.append("the change is of a bill or an act, not of NATO-defined spending")
        elif changes.on_a_budget(ctx, q):
            claim.doubts.append("the change is set against a budget: a national budget's change, "
                                "not NATO's real change in spending")  # fmt: skip
        if of_share:
            claim.doubts.append(SHARE_MOVED)
        if yearly and claim.since is None:
            claim.doubts.append(YEARLY_DOUBT)
    # "in constant 2015 dollars": a change at one year's prices is a real change
    real = (
        ctx.has("cues", "real")
        or any(t.role == "price" and ctx.lows[t.j : t.j + 1] != ["exchange"] for t in ctx.times)
        or ctx.real_lead
    )
    if _decade_span(ctx, lo, hi):
        for claim in claims:  # "climbed by 130% over the past decade": not one year's change
            claim.since = claim.since or ctx.today.year - 10
    after = _years_after_event(ctx, q, lo)
    if after is not None:  # "Ten years after Wales, France has raised it by 25.6%": since 2014
        for claim in claims:
            claim.since = claim.since or after
    start = _from_year(ctx, q, hi) or _span_summed_before(ctx, q)
    compared = _amount_compared(ctx, q, hi)
    if compared is not None and any(c.subject_code != compared.subject_code for c in claims):
        compared = None  # (another's sum: "Russia's $149bn, 38% more than Ukraine's in 2023")
    for claim in claims:
        if compared is not None and compared.year is not None:
            # "$149 billion, 38% more than in 2023": the change of the sum just before over
            # the year after the base, the sum's own year (not the article's)
            claim.year, claim.year_basis = compared.year, compared.year_basis
            claim.doubts = [d for d in claim.doubts if "year" not in d]
    base = next((t.year for t in ctx.times if t.role == "base" and t.year and lo <= t.i < hi
                 and t.year < ctx.today.year - 1), None)  # fmt: skip
    if compared is not None:
        base = None  # (set against a sum of spending: a change in spending, not in a share)
    if base is not None and not real:  # "the rise is 0.3 percent compared to 2014": in what?
        for claim in claims:  # (not one year's change: "in 2024 ... 38% higher than in 2023")
            if claim.year is None or base < claim.year - 1:
                claim.doubts.append(f"a change since {base} may be in spending or in the share "
                                    "of GDP, and the text does not say which")  # fmt: skip
    over = _base_of(ctx, q)  # "up 96% on 2014": a change over the years since, not the last one's
    for claim in claims:
        if over is not None and claim.since is None and over < (claim.year or ctx.today.year) - 1:
            claim.since = over
    for claim in claims:  # "tripled from $8.6 billion in 2014 to $27 billion": since 2014
        if start is not None and (claim.year is None or start < claim.year - 1):
            claim.since = claim.since or start  # (from the year before: one year's change)
    carried = _bracketed_since(ctx, q) or _shared_since(ctx, q)
    if (
        not ctx.times
        and ctx.carry_since_real
        and (ctx.carry_change or (carried is not None and ctx.carry_since == carried))
    ):  # "... up 171% in real terms since 2014. Romania's 136% rise ...", "... by 57% in
        real = True  # real terms this year. Spain's rise was 43%": the changes go on, real
    for claim in claims:  # "by 316% since 2014, second only to Lithuania (324%)": since 2014
        if carried is not None and claim.since is None:
            claim.since = carried
    if not real and not ctx.carry_change and _undated_noun_change(ctx, q):
        for claim in claims:
            if claim.since is None and claim.year_basis == "tense":
                claim.period_unstated = True
    nominal = _nominal_said(" ".join(_own_words(ctx, q, lo, hi))) and not _real_noun(ctx, q, lo)
    # "the budget rose by about 55% in kroner; NATO's real-terms rise is 49.9%": a change in the
    # ally's own money, its own clause saying nothing of real terms, is at current prices
    # (a real word elsewhere in the sentence is another figure's)
    in_own_money = ctx.has("cues", "national_currency_change", lo=lo, hi=hi) and not ctx.has(
        "cues", "real", lo=lo, hi=hi
    )
    for claim in claims:
        if claim.since is not None and any(t.run and t.year == claim.since for t in ctx.times):
            claim.since = None  # "raised it for the 30th year in a row, by 7%": the run is of
            # the rises, the 7% one year's
        if claim.since is None:
            claim.measure = "real_change"
        elif yearly:  # "an average annual rate of 7% since 2014": the compound yearly rate
            claim.measure = derived.YEARLY_RATE
        else:  # Table 4's since 2014, or the yearly changes compounded (derived.py)
            said = any(t.role == "since" and t.year == claim.since for t in ctx.times)
            claim.measure = derived.change_measure(claim.since, claim.subject_code, said)
        claim.real_unstated = not real
        if nominal:  # "rose 31% in nominal terms", "in current dollars" (the figure's own
            # words: "After deflation, the rise is 0.1%, against a nominal rise of 3%")
            claim.doubts.append("the text gives a change at current prices, and the tables give "
                                "real changes")  # fmt: skip
        elif not real and _sums_changed_before(ctx, q):
            # "spending rose from $943 billion in 2014 to $1,474 billion in 2024, ..., up by
            # about 56%": the change between the two sums just given, in money at their prices
            claim.doubts.append(SUMS_CHANGE)
        elif in_own_money:
            claim.doubts.append("the text gives a change in the country's own currency, at "
                                "current prices, and the tables give real changes")  # fmt: skip
        if q.form in ("fraction", "multiplier"):
            claim.precision = 0
        if q.form == "multiplier" and claim.hedge is None:
            claim.hedge = "times"  # "tripled": a round multiple, about three times


_REAL_NOUN_REACH: int = 4  # "real growth of 22pc", "a real-terms rise of 22%"


def _real_noun(ctx: Context, q: Quantity, lo: int) -> bool:
    """Does the figure's own noun say real terms right before it ('in cash terms, with real
    growth of 22pc this year'), with nothing of current prices in those words? Then the
    nominal words further back are another figure's (a rank 'in cash terms')."""
    near = max(lo, q.i - _REAL_NOUN_REACH)
    if not ctx.has("cues", "real", lo=near, hi=q.i):
        return False
    return not _nominal_said(" ".join(ctx.lows[near : q.i]))


def _nominal_said(words: str) -> bool:
    return "nominal" in words or any(p in words for p in _NOMINAL)


def _own_words(ctx: Context, q: Quantity, lo: int, hi: int) -> list[str]:
    """The words of the clause that are the figure's own: from the figure before it (or the
    clause's start) to it, and after it up to a comma, a semicolon or the next figure."""
    start = max([lo] + [x.j for x in ctx.quantities if x.form != "year" and lo <= x.j <= q.i])
    end = min([hi] + [x.i for x in ctx.quantities if x.form != "year" and q.j <= x.i < hi])
    end = next((k for k in range(q.j, end) if ctx.lows[k] in (",", ";")
                and ctx.lows[k + 1 : k + 2] not in (["in"], ["at"])), end)  # fmt: skip
    return ctx.lows[start : q.i] + ctx.lows[q.j : end]


def _base_of(ctx: Context, q: Quantity) -> int | None:
    """The base year a change is set against, in its own words: right after it ('up 96% on
    2014', '171% higher compared with 2014') or opening the sentence with no other time before
    the figure ('Compared with 2014, ... up 171%'); else None ('up 96% on 2014, and this year's
    jump alone is 29%': the 29% has its own time)."""
    lows = ctx.lows
    for t in ctx.times:
        if t.role != "base" or t.kind != "year" or not t.year or lows[t.i - 1 : t.i] == ["since"]:
            continue  # (not "the first time since 2014")
        if q.j <= t.i <= q.j + 6 and not {",", ";", "."} & set(lows[q.j : t.i]):
            return t.year
        if t.i <= 3 and t.j <= q.i and not any(x is not t and t.j <= x.i < q.i for x in ctx.times):
            return t.year
    return None


_CONCESSIVE: frozenset[str] = patterns.word_set("concessive_openers")


def _in_concession(lows: list[str], lo: int, k: int, stop: int) -> bool:
    """Is token k inside a concessive aside set off by commas before `stop` ('Italy, despite
    its low share of GDP, has done better at 43%': the share is the aside's, the change
    Italy's spending's)?"""
    opened = next((a for a in range(k - 1, -1, -1) if lows[a] == ","), None)
    return (opened is not None and lows[opened + 1] in _CONCESSIVE
            and "," in lows[k:stop])  # fmt: skip


def _undated_noun_change(ctx: Context, q: Quantity) -> bool:
    """'cited a 70% increase in defence spending': a change named as a noun after 'a' or 'an',
    in a sentence with no time words (nor real terms): not dated to one year, so read as the
    latest year's only to support (Claim.period_unstated)."""
    if ctx.times or q.i == 0 or ctx.lows[q.i - 1] not in ("a", "an"):
        return False
    return ctx.lows[q.j : q.j + 1] != [] and ctx.lows[q.j] in _CHANGE_NOUNS


SHARE_MOVED: str = ("the change is of the share of GDP, not of real spending, and NATO "
                    "publishes no change of the share over years")  # fmt: skip


# "ten years on from Wales", "ten years after", "ten years ago": a time, not the span of a change
_NOT_SPAN: frozenset[str] = frozenset({"on", "after", "ago", "later", "earlier", "before"})


_AFTER_EVENTS: patterns.Phrases = patterns.phrases("after_events")
_PERFECT: frozenset[str] = patterns.word_set("perfect_auxiliaries")


def _years_after_event(ctx: Context, q: Quantity, lo: int) -> int | None:
    """The year of the event a change is counted from when the sentence opens 'Ten years after
    Wales' or 'A decade on from the Wales summit' and says the change in the present perfect
    ('has raised its spending by 25.6%'): the change since then. ('A decade after Wales, it
    raises spending by 16%' dates a change of one year; the time alone is no span.)"""
    lows = ctx.lows
    for k in range(1, q.i):
        hit = _AFTER_EVENTS.match_at(lows, k)
        if (
            hit
            and lows[k - 1] in ("years", "decade")
            and _PERFECT & set(lows[max(lo, k + hit[0]) : q.i])
        ):
            return hit[1] if isinstance(hit[1], int) else None
    return None


def _decade_span(ctx: Context, lo: int, hi: int) -> bool:
    """Does the clause say a change ran over a decade ('over the past decade', 'in ten
    years'), not name a time a decade off ('Ten years on from the Wales summit, ...')?"""
    return any(ctx.lows[j : j + 1] == [] or ctx.lows[j] not in _NOT_SPAN
               for _i, j, _ in ctx.find("cues", "decade_span", lo=lo, hi=hi))  # fmt: skip


SUMS_CHANGE: str = (
    "the change is the one between the two sums the sentence gives before it, "
    "in money at their prices, not NATO's real change"
)


def _sums_changed_before(ctx: Context, q: Quantity) -> bool:
    """Does the sentence give a change from one sum of money to another before the figure
    ('from $943 billion in 2014 to $1,474 billion in 2024')?"""
    lows = ctx.lows
    sums = [x for x in ctx.quantities if x.form == "money" and x.j <= q.i]
    return any(
        lows[a.i - 1 : a.i] == ["from"] and lows[b.i - 1 : b.i] == ["to"] and a.j <= b.i
        for a in sums
        for b in sums
    )


def _span_summed_before(ctx: Context, q: Quantity) -> int | None:
    """The first year of a span the sentence gave right before the figure as two figures
    'from A in Y1 to B in Y2', the figure set after them as their change ('rose from $39.3
    billion in 2014 to $76.9 billion in 2024, a real increase of roughly 96 per cent'): Y1,
    when the span is longer than one year (else None)."""
    lows = ctx.lows
    figures = [x for x in ctx.quantities if x.form != "year" and x.j <= q.i]
    if len(figures) < 2:
        return None
    a, b = figures[-2], figures[-1]
    if lows[a.i - 1 : a.i] != ["from"] or lows[b.i - 1 : b.i] != ["to"]:
        return None
    first = next((t for t in ctx.times if a.j <= t.i <= a.j + 1 and t.j <= b.i
                  and t.kind == "year" and t.year), None)  # fmt: skip
    last = next((t for t in ctx.times if b.j <= t.i <= b.j + 1 and t.j < q.i
                 and t.kind == "year" and t.year), None)  # fmt: skip
    if first is None or last is None or not first.year < last.year - 1:
        return None
    if lows[last.j : last.j + 1] != [","] or any(
        w in (",", ";", ":") for w in lows[last.j + 1 : q.i]
    ):
        return None  # (the change apposed right after the span, nothing else between)
    return first.year


def _from_year(ctx: Context, q: Quantity, hi: int) -> int | None:
    """The year of the starting point a change names right after it: 'rose 214% from $8.6
    billion in 2014' (a starting point of that year: the change runs since then)."""
    lows = ctx.lows
    if "from" not in lows[q.j : q.j + 3]:
        return None
    start = next((x for x in ctx.quantities if q.j < x.i <= q.j + 3 and x.form != "year"), None)
    if start is None:
        return None
    t = next((t for t in ctx.times if start.j <= t.i <= start.j + 1 and t.i < hi
              and t.kind == "year" and t.year), None)  # fmt: skip
    return t.year if t is not None and t.year < ctx.today.year else None


def _currency(word: str | None, codes: list[str]) -> str | None:
    """The currency an amount's word names: "kroner" and "crowns" (shared_currencies) are the
    money of the one ally the sentence names among those who count in them ("Denmark spent 68.7
    billion kroner": Danish kroner; "Sweden will spend 140 billion crowns": Swedish kronor);
    with none of them named, "kroner" is read as Norwegian ("NOK?" leans to NOK) and "crowns"
    ("CROWN?", no currency of its own) as no currency the text makes sure."""
    shared = patterns.load()["shared_currencies"].get(word or "", [])
    if not shared:
        return (word or "").rstrip("?") or None
    own = {ally: cur for cur, ally in patterns.load()["currency_allies"].items()}
    mine = [own[c] for c in codes if own.get(c) in shared]
    if len(mine) == 1 and len(codes) == 1:
        return mine[0]
    leaning = (word or "").rstrip("?")
    return leaning if leaning in shared else None


_RESIDENTS: dict[str, str] = patterns.load()["subjects"]["residents"]
# who may have an average citizen: an ally or the alliance (not a group NATO publishes no
# figure per head of)
_CITIZEN_OWNERS: frozenset[str] = frozenset(a.iso3 for a in ALLIES) | {"NATO"}
_EACH: frozenset[str] = patterns.word_set("each_words")
_RESIDENT_GROUPS: patterns.Phrases = patterns.phrases("subjects", "resident_groups")


def _residents_for(ctx: Context, q: Quantity) -> str | None:
    """The people named right after 'for' that a sum per head is theirs: "against $976 for
    Europeans and Canadians" (the group's code), "$1,146 for Canadians" (the ally's); "" when
    'for' names several allies' people ("for Canadians and Germans"), whose sum is none of
    theirs alone; None when no people follow 'for'."""
    lows, tokens = ctx.lows, ctx.tokens
    k = q.j + 1
    if lows[q.j : q.j + 1] != ["for"] or k >= len(lows):
        return None
    group = _RESIDENT_GROUPS.match_at(lows, k)
    if group is not None:
        return str(group[1])
    if lows[k] not in _RESIDENTS or not tokens[k].text[:1].isupper():
        return None
    # ("for Canadians and Germans", "for Canadians, Germans and Poles": several peoples)
    more = lows[k + 1 : k + 3]
    if more[:1] in (["and"], [","]) and more[1:] != [] and more[1] in _RESIDENTS:
        return ""
    return _RESIDENTS[lows[k]]


def _residents_of(ctx: Context, q: Quantity, lo: int) -> tuple[str | None, bool]:
    """The ally whose people a sum is per head of, and whether they are named right after it:
    'per American' or 'for Canadians' after it (a group's code for 'for Europeans and
    Canadians', "" for several allies' people), or its people as the spenders of the clause
    with a word of per head ('Per person, Americans spend about $2,240', 'Canadians spend
    about $710 each')."""
    lows, tokens = ctx.lows, ctx.tokens
    k = q.j + 1
    if lows[q.j : q.j + 1] == ["per"] and k < len(lows) and tokens[k].text[:1].isupper():
        return _RESIDENTS.get(lows[k]), lows[k] in _RESIDENTS
    named_for = _residents_for(ctx, q)
    if named_for is not None:
        return named_for, True
    fronted = next((k + 1 for k in range(lo, q.i - 1) if lows[k] == "per"
                    and lows[k + 1] in _RESIDENTS and tokens[k + 1].text[:1].isupper()), None)  # fmt: skip
    if fronted is not None:  # "Per Canadian, that is $609": the people named before the sum
        return _RESIDENTS[lows[fronted]], True
    citizen = _average_citizen(ctx, lo, q.i)
    if citizen is not None:  # "The average citizen of the alliance pays $1,210 a year"
        return citizen, True
    # the people named after the sum before it, if any ("Americans spend $2,239 each;
    # Norwegians spend $1,754 each": the Norwegians' sum), else in the whole clause (one of
    # them, "each Pole", "every Spaniard", is so too)
    before = [x.j for x in ctx.quantities if x.form == "money" and lo <= x.j <= q.i]
    start = before[-1] if before else lo
    people = {_RESIDENTS[lows[k]] for k in range(start, q.i) if _people_at(ctx, k)}
    people_near = bool(people)
    if not people and before:
        people = {_RESIDENTS[lows[k]] for k in range(lo, q.i) if _people_at(ctx, k)}
    if len(people) != 1:
        return None, False
    each = lows[q.j : q.j + 1] != [] and lows[q.j] in _EACH
    each = each or any(_one_each(lows, k) for k in range(lo, q.i) if lows[k] in _RESIDENTS)
    # (or the sum follows another sum per head of the same sentence or of the sentence just
    # before: "Americans spend $2,239 each ...; Norwegians $1,754; Germans $911. Italians
    # spend $505": each people's sum per head, its words of per head left out)
    listed = any("per_capita" in (c.measure or "") for c in ctx.claims)
    if each or ctx.has("ranking", "per_head") or listed or _after_per_head(ctx):
        # (people named between another sum and this one are this sum's, whoever the
        # clause's subject was before)
        other_sum = any(x.form == "money" and x.j <= q.i for x in ctx.quantities)
        return people.pop(), other_sum and people_near and (each or listed)
    return None, False


_ONE_OF_THEM: frozenset[str] = frozenset({"each", "every", "average"})
_CITIZENS: frozenset[str] = patterns.word_set("citizen_nouns")


def _one_each(lows: list[str], k: int) -> bool:
    """Is the people at k one of them, each ('each Pole', 'every Spaniard', 'the average
    Briton'): what a sum beside it is per head of?"""
    return k > 0 and lows[k - 1] in _ONE_OF_THEM


def _people_at(ctx: Context, k: int) -> bool:
    """Is the word at k an ally's people, capitalised, in the plural or as one of them
    ('Canadians', 'each Pole')?"""
    low = ctx.lows[k]
    return (low in _RESIDENTS and ctx.tokens[k].text[:1].isupper()
            and (low.endswith("s") or _one_each(ctx.lows, k)))  # fmt: skip


def _average_citizen(ctx: Context, lo: int, hi: int) -> str | None:
    """The ally or the alliance whose 'average citizen' (or person, taxpayer) the clause makes
    the payer of a sum, named right after 'of' or 'in' ('The average citizen of the alliance
    pays $1,210 a year'): the sum is per head of it; None otherwise."""
    lows = ctx.lows
    for k in range(lo, hi - 2):
        if lows[k] != "average" or lows[k + 1] not in _CITIZENS:
            continue
        if lows[k + 2] not in ("of", "in", "across"):
            return None
        if lows[k + 3 : k + 5] == ["the", "alliance"] or lows[k + 3 : k + 4] == ["nato"]:
            return "NATO"  # (the alliance, which the mentions leave to the sentence's verbs)
        owner = next((m for m in ctx.mentions if m.i in (k + 3, k + 4) and m.j <= hi
                      and m.kind in ("ally", "group") and m.code in _CITIZEN_OWNERS), None)  # fmt: skip
        return owner.code if owner is not None else None
    return None


def _after_per_head(ctx: Context) -> bool:
    """Was the figure before, in the sentence before, a sum per head ('... $1,097 in Britain.
    Türkiye spends just $310.': a small sum after it is one too)?"""
    return (
        bool(ctx.earlier)
        and "per_capita" in (ctx.earlier[-1].measure or "")
        and (ctx.earlier[-1].sentence == ctx.sentence.index - 1)
    )


def _us_dollars_written(ctx: Context) -> bool:
    """Has the article, before the figure, written a sum of Canada's in US dollars by name
    ('US$30.5 billion')?"""
    return any(c.currency == "USD" and c.subject_code == "CAN" and _US_DOLLAR.search(c.text)
               for c in (*ctx.earlier, *ctx.claims))  # fmt: skip


_US_DOLLAR: re.Pattern[str] = re.compile(r"\bU\.?S\.?\s?\$")


def _dollars_of_others(ctx: Context, here: bool = False) -> bool:
    """Has the article (or, `here`, the sentence), before the figure, read a '$' sum of an ally
    other than Canada and the United States (whose '$' can only be US dollars) as US dollars?"""
    pool: list[Claim] = ctx.claims if here else [*ctx.earlier, *ctx.claims]
    return any(c.kind == "spending_amount" and c.currency == "USD" and "$" in c.text
               and c.subject_code not in (None, "CAN", "USA") for c in pool)  # fmt: skip


def _dollar_of_another(ctx: Context) -> bool:
    """Has the sentence already read a '$' sum per head of another ally as US dollars?"""
    return any(c.kind == "spending_amount" and c.currency == "USD" and "$" in c.text
               and c.subject_code not in (None, "CAN") and "per_capita" in (c.measure or "")
               for c in ctx.claims)  # fmt: skip


def _tables_named(ctx: Context) -> bool:
    """Does the sentence name NATO or SIPRI as the source of its figures?"""
    return any(s.source in ("NATO", "SIPRI") for s in ctx.sources)


_GAP_WORDS: frozenset[str] = patterns.word_set("gap_words")
_REQUIRING: frozenset[str] = patterns.word_set("requiring_words")
_UNSPENT: frozenset[str] = patterns.word_set("unspent_words")


def _not_spent(ctx: Context, q: Quantity, c_hi: int) -> bool:
    """Is an amount no sum spent: the gap to a level ('about 10 billion short of it'), the
    sum a level would require ('the 39 billion the threshold would require', 'the EUR 40
    billion needed'), or money left unspent ('4.3 billion of that went unspent')?"""
    lows = ctx.lows
    if lows[q.j : q.j + 1] and lows[q.j] in _GAP_WORDS and lows[q.j + 1 : q.j + 2] == ["of"]:
        return True
    after = lows[q.j : min(c_hi, q.j + 6)]
    if _UNSPENT & set(after):
        return True
    for w in after[:5]:
        if w in _SPENT_VERBS:
            return False  # "EUR 39 billion spent on what the rules require": spent
        if w in _REQUIRING:
            return True
    return False


_SPENT_VERBS: frozenset[str] = patterns.word_set("spending_verbs")


def _converted_claim(ctx: Context, q: Quantity) -> Claim | None:
    """The claim read of the sum that q, a conversion, converts (the sum in another currency
    just before it), or None when that sum gave none."""
    before = [x for x in ctx.quantities if x.form == "money" and x.j <= q.i]
    end = ctx.tokens[before[-1].j - 1].end
    return next((c for c in ctx.claims if c.end == end), None)


def _convertible(ctx: Context, before: Claim, q: Quantity) -> bool:
    """Can the conversion q of the sum read as `before` be judged as that sum's: an ally's,
    named in the sum's own words, or before it in a sum of money of that ally alone, converted
    into US dollars or the ally's own money?"""
    code = before.subject_code
    owners: dict = patterns.load()["currency_allies"]
    if code is None or len(code) != 3:
        return False
    if code not in before.own_subjects and not (
        owners.get(before.currency or "") == code
        and any(m.code == code and ctx.tokens[m.j - 1].end <= before.start for m in ctx.mentions)
    ):
        return False  # (but "Bulgaria ..., NATO says: 4.217 billion leva, or about $2.3
        # billion": a sum in money only the ally named before it has is that ally's, and so
        # its conversion; not "Around 186 billion zlotys ($48.5 billion) is earmarked ...,
        # of Poland's GDP", the ally named only after it)
    money = (q.currency or "").rstrip("?")
    return money == "USD" or owners.get(money) == code or _tabled_in(ctx, before, money)


def _tabled_in(ctx: Context, before: Claim, money: str) -> bool:
    """Is `money` the currency NATO's table of national money gives the ally of the sum read as
    `before` for its year, in the edition current at the date ('$34.5 bn, or EUR 32.0 bn' of
    Italy: euros, Italy's own money, though several allies share it)?"""
    code, year = before.subject_code, before.year
    if code is None or year is None or not money:
        return False
    pub = edition_for("NATO", "spending_nc_current", ctx.today)[0]
    if pub is None:
        return False
    found = row("NATO", pub.edition, "spending_nc_current", code, year)
    return found is not None and found.unit.split()[-1] == money


_RESTATING_PRONOUNS: frozenset[str] = frozenset({"that", "this", "it"})
_RESTATING_VERBS: frozenset[str] = frozenset({"is", "was", "means", "meant", "equals",
                                              "amounts", "comes", "translates"})  # fmt: skip


def _restated_convertible(ctx: Context, before: Claim, q: Quantity) -> bool:
    """Can the conversion q be judged as the sum `before`, when that sum names no ally in its
    own words but restates the ally's share of GDP just said ('Canada spends 1.37% of GDP. In
    money that is C$41 billion, or about US$30.5 billion'): into US dollars or the ally's
    own money, as for a sum that names its ally?"""
    code = before.subject_code
    if code is None or len(code) != 3 or before.kind != "spending_amount":
        return False
    lo, lows = ctx.clause(q)[0], ctx.lows
    if not any(lows[k] in _RESTATING_PRONOUNS and lows[k + 1] in _RESTATING_VERBS
               for k in range(lo, q.i - 1)):  # fmt: skip
        return False  # ("In money, that is ...", "this means ...")
    # the last share of GDP said, of this ally, and no other subject's claim after it (but
    # "... short of the 2% goal", "among the eight still under 2%": the same ally's or none's)
    at = next((k for k in range(len(ctx.earlier) - 1, -1, -1)
               if ctx.earlier[k].kind == "share_of_gdp"), None)  # fmt: skip
    if at is None or ctx.earlier[at].subject_code != code:
        return False
    if any(c.subject_code not in (None, code) for c in ctx.earlier[at + 1 :]):
        return False
    money = (q.currency or "").rstrip("?")
    owners: dict = patterns.load()["currency_allies"]
    return money == "USD" or owners.get(money) == code


def _apposed_convertible(ctx: Context, before: Claim, q: Quantity) -> bool:
    """Is the sum read as `before` set after a comma beside the ally's share of GDP right
    before it, which names the ally in its own words ('Germany is set to spend 2.12% of its
    GDP on defence this year, about EUR 90.6 billion ($97.7 billion)')? The sum restates
    that share, so it and its conversion are that ally's too."""
    code = before.subject_code
    money = (q.currency or "").rstrip("?")
    if code is None or len(code) != 3 or before.own_subjects or money != "USD":
        return False
    start = next((c for c in reversed(ctx.claims) if c.end <= before.start), None)
    if start is None or start.subject_code != code or code not in start.own_subjects:
        return False
    if start.kind != "share_of_gdp" or start.sentence != before.sentence:
        return False
    between = [t.text.lower() for t in ctx.tokens if start.end <= t.start and t.end <= before.start]
    return "," in between[-3:] and _APPOSED_GAP.issuperset(between)


# the words between a share of GDP and the sum set beside it: its noun, its year, a hedge
_APPOSED_GAP: frozenset[str] = frozenset(
    ", of its their gdp on defence defense the military this last next year in or about some "
    "roughly around nearly almost approximately".split()
)


def _set_aside_before(ctx: Context, q: Quantity) -> bool:
    """Was the sum that q converts set aside on purpose (another field, a part of a budget)?"""
    before = [x for x in ctx.quantities if x.form == "money" and x.j <= q.i]
    return id(before[-1]) in ctx.memo.get("set aside", ())


def _dollars_of(ctx: Context, q: Quantity) -> Quantity | None:
    """The sum in another currency that q, a sum in US dollars in brackets right after it,
    converts ('EUR 77.8 billion ($88.5 billion)'), or None."""
    if not (q.currency or "").startswith("USD"):
        return None
    return next((x for x in ctx.quantities if x.form == "money" and converted_into(ctx, x) is q),
                None)  # fmt: skip


# the kinds a bare percentage after another figure of its sentence takes from it ("Italy
# spends 59.4% of its defence budget on personnel and Greece 55.9%": Greece's personnel share)
_INHERITED: tuple[str, ...] = ("share_of_gdp", *patterns.BUDGET_SHARES, "real_change")


_TABLED_BY: frozenset[str] = frozenset({"NATO", "SIPRI"})  # bodies whose sums are defence's


_BESIDE_REACH: int = 4  # tokens from a sum to its share of GDP set beside it ("this year ,")


def _share_beside(ctx: Context, q: Quantity) -> bool:
    """Is the next figure after the sum a share of GDP set beside it after a comma, a few
    words on ('EUR 32.0 billion, 1.59%', 'EUR 19.7 billion this year, 1.28% of GDP'): a
    percentage the size of a share of GDP, bare or 'of GDP', ending its clause or the line?"""
    x = next((x for x in ctx.quantities if x.i >= q.j and x.form != "year"), None)
    if x is None or x.form != "percent" or x.value > MAX_SHARE:
        return False
    between = ctx.lows[q.j : x.i]
    if between[-2:] == [",", "or"]:
        between = between[:-1]  # "EUR 10.7 billion, or 1.35% of GDP": the same spending, restated
    if not between or between[-1] != "," or len(between) > _BESIDE_REACH:
        return False
    if any(w[:1].isalpha() and w not in _BESIDE_TIME for w in between):
        return False  # (only a time may stand between: "this year")
    after = ctx.lows[x.j : x.j + 3]
    if after[:2] == ["of", "gdp"]:
        after = after[2:]
    return not after or after[0] in (".", ";", ",")


_BESIDE_TIME: frozenset[str] = frozenset({"this", "last", "next", "year", "in"})


def _restated_share_year(ctx: Context, q: Quantity) -> int | None:
    """The year of the time right after the share of GDP a sum is restated as, when the sum
    has no time of its own ('EUR 10.7 billion, or 1.35% of GDP, last year'): the pair's."""
    lows = ctx.lows
    x = next((x for x in ctx.quantities if x.i >= q.j and x.form != "year"), None)
    if x is None or x.form != "percent" or lows[q.j : x.i] != [",", "or"]:
        return None
    k = x.j + (2 if lows[x.j : x.j + 2] == ["of", "gdp"] else 0)
    k += 1 if lows[k : k + 1] == [","] else 0
    at = (k, k + 1) if lows[k : k + 1] == ["in"] else (k,)  # ("in 2023", "last year")
    t = next((t for t in ctx.times if t.i in at and t.year is not None), None)
    return None if t is None or t.year is None or t.year > ctx.today.year else t.year


_PART_LINKS: frozenset[str] = frozenset({"on", "to", "for", "into", "towards"})
_PART_FILLERS: frozenset[str] = frozenset({"the", "its", "their", "new", "military",
                                            "defence", "defense", "arms", "weapons"})  # fmt: skip


def _budget_part_after(ctx: Context, q: Quantity, hi: int) -> str:
    """'spent USD 314bn on procurement', 'USD 314bn went to new equipment': the part of the
    budget (a header measure's words: equipment, personnel, pay, infrastructure, ...) the sum
    after the figure goes to, in its clause; '' when the sum is not said to go to one ('on
    defence', 'to the armed forces')."""
    lows = ctx.lows
    for k in range(q.j, min(hi, q.j + 4)):
        if lows[k] in _PART_LINKS:
            n = k + 1
            while n < hi and lows[n] in _PART_FILLERS:
                n += 1
            found = ctx.find("header_measures", lo=n, hi=min(hi, n + 3))
            return " ".join(lows[found[0][0] : found[0][1]]) if found and found[0][0] == n else ""
    return ""


def _restates_share(ctx: Context, q: Quantity, codes: list[str]) -> bool:
    """Does 'that' open the figure's clause as what restates the figure before ('That is EUR
    124.7 billion'), the last claim of the article so far being a share of GDP of the same
    ally? Then the sum is that ally's defence spending in money."""
    lo = ctx.clause(q)[0]
    if not any(m.code == "IT" and ctx.lows[m.i] == "that" and lo <= m.i < q.i
               for m in ctx.mentions):  # fmt: skip
        return False
    last = ctx.earlier[-1] if ctx.earlier else None
    return last is not None and last.kind == "share_of_gdp" and last.subject_code in codes


def _group_row(ctx: Context, q: Quantity) -> bool:
    """Is the sum a row's, its label before a colon right before it, a group of allies named
    in the label ('European allies and Canada: $777 billion', '- All allies: $1.81 trillion'),
    or the group's own, its possessive right before it ("the alliance's $1.47 trillion")?"""
    if any(m.j == q.i and m.possessive and m.kind == "group" for m in ctx.mentions):
        return True
    if ctx.lows[q.i - 1 : q.i] != [] and ctx.lows[q.i - 1] in _ALLIANCE_OWNERS:
        return True  # "two-thirds of the alliance's $1.47 trillion total"
    if ctx.lows[q.i - 1 : q.i] != [":"]:
        return False
    return any(m.j == q.i - 1 and m.kind == "group" for m in ctx.mentions) or ctx.lows[
        max(0, q.i - 3) : q.i - 1
    ] in (["all", "allies"], ["all", "members"])


_ALLIED_GROUPS: frozenset[str] = frozenset({"NATO", "NATO_EC", "EUROPE"})
_ALLIANCE_OWNERS: frozenset[str] = frozenset({"alliance's", "alliance’s", "nato's", "nato’s"})
_GROUP_SCALE: float = 1e10  # a group of allies spends tens of billions a year at the least


def _spending(ctx: Context, q: Quantity, codes: list[str], doubt: str) -> None:
    # an amount is defence spending when its sentence, or the article before it, says so
    # ("The United States stayed in first place ($997 billion)" in a report on military spending)
    ranked = any(c.kind == "ranking" for c in ctx.claims)  # "second comes Germany ($97.7bn)"
    # (or the sentence read the same ally's share of GDP: "North Macedonia jumps to 2.22% of
    # GDP, on NATO's estimates - MKD 20.1 billion")
    ranked = ranked or any(c.kind == "share_of_gdp" and c.subject_code in codes
                           for c in ctx.claims)  # fmt: skip
    # (or the ally's share of GDP follows the sum, set beside it: "Italy: EUR 32.0 billion,
    # 1.59%", "Spain: EUR 19.7 billion this year, 1.28% of GDP", the row of one ally's budget)
    ranked = ranked or (bool(codes) and _share_beside(ctx, q))
    # (or it restates the share of GDP just said: "Germany reaches 2.69% of GDP. In money
    # terms that is EUR 124.7 billion")
    ranked = ranked or (bool(codes) and _restates_share(ctx, q, codes))
    residents: str | None = None
    named_after = False
    if q.value * q.scale < 1e5:
        residents, named_after = _residents_of(ctx, q, ctx.clause(q)[0])
    if residents == "":  # "$976 for Canadians and Germans": several peoples' sum together
        codes, doubt = [], "the sum per head is of several allies' people together"
    elif residents is not None and (named_after or not codes or codes == [residents]):
        codes, doubt = [residents], ""  # "$2,895 per American", "Canadians spend $710 each"
    # (or the sentence says the sums are NATO's or SIPRI's: "NATO's 2024 estimates are:
    # Lithuania EUR 2.13 billion, Slovakia EUR 2.63 billion", figures of defence spending)
    tabled = bool(codes) and any(s.source in _TABLED_BY for s in ctx.sources)
    tabled = tabled or alliance_total_line(ctx, q)  # ("NATO's new report ... Total: $1.8tn")
    # (or the sum is said of the allies as a group: "European allies and Canada: $777 billion",
    # "All allies: $1.81 trillion", what only their defence spending is in a table of sums)
    tabled = tabled or (bool(codes) and all(c in _ALLIED_GROUPS for c in codes)
                        and q.value * q.scale >= _GROUP_SCALE and _group_row(ctx, q))  # fmt: skip
    if not (
        ctx.has("cues", "defence") or ((ctx.defence_topic or ranked or tabled) and codes)
    ) or multi_year(ctx, q):
        return
    if ctx.has("cues", "economy_amount", lo=max(0, q.i - 5), hi=q.i):
        return  # "a US economy worth $28.7 trillion": the economy, not its defence spending
    c_lo, c_hi = ctx.clause(q)
    if ctx.has("cues", "purchase", lo=max(c_lo, q.i - 5), hi=min(c_hi, q.j + 3)):
        return  # "F-35 jets worth $2.5 billion", "a $2.5 billion contract": a deal, not a budget
    if _aid_sum(ctx.lows, q.j):
        set_aside(ctx, q)  # "a $40 billion Ukraine package", "$61 billion in aid to Kyiv":
        return  # money given to another country, not what the giver spends on its defence
    if ctx.has("cues", "common_funding", lo=max(c_lo, q.i - 4), hi=min(c_hi, q.j + 3)):
        set_aside(ctx, q)  # "the alliance's roughly $3.5 billion common budget": what allies
        return  # pay into NATO's own budgets, no ally's defence spending (nor the alliance's)
    if _paid_to(ctx, q, c_lo):
        set_aside(ctx, q)
        return  # "it paid the US $1.2 billion for eight F-16s": a price paid to a country,
        # not the country's (nor the payer's yearly) defence spending
    if _included(ctx.lows, c_lo, q.i) and _for_other(ctx.lows, q.j):
        set_aside(ctx, q)  # "It includes EUR 105 million for a satellite and EUR 46 million for
        return  # research": parts of a budget, not what is spent on defence
    if ctx.lows[q.j + 1 : q.j + 2] == ["than"] and ctx.lows[q.j] in ("more", "less", "higher",
                                                                     "lower"):  # fmt: skip
        return  # "almost $6 billion more than before": a difference, not a level
    if _not_spent(ctx, q, c_hi):
        set_aside(ctx, q)  # "10 billion short of ...", "the 39 billion the threshold would
        return  # require", "4.3 billion of that went unspent": no sum spent
    change = change_words(ctx, q, ctx.clause(q)[0]) is not None or _gapped_change(ctx, q)
    if change and not (q.currency or "").startswith("USD"):
        return  # "up €16.8 billion": a change in national money, which milex does not derive
    sipri = source_for(ctx, q)[0] == "SIPRI" or ctx.article_sipri
    pair_of: Claim | None = None
    converts = conversion(ctx, q)
    before = _converted_claim(ctx, q) if converts else None
    if converts and (
        (before is not None and before.kind != "spending_amount") or _set_aside_before(ctx, q)
    ):
        set_aside(ctx, q)  # "a SAFE bid of EUR 45bn, about $52.8bn": the conversion of a sum
        return  # that is no spending (a loan's, a fund's) is no figure of spending either
    if converts and not sipri:
        # "EUR 90.6bn ($79.7bn)", "EUR 59.6bn, or roughly $69bn": the writer's conversion of
        # the sum before, of the same ally and year as that sum's claim, when that sum names
        # its ally in its own words and the conversion is into dollars or the ally's money
        # (not "the new money, roughly C$9 billion (US$6.6 billion)": whose and what sum is
        # a guess; nor "$1.47 trillion (EUR 1.37 trillion)" of the alliance: no table of it)
        if before is None or not (
            _convertible(ctx, before, q)
            or _restated_convertible(ctx, before, q)
            or _apposed_convertible(ctx, before, q)
        ):
            return
        pair_of = before
        codes, doubt = [str(before.subject_code)], ""
    elif converts:
        converted = _dollars_of(ctx, q) if sipri else None
        if converted is None:
            return
        # "EUR 77.8 billion ($88.5 billion)", SIPRI's: the dollars are its own, and the same
        # money as the sum they convert, of the same ally
        end = ctx.tokens[converted.j - 1].end
        pair = next((c for c in ctx.claims if c.end == end and c.subject_code), None)
        if pair is not None:
            codes, doubt = [str(pair.subject_code)], ""
    word = q.currency  # as written: "EUR", or "NOK?" for a word several allies' money shares
    doubts = []
    clarifier = patterns.phrases("currency_clarifiers")
    lo, hi = ctx.clause(q)
    stated = [h for h in clarifier.find_all(ctx.lows, lo, hi)]
    bracketed = patterns.load()["currency_bracketed"]
    if (ctx.lows[q.j : q.j + 1] == ["("] and ctx.lows[q.j + 2 : q.j + 3] == [")"]
            and ctx.lows[q.j + 1] in bracketed):  # fmt: skip
        # "Canada's $35.0 billion (U.S.) defence bill": the money named in brackets after it
        stated = [(q.j, q.j + 3, bracketed[ctx.lows[q.j + 1]])]
    if not stated and lo > 0:  # "In US dollars Britain's bill comes to $110.3bn; Canada's is
        # $52.5bn": a currency named to open the sentence is all its sums'
        stated = [h for h in clarifier.find_all(ctx.lows, 0, lo) if h[0] == 0]
    earlier = [x for x in ctx.quantities if x.j <= q.i and x.currency and x.scale == q.scale]
    if word is None and q.scale >= 1e6 and earlier:
        # "848 billion lira this year, up from 394 billion in 2023": the sentence's currency
        word = earlier[-1].currency
    elif word is None and q.scale >= 1e6 and ctx.carry_currency is not None:
        # "Europe's total rose to 693 billion dollars." then "Russia alone spent 149 billion":
        # the talk's currency
        word = ctx.carry_currency
    currency = _currency(word, codes)
    per_head = (
        residents is not None
        or ctx.has("ranking", "per_head", lo=q.j, hi=min(hi, q.j + 4))
        or (
            q.value * q.scale < 1e5
            and (
                ctx.has("ranking", "per_head")
                or ctx.header_per_head
                or ctx.note_per_head
                or _after_per_head(ctx)
            )
        )  # fmt: skip
    )  # ("Measured per head, Norway spends about $1,750, behind only the US at $2,240")
    if stated and (
        word is None or word.endswith("?") or word == str(stated[0][2]) or q.currency is None
    ):
        # "$30.5 billion in US dollars"; not "EUR 124.7 billion, equal to $147 billion ... in
        # dollar terms": a sum in a currency written out is in that currency, whatever else
        # its clause converts ("Measured in roubles, the outlay came to roughly 13.8 trillion"
        # after "$149 billion": the words' money, not the talk's)
        currency = str(stated[0][2])
    elif (
        q.currency == "USD?"
        and "CAN" in codes
        and per_head
        and (_tables_named(ctx) or _dollar_of_another(ctx))
    ):
        currency = "USD"  # "Canada's $609 a head, NATO's table shows": NATO and SIPRI give
        # spending per head in US dollars only (and "United States $2,481; Canada $1,146":
        # the '$' of one list is one dollar)
    elif q.currency == "USD?" and "CAN" in codes and _us_dollars_written(ctx):
        currency = "USD"  # "Canada will spend US$30.5 billion, up from $28.0 billion": the
        # article has said its dollars are American
    elif q.currency == "USD?" and "CAN" in codes and sipri and _dollars_of_others(ctx):
        currency = "USD"  # "SIPRI puts British spending at $81.8 billion. Canada spent $29.3
        # billion": SIPRI's sums are in US dollars, and the text's '$' of another ally is too
    elif q.currency == "USD?" and "CAN" in codes and _dollars_of_others(ctx, here=True):
        currency = "USD"  # "Britain's defence spending tops $110bn this year, while Canada's
        # reaches $48bn": the sentence's '$' of an ally that counts in no dollars is US dollars
    elif q.currency == "USD?" and "CAN" in codes:
        doubts.append(DOLLAR_UNSAID)
        if ctx.canadian_dateline:  # "OTTAWA - Canada will spend about $30.5 billion": a
            doubts.append(DOLLAR_DATELINE)  # Canadian writer's dollars are Canada's
    if currency is None and word in patterns.load()["shared_currencies"]:
        doubts.append("the text does not say which country's crowns or kroner it means")
    elif currency is None:
        doubts.append(CURRENCY_UNSAID)
    vocab = patterns.load()
    owner = vocab["currency_allies"].get(currency or "") or vocab["currency_countries"].get(
        currency or ""
    )
    if owner and (not codes or (len(codes) == 1 and codes[0] != owner and len(codes[0]) == 3)):
        # "200 billion zloty to defence": only Poland counts in zloty (and "'we will spend
        # 200 billion zloty,' he said" after Trump is named is not the United States' figure;
        # "13.8 trillion roubles": Russia's, on SIPRI's figures in its money)
        codes, doubt = [owner], ""
    value, unit = amount_unit(q, currency or "?")  # (not the word's "CROWN?")
    measure = "spending_usd_current" if currency == "USD" else "spending_nc_current"
    price_base = None
    restated = _restated_at_prices(ctx, q, hi)
    for t in ctx.times:
        if t.role == "price" and lo <= t.i < hi and not restated:
            price_base = f"constant {t.year}"
            measure = "spending_usd_constant" if currency == "USD" else "spending_nc_constant"
    # "in real terms" right after a change is the change's ("rose 9.4% in real terms to
    # $2,718bn"), not the amount's
    real = [
        i
        for i, j, _ in ctx.find("cues", "real", lo=lo, hi=hi)
        if not any(
            x.form == "percent" and (x.j <= i <= x.j + 1 or i < x.i <= i + 4)
            for x in ctx.quantities
        )
        and not (ctx.lows[j : j + 1] and ctx.lows[j] in _CHANGE_NOUNS)
        and not (i > 0 and ctx.lows[i - 1] in _CHANGE_NOUNS)
        and not _closes_a_change(ctx, q, i)
    ]  # fmt: skip  (nor "a real-terms rise of 11%", nor a change with no figure: "$507
    # billion in 2024, the tenth year of real-terms growth", "growth in real terms")
    priced = {t.year for t in ctx.times if t.role == "price" and t.year}
    if (
        price_base is None
        and len(priced) == 1
        and not restated
        and not ctx.has("cues", "today_prices")
        and _CURRENT_WORDS.isdisjoint(ctx.lows)
    ):  # "from $8.6 billion to $35.0 billion in constant 2015 dollars, while Germany's rose
        # to $76.9 billion": the sentence's one price basis is that of all its sums
        price_base = f"constant {priced.pop()}"
        measure = "spending_usd_constant" if currency == "USD" else "spending_nc_constant"
    if price_base is None and ctx.header_prices:  # "(US$, 2015 prices)" in the header above
        price_base = f"constant {ctx.header_prices}"
        measure = "spending_usd_constant" if currency == "USD" else "spending_nc_constant"
    if (
        price_base is None
        and not priced
        and ctx.note_prices
        and _CURRENT_WORDS.isdisjoint(ctx.lows)
    ):
        # "All amounts are in constant 2015 US dollars. Poland: $8.6bn in 2014, ...": the
        # prices a note of the paragraph before gave for the sums after it
        price_base = f"constant {ctx.note_prices}"
        measure = "spending_usd_constant" if currency == "USD" else "spending_nc_constant"
    carried = _prices_before(ctx) if price_base is None and not priced else None
    if carried is not None and _CURRENT_WORDS.isdisjoint(ctx.lows):
        # "At constant 2015 prices, US spending was $755bn in 2024. Germany's rose from $39.3bn
        # to $76.9bn over the same decade.": the basis of the sums just before, perhaps
        price_base = carried
        measure = "spending_usd_constant" if currency == "USD" else "spending_nc_constant"
        doubts.append(CARRIED_PRICES)
    if price_base is None and (ctx.has("cues", "today_prices", lo=lo, hi=hi) or real):
        # "in today's dollars": the article's year's prices; "in real terms": prices of a year
        # the text leaves unsaid (judged on the edition's own base, and only to support)
        today = ctx.has("cues", "today_prices", lo=lo, hi=hi)
        price_base = f"constant {ctx.today.year}" if today else UNSTATED_BASE
        measure = "spending_usd_constant" if currency == "USD" else "spending_nc_constant"
    labelled = _labelled_current(ctx, q)
    if price_base is not None and labelled:
        # "Italy: $29.8bn at 2015 prices, $34.5bn in current dollars": the sum's own label
        # says current prices, whatever basis a note or its neighbour names
        price_base = None
        measure = "spending_usd_current" if currency == "USD" else "spending_nc_current"
    if ctx.header_loans:  # "Poland: EUR 43.7bn" under "How the SAFE pot is shared out:"
        set_aside(ctx, q)  # a loan, not the ally's spending: no claim
        return
    if _received(ctx, q, lo) and not _as_nato_counts(ctx):
        # "Poland is to get EUR 43.7 billion" of a loan programme: money received, not spent
        # (but "the armed forces will get EUR 90.6 billion this year as NATO counts it": the
        # ally's spending on NATO's definition, what its forces get)
        for claim in _claims_for(ctx, q, codes, doubt, "policy_amount", value, unit):
            claim.doubts.append("an amount an ally receives (a loan or an allocation) is not "
                                "its spending, and milex holds no allocations")  # fmt: skip
        return
    unpriced = False
    if not per_head and q.value * q.scale < 1e6:
        return  # "$1,750 a year" can be no ally's budget: a sum per head, or in units unsaid
    if per_head:  # "$2,000 per person": Table 6's spending per head, held at constant prices
        if currency != "USD" or change:
            return
        measure = "spending_per_capita_usd_constant"
        unpriced = price_base is None  # (SIPRI's are at current prices, NATO's constant)
        if unpriced:
            price_base = UNSTATED_BASE
    if change:  # "a rise of nearly $6 billion": the difference of two years of Table 2, which
        # only supports (a writer may have taken a national budget's change, or constant prices)
        if currency != "USD" or price_base:
            return
        measure = MONEY_CHANGE
    part = _budget_part_after(ctx, q, hi)
    if part:  # "USD 314bn went to procurement": one part of a budget, which no table holds
        _claims_for(ctx, q, codes, f"the sum is what one part of the budget ({part}) received, "
                    "and milex holds no amounts by part", "unread", value, unit)  # fmt: skip
        return
    paired = converted_into(ctx, q)
    # "EUR 77.8 billion ($88.5 billion)": SIPRI gives dollars; the euros may be the writer's
    # conversion of them, not SIPRI's own national figure (judged only to support)
    maybe_converted = (
        sipri and currency != "USD" and paired is not None and bool(_dollars_of(ctx, paired))
    )
    for claim in _claims_for(ctx, q, codes, doubt, "spending_amount", value, unit,
                             measure=measure, price_base=price_base):  # fmt: skip
        claim.currency, claim.precision = currency, amount_precision(q)
        claim.doubts.extend(doubts)
        claim.converted_pair = maybe_converted
        if pair_of is not None and pair_of.year is not None:
            claim.year, claim.year_basis = pair_of.year, pair_of.year_basis
        restated_year = _restated_share_year(ctx, q)
        if restated_year is not None and pair_of is None:
            claim.year, claim.year_basis = restated_year, "stated"  # ("EUR 7.05 billion, or
            # 1.21% of GDP, in 2023": the time after the share the sum is restated as)
        if labelled or (price_base is None and _current_before(ctx, q, lo)):
            claim.measure_basis = "labelled"  # (a note's constant prices are not its)
        if per_head and unpriced:
            if claim.source == "SIPRI":  # SIPRI gives spending per head at current prices only
                claim.measure, claim.price_base = PER_HEAD_CURRENT, None
            else:
                claim.doubts.append(PER_HEAD_UNPRICED)
        claim.measure = money_since.reading(ctx, q, claim) or claim.measure
        if claim.price_base == f"constant {ctx.today.year}" and claim.year == ctx.today.year:
            # this year's spending in today's dollars is this year's spending at current prices
            claim.price_base, claim.measure = None, measure.replace("constant", "current")
