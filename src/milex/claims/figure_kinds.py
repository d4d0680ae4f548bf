"""What kind of figure a percentage is, from the words around it: a change ('rose 9.4%',
'the real increase for 2024 is 17.9%'), a category of a defence budget ('42.8% on personnel'),
a gap between two allies ('2% more than Germany'), a change in troop numbers, or the kind of
the figure before it in the sentence. The readers in measures.py decide on these."""

from __future__ import annotations

import bisect

from milex.claims import patterns
from milex.claims.clause import Context
from milex.claims.model import Claim
from milex.claims.numbers import Quantity

_LEVEL_AFTER = frozenset({"from", "to"})  # "up from 1.5%", "rose to 2.1%": a level, not a change
# "slips below 1.5%", "climbs above 2%": a level crossed, not a change (but "rose over 5%"
# and "cut by under 1%" are changes)
_CROSSING = patterns.word_set("level_crossing_words")
_DEGREE = frozenset({"just", "well", "slightly", "comfortably"})


_FORCES = frozenset({"strength", "troops", "soldiers", "personnel", "headcount", "forces", "army"})
_MONEY_WORDS = frozenset({"spending", "budget", "budgets", "expenditure", "outlays", "spent",
                          "funding", "spend"})  # fmt: skip


def of_forces(ctx: Context, q: Quantity) -> bool:
    """Is the change one of troop numbers ('the average strength of its armed forces has
    fallen by 2.2%'), with no word of money in its clause, nor of prices (what 'the armed
    forces will get ..., 29% more in real terms' changes is money)?"""
    lo, hi = ctx.clause(q)
    words = set(ctx.lows[lo:hi])
    return (
        bool(words & _FORCES)
        and not words & _MONEY_WORDS
        and not ctx.has("cues", "real", lo=lo, hi=hi)
    )


def gap_to_another(ctx: Context, q: Quantity) -> bool:
    """Is the figure a difference from another ally or group ('2% (of GDP) more than Germany')?"""
    lows = ctx.lows
    k = q.j + (2 if lows[q.j : q.j + 2] == ["of", "gdp"] else 0)
    aside = 0  # "9% more in real terms than Germany": the price aside between the two words
    if lows[k : k + 1] in (["more"], ["less"], ["higher"], ["lower"]) and k + 1 < len(lows):
        priced = _PRICE_ASIDES.match_at(lows, k + 1)
        aside = 0 if priced is None else priced[0]
    pair = lows[k : k + 1] + lows[k + 1 + aside : k + 2 + aside]
    if pair not in (["more", "than"], ["less", "than"], ["higher", "than"],
                    ["lower", "than"], ["above", "that"], ["below", "that"]):  # fmt: skip
        return False
    return any(
        m.i in (k + 2 + aside, k + 3 + aside)
        for m in ctx.mentions
        if m.kind in ("ally", "group", "demonym")
    )


_CATEGORIES = {**dict.fromkeys(patterns.word_set("personnel_cost_words"), "personnel_share"),
               "equipment": "equipment_share", "infrastructure": "infrastructure_share",
               "operations": "other_share", "maintenance": "other_share"}  # fmt: skip


def is_category(low: str) -> bool:
    """Is the word a category of NATO's breakdown of spending ('personnel', 'equipment')?"""
    return low in _CATEGORIES


def breakdown_category(ctx: Context, q: Quantity) -> str | None:
    """The category of NATO's breakdown (Tables 8a/8b) a percentage of defence spending is
    said to go on, right after it: '42.8% on personnel', '29.6% on operations', '3.9% on
    infrastructure' (measures named so, even infrastructure, are defence figures)."""
    if q.form != "percent" or ctx.has("cues", "gdp", lo=q.j, hi=q.j + 4):
        return None
    if (
        label_before(ctx, q) is None
        and not {"on", "for"} & set(ctx.lows[q.j : q.j + 3])
        and not ctx.has("cues", "non_defence")
        and (named := _share_named_before(ctx, q)) is not None
        and change_words(ctx, q, ctx.clause(q)[0]) is None  # ("... and its spending rose 5%")
    ):  # "Spain's personnel share fell to 27.8%": a share of defence spending by its name
        return named
    if not (ctx.has("cues", "defence") or ctx.defence_topic):
        return None  # ("wages rose 5% for personnel in the health sector")
    after = ctx.lows[q.j : q.j + 5]
    k = 0
    while k < len(after) and after[k] in (",", "goes", "go", "went", "is", "was", "spent"):
        k += 1  # "58.6%, goes on personnel"
    whole = _budget_named_after(ctx, q.j + k)
    if whole:  # "58.6% of its budget on personnel", "36.1% of its 2024 spending into equipment"
        after, k = ctx.lows[whole : whole + 3], 0
    said = after[k : k + 1] in (["on"], ["for"], ["to"], ["into"])
    k += 1 if said else 0
    category = _CATEGORIES.get(after[k]) if k < len(after) else None
    label = label_before(ctx, q)
    if label is not None and not said:
        # "personnel 42.8%, equipment 25.7%": a labelled list, each figure after its label (the
        # category after the comma is the next item's)
        category = label
    if category in ("infrastructure_share", "other_share") and not ctx.has("cues", "defence"):
        return None  # ("3% on infrastructure" is a defence category only in a defence sentence)
    return category


_WHOLE_REACH: int = 5  # "of Portugal's 2024 defence budget": the words of the whole, at most


