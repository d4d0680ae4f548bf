"""Counts of every ally: 'every ally meets 2%', 'Every single one of NATO's 32 allies now meets
the 2% floor', 'all members except Iceland' (all but one), 'most members met 2%' (more than
half); not a part of the alliance the words pick out ('every ally on the eastern flank').
"""

from __future__ import annotations

from milex.claims import patterns
from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.frames import hypothetical
from milex.claims.guidelines import comparator_of, guessed, guideline_named, not_nato, obliged
from milex.claims.membership import members_at
from milex.claims.numbers import Quantity
from milex.claims.timewords import NOW
from milex.claims.years import year_for

# the words that say the counted allies meet the threshold (counts add those of missing it)
MEETING_AT = patterns.as_set("meeting_verbs") | {"at", "above"}
_GUIDELINE_NOUNS: frozenset[str] = patterns.word_set("guideline_level_bare_nouns") | frozenset(
    {"threshold", "guideline", "benchmark", "mark", "floor"}
)
_EVERY = frozenset({"every", "all", "each", "everyone", "most", "majority"})
# "except", "apart from", "other than": the words that leave one ally out of "every ally"
_EXCEPTS: patterns.Phrases = patterns.phrases("words", "every_other_excepts")


_COUNTED = frozenset({"ally", "allies", "member", "members", "one", "countries", "nations",
                      "states"})  # fmt: skip
# words between "every" and its noun that keep it all of NATO ("all 32 NATO member states")
_OF_ALL = frozenset({"the", "of", "nato", "nato's", "alliance", "alliance's", "its", "their",
                     "member", "single", "allied"})  # fmt: skip
_NARROWING = frozenset({"on", "along", "bordering", "near", "closest", "nearest", "facing",
                        "that", "which", "who", "whose", "with", "from", "in"})  # fmt: skip
_WHOLE = (["nato"], ["the", "alliance"], ["the", "bloc"], ["the", "organisation"])
# the words between "every ally" and its level that make it a demand
_NOT_DONE: frozenset[str] = frozenset({"must", "need", "needs", "required", "obliged", "ought",
                                       "supposed", "meant"})  # fmt: skip


def _subgroup(lows: list[str], k: int, noun: int) -> bool:
    """'every ally on the eastern flank', 'all frontline states', 'all European allies': a
    part of the alliance the words pick out, not all of it ('all 32 members in the alliance'
    and 'every single one of NATO's allies' are all of it)."""
    if any(w not in _OF_ALL and not w.isdigit() for w in lows[k + 1 : noun]):
        return True
    after = lows[noun + 1 : noun + 4]
    if not after or after[0] not in _NARROWING:
        return False
    return after[0] != "in" or not any(after[1 : 1 + len(w)] == w for w in _WHOLE)


def _one_left_out(ctx: Context, k: int, level: int) -> bool:
    """'all members apart from Poland', 'every ally except the United States': an ally other
    than Iceland (which has no figures: "all but Iceland" is a count of all with figures) is
    named right after a word of exception, before the level."""
    lows = ctx.lows
    for _start, e_end, _ in _EXCEPTS.find_all(lows, k + 1, min(k + 7, max(level, k + 1))):
        if any(m.kind == "ally" and e_end <= m.i <= e_end + 1 and m.code != "ISL"
               for m in ctx.mentions):  # fmt: skip
            return True
    return False


