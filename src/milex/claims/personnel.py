"""Military personnel: '216,100 personnel', '1.3 million troops', 'France (204.7 thousand)'.

NATO's Table 7 gives military personnel in thousands; a figure is read in thousands with the
precision its own digits carry ('216,100' to the hundred, '99,000' to the thousand, '1.3
million' to the hundred thousand), so that it is compared as precisely as it was written.
"""

from __future__ import annotations

import math

from milex.claims import patterns
from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.numbers import Quantity
from milex.claims.subjects import WE_UNTIED, relative_subject, subjects_for
from milex.claims.years import year_for

NOUNS = patterns.word_set("personnel_nouns")
# the people of the armed forces named in more words than one: "1.34 million people in uniform"
_PHRASES = patterns.phrases("words", "personnel_phrases")
_DEPLOYED: frozenset[str] = patterns.word_set("deployment_words")
_INTO: frozenset[str] = frozenset({"in", "to", "into", "across", "throughout"})
_DEPLOYED_REACH: int = 6  # how far after its figure a count's place may stand
_ADJECTIVES = patterns.word_set("personnel_adjectives")
_FORCES = patterns.phrases("ranking", "force_words")
_AIMING = frozenset({"build", "target", "goal", "aim", "aims", "plan", "plans", "planned",
                     "envisages", "expand", "reach"})  # fmt: skip
# the words of a forecast before 'reach': "is expected to reach", "is projected to reach"
_FORECAST_TO: tuple[list[str], ...] = tuple(
    [w, "to"] for w in ("expected", "projected", "forecast", "estimated")
)
_NUMBERING = frozenset({"number", "numbers", "numbered", "total", "totals"})
_MONEY = frozenset({"budget", "budgets", "spending", "spend", "spends", "dollars", "euros",
                    "pounds", "cost", "costs", "funding"})  # fmt: skip
_COUNTING = frozenset({"number", "numbered", "counted", "reached", "totalled", "totaled",
                       "strength", "headcount", "stood", "at"})  # fmt: skip
# what may follow a count whose noun came before it ("military personnel totalled 185,640 this
# year", "Troops: 23,050."): the clause's end, its year, or the next figure of a pair
_AFTER_NAMED: frozenset[str] = frozenset(
    {",", ".", ";", ":", ")", "(", "this", "last", "in", "and", "since", "against", "—", "–", "|"}
)  # fmt: skip  ("| Military personnel | 204,700 |")
_OUTPUT: frozenset[str] = patterns.word_set("output_verbs")
_NOT_COUNTED_BY: frozenset[str] = frozenset({"per", "every", "each", "than", "of", "over"})
_NAMED_REACH: int = 6  # how far before its figure the noun of a count may stand
_LABEL_DASHES: tuple[list[str], ...] = (["-"], ["–"], ["—"])
# the words of persons counted that name armed forces only after the forces were named
_PEOPLE = patterns.phrases("words", "personnel_people_nouns")
_FORCE_OF: frozenset[str] = patterns.word_set("force_nouns_of")  # "a military of 171,400"
# the words right before a count of people that say the forces are that many
_PEOPLE_LINKS: frozenset[str] = frozenset({"number", "numbers", "numbered", "total", "totals",
                                           "totalled", "totaled", "at", "of", "comprise",
                                           "comprises", "count", "counts"})  # fmt: skip
# "Canada's military now numbers about 77,000": a word for the forces that is a noun only
# before a verb of numbering ("military spending" is money)
_NUMBERED_FORCES: frozenset[str] = patterns.word_set("numbered_force_words")
_NUMBERED_REACH: int = 3  # words from such a noun to its verb of numbering ("now numbers")
# "The UK has 138,000 military personnel ... Canada reports about 77,000 this year": an ally
# holding a count of the kind the sentence before counted
_HOLDING: frozenset[str] = patterns.word_set("personnel_holding_verbs")