def _budget_named_after(ctx: Context, k: int) -> int:
    """Where the words after 'of <the budget>' start, when the figure's whole, a defence budget
    or its spending, is named at k before the category it goes on ('58.6% of its budget on
    personnel'); else 0. No other figure than a year may stand in the whole."""
    if ctx.lows[k : k + 1] != ["of"]:
        return 0
    found = ctx.find("cues", "budget_share", lo=k + 1, hi=min(len(ctx.lows), k + _WHOLE_REACH))
    if not found:
        return 0
    end = int(found[0][1])
    if any(k < x.i < end and x.form != "year" for x in ctx.quantities):
        return 0
    return end


# the nouns of a category's share named before its figure ("the personnel share fell to 28%")
_SHARE_NOUNS: frozenset[str] = patterns.word_set("category_share_nouns")


def _share_named_before(ctx: Context, q: Quantity) -> str | None:
    """The category whose share the sentence names before the figure, with no other figure
    between them: 'Spain's personnel share fell to 27.8%, and Italy's to 42.9%' (both)."""
    if not ctx.word_in(_SHARE_NOUNS, 1, q.i):
        return None  # (no share's noun before the figure: most sentences)
    lows = ctx.lows
    for k in range(q.i - 1, 0, -1):
        if lows[k] in _SHARE_NOUNS and lows[k - 1] in _CATEGORIES:
            return _CATEGORIES[lows[k - 1]]
        if (
            lows[k] in _CATEGORIES
            or lows[k] in (".", ";")
            or (any(x.i == k for x in ctx.quantities if x.form not in ("percent", "year")))
        ):
            return None  # another category, or another kind of figure, stands between
    return None


# what may stand between a category's label and its figure ("equipment: 25.7%")
_LABEL_LINKS: frozenset[str] = patterns.word_set("label_links")
# what ends a labelled item ("personnel 42.8%, ...", "... infrastructure 1.9%.")
_ITEM_ENDS: frozenset[str] = patterns.word_set("label_item_ends")


def label_before(ctx: Context, q: Quantity) -> str | None:
    """The category a figure is the value of when its label comes right before it and the item
    ends after it: 'personnel 42.8%, equipment 25.7%', 'equipment: 25.7%;'."""
    lows = ctx.lows
    k = q.i - 1
    if k >= 0 and lows[k] in _LABEL_LINKS:
        k -= 1
    if k < 0 or lows[k] not in _CATEGORIES:
        return None
    if lows[k - 1 : k] in (["on"], ["for"], ["to"], ["in"]):
        return None  # "... spent on equipment 25.7% more": the label is said, not listed
    if k > 0 and lows[k - 1] in _PAYERS:
        return None  # "We pay 4.3 percent": a verb of paying after its subject, no label
    if q.j < len(lows) and lows[q.j] not in _ITEM_ENDS:
        return None
    return _CATEGORIES[lows[k]]


# "the 2% floor", "the 3.5% target": a guideline's level named by its noun
_MARKS: frozenset[str] = frozenset(patterns.load()["guideline_nouns"])
_PAYERS: frozenset[str] = frozenset({"we", "they", "you", "i", "it", "who", "which"})
_JOINERS: frozenset[str] = frozenset({",", ";", "and", "but", "yet", "whereas", "against",
                                       "versus", "vs", "while", "compared", "to", "than"})  # fmt: skip
_AFTER: tuple[list[str], ...] = (["after"], ["following"])


