"""Counts of EU member states: '19 EU countries have sought SAFE loans', '26 of the 27 EU
member states backed the programme', 'Of the EU's 27 member states, 23 are also NATO allies'.

milex holds the EU's size on a day and which allies are EU member states (23 of the 27 since
Sweden joined NATO), so the EU's size ('the EU's 27') and a count of the EU members that are
allies are judged; who applied for or voted for what is not held: such a count is listed,
unverifiable, with that reason, rather than left unread or judged as a count of allies."""

from __future__ import annotations

from datetime import date

from milex.claims import patterns
from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.context import Mention
from milex.claims.every import MEETING_AT
from milex.claims.guidelines import comparator_of, guessed, obliged, threshold_after
from milex.claims.model import Checked, Claim, Evidence
from milex.claims.numbers import Quantity
from milex.claims.verdicts import unverifiable
from milex.claims.years import year_for
from milex.reference.alliance import eu_allies, eu_size

_SIZE = "eu_size"  # the EU's own number of member states
_ALLIES = "eu_allies"  # the EU member states that are NATO allies


def read_eu_counts(ctx: Context) -> None:
    eu = [m for m in ctx.mentions if m.code == "EU" and m.kind == "group"]
    lows = ctx.lows
    if not eu and _OWNER.isdisjoint(lows) and not _allies_counted(ctx):
        return
    for q in ctx.quantities:
        if not _candidate(ctx, q):
            continue
        total = _total_after(ctx, q)
        those = total is not None and _those_allies(ctx, total)
        if not those and (total is None or not _eu_total(ctx, eu, total)):
            total = _total_before(ctx, eu, q)
        if total is not None:
            # "26 of the 27 EU states", "23 of the EU's 27 members are NATO allies", "Of the
            # EU's 27 member states, 23 are also NATO allies"; but "16 of the 23 EU countries
            # that belong to NATO will reach 2%": a count among those, of something else
            # ("22 of those 23": the EU allies counted before, not a number of its own)
            whole = _ALLIES if those else _whole(ctx, eu, total)
            if those:
                ctx.consumed.add(id(total))
            elif id(total) not in ctx.consumed:
                _claim(ctx, total, whole)
            if whole == _ALLIES and _count_among(ctx, q, int(total.value), total.j):
                continue  # "14 of the 23 EU members in NATO reached 2%": allies at a level
            _claim(ctx, q, _ALLIES if whole == _SIZE and _allies_after(ctx, q) else "")
        elif _eu_total(ctx, eu, q) and (lows[q.i - 1 : q.i] == ["the"] or lows[q.i - 1] in _OWNER):
            _claim(ctx, q, _whole(ctx, eu, q))  # "the 27 EU countries", "the EU's 27 member
            # states": all of them (or all of those in NATO)
        elif any(m.i == q.j for m in eu):  # "19 EU countries", "23 EU states are in NATO"
            named = _named_allies(ctx, eu, q)
            if named is None:
                _claim(ctx, q, _ALLIES if _allies_after(ctx, q) else "")
            elif patterns.phrases("eu_in_nato").any_in(ctx.lows, named, ctx.clause(q)[1]):
                _claim(ctx, q, _ALLIES)  # "23 EU allies are in NATO": all of them
            elif not _count_among(ctx, q, len(eu_allies(ctx.today)), named):
                _claim(ctx, q, "")  # "Nine EU allies signed the letter": some of them (but
                # "Nine EU allies were below 2% in 2024": allies at a level, among the EU's)
        elif (size := _them_allies(ctx, q)) is not None:
            _count_among(ctx, q, size, q.j + 2)  # "23 are in NATO, and 21 of them met 2%"


def among_eu(ctx: Context, q: Quantity, total: Quantity | None) -> bool:
    """Is q counted among the EU's member states, its total a number of them ('16 of the 23
    EU countries', 'Of the 23 EU members in NATO, 16 ...')? Such a count is read here, not as
    one among all the allies."""
    eu = [m for m in ctx.mentions if m.code == "EU" and m.kind == "group"]
    lows = ctx.lows
    if ctx.lows[q.j : q.j + 2] == ["of", "them"]:  # "Of the EU's 27, 23 are in NATO, and 21
        # of them met 2%": them, the EU allies the clause before counted
        ends = [m.j for m in eu if m.j <= q.i] + [k + 1 for k in range(q.i) if lows[k] in _OWNER]
        last = max(ends, default=-1)
        return last >= 0 and patterns.phrases("eu_in_nato").any_in(lows, last, q.i)
    if not eu:
        return False
    if total is not None:
        return _eu_total(ctx, eu, total)
    return _total_before(ctx, eu, q) is not None