def read_personnel(ctx: Context) -> None:
    lows = ctx.lows
    forces = None  # looked at for the first figure that could count persons, not before
    for n, q in enumerate(ctx.quantities):
        if id(q) in ctx.consumed or q.form not in ("plain", "money") or q.currency:
            continue
        persons, end, precision = _persons(ctx, n)
        if persons is None:
            continue
        small = persons < _ARMY  # ("its army numbers about 880": Luxembourg's, named so)
        if forces is None:  # the article's claims looked back through once a sentence at most
            earlier = next((c for c in reversed(ctx.earlier)
                            if c.kind in ("personnel", "ranking")), None)  # fmt: skip
            # the sentence before counted personnel: "Only the US (1.3 million) and Turkey
            # (481,000) have more", "by 2020 the number had reached 116,200"
            carried = earlier is not None and earlier.measure == "personnel"
            forces = ctx.has("cues", "personnel") or _FORCES.any_in(lows) or carried
        label = end + 1 if q.i == 0 and lows[end : end + 1] in _LABEL_DASHES else end
        # ("77,050 - military personnel": a fact sheet's line, the figure first, its label
        # after a dash; "494,000 Turkish military personnel": a people's adjective right after
        # the count names whose forces they are)
        people = next((m for m in ctx.mentions if m.i == label and m.kind == "demonym"), None)
        start = label if people is None else people.j
        if lows[start : start + 1] == ["["] and lows[start + 2 : start + 3] == ["]"]:
            start += 3  # "171,400[b]": a footnote's mark, no word after the count
        after = [w for w in lows[start : start + 3] if w not in _ADJECTIVES]
        in_brackets = lows[q.i - 1 : q.i] == ["("] and forces and persons >= 1e4
        counted = carried and not after[:1] or carried and after[0] in (",", ".", ";")
        counted = counted and any(w in _COUNTING for w in lows[max(0, q.i - 4) : q.i])
        # "the US armed forces number about 1.3 million": forces counted, no noun after
        ends_clause = not after or after[0] in (",", ".", ";")
        numbered = not _NUMBERING.isdisjoint(lows[max(0, q.i - 3) : q.i])
        counted = counted or (
            ends_clause and numbered and _FORCES.any_in(lows, 0, q.i) and _MONEY.isdisjoint(lows)
        )
        # "481,000 military personnel, behind the US, which leads with 1.3 million", "from
        # 455,900 troops in 2022 to 463,700 in 2023": the noun of the sentence's count before
        # is this one's too
        # "Poland follows with 234,000, then Germany with 186,000": after the sentence before
        # counted personnel, an ally's bare number in thousands, its noun left out (as small
        # as "Latvia 9,000" right after the ally's name)
        after_ally = any(m.kind == "ally" and m.j in (q.i, q.i - 1) for m in ctx.mentions)
        held = (
            lows[q.i - 1 : q.i] != []
            and lows[q.i - 1] in _HOLDING
            and any(m.kind == "ally" and m.j == q.i - 1 for m in ctx.mentions)
        )  # ("Canada reports about 77,000 this year": the ally's count, its noun left out)
        counted = counted or (
            (ends_clause or after[0] in ("in", "and", "then") or held and after[0] in _AFTER_NAMED
             or lows[q.i - 1 : q.i] in (["to"], ["and"], ["from"], ["with"], ["against"])
             or _of_year(ctx, start))
            and (1e4 if not after_ally else 1e3) <= persons < 1e7
            and q.hedge in (None, "about", "nearly")  # ("armies of over 100,000": a bar)
            and (any(c.kind == "personnel" for c in ctx.claims) or carried and (
                after_ally or held or _FORCES.any_in(lows, 0, q.i) or lows[q.i - 1] == "with"
                and any(m.kind == "ally" and m.j <= q.i for m in ctx.mentions)))
            and _MONEY.isdisjoint(lows[ctx.clause(q)[0] : q.i])
        )  # fmt: skip
        counted = counted and not small
        counted = counted or _named_before(ctx, q, persons, after)
        counted = counted or (not small and _base_of_count(ctx, q))
        named = bool(after[:1]) and after[0] in NOUNS
        named = named or (label < len(lows) and _PHRASES.match_at(lows, label) is not None)
        # "Ankara fields NATO's second-largest army, about 481,000 strong": the forces named
        # before, their size after
        named = named or (
            after[:1] == ["strong"]
            and persons >= 1e4
            and _FORCES.any_in(lows, ctx.clause(q)[0], q.i)
        )
        # "the Hellenic armed forces number 105,130 people", "its armed forces are estimated
        # at 15,200 people": people counted, the forces named before them in the clause
        named = (
            named
            or (
                label < len(lows)
                and _PEOPLE.match_at(lows, label) is not None
                and (lows[label] != "members" or not small)  # ("forces of 32 members": no count)
                and _FORCES.any_in(lows, ctx.clause(q)[0], q.i)
                and q.hedge in (None, "about", "nearly", "around", "roughly")
                and lows[q.i - 1 : q.i] != []
                and lows[q.i - 1] in _PEOPLE_LINKS  # (not "wants the army to grow from 85,000
            )
        )  # people to 100,000": a plan's start)
        if not named and _made(lows, ctx.clause(q)[0], q.i):
            continue  # "the US Army made perhaps 600,000 last year": what the forces made
            # (shells, drones), its noun left out, not the forces counted
        if not named and not in_brackets and not counted:
            continue
        if small and not (named or counted) or small and in_brackets and not named:
            continue  # (a small number is the forces' only when its noun names them)
        change = lows[q.i - 1 : q.i] not in (["from"], ["to"]) and any(
            lows[k] in ("grow", "grew", "increase", "add", "adding", "more", "recruit", "by")
            and not (lows[k] == "more" and lows[k + 1 : k + 3] == ["than", "the"])
            for k in range(max(0, q.i - 4), q.i)
        )  # ("grew from 455,900 troops": a level, the start of the change; "more than the
        # 171,700 of 2023": a level set beside another)
        codes, doubt = relative_subject(ctx, q), ""
        if not codes and people is not None and after[:1] and after[0] in NOUNS:
            codes = [people.code]
        if not codes:
            codes, doubt = subjects_for(ctx, q)
        if not codes and counted and earlier is not None and earlier.subject_code:
            codes, doubt = [earlier.subject_code], ""  # "the number": the count before
        reach = end
        if people is not None:  # (the place after the people's noun: "5,000 German soldiers
            # in Lithuania" are troops sent there)
            reach = people.j
            while reach < len(lows) and (lows[reach] in _ADJECTIVES or lows[reach] in NOUNS):
                reach += 1
        owners: list[str | None] = list(codes)
        if not codes and doubt == WE_UNTIED and named:
            owners = [None]  # "Our armed forces now number around 138,000 regulars, the MP
            # said": the forces of a speaker's country no word names, listed unjudged
        if not owners or "FOREIGN" in codes or _deployed(ctx, q, reach, codes):
            continue
        year, _since, _deadline, ydoubt, basis = year_for(ctx, q, allies=codes)
        if change:  # "grow by up to 10,000 soldiers": a change, NATO publishes levels
            ydoubt = "the figure is a change in personnel; NATO publishes levels only"
        lo, _hi = ctx.clause(q)
        aims = patterns.phrases("cues", "plan").any_in(lows, max(0, lo - 6), q.i) or any(
            w in _AIMING and lows[max(0, k - 2) : k] not in _FORECAST_TO
            for k, w in enumerate(lows[: q.i]) if k >= q.i - 8
        )  # fmt: skip
        # ("its troop count is expected to reach about 495,000": a forecast of the count, as
        # NATO's estimates are, not an army the ally aims to build)
        if aims:  # "a plan to build an army of 300,000 troops": a target, not a count
            ydoubt = "the figure is a plan or a target for the armed forces, not a count"
        if _beyond_standing(lows, max(lo, q.i - _BEYOND_REACH), q.i, after):
            ydoubt = (
                "the figure counts wartime or reserve strength, which NATO's personnel "
                "figures leave out"
            )  # ("its wartime strength is 280,000", "280,000
            # reservists": not the standing forces NATO's Table 7 counts)
        span = Quantity(q.i, end, q.ni, end, persons, precision=precision, hedge=q.hedge)
        for code in owners:
            claim = new_claim(ctx, span, "personnel", persons / 1000.0, "thousand personnel",
                              measure="personnel", year=year, year_basis=basis)  # fmt: skip
            claim.precision = precision
            set_subject(claim, code)
            claim.doubts.extend(d for d in (doubt, ydoubt) if d)
        for x in ctx.quantities[n : n + 2]:
            if x.i < end:
                ctx.consumed.add(id(x))