def inherited_kind(
    ctx: Context,
    q: Quantity,
    lo: int,
    kinds: tuple[str, ...] = ("share_of_gdp", "equipment_share", "real_change"),
) -> str | None:
    """'..., against more than 54% in Poland', '..., and Sweden about 2.5%', '... but is
    estimated at 2.04% this year': a bare percentage after another figure of the sentence is
    of the same kind."""
    start = ctx.tokens[q.i].start
    last = next((c for c in reversed(ctx.claims) if c.end <= start and c.unit == "%"
                 and c.kind in kinds), None)  # fmt: skip
    if last is None:
        return None
    if last.kind == "real_change" and ctx.lows[q.j : q.j + 1] != [] and ctx.lows[q.j] in _MARKS:
        return None  # "will rise 57.4% in real terms to hit the 2% floor": a guideline's level,
        # never a change like the one before
    # the words since that figure ("51.1% and Belgium ... of the 32-member alliance at 15.2%")
    starts = ctx.memo.get("token_starts")
    if starts is None:  # (tokens are in the text's order)
        starts = ctx.memo["token_starts"] = [t.start for t in ctx.tokens]
    at = bisect.bisect_left(starts, last.end)
    lo = at if at < len(starts) else lo
    between = ctx.lows[lo : q.i]
    if not any(w in _JOINERS for w in between) and between[-1:] not in _AFTER:
        # ("rose 2.7% this year after 6.4% last year": the figure before, of the same kind)
        return None
    k = q.i - 1
    while k > lo and ctx.lows[k] in _LEVEL_DETERMINERS:
        k -= 1  # ("lifting it to the 2% mark": the level reached)
    if last.kind == "real_change" and ctx.lows[k : k + 1] in (["from"], ["to"]):
        return None  # "has doubled, from 2.2% to 4.1%": levels, not changes
    level = _level_before_appended(ctx, last, bisect.bisect_left(starts, last.start), kinds)
    if level is not None:
        return level  # "will spend 4% of GDP, up 36.3% in real terms; Estonia manages 3.38%":
        # the change is appended to the level, and the next ally's figure parallels the level
    aside = _with_aside(ctx.lows, bisect.bisect_left(starts, last.start), lo)
    if aside is not None and between[:1] == [","]:
        # "reached 2.37% of GDP, with a real rise of 20.7%, after 2.01% in 2023": past the
        # aside, the figure goes on from the one before it, not from the aside's
        first = ctx.tokens[aside].start
        outer = next((c for c in reversed(ctx.claims) if c.end <= first and c.unit == "%"),
                     None)  # fmt: skip
        return outer.kind if outer is not None and outer.kind in kinds else None
    if (
        last.kind == "real_change"
        and ctx.lows[q.i - 1 : q.i] != []
        and ctx.lows[q.i - 1] in _REACHED
        and _RISE_NOUNS.isdisjoint(ctx.lows[max(0, q.i - 5) : q.i - 1])
    ):
        return None  # "went +51% real and still only reached 2.02%": the level the rise
        # reached, not another change (but "and growth reached 9%" is one)
    if last.kind == "real_change" and _reaching_infinitive(ctx.lows, q, lo):
        return None  # "raised spending by 53% just to scrape 2%", "grew 40% to reach 2%": the
        # level the rise was for, what an infinitive of reaching takes, never another change
    if (
        last.kind == "real_change"
        and ctx.lows[q.i - 1 : q.i] == ["at"]
        and not any(m.j == q.i - 1 for m in ctx.mentions)
        and _RISE_NOUNS.isdisjoint(ctx.lows[max(0, q.i - 4) : q.i - 1])
    ):
        return None  # a figure a place or a verb sets 'at' is a level ("rose by 15.9%, with
        # Poland again at the top at 4.48%", "grew by 9.3% and still came last at 1.28%"),
        # but "rose by 12%, with Poland at 22%" may be Poland's rise, the change's kind, and
        # "puts the real-terms rise at 49.9%" sets a rise at it
    if (
        last.kind == "real_change"
        and ctx.lows[q.i - 1 : q.i] == ["on"]
        and _RISE_NOUNS.isdisjoint(ctx.lows[max(0, q.i - 4) : q.i - 1])
    ):
        return None  # "lifted spending by 43% in real terms and now sits level with Belgium on
        # 2%", "Brits trail on 2.6%": a figure a country is 'on' is where it stands, a level
    if last.kind == "real_change" and _spent_level(ctx.lows, q, lo):
        return None  # "raised spending by 11%, and Germany now spends 2.12%", "leapt 23.2%
        # while Canada coughs up just 1.37%": what a verb of spending or paying takes is a
        # level, not another change
    return last.kind


# verbs of reaching a level, bare after 'to' ("just to scrape 2%", "to reach 2%")
_REACHING_INFINITIVES: frozenset[str] = patterns.word_set("reaching_infinitives")


def _reaching_infinitive(lows: list[str], q: Quantity, lo: int) -> bool:
    """Does an infinitive of reaching take the figure ('to scrape 2%', 'to reach barely 2%',
    'to hit the 2% mark')? What it takes is a level reached, not a change."""
    k = q.i - 1
    while k > lo and (lows[k] in _LEVEL_FILLERS or lows[k] in _LEVEL_DETERMINERS):
        k -= 1
    return k > lo and lows[k] in _REACHING_INFINITIVES and lows[k - 1] == "to"


_LEVEL_VERBS: frozenset[str] = patterns.word_set("level_spending_verbs")
_LEVEL_FILLERS: frozenset[str] = patterns.word_set("level_verb_fillers")
_MORE_AFTER: frozenset[str] = patterns.word_set("more_after_figure")


def _spent_level(lows: list[str], q: Quantity, lo: int) -> bool:
    """Does a verb of spending come right before the figure, past hedges and adverbs ('now
    spends 2.12%', 'spent about 1.9%'), with no word of more or less after it ('spends 12%
    more')? Then the figure is a level the subject spends."""
    k = q.i - 1
    while k > lo and lows[k] in _LEVEL_FILLERS:
        k -= 1
    if k < lo or not (lows[k] in _LEVEL_VERBS or paid_level(lows, k)):
        return False
    return lows[q.j : q.j + 1] == [] or lows[q.j] not in _MORE_AFTER


_APPENDED: frozenset[str] = patterns.word_set("appended_change_words")
# (not "spending", a noun as often as a verb: "real-terms spending 12% higher")
_PAYING: frozenset[str] = (
    patterns.word_set("spending_verbs") | patterns.word_set("paying_verbs")
) - {"spending"}


def paid_level(lows: list[str], k: int) -> bool:
    """Is the word at k, right before a figure, a verb of spending or paying ('spends', 'pays',
    'coughs up', 'forks out'), whose object is a level?"""
    if k < 0:
        return False
    if lows[k] in ("up", "out") and k > 0:
        return particle_up(lows, k) or lows[k - 1] in _PAYING
    return lows[k] in _PAYING


def _level_before_appended(
    ctx: Context, last: Claim, at: int, kinds: tuple[str, ...]
) -> str | None:
    """The kind of the level a change is appended to after a comma ('4% of GDP this year,
    NATO says, up 36.3% in real terms'), when the change (`last`, its figure at token `at`) is
    one and a level of the sentence comes right before it; None otherwise."""
    if last.kind != "real_change":
        return None
    lows = ctx.lows
    k = at - 1
    if k >= 0 and lows[k] == "by":
        k -= 1
    if k < 1 or lows[k] not in _APPENDED or lows[k - 1] != ",":
        return None
    level = next((c for c in reversed(ctx.claims) if c.end <= last.start and c.unit == "%"
                  and c.sentence == last.sentence), None)  # fmt: skip
    if level is None or level.kind == "real_change" or level.kind not in kinds:
        return None
    return level.kind