def read_every(ctx: Context) -> None:
    """'every ally meets 2%', 'Every single one of NATO's 32 allies now meets the 2% floor',
    'all members except Iceland' (all but one), 'most members met 2%' (more than half)."""
    lows = ctx.lows
    if _EVERY.isdisjoint(lows):
        return  # one set test for the sentence instead of one a word
    for k, low in enumerate(lows):
        if low not in _EVERY:
            continue
        if low == "most" and k > 0 and lows[k - 1] in ("the", "at", "among", "one"):
            continue  # "spends the most", "at most": not a count
        if low == "majority" and (
            lows[k - 1 : k] not in (["a"], ["the"]) or lows[k + 1 : k + 2] != ["of"]
        ):
            continue  # "a majority of allies": more than half, as "most"
        if lows[k + 2 : k + 3] in (["combined"], ["together"]) or lows[k + 3 : k + 4] == [
            "combined"
        ]:
            continue  # "across all nations combined the average": a total, not a count
        if k > 0 and lows[k - 1] in ("almost", "nearly", "virtually", "practically", "not", "of",
                                     "in", "for"):  # fmt: skip
            continue  # "almost every ally": no figure to check; "of all countries": an aside;
            # "in all, 30 allies": in total; "a date for all members to meet it": a purpose
        if any(m.kind in ("allies", "group") and "," in m.code and k < m.i <= k + 3
               for m in ctx.mentions):  # fmt: skip
            continue  # "all three Baltic states passed 3%": each of them, not a count of allies
        window = lows[k : k + 8]
        noun = next((n for n, w in enumerate(window) if w in _COUNTED), None)
        if noun is None or _subgroup(lows, k, k + noun):
            continue  # ("every ally on the eastern flank": some of them, not a count of all)
        total_q = next((x for x in ctx.quantities if k < x.i <= k + 6 and x.form == "plain"
                        and x.value >= 12), None)  # fmt: skip
        lo, hi = ctx.clause_at(k)
        tq = next((x for x in ctx.quantities if x.i > k and x.i < hi and x.form == "percent"), None)
        if tq is None and lows[k - 1 : k] == ["that"]:  # "the 2% goal that all members met"
            tq = next((x for x in reversed(ctx.quantities) if lo <= x.i < k and x.form == "percent"),
                      None)  # fmt: skip
        if tq is None and lows[k - 2 : k] == [",", "which"]:
            tq = _named_before_which(ctx, k - 2)  # "the 2% threshold, which all allies reached"
        if tq is None:  # "all 32 member states are on course to hit the ambitious goal"
            tq = next((Quantity(n, n + 1, n, n + 1, value, form="percent") for n in range(k + 1, hi)
                       if (value := guideline_named(ctx, n, hi)) is not None), None)  # fmt: skip
        if tq is None or not_nato(ctx, k - 4, k + 8):
            continue
        if any(x.form == "plain" and x.value > 1 and x is not total_q and k < x.i < tq.i
               for x in ctx.quantities):  # fmt: skip
            continue  # "all 32 raised spending, and 18 of them spent 2%": the 2% is the 18's
        between = lows[k : tq.i] if tq.i > k else lows[k:hi]
        if obliged(lows, k, between):
            continue  # "agreed that every ally should put at least 2%": a rule, not a count
        verbs = MEETING_AT
        if not any(w in verbs for w in between) and not tq.hedge:
            continue
        if not any(w in verbs for w in between) and any(
            w in ("goal", "target", "pledge", "commitment", "obligation") for w in between
        ):
            continue  # "gave every member state a goal of at least 2%": the commitment
        if any(w in _NOT_DONE for w in between) or ctx.has("cues", "demand", lo=max(0, k - 6),
                                                            hi=k):  # fmt: skip
            continue  # "every member must invest at least 2%", "press every ally to": a demand
        if NOW.isdisjoint(between) and hypothetical(ctx, tq):
            continue  # "every ally should be at 3.5%", "had it been kept, every ally would be
            # at 3.5%": a demand or a hypothesis, no count of what is (but "all allies should
            # reach 2% this year", "should now reach 2%" expect the present figures, a count)
        if _one_left_out(ctx, k, tq.i):
            continue  # "all members apart from Poland spend under 3.5%": the figure is said of
            # each ally but Poland (measures.py judges them one by one), not a count of all
        total = int(total_q.value) if total_q else None
        value = float(total or members_at(ctx.today))
        if low in ("most", "majority"):
            value = float(int(value // 2))  # more than half of them
        elif any(w in ("except", "but", "apart") for w in lows[k + 1 : k + 7]) and (
            "iceland" in lows[k + 1 : k + 9]
        ):
            value -= 1  # "all member states except Iceland"
        anchor = Quantity(k, k + 1, k, k + 1, value,
                          hedge="more_than" if low in ("most", "majority") else None)  # fmt: skip
        year, _s, _d, doubt, basis = year_for(ctx, tq)
        claim = new_claim(ctx, anchor, "count_meeting", value, "allies", total=total,
                          threshold=tq.value,
                          comparator=comparator_of(ctx, k + 1, tq) if tq.i > k else ">=",
                          measure="share_of_gdp",
                          year=year, year_basis=basis)  # fmt: skip
        claim.text = ctx.sentence.text[ctx.tokens[k].start - ctx.sentence.start :
                                       ctx.tokens[min(k + 6, tq.i if tq.i > k else hi) - 1].end - ctx.sentence.start]  # fmt: skip
        set_subject(claim, "NATO")
        claim.threshold_guessed = guessed(ctx, tq if tq in ctx.quantities else None, tq.value)
        if total_q is not None:
            ctx.consumed.add(id(total_q))
        if doubt:
            claim.doubts.append(doubt)
        ctx.consumed.add(id(tq))
        return


_WHICH_REACH: int = 3  # words between a figure and the comma before "which" ("2% threshold")


def _named_before_which(ctx: Context, comma: int) -> Quantity | None:
    """The guideline a relative clause after a comma takes as its object: 'the 2% threshold,
    which all allies reached' (the percentage right before the comma, with only its noun
    between), else None."""
    lows = ctx.lows
    for x in reversed(ctx.quantities):
        if x.j > comma:
            continue
        if x.form != "percent" or comma - x.j > _WHICH_REACH:
            return None
        between = lows[x.j : comma]
        if not between or between[-1] not in _GUIDELINE_NOUNS:
            return None
        return x
    return None