# "troop numbers are about 171,000", "manpower strength stood at 71,590": a word for the
# forces' people before a word for their count
_COUNT_HEADS: frozenset[str] = patterns.word_set("personnel_count_heads")
_TAILS: frozenset[str] = patterns.word_set("personnel_count_tails")
# what may stand between a count and the base of its change ("191,600 personnel, up from")
_BASE_LINKS: frozenset[str] = patterns.word_set("count_base_links")
_BASE_REACH: int = 4
# the forces' size named in more words than one before the count ("Italy's military strength
# rises to 185,400")
_STRENGTH = patterns.phrases("words", "personnel_strength_phrases")
# the pronouns that open a clause of their own after 'and' ("... and it spends 30%")
_NEW_SUBJECTS: frozenset[str] = frozenset({"it", "they", "she", "he", "its", "their"})


# the words that make a count of people more than the standing forces NATO counts
_BEYOND: frozenset[str] = patterns.word_set("beyond_standing_force_words")
_BEYOND_REACH: int = 6  # how far before its figure such a word may stand


def _beyond_standing(lows: list[str], lo: int, i: int, after: list[str]) -> bool:
    """Is the count at i one of wartime or reserve strength ('its wartime strength is
    280,000', '870,000 reservists'): such a word in the few words of its clause before it, or
    right after it?"""
    return not _BEYOND.isdisjoint(lows[lo:i]) or not _BEYOND.isdisjoint(after[:2])