def _with_aside(lows: list[str], at: int, end: int) -> int | None:
    """Where an aside ', with ...' that holds the token at `at` and closes with the comma at
    `end` opens (its comma), when it does: ', with a real rise of 20.7%,'."""
    if lows[end : end + 1] != [","]:
        return None
    k = next((k for k in range(at - 1, -1, -1) if lows[k] in (",", ";", "(", ")")), -1)
    return k if k >= 0 and lows[k] == "," and lows[k + 1 : k + 2] == ["with"] else None


_REACHED: frozenset[str] = patterns.word_set("level_before") - {"to"}
# the words between 'to' or 'from' and a level's figure ("to the 2% mark", "to a record 2%")
_LEVEL_DETERMINERS: frozenset[str] = patterns.word_set("level_determiners")
# words between a change's verb or "by" and its figure ("by a combined", "by an estimated")
_CHANGE_FILLERS: frozenset[str] = patterns.word_set("change_fillers")
_RISE_NOUNS = frozenset({"rise", "rises", "increase", "increases", "growth", "jump", "jumps",
                         "surge", "surges", "cut", "cuts", "decrease", "decreases"})  # fmt: skip


# a change named by its noun right before 'of' or a comma: "a rise of 17%", "a real decline of
# 1.4%", "biggest rise, 17%"
_CHANGE_NOUNS_OF: frozenset[str] = patterns.word_set("change_nouns_of")


_APPOSED_ENDS: tuple[list[str], ...] = ([","], [";"], ["."], [])


def apposed_gdp(ctx: Context, q: Quantity) -> bool:
    """Is the figure the value of a share of GDP named right before it and a comma or a colon,
    past the time that dates it, and the item ends after it ("Denmark's share of GDP this
    year, 3.22%; ...")? The measure is the label's, whatever other measures the sentence
    names further on."""
    lows = ctx.lows
    comma = q.i - 1
    if comma >= 1 and lows[comma] == "(" and lows[q.j : q.j + 1] == [")"]:
        return _bracketed_gdp(ctx, q)
    if comma < 1 or lows[comma] not in (",", ":") or lows[q.j : q.j + 1] not in _APPOSED_ENDS:
        return False
    end = comma
    times = [t for t in ctx.times if t.j == end]
    if times:
        end = times[0].i
        if lows[end - 1 : end] in (["in"], ["for"]):
            end -= 1
    c_lo = ctx.clause_at(comma - 1)[0]
    return any(j == end for _i, j, _ in ctx.find("cues", "gdp", lo=max(c_lo, end - 8), hi=end))


_BRACKET_GDP_FILLERS: frozenset[str] = patterns.word_set("bracketed_gdp_fillers")


def _bracketed_gdp(ctx: Context, q: Quantity) -> bool:
    """Is the bracketed figure the share of the economy the words right before the bracket
    name ('Ukraine spent more of its economy on defence in 2024 (34%) than any other
    country'), past what it was spent on and its time, with no other figure between?"""
    lows = ctx.lows
    end = q.i - 1
    while end > 0:
        t = next((t for t in ctx.times if t.j == end), None)
        if t is not None:
            end = t.i
        elif lows[end - 1] in _BRACKET_GDP_FILLERS:
            end -= 1
        else:
            break
    c_lo = ctx.clause_at(q.i - 1)[0]
    if any(end <= x.i < q.i for x in ctx.quantities if x.form != "year"):
        return False
    return any(j == end for _i, j, _ in ctx.find("cues", "gdp", lo=max(c_lo, end - 8), hi=end))


_REAL_TERMS: tuple[list[str], ...] = (["in", "real", "terms"], ["in", "nominal", "terms"],
                                      ["in", "cash", "terms"])  # fmt: skip


# the words between a fronted figure's comma and the rise it is the value of: "At 27.4%, the
# annual real rise ...", "At 27.4%, Norway's increase ..."
_FRONTED_FILLERS: frozenset[str] = patterns.word_set("fronted_rise_fillers")


def _fronted_rise(ctx: Context, k: int) -> int | None:
    """Where the noun of a rise is, the first word of its clause after a fronted figure's
    comma past a determiner, an owner or an adjective of prices ('the rise', 'Norway's real
    increase', 'the Netherlands' annual increase'), else None."""
    lows = ctx.lows
    named = {n for m in ctx.mentions for n in range(m.i, m.j)}
    for n in range(k, min(len(lows), k + 6)):
        if lows[n] in _RISE_NOUNS:
            return n
        owner = lows[n].endswith("'s") or lows[n] in ("'", "’")  # ("the Netherlands' ...")
        if lows[n] not in _FRONTED_FILLERS and not owner and n not in named:
            return None
    return None


def _rise_noun_before(ctx: Context, comma: int) -> int | None:
    """The noun of a rise right before a comma, past the time that dates it ('increase last
    year,', 'rise in 2025,'), in the figure's clause: where it is, or None."""
    lows = ctx.lows
    c_lo, _c_hi = ctx.clause_at(comma - 1) if comma > 0 else (0, 0)
    k = comma - 1
    times = [t for t in ctx.times if t.j == comma]
    if times:
        k = times[0].i - 1
        if lows[k : k + 1] in (["in"], ["for"]):
            k -= 1
    if lows[max(0, k - 2) : k + 1] in _REAL_TERMS:
        k -= 3  # "Growth in real terms: 29.9%": the rise, qualified
    j = k
    while j > c_lo and lows[j] in _RISEN_WHAT:
        j -= 1
    if j < k and lows[j] in ("in", "of"):
        k = j - 1  # "the real rise in (defence) spending this year, 10.8%": the rise's noun
    return k if k >= max(c_lo, 0) and lows[k] in _RISE_NOUNS else None