def _candidate(ctx: Context, q: Quantity) -> bool:
    return (
        q.form == "plain" and not q.precision and 2 <= q.value <= 28 and id(q) not in ctx.consumed
    )


def _eu_total(ctx: Context, eu: list[Mention], x: Quantity) -> bool:
    """Is x a number of the EU's member states: right after 'the EU's' or right before 'EU'?"""
    return x.i > 0 and ctx.lows[x.i - 1] in _OWNER or any(m.i == x.j for m in eu)


def _whole(ctx: Context, eu: list[Mention], x: Quantity) -> str:
    """What a number of all the EU's member states counts: all of them ('the 27 EU
    countries', 'the EU's 27 members') or those in NATO, as a relative clause or 'in NATO'
    right after the noun says ('the 23 EU countries that belong to NATO', 'the 23 EU members
    in NATO')."""
    lows = ctx.lows
    k = next((m.j for m in eu if m.i == x.j), x.j)
    if patterns.phrases("eu_in_nato").any_in(lows, x.j, k):
        return _ALLIES  # the group's own name says it: "the 23 EU member states in NATO"
    while k < len(lows) and lows[k] in _MEMBER_NOUNS:
        k += 1
    if lows[k : k + 1] in (["that"], ["which"], ["who"], ["in"], ["of"]) and (
        patterns.phrases("eu_in_nato").any_in(lows, k, min(len(lows), k + 5))
    ):
        return _ALLIES
    if lows[k : k + 1] in (["that"], ["which"], ["who"]):
        return ""  # "the 23 EU states that are [in NATO]", "the 19 EU states that applied":
        # some of them, as a relative clause milex cannot read says, not the EU's size
    return _SIZE


_MEMBER_NOUNS = frozenset({"member", "members", "states", "countries", "nations"})


_OWNER = patterns.word_set("eu_possessives")


def _total_after(ctx: Context, q: Quantity) -> Quantity | None:
    """The M of 'N of the M', 'N of the EU's M'."""
    lows = ctx.lows
    if lows[q.j : q.j + 1] != ["of"]:
        return None
    k = q.j + 1
    if lows[k : k + 1] in (["the"], ["those"], ["these"]):
        k += 1
    if lows[k : k + 1] and lows[k] in _OWNER:
        k += 1
    return next((x for x in ctx.quantities if x.i == k), None)


def _total_before(ctx: Context, eu: list[Mention], q: Quantity) -> Quantity | None:
    """'Of the EU's 27 member states, 23 ...': the EU's size in a phrase opening with 'of'
    that ends at a comma right before the count."""
    lows = ctx.lows
    if lows[q.i - 1 : q.i] != [","]:
        return None
    # (as far back as a long name: "Of the 23 EU countries that are NATO members, 16 ...")
    opening = next((k for k in range(q.i - 2, max(-1, q.i - 13), -1) if lows[k] == "of"), None)
    if opening is None or (opening > 0 and lows[opening - 1] not in (",", ";", ":")):
        return None
    return next((x for x in ctx.quantities if opening < x.i < q.i and _eu_total(ctx, eu, x)), None)


def _allies_counted(ctx: Context) -> bool:
    """Has the sentence or the one before counted the EU member states that are allies?"""
    return any(c.kind == "eu_count" and c.measure == _ALLIES for c in _recent(ctx))


def _recent(ctx: Context) -> list[Claim]:
    before = ctx.sentence.index - 1
    return [*(c for c in ctx.earlier[-8:] if c.sentence == before), *ctx.claims]


def _those_allies(ctx: Context, total: Quantity) -> bool:
    """'23 are also NATO allies, and 22 of those 23 ...': the total after 'those' is the EU
    allies counted just before, named again."""
    return ctx.lows[total.i - 1] in ("those", "these") and any(
        c.kind == "eu_count" and c.measure == _ALLIES and c.value == total.value
        for c in _recent(ctx)
    )