def _base_of_count(ctx: Context, q: Quantity) -> bool:
    """Is the figure the base of a change of the count of personnel just read before it ('has
    191,600 personnel, up from 168,900 in 2024'): a count too, of the same forces?"""
    if q.i < 1 or ctx.lows[q.i - 1] != "from":
        return False
    here = ctx.tokens[q.i].start
    before = [c for c in ctx.claims if c.end <= here]
    if not before:
        return False
    last = max(before, key=lambda c: c.end)
    if last.kind != "personnel":
        return False
    lows, start = ctx.lows, q.i - 1
    while start > 0 and q.i - start <= _BASE_REACH and lows[start - 1] in _BASE_LINKS:
        start -= 1
    k = start - 1  # (past the count's noun: "191,600 active personnel, up from")
    while k > 0 and (lows[k] in NOUNS or lows[k] in _ADJECTIVES or _PEOPLE.match_at(lows, k)):
        k -= 1
    return k >= 0 and last.start <= ctx.tokens[k].start < last.end


def _of_year(ctx: Context, k: int) -> bool:
    """Do the words at k give the year of the figure before them, and end its clause ('more
    than the 171,700 of 2023.')?"""
    lows = ctx.lows
    if lows[k : k + 1] != ["of"]:
        return False
    year = next((x for x in ctx.quantities if x.i == k + 1), None)
    return year is not None and year.form == "year" and lows[year.j : year.j + 1] in (
        [], ["."], [","], [";"])  # fmt: skip


def _made(lows: list[str], lo: int, hi: int) -> bool:
    """Is a verb of making between lo and hi ('produced', 'made'), not 'made up' (of)?"""
    return any(lows[k] in _OUTPUT and lows[k + 1 : k + 2] != ["up"] for k in range(lo, hi))


def _deployed(ctx: Context, q: Quantity, end: int, codes: list[str]) -> bool:
    """Are the persons counted troops sent somewhere, not an ally's armed forces: 'keeps
    100,000 troops in Europe', '4,800 soldiers stationed in Lithuania', '... troops abroad',
    'Canada's troops in Latvia number about 1,000'?"""
    lows = ctx.lows
    stop = min(len(lows), end + _DEPLOYED_REACH)
    if not _DEPLOYED.isdisjoint(lows[end:stop]):
        return True
    lo = ctx.clause(q)[0]
    if any(
        lo <= m.i - 2
        and m.j <= q.i
        and lows[m.i - 1] in _INTO
        and (lows[m.i - 2] in NOUNS or lows[m.i - 2] in _TAILS)
        for m in ctx.mentions
    ):  # fmt: skip  ("troop numbers in Poland": troops sent there)
        return True  # (a place right after the count's noun before it: 'troops in Latvia')
    return any(m.code not in codes and m.code != "NATO" and end <= m.i - 1 <= end + 1
               and lows[m.i - 1] in _INTO for m in ctx.mentions)  # fmt: skip
    # (the place right after the count or its noun: not "Poland (233,800) and Germany
    # (186,400) are the largest in the EU")


_SOURCE_ASIDE: frozenset[str] = patterns.word_set("source_aside_words")
_ASIDE_WORDS: int = 6  # the longest aside naming a source: ", counted the NATO way,"


def _source_aside(lows: list[str], lo: int, i: int) -> int:
    """How many tokens an aside between commas that names whose count it is takes, between
    the count's noun and its figure at i ('personnel strength, on NATO's count, rose to
    77,000'), 0 for none: the noun is no further for it."""
    commas = [k for k in range(lo, i) if lows[k] == ","]
    for a, b in zip(commas, commas[1:], strict=False):
        if b - a - 1 <= _ASIDE_WORDS and not _SOURCE_ASIDE.isdisjoint(lows[a + 1 : b]):
            return b - a + 1
    return 0