_JUDGED_REACH = 5  # words of a judgement between 'is' and the colon ("is modest by comparison")
_COPULAS: frozenset[str] = frozenset({"is", "was", "looks", "looked", "seems", "seemed"})


def _rise_judged_before(ctx: Context, colon: int) -> int | None:
    """'Britain's real-terms increase this year is modest by comparison: 4.4%': a rise noun,
    the subject of a copula whose few words of judgement end at the colon, with no figure
    between: the figure after the colon is that rise's (None if not so)."""
    lows = ctx.lows
    c_lo = ctx.clause_at(colon - 1)[0]
    verb = next((k for k in range(colon - 1, max(c_lo, colon - 1 - _JUDGED_REACH) - 1, -1)
                 if lows[k] in _COPULAS), None)  # fmt: skip
    if verb is None or verb <= c_lo or verb == colon - 1:
        return None
    if any(verb < x.i < colon for x in ctx.quantities) or any(
        lows[k] in (",", ";", "(", ")") for k in range(verb, colon)
    ):
        return None
    return _rise_noun_before(ctx, verb)


# verbs whose object is what changes, the change right after it with no 'by' ("raising real
# spending 15.9%"), and the words that object may hold besides what has risen
_OBJECT_CHANGE_VERBS: frozenset[str] = patterns.word_set("object_change_verbs")
_OBJECT_FILLERS: frozenset[str] = frozenset({"real", "its", "their", "the", "her", "his", "our"})
_PUTTING: frozenset[str] = patterns.word_set("putting_verbs")
_PUT_OBJECT_REACH: int = 5  # words from a putting verb to the rise noun it puts at a figure


def _rise_put_at(ctx: Context, at: int) -> int | None:
    """The rise noun that a verb of putting puts at the figure after 'at' ('put the UK's
    real-terms increase in defence spending at 1.7%'): the noun, what has risen after it
    ('in defence spending'), then 'at'; the verb a few words before the noun, over its
    owner and qualifiers; else None."""
    lows = ctx.lows
    k = at - 1
    while k > 0 and (lows[k] in _RISEN_WHAT or lows[k] in ("in", "on", "of")):
        k -= 1
    if k <= 0 or lows[k] not in _RISE_NOUNS or (k < at - 1 and lows[k + 1] not in ("in", "on")):
        return None
    c_lo, _ = ctx.clause_at(k)
    for v in range(k - 1, max(c_lo - 1, k - 1 - _PUT_OBJECT_REACH), -1):
        if lows[v] in _PUTTING:
            return k
        if lows[v] in (",", ";", ":", "and", "but"):
            return None
    return None


# what a rise noun may name as risen between it and its figure ("the rise in spending")
_RISEN_WHAT: frozenset[str] = patterns.word_set("risen_what_words")


_LIST_JOINTS: frozenset[str] = frozenset({",", "and", "%", ";"})
_HEADER_REACH: int = 6  # how many words before its colon a list's header may name the rise in


def _rise_header(ctx: Context, q: Quantity) -> int | None:
    """Where the rise noun is of a header that a colon closes before a list of 'Ally N%'
    items ('The sharpest increases: Belgium 57.4%, Slovenia 51.5% and Spain 43.1%'): each
    item carries the header's measure. None unless the figure follows its ally's name and
    only the list's items stand between it and the colon, and the header names no GDP."""
    lows = ctx.lows
    if not any(m.kind == "ally" and m.j == q.i for m in ctx.mentions):
        return None
    colon = next((k for k in range(q.i - 1, -1, -1) if lows[k] == ":"), None)
    if colon is None or colon == 0:
        return None
    covered = {k for m in ctx.mentions if m.kind == "ally" and colon < m.i < q.i
               for k in range(m.i, m.j)}  # fmt: skip
    covered |= {k for x in ctx.quantities if colon < x.i < q.i for k in range(x.i, x.j)}
    if any(k not in covered and lows[k] not in _LIST_JOINTS for k in range(colon + 1, q.i)):
        return None
    start = max(0, colon - _HEADER_REACH)
    if "gdp" in lows[start:colon] or ctx.has("cues", "gdp", lo=start, hi=colon):
        return None
    return next((k for k in range(colon - 1, start - 1, -1) if lows[k] in _RISE_NOUNS), None)


def _crossed(lows: list[str], k: int) -> bool:
    """Is the word at k, right before a figure, a level the sentence says was crossed
    ('dips under 2%', 'slips just below 1.5%', 'rises above 3%'; not 'fell by under 1%')?"""
    if k < 0 or lows[k] not in _CROSSING:
        return False
    k -= 1
    while k >= 0 and lows[k] in _DEGREE:
        k -= 1
    if k >= 1 and lows[k] == "of" and lows[k - 1] in _CHANGE_NOUNS_OF:
        return False  # "real growth of just under 2%": the size of a change, bounded
    return k < 0 or lows[k] != "by"


_PUT_AT: list[list[str]] = [[be, verb, "at"] for be in ("is", "was")
                            for verb in sorted(patterns.word_set("rise_level_verbs"))]  # fmt: skip
