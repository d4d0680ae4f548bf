"""Shares of what all allies together spend: 'two thirds of the NATO total', '30% of NATO's
total spending', 'paying for 90% of NATO', 'its portion of overall NATO defence expenditure
dropped from 2.4% to 1.9%', '$997 billion, or 66%, for the United States'. Checked against
NATO's Table 2 by verify_alliance.alliance_share (never against the alliance's own common
budget, which the words 'common funding' name)."""

from __future__ import annotations

from milex.claims import patterns
from milex.claims.clause import Context
from milex.claims.model import Claim
from milex.claims.numbers import Quantity
from milex.claims.subjects import country_outside, relative_subject, subjects_for


def read_share_of_total(ctx: Context, q: Quantity, claims_for) -> bool:
    """Read q as a share of the allies' total spending when the words say so (claims made
    with measures' `claims_for`); False when it is not one."""
    apposed = _apposed_share(ctx, q)
    elided = None if apposed else _elided_share(ctx, q) or _share_after_total(ctx, q)
    elided = elided or (None if apposed else _pointed_share(ctx, q))
    named = apposed or elided or _of_alliance(ctx, q) or _share_named_before(ctx, q)
    if not named and not _of_whole_clause(ctx, q):
        return False
    share = round(q.value * 100.0, 1) if q.form == "fraction" else q.value
    codes, doubt = relative_subject(ctx, q), ""
    if not named:  # "about 7% of what European allies and Canada spend together"
        codes, doubt = subjects_for(ctx, q, allow_after=False)
        doubt = "the share is of what the allies the text names spend, a total milex does not hold"
    if elided is not None and elided.subject_code:
        codes = [elided.subject_code]  # "...; this year, roughly two-thirds": the same owner's
        # (and "$1.03tn out of an allied total of $1.81tn: about 57%": the ally's of that total)
    k = q.j + (1 if ctx.lows[q.j : q.j + 1] == [","] else 0)
    if apposed and ctx.lows[k : k + 1] == ["for"]:  # "$997bn, or 66%, for the US"
        codes = [m.code for m in ctx.mentions if m.i in (k + 1, k + 2) and m.kind == "ally"]
    if not codes:  # the whole is not the owner
        codes, doubt = subjects_for(ctx, q, allow_after=False)
    if "FOREIGN" in codes:
        return True  # "China, whose spending is 12% of the world's": not an ally's share
    lo_c, _hi_c = ctx.clause(q)
    if codes in ([], ["NATO"]) and "its" in ctx.lows[lo_c : q.i] and ctx.carry:
        codes, doubt = [ctx.carry], ""  # "its defence spending makes up two thirds"
    if ctx.has("cues", "common_funding"):  # "pays more into NATO (16% of the total)"
        doubt = "the share is of NATO's common funding, which milex does not hold"
    if not doubt and _joint_share(ctx, q, codes):
        doubt = JOINT_DOUBT
    for claim in claims_for(ctx, q, codes, doubt, "alliance_share", share, "%",
                            measure="spending_usd_current"):  # fmt: skip
        if q.form == "fraction" and claim.hedge is None:
            claim.hedge = "about"  # "two thirds" is a round share, not an exact one
        claim.precision = 0 if q.form == "fraction" else claim.precision
    return True


_WORLD = patterns.word_set("world_words")
_WHOLE = patterns.word_set("world_total_nouns")


def read_share_of_world(ctx: Context, q: Quantity, claims_for) -> bool:
    """'$997 billion, or 37% of the global total', 'with 39% of global spending', "37% of
    the world's $2.7 trillion": a share of the world's military spending, which only SIPRI
    totals."""
    after = [w.replace("’", "'") for w in ctx.lows[q.j : q.j + 6]]
    rest = [w for w in after[1:] if w not in ("the", "all")]
    if after[:1] != ["of"] or not rest or rest[0] not in _WORLD:
        return False
    if not _WHOLE & set(rest[1:3]) and not (rest[0] == "world's" and _amount_next(ctx, q)):
        return False
    share = round(q.value * 100.0, 1) if q.form == "fraction" else q.value
    codes, doubt = subjects_for(ctx, q, allow_after=False)
    if "FOREIGN" in codes:  # "China accounts for about 12% of world military spending"
        outside = country_outside(ctx, q)
        lo, _hi = ctx.clause(q)
        named = [m for m in ctx.mentions if lo <= m.i < q.i and m.kind in ("ally", "foreign")]
        if outside is None or len(named) > 1:
            return True  # (not "The five biggest - the US, China, ... and India - 60%")
        codes, doubt = [outside], ""
    if not doubt and _joint_share(ctx, q, codes):
        doubt = JOINT_DOUBT  # "Together they made up 60% of the world total": the five's
    for claim in claims_for(ctx, q, codes, doubt, "world_share", share, "%",
                            measure="spending_usd_current"):  # fmt: skip
        claim.source = "SIPRI"
        if q.form == "fraction":
            claim.precision = 0
            claim.hedge = claim.hedge or "about"
    return True