def _named_before(ctx: Context, q: Quantity, persons: float, after: list[str]) -> bool:
    """Does the count's noun stand before it in its clause, with no other figure between and
    nothing after it but the clause's end or its year: 'Germany's military personnel
    totalled 185,640 this year', 'armed forces number 233,800', 'Troops: 23,050'?"""
    lows = ctx.lows
    lo, hi = ctx.clause(q)
    start = max(lo, q.i - _NAMED_REACH - _source_aside(lows, lo, q.i))
    if not _SMALLEST <= persons < 1e7 or q.hedge not in (None, "about", "nearly", "around",
                                                          "roughly"):  # fmt: skip
        return False
    before = lows[q.i - 1] if q.i > 0 else ""
    # ("shrunk from 207,000 to 192,000": the start of a change is a level too, not a range's)
    follows = not after or after[0] in _AFTER_NAMED or before == "from" and after[0] == "to"
    noun_of = before == "of" and q.i >= 2 and (lows[q.i - 2] in NOUNS or lows[q.i - 2]
                                               in _FORCE_OF)  # fmt: skip
    # ("personnel of 76,600", "a military of 171,400")
    if not follows or (before in _NOT_COUNTED_BY and not noun_of):
        return False
    nouns = [k for k in range(start, q.i) if lows[k] in NOUNS or _FORCES.match_at(lows, k)
             or lows[k] in _COUNT_HEADS and lows[k + 1 : k + 2] != [] and lows[k + 1] in _TAILS
             or _STRENGTH.match_at(lows, k) is not None
             or noun_of and k == q.i - 2
             or lows[k] in _NUMBERED_FORCES
             and not _NUMBERING.isdisjoint(lows[k + 1 : k + 1 + _NUMBERED_REACH])]  # fmt: skip
    if not nouns:
        return False
    between = [
        x
        for x in ctx.quantities
        if x is not q and nouns[0] <= x.i < q.i and x.form not in ("year", "multiplier")
    ]
    # money named before a comma ahead of the noun is another item's ("spending is put at 40.1
    # billion lei this year, with personnel of about 76,600")
    # ("The budget is put at EUR 1.51 bln and the armed forces at 15,690": the money of a
    # clause joined by 'and' before the noun is that clause's)
    cut = next((k + 1 for k in range(nouns[0] - 1, lo - 1, -1) if lows[k] in (",", ";")
                or lows[k] == "and" and any(lo <= x.i < k and x.currency for x in ctx.quantities)),
               lo)  # fmt: skip
    # and a clause after a comma is another item's ("The armed forces will number 29,600, and
    # 31.89% of the budget goes to equipment")
    stop = next(
        (
            k
            for k in range(q.j, hi)
            if lows[k] in (",", ";")
            or lows[k] == "and"
            and lows[k + 1 : k + 2] != []
            and lows[k + 1] in _NEW_SUBJECTS
        ),
        hi,
    )  # ("armed forces number 117,380 in 2024 and it spends 30.3% of the budget on
    # equipment": a clause of its own after 'and it')
    return not between and _MONEY.isdisjoint(lows[cut:stop]) and "%" not in lows[q.i : stop]


# the fewest persons read as an ally's forces, when words name them ("its army numbers about
# 880", "880 military personnel": Luxembourg's), and the fewest read from weaker cues
_SMALLEST: float = 500.0
_ARMY: float = 1000.0


def _persons(ctx: Context, n: int) -> tuple[float | None, int, int]:
    """(persons, end token, decimals in thousands) of quantity n, joining '1 million 300
    thousand'; None for numbers too small to be an army."""
    q = ctx.quantities[n]
    amount, end = q.value * q.scale, q.j
    nxt = ctx.quantities[n + 1] if n + 1 < len(ctx.quantities) else None
    if nxt is not None and nxt.i == q.j and q.scale > nxt.scale >= 1e3 and not nxt.currency:
        amount, end = amount + nxt.value * nxt.scale, nxt.j
        step = nxt.scale
    else:
        step = q.scale * 10 ** (-q.precision)
    if amount < _SMALLEST:
        return None, end, 0
    if step == 1:  # written out in full: "216,100" is exact to its last non-zero digit
        whole = int(round(amount))
        step = 10 ** (len(str(whole)) - len(str(whole).rstrip("0"))) if whole else 1
    return amount, end, -int(round(math.log10(step))) + 3