_PREDICATING: frozenset[str] = patterns.word_set("change_predicating_verbs")
# words of a change's size between its verb and figure ("is a modest 0.6%", "was a hefty 12%")
_SIZE_WORDS: frozenset[str] = patterns.word_set("change_size_adjectives")
_COMES_TO: tuple[list[str], ...] = (["comes", "to"], ["came", "to"], ["amounts", "to"],
                                     ["amounted", "to"])  # fmt: skip
_REAL_AFTER: frozenset[str] = patterns.word_set("real_terms_after")


def _real_terms_after(ctx: Context, q: Quantity) -> bool:
    """Do 'in real terms' or 'after inflation' follow the figure, or the run of figures it
    opens ('57% and 69% in real terms')? A percentage so qualified is a change at constant
    prices, not a level (an amount so qualified is at constant prices: see amounts)."""
    lows, k = ctx.lows, q.j
    while lows[k : k + 1] in ([","], ["and"]):
        nxt = next((x for x in ctx.quantities if x.i == k + 1 and x.form == q.form), None)
        if nxt is None:
            break
        k = nxt.j
    return any(" ".join(lows[k : k + n]) in _REAL_AFTER for n in (2, 3))


def minus_sign(ctx: Context, q: Quantity) -> bool:
    """Is the figure written with a minus sign set on it ('Czechia -1.4%', '−0.3 points'),
    the sign apart from what comes before it (not the dash of a range, '1-2%', nor a list's
    dash, '- 1.4%')?"""
    k = q.ni - 1
    if k < 0 or ctx.lows[k] not in _MINUS or ctx.tokens[k].end != ctx.tokens[q.ni].start:
        return False
    return k == 0 or (
        ctx.tokens[k - 1].end < ctx.tokens[k].start and not ctx.lows[k - 1][-1:].isdigit()
    )


_MINUS: frozenset[str] = frozenset({"-", "\u2212", "\u2013"})