_JOINT: frozenset[str] = patterns.word_set("joint_share_words")
JOINT_DOUBT: str = "the share is of several spenders together, not of one ally alone"


def _joint_share(ctx: Context, q: Quantity, codes: list[str]) -> bool:
    """Is a share read for one country said of several together ('Together they made up 60%
    of the world total', 'between them they pay 70%')? Then it is not that one's share."""
    if len(codes) != 1 or len(codes[0]) != 3:
        return False  # a group's own share ("the European allies together: 30%") is fine
    lo, _hi = ctx.clause(q)
    joint = [k for k in range(lo, q.i) if ctx.lows[k] in _JOINT]
    if not joint or any(joint[-1] < x.i < q.i for x in ctx.quantities):
        return False  # ("a combined $454bn ... against $997bn, or 66%": another's figure)
    # the several are the clause's subject, named by a plural pronoun ("they", "these"), or
    # the joint word opens the clause with no name of its own ("Together: 60% of world total",
    # a card's line under a row of spenders)
    if all(not w.isalnum() for w in ctx.lows[lo : joint[0]]) and not any(
        lo <= m.i < q.i for m in ctx.mentions
    ):
        return True
    return any(w in _PLURAL for w in ctx.lows[lo : q.i])


_PLURAL: frozenset[str] = patterns.word_set("plural_pronouns")


def _of_whole_clause(ctx: Context, q: Quantity) -> bool:
    """'7% of what European allies and Canada spend together': a share of a whole named by a
    clause with a spending verb, never a share of GDP (what is spent by whom _of_alliance
    reads when it is all the allies)."""
    after = [w for w in ctx.lows[q.j : q.j + 4] if w != "the"]
    if after[:1] != ["of"] or len(after) < 2 or after[1] not in _WHAT:
        return False
    return any(w in _SPENDING for w in ctx.lows[q.j + 2 : q.j + 9])


def _amount_next(ctx: Context, q: Quantity) -> bool:
    """Is the world's own total in money after the share ("37% of the world's $2,718bn")?"""
    k = q.j + 1 + (1 if ctx.lows[q.j + 1 : q.j + 2] == ["the"] else 0) + 1
    return any(x.i == k and x.form == "money" for x in ctx.quantities)


_ALLIANCE = patterns.word_set("alliance_words")
_TOTALS = patterns.word_set("total_words")
_WHAT = patterns.word_set("whole_clause_openers")
_SPENDING = patterns.word_set("spending_verbs")
_ALLY_NOUNS = patterns.word_set("ally_nouns")