def _them_allies(ctx: Context, q: Quantity) -> int | None:
    """The number of EU allies 'them' stands for in '23 are in NATO, and 21 of them ...': the
    EU allies the sentence counted last before the count, if that was its last count."""
    if ctx.lows[q.j : q.j + 2] != ["of", "them"]:
        return None
    before = [c for c in ctx.claims if c.kind == "eu_count" and c.end <= ctx.tokens[q.i].start]
    last = max(before, key=lambda c: c.start, default=None)
    return int(last.value) if last is not None and last.measure == _ALLIES else None


def _count_among(ctx: Context, q: Quantity, size: int, start: int) -> bool:
    """'14 of the 23 EU member states in NATO reached 2% in 2024', '22 of those 23 spent at
    least 2%': a count of allies at a level among the EU's allies, judged on NATO's figures
    for those allies (Claim.rank_scope "eu"). Only with a level and a verb of meeting it."""
    lows = ctx.lows
    hi = ctx.clause(q)[1]
    before = [x for x in ctx.quantities if x.j <= q.i]
    tq, threshold = threshold_after(ctx, start, hi, before)
    if threshold is None or threshold > _MOST_OF_GDP:
        return False
    stop = tq.ni if tq is not None else hi  # (with the figure's own hedge: "below 2%")
    if not any(w in _MEETING for w in lows[start:stop]):
        return False
    year, _since, deadline, doubt, basis = year_for(ctx, tq if tq is not None else q)
    claim = new_claim(ctx, q, "count_meeting", q.value, "allies", total=size,
                      threshold=threshold, comparator=comparator_of(ctx, start, tq),
                      measure="share_of_gdp", year=year, deadline=deadline,
                      year_basis=basis)  # fmt: skip
    set_subject(claim, "EU")
    claim.rank_scope = "eu"
    if doubt:
        claim.doubts.append(doubt)
    if obliged(lows, q.i, lows[start:stop]):
        claim.doubts.append("a rule for the EU's allies, not a count of what they spent")
    claim.threshold_guessed = guessed(ctx, tq, threshold)
    ctx.consumed.add(id(q))
    if tq is not None:
        ctx.consumed.add(id(tq))
        ctx.thresholds.add(id(tq))
    return True


_MEETING: frozenset[str] = MEETING_AT | patterns.word_set("count_level_verbs")
_MOST_OF_GDP: float = 15.0


def _allies_after(ctx: Context, q: Quantity) -> bool:
    """Does the count's clause say those EU member states are NATO allies ('23 are also NATO
    allies', 'belong to NATO', 'are in the alliance')?"""
    hi = ctx.clause(q)[1]
    return patterns.phrases("eu_in_nato").any_in(ctx.lows, q.j, min(hi, q.j + 10))


def _named_allies(ctx: Context, eu: list[Mention], q: Quantity) -> int | None:
    """Where the group's name ends, when its own words right after the count say its members
    are allies ('Nine EU allies', 'six EU NATO members'); else None."""
    phrases = patterns.phrases("eu_in_nato")
    return next((m.j for m in eu if m.i == q.j and phrases.any_in(ctx.lows, m.i, m.j)), None)


def _claim(ctx: Context, q: Quantity, measure: str) -> None:
    claim = new_claim(ctx, q, "eu_count", q.value, "EU member states", measure=measure or None)
    set_subject(claim, "EU")
    ctx.consumed.add(id(q))


def eu_count(claim: Claim, day: date) -> Checked:
    if claim.measure == _SIZE:
        size = eu_size(day)
        if size is None:
            return unverifiable(claim, "milex holds the EU's size only from 1 July 2013")
        return _judged(claim, size, f"the EU had {size} member states on {day:%-d %B %Y}", "")
    if claim.measure == _ALLIES:
        allies = eu_allies(day)
        names = ", ".join(a.name for a in allies)
        return _judged(claim, len(allies), f"{len(allies)} EU member states were NATO allies "
                                           f"on {day:%-d %B %Y}", names)  # fmt: skip
    return unverifiable(claim, "milex holds which allies belong to the EU, not which member "
                               "states applied for, received or voted for what")  # fmt: skip


def _judged(claim: Claim, actual: int, said: str, note: str) -> Checked:
    if claim.hedge is not None:
        return unverifiable(claim, f"{said}; the count is hedged ('{claim.text.strip()}')")
    ok = int(claim.value) == actual
    evid = Evidence("milex.alliance", None, None, None, claim.measure, "states", "EU", None,
                    float(actual), note=note)  # fmt: skip
    text = f"{said}, which {'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'."
    return Checked(claim, "supported" if ok else "contradicted", text, "exactly", evid)