def change_words(ctx: Context, q: Quantity, lo: int) -> int | None:
    """Token index of the word saying the figure is a change ('rose', 'up', 'by', '+')."""
    lows = ctx.lows
    change = patterns.phrases("cues", "change")
    before = q.i - 1
    if lows[max(0, before - 1) : before + 1] == [",", "at"] and any(
        w in _RISE_NOUNS for w in lows[max(0, before - 5) : before - 1]
    ):  # fmt: skip
        return before - 1  # "the biggest real increase this year, at 54.7%"
    if (
        lows[before : before + 1] == ["at"]
        and (before == 0 or lows[before - 1] in (",", ";", ":"))
        and lows[q.j : q.j + 1] == [","]
        and (k := _fronted_rise(ctx, q.j + 1)) is not None
    ):
        return k  # "At 27.4%, the rise in spending is the steepest since 2014": the rise the
        # figure is fronted before, the subject of the clause after it
    if (
        lows[before : before + 1] == [","]
        and lows[q.j : q.j + 1] in _APPOSED_ENDS
        and (k := _rise_noun_before(ctx, before)) is not None
    ):
        return k  # "Canada's real-terms increase last year, 64%, was ...": the rise, apposed
        # (also an item of a list: "Norway's real spending growth this year, 49.9%; ...")
    if lows[max(0, before - 1) : before + 1] in _COMES_TO:
        # "the increase this year comes to 29.5%": the rise noun it is predicated of, as 'is'
        c_lo, _ = ctx.clause(q)
        k = next((k for k in range(max(c_lo, before - 7), before) if lows[k] in _RISE_NOUNS),
                 None)  # fmt: skip
        if k is not None:
            return k
    if before >= 0 and lows[before] in _LEVEL_AFTER:
        return None
    if _crossed(lows, q.ni - 1):
        return None
    if "short" in lows[max(0, q.i - 3) : q.ni]:
        return None  # "fallen short of the 2 per cent target": a level missed, not a change
    signed = minus_sign(ctx, q)
    if signed:
        before -= 1  # "fell -1.4%", "changed by -1.4%": the words before the sign
    while before >= 0 and lows[before] in _CHANGE_FILLERS:
        before -= 1  # "grew by a combined 18%", "rose another 2%", "by an estimated 7%"
    if q.ni > 0 and lows[q.ni - 1] in _CROSSING:
        while before >= 0 and lows[before] in _DEGREE:
            before -= 1  # "a rise of slightly below 2%": the degree of the bound, then 'of'
    if before >= 0 and (change.match_at(lows, before) or lows[before] == "+"):
        if particle_up(lows, before):
            return None  # "coughs up just 1.28%", "made up 2%": a sum paid or made, a level
        return before
    if signed:
        return q.ni - 1  # "Czechia -1.4%": a signed figure is a change, as "+57.4%" is
    if (
        before >= 1
        and lows[before] in ("of", ",", ":")  # "a rise of 17%", "biggest rise, 17%"
        and lows[before - 1] in _CHANGE_NOUNS_OF
    ):  # ("a real decline of 1.4%": a fall, as "fell 1.4%")
        return before - 1
    if before >= 1 and lows[before] == ":" and (k := _rise_noun_before(ctx, before)) is not None:
        return k  # "Real growth this year: 30.1%": the label names a rise, dated before its colon
    if before >= 1 and lows[before] == ":" and (k := _rise_judged_before(ctx, before)) is not None:
        return k  # "The real increase this year is modest: 4.4%": the rise the colon gives
    k = before
    while k >= 0 and (lows[k] in _RISEN_WHAT or lows[k] in _OBJECT_FILLERS):
        k -= 1
    if (k < before and k >= 0 and lows[k] in _OBJECT_CHANGE_VERBS and q.form == "percent"
            and lows[before] in _RISEN_WHAT and lows[q.j : q.j + 1] != ["of"]):  # fmt: skip
        return k  # "are raising real spending 15.9% this year": the verb, its object, the change
        # (not "had cut the 2.03% estimated in 2024": the figure itself is what was cut)
    verb = before
    while verb > 0 and (lows[verb] in _SIZE_WORDS or lows[verb] in _CHANGE_FILLERS):
        verb -= 1  # ("Britain's rise is a modest 0.6%": the size of the rise, judged)
    verb = verb if verb < before and lows[verb] in _PREDICATING else before
    if lows[max(0, before - 2) : before + 1] in _PUT_AT:
        verb = before - 2  # "Canada's rise is put at 39%": as 'is 39%'
    if lows[before : before + 1] == ["at"] and (k := _rise_put_at(ctx, before)) is not None:
        return k  # "NATO's estimates put the UK's real-terms increase in defence spending at
        # 1.7%": the rise the verb puts at the figure, its object
    if verb >= 0 and lows[verb] in _PREDICATING:
        # "the real increase for 2024 is 17.9%": the noun the figure is predicated of (also
        # "the real growth will be 22.2%", "the increase comes close to 57.4%")
        c_lo, _ = ctx.clause(q)
        k = next((k for k in range(max(c_lo, verb - 6), verb) if lows[k] in _RISE_NOUNS), None)
        if k is not None:
            return k
    if q.form == "percent" and _real_terms_after(ctx, q):
        return q.j  # "Belgium and Luxembourg, at 57% and 69% in real terms": changes
    if before >= 0 and lows[before] == "by":
        c_lo, _ = ctx.clause(q)
        for k in range(before - 1, c_lo - 1, -1):
            if change.match_at(lows, k) and lows[k] not in ("more", "higher", "lower"):
                return k
        to = q.j + 1 if lows[q.j : q.j + 2] == [",", "to"] else q.j
        if lows[to : to + 1] == ["to"] and any(x.i == to + 1 for x in ctx.quantities):
            return before  # "upped the spending by 2.8% to $81.8 billion": a change to a level
            # (also with the verb elided and a comma: "France's by 9.1%, to 2.22%")
        if q.form == "percent" and ctx.has("cues", "real", lo=c_lo, hi=before):
            return before  # "In real terms, Czechia by 54.7%, Romania by 45.6%": the verb of
            # the change elided, the clause says it is one at constant prices
    if lows[q.i - 1 : q.i] == ["("] and "gdp" not in lows[lo : q.j + 4]:
        # "the steepest rises were in Romania (43%), the Netherlands (35%)": each one's change
        c_lo, _ = ctx.clause(q)
        k = next((k for k in range(c_lo, q.i) if lows[k] in _RISE_NOUNS), None)
        if k is not None:
            return k
    header = _rise_header(ctx, q)
    if header is not None:
        return header  # "The sharpest increases: Belgium 57.4%, Slovenia 51.5%": each one's
    after = lows[q.j : q.j + 5]
    after = after[: after.index(",")] if "," in after else after  # ("4.48%, a rise driven by")
    after = after[: after.index(";")] if ";" in after else after  # ("2.22% in 2026; growth is")
    if not _RISE_AFTER.isdisjoint(after):  # "a 12% rise", "4.48%, the biggest increase"
        return q.j
    if after[:1] and after[0] in _RISE_RIGHT_AFTER:  # "follows a 50% surge in 2023" (not
        return q.j  # "Sweden ($12.0 billion) also posted big rises": a noun further on)
    k = q.j
    while k < len(lows) and lows[k] in _RISE_MODIFIERS:
        k += 1
    if k > q.j and lows[k : k + 1] != [] and lows[k] in _RISE_RIGHT_AFTER:
        return k  # "after a 43% spending splurge": the noun the figure is attached to, past
        # the words that qualify it
    if fall_after(ctx, q):
        return q.j  # "after a 1.9% fall", "1.4% less than in 2024": a fall, named after it
    if after[:1] == ["more"] and (after[1:2] in ([], ["."]) or _more_than_then(ctx, q)):
        return q.j  # "9.4% more than the previous year", "with 17% more" (not "than Germany")
    if after[:1] and after[0] in _PRICED_MORE and _priced_alone(ctx, q.j + 1):
        return q.j  # "EUR 76bn, 9% more in real terms": more than before, at constant prices
    if after[:1] and after[0] in _HIGHER and (_more_than_then(ctx, q) or _than_sum_of_year(ctx, q)):
        return q.j  # "38% higher than in 2023", "38% higher than the $109bn of 2023"
    return None


_PARTICLE_UP: frozenset[str] = patterns.word_set("particle_up_verbs")


def particle_up(lows: list[str], k: int) -> bool:
    """Is the word at k an 'up' that ends a verb of paying or making ('coughs up', 'stumps
    up', 'makes up', 'ended up at'), no word of a rise?"""
    return lows[k] == "up" and k > 0 and lows[k - 1] in _PARTICLE_UP


_HIGHER: frozenset[str] = patterns.word_set("higher_words")