def _of_alliance(ctx: Context, q: Quantity) -> bool:
    """'two thirds of the NATO total', '30% of NATO's total spending', 'paying for 90% of
    NATO': a share of what all allies together spend (not of NATO's own common budget)."""
    near = [w.replace("’", "'") for w in ctx.lows[q.j : q.j + 9]]  # not the whole sentence
    after = near[:7]
    if after[:1] != ["of"] or any(w in ("common", "budget's", "gdp", "economy") for w in after):
        return False
    if "common" in near:
        return False  # "16% of NATO's common funding": the alliance's own budget
    # "of NATO countries' yearly outlays": the members' spending together, not a count of them
    # ("of the allies' combined spending": the allies are the alliance there)
    words = [w + "'" if w == "allies" and after[k + 1 : k + 2] == ["'"] else w
             for k, w in enumerate(after) if w != "'" and not (
        k and w in ("countries", "members", "nations") and after[k + 1 : k + 2] == ["'"])]  # fmt: skip
    rest = [w for w in words[1:] if w not in ("the", "all", "overall", "combined", "yearly",
                                               "annual", "its", "members'", "countries'")]  # fmt: skip
    if rest[:1] and rest[0] in _WHAT:  # "of what the allies spend", "of everything NATO
        # members spent": the whole named by a clause, its subject and a spending verb
        subject = [w for w in rest[1:4] if w not in _ALLY_NOUNS or w in _ALLIANCE]
        verb = next((w for w in rest[1:5] if w in _SPENDING), None)
        return bool(subject) and subject[0] in _ALLIANCE and verb is not None
    if not rest or rest[0] not in _ALLIANCE:
        return (
            rest[:1] == ["total"]
            and any(w.replace("’", "'") in _ALLIANCE for w in ctx.lows)
            and not _part_of_budget(ctx, q)
        )
    if rest[0] in _OWNING and _owned_amount(ctx, q):
        return True  # "two-thirds of the alliance's $1.47tn": the allies' total, in money
    return len(rest) == 1 or rest[1] in _TOTALS or rest[1] in _WHOLE_ENDS


_PART_REACH: int = 7  # words after the figure that may name the part of a budget it is


def _part_of_budget(ctx: Context, q: Quantity) -> bool:
    """'30% of the total going on equipment', '45% of the total spent on pay': the total is
    the owner's budget, and the share is the part it names (NATO's Table 8), not a share of
    what the allies spend together."""
    if ctx.has("header_measures", lo=q.j, hi=min(len(ctx.lows), q.j + _PART_REACH)):
        return True
    # ("while equipment now takes 36% of the total": the part named as the clause's subject)
    lo = max(ctx.clause(q)[0], q.i - _PART_BEFORE)
    if ctx.has("cues", "equipment", lo=lo, hi=q.i):
        return True
    # ("NATO's estimate of equipment spending for 2025-26 was 25.5% of the total": the part
    # named further back in the figure's own clause, with no other figure between)
    named = [i for i, _j, _ in ctx.find("cues", "equipment", lo=ctx.clause(q)[0], hi=q.i)]
    dated = {k for t in ctx.times for k in range(t.i, t.j)}  # (not "2025-26": a time)
    return bool(named) and not any(
        named[-1] < x.i < q.i and x.i not in dated for x in ctx.quantities
    )


_PART_BEFORE: int = 4  # words before the figure that may name the part of a budget it is


# what may end 'of NATO' as the whole ('pays 90 percent of NATO".', '... of NATO, ...')
_WHOLE_ENDS: frozenset[str] = frozenset({",", ".", ";", "defense", "defence", '"', "”", "'", "’"})
_OWNING: frozenset[str] = frozenset(w for w in _ALLIANCE if w.endswith(("'s", "'")))


def _owned_amount(ctx: Context, q: Quantity) -> bool:
    """Is an amount in money right after the owner of 'of the alliance's' ('two-thirds of the
    alliance's $1.47tn')?"""
    k = q.j + 1 + (1 if ctx.lows[q.j + 1 : q.j + 2] == ["the"] else 0) + 1
    return any(x.i == k and x.form == "money" for x in ctx.quantities)


def _apposed_share(ctx: Context, q: Quantity) -> bool:
    """'30% of total NATO spending, against $997 billion, or 66%, for the United States': a
    percentage in apposition to an amount, after a share of the alliance's spending."""
    if q.form != "percent" or ctx.lows[max(0, q.i - 2) : q.i] != [",", "or"]:
        return False
    if not any(x.form == "money" and x.j == q.i - 2 for x in ctx.quantities):
        return False
    return any(c.kind == "alliance_share" for c in ctx.claims)