def _than_sum_of_year(ctx: Context, q: Quantity) -> bool:
    """Is the figure set against a sum of an earlier year right after 'than' ('38% higher
    than the $109bn of 2023')? Then it is the change from that sum."""
    lows = ctx.lows
    k = q.j + 1
    if lows[k : k + 1] != ["than"]:
        return False
    k += 1 + (lows[k + 1 : k + 2] == ["the"])
    sum_ = next((x for x in ctx.quantities if x.i == k and x.form == "money"), None)
    if sum_ is None or lows[sum_.j : sum_.j + 1] not in (["of"], ["in"], ["for"]):
        return False
    return any(t.i == sum_.j + 1 and t.year is not None for t in ctx.times)


def fall_after(ctx: Context, q: Quantity) -> bool:
    """Is the figure a fall named right after it: 'a 1.9% fall', 'a 3% drop in 2025', or
    '1.4% less than in 2024' (compared with an earlier time; not 'less than Germany'), or
    '1.4% less in real terms' (no comparison named: less than before)?"""
    after = ctx.lows[q.j : q.j + 1]
    if after and after[0] in _FALL_RIGHT_AFTER:
        return True
    return (
        bool(after)
        and after[0] in _LESS_WORDS
        and (_more_than_then(ctx, q) or _priced_alone(ctx, q.j + 1))
    )


def _priced_alone(ctx: Context, k: int) -> bool:
    """Does a price aside ('in real terms', 'after inflation') stand at token k, with no
    'than' after it ('9% more in real terms', not '9% more in real terms than Germany')?
    A comparative so qualified, compared with nothing named, is a change over time."""
    lows = ctx.lows
    priced = _PRICE_ASIDES.match_at(lows, k) if k < len(lows) else None
    return priced is not None and lows[k + priced[0] : k + priced[0] + 1] != ["than"]


_RISE_AFTER: frozenset[str] = patterns.word_set("rise_nouns_after")  # "a 12% rise"
_RISE_RIGHT_AFTER: frozenset[str] = patterns.word_set("rise_nouns_right_after")
_RISE_MODIFIERS: frozenset[str] = patterns.word_set("rise_noun_modifiers")
_FALL_RIGHT_AFTER: frozenset[str] = patterns.word_set("fall_nouns_right_after")
_LESS_WORDS: frozenset[str] = patterns.word_set("less_words")
_PRICED_MORE: frozenset[str] = patterns.word_set("priced_more_words")  # "9% more in real terms"
_PRICE_ASIDES: patterns.Phrases = patterns.phrases("words", "price_asides")
_THAN_FILLERS: frozenset[str] = patterns.word_set("than_year_fillers")
_MORE_ON: frozenset[str] = patterns.word_set("more_on_words")


def _more_than_then(ctx: Context, q: Quantity) -> bool:
    """'2% more than the year before', '2% more than in fiscal 2024', '2% more on defence than
    in 2024': the figure compared with an earlier time, a change (not 'more than Germany')."""
    lows = ctx.lows
    k = q.j + 1
    if lows[k : k + 1] == ["on"]:  # what the more is spent on, before the comparison
        k += 1
        while k < min(len(lows), q.j + 6) and lows[k] in _MORE_ON:
            k += 1
    priced = _PRICE_ASIDES.match_at(lows, k) if k < len(lows) else None
    if priced is not None:  # "1.4% less in real terms than in 2024"
        k += priced[0]
    if lows[k : k + 1] != ["than"]:
        return False
    k += 1
    if any(t.i == k or t.i == k + 1 for t in ctx.times):  # "than the previous year", "than 2024"
        return True
    while k < min(len(lows), q.j + 9) and lows[k] in _THAN_FILLERS:
        k += 1
    return any(t.i == k and t.year is not None for t in ctx.times)


# the words of a measure named right before a bracket holding its figure
_HEAD_CHANGES: frozenset[str] = frozenset({"growth", "change", "changes", "rise", "rises",
                                           "increase", "increases"})  # fmt: skip
_HEAD_BOUNDS: frozenset[str] = frozenset({",", ";", ":", "and", "(", ")"})
_HEAD_WORDS: int = 5  # "share of GDP", "real growth", "real-terms growth in spending"


def headed_bracket(ctx: Context, q: Quantity) -> tuple[str, int] | None:
    """('share_of_gdp' or 'real_change', where the words naming it start) for a figure alone
    in brackets right after the words of a measure ('... share of GDP (the alliance average
    was 2.71%) and real growth (European allies and Canada: +19.7%)'): the figure is of the
    measure beside it, not of one the sentence names further off; None for any other."""
    lows = ctx.lows
    if "(" not in lows[: q.i]:
        return None
    opened = next((k for k in range(q.i - 1, -1, -1) if lows[k] in ("(", ")")), -1)
    if opened < 1 or lows[opened] != "(":
        return None
    closed = next((k for k in range(q.j, len(lows)) if lows[k] in ("(", ")")), -1)
    if closed < 0 or lows[closed] != ")":
        return None
    if any(x is not q and opened < x.i < closed and x.form != "year" for x in ctx.quantities):
        return None
    start = opened
    while start > 0 and opened - start < _HEAD_WORDS and lows[start - 1] not in _HEAD_BOUNDS:
        start -= 1
    if start == opened or (start > 0 and lows[start - 1] not in _HEAD_BOUNDS):
        return None
    if ctx.has("cues", "gdp", lo=start, hi=opened):
        return "share_of_gdp", start
    if not _HEAD_CHANGES.isdisjoint(lows[start:opened]):
        return "real_change", start
    return None