def _share_named_before(ctx: Context, q: Quantity) -> bool:
    """'its portion of overall NATO defence expenditure dropped from 2.4% in 2014 to 1.9%':
    the share of the alliance's spending is named before the figures of its clause."""
    if "apostrophes" not in ctx.memo:  # once a sentence, not once a figure
        ctx.memo["apostrophes"] = [w.replace("’", "'") for w in ctx.lows]
    lows = ctx.memo["apostrophes"]
    lo, _hi = ctx.clause(q)
    if "to" in lows[max(0, q.i - 2) : q.i]:
        start = ctx.tokens[q.i].start  # the last percentage before the figure, looked up last
        last = next((c for c in reversed(ctx.claims) if c.end <= start and c.unit == "%"), None)
        if last is not None and last.kind == "alliance_share":
            return True  # "... dropped from 2.4% in 2014 to 1.9% in 2024"
    for k in range(max(0, lo - 14, q.i - 16), q.i - 2):
        if lows[k] not in ("share", "portion", "proportion") or lows[k + 1] != "of":
            continue
        rest = [w for w in lows[k + 2 : k + 6] if w not in ("the", "overall", "total", "all")]
        if rest and rest[0] in _ALLIANCE and not {"gdp", "common", "budget"} & set(lows[k : q.i]):
            return True
    return False


_ELIDED_ENDS: frozenset[str] = frozenset({".", ";", "!", ""})


def _elided_share(ctx: Context, q: Quantity) -> Claim | None:
    """'A decade ago the US accounted for about 72% of allied spending; this year, roughly
    two-thirds': a figure alone at the end of a clause after a semicolon, with only times
    between it and a share of the allies' spending before, is another share of that spending."""
    lows = ctx.lows
    if (lows[q.j] if q.j < len(lows) else "") not in _ELIDED_ENDS:
        return None
    start = ctx.tokens[q.i].start
    last = next((c for c in reversed(ctx.claims) if c.end <= start), None)
    if last is None or last.kind != "alliance_share":
        return None
    k = next((k for k in range(q.i - 1, -1, -1) if lows[k] == ";"), -1)
    if k < 0 or ctx.tokens[k].start < last.end:
        return None
    if any(x.form != "year" and k < x.i < q.i for x in ctx.quantities):
        return None
    times = {w for t in ctx.times if k < t.i < q.i for w in lows[t.i : t.j]}
    return last if all(w in times or w in _ELIDED_WORDS for w in lows[k : q.i]) else None


_ELIDED_WORDS: frozenset[str] = patterns.word_set("elided_share_words")


_SHARE_LEADS: frozenset[str] = frozenset({":", ",", "-", "\u2013", "\u2014", "or"})


def _share_after_total(ctx: Context, q: Quantity) -> Claim | None:
    """'The US will spend $1.03tn out of an allied total of $1.81tn: about 57%': a percentage
    right after the allies' total in money, itself right after an ally's amount, is that
    ally's share of the total (the ally's amount claim, else None)."""
    if q.form not in ("percent", "fraction") or ctx.lows[q.i - 1 : q.i] == []:
        return None
    k = q.i - 1
    while k > 0 and ctx.lows[k] in _SHARE_LEADS:
        k -= 1
    if k == q.i - 1:
        return None
    start = ctx.tokens[q.i].start
    before = [c for c in ctx.claims if c.end <= start]
    if len(before) < 2 or ctx.tokens[k].end != before[-1].end:
        return None
    total, part = before[-1], before[-2]
    if total.kind != "spending_amount" or total.subject_code != "NATO":
        return None
    if (
        part.kind != "spending_amount"
        or len(part.subject_code or "") != 3
        or part.year != total.year
    ):
        return None
    return part


_POINTERS: frozenset[str] = frozenset({"that", "this", "it"})
_POINTED_LINKS: frozenset[str] = frozenset({"is", "was", "'s", "\u2019s", "has", "had", "come",
                                            "came", "fallen", "fell", "slipped", "risen",
                                            "rose", "down", "up", "from", "about", "around",
                                            "roughly", "nearly", "some", "almost"})  # fmt: skip


def _pointed_share(ctx: Context, q: Quantity) -> Claim | None:
    """'... 57% of the allied total of $1.81 trillion. That is down from about 60% last year':
    a sentence opening on 'that' or 'this', with only a copula, a verb of movement and 'from'
    before the figure, compares the share the sentence before ended on (that share's claim,
    else None)."""
    lows = ctx.lows
    if q.form != "percent" or lows[:1] == [] or lows[0] not in _POINTERS or not ctx.earlier:
        return None
    if "from" not in lows[1 : q.i] or not _POINTED_LINKS.issuperset(lows[1 : q.i]):
        return None
    last = next((c for c in reversed(ctx.earlier) if c.unit == "%"), None)
    if last is None or last.kind != "alliance_share" or last.sentence != ctx.sentence.index - 1:
        return None
    return last
