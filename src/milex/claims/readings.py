"""What each number in a sentence states: the readers behind interpret.read_article.

Readers run in a fixed order and consume the numbers they explain: counts of allies ("23 of
the 32 allies met 2%", which also uses up the 32 and the 2%), membership ("NATO has 32
members"), rankings ("second-largest spender"), then each remaining percentage or amount:
a commitment, an equipment share, a real change, a share of GDP or a spending amount.
A number that fits none of them (a vote count, a date, "three-day") is left alone.
"""

from __future__ import annotations

from datetime import date

from milex.claims import patterns, policy
from milex.claims.interpret import (
    Context,
    hypothetical,
    new_claim,
    set_subject,
    subjects_for,
    year_for,
)
from milex.claims.numbers import Quantity

_DETERMINERS = frozenset({"the", "its", "nato's", "alliance's", "their", "all", "those", "our"})
_SHARE_WORDS = frozenset({"share", "gdp", "economy", "percentage", "output"})
_SPEND_WORDS = frozenset({"spender", "spenders", "dollar", "dollars", "spending", "budget"})


def read(ctx: Context) -> None:
    _counts(ctx)
    _membership(ctx)
    _rankings(ctx)
    for q in list(ctx.quantities):
        if id(q) not in ctx.consumed and q.form != "year":
            _quantity(ctx, q)
        elif id(q) in ctx.thresholds and _predicate_after(ctx, q):
            # "the only allies already at the 3.5% core level that leaders agreed ... by 2035"
            reading = policy.match(ctx, q, None)
            if reading is not None and reading.kind == "guideline_value":
                _policy_claim(ctx, q, reading)
    _ellipsis(ctx)
    _respectively(ctx)
    ctx.claims.sort(key=lambda c: c.start)


def _respectively(ctx: Context) -> None:
    """'Italy and Spain ... spending 1.49% and 1.28% respectively': figures to allies in order."""
    if "respectively" not in ctx.lows:
        return
    k = ctx.lows.index("respectively")
    kinds = ("share_of_gdp", "spending_amount", "equipment_share", "real_change")
    figures = [c for c in ctx.claims if c.kind in kinds and c.end <= ctx.tokens[k].start]
    named = [m for m in ctx.mentions if m.kind in ("ally", "group") and m.j <= k]
    groups: list[list] = []
    for m in named:  # coordinated runs: "Italy and Spain", "Spain, Belgium and Luxembourg"
        between = ctx.lows[groups[-1][-1].j : m.i] if groups else None
        if groups and between and all(w in (",", "and") for w in between):
            groups[-1].append(m)
        else:
            groups.append([m])
    runs = [g for g in groups if len(g) >= 2]
    if not runs or len(figures) < len(runs[-1]):
        return
    run = runs[-1]
    tail = figures[-len(run) :]
    if len({c.kind for c in tail}) != 1 or tail[0].start < ctx.tokens[run[-1].j - 1].end:
        return
    for claim, mention in zip(tail, run, strict=True):
        set_subject(claim, mention.code)


def _members_at(day: date) -> int:
    from milex.alliance import members

    return len(members(day))


def _count_noun_after(ctx: Context, k: int):
    """(end, total quantity or None) when 'of the 32 allies' / 'allies' follows token k."""
    lows = ctx.lows
    nouns = patterns.phrases("count_nouns")
    total = None
    if k < len(lows) and lows[k] == "of":
        k += 1
        while k < len(lows) and (lows[k] in _DETERMINERS or lows[k] == "the"):
            k += 1
        q = next((x for x in ctx.quantities if x.i == k and x.form == "plain"), None)
        if q is not None:
            total, k = q, q.j
        for _ in range(3):
            hit = nouns.match_at(lows, k) if k < len(lows) else None
            if hit:
                return k + hit[0], total
            k += 1
        return None
    hit = nouns.match_at(lows, k) if k < len(lows) else None
    if hit:
        return k + hit[0], None
    return None


def _not_nato(ctx: Context, lo: int, hi: int) -> bool:
    return ctx.has("not_nato_groups", lo=max(0, lo), hi=hi)


def _threshold(ctx: Context, start: int, stop: int, before: list[Quantity]):
    """The share a count is measured against: a percentage, 'that mark', or 'the guideline'."""
    for q in ctx.quantities:
        if start <= q.i < stop and q.form == "percent":
            return q, q.value
    lows = ctx.lows
    for k in range(start, stop):
        if (
            lows[k] == "that"
            and k + 1 < stop
            and lows[k + 1] in ("mark", "line", "level", "threshold")
        ):
            prev = [q for q in before if q.form == "percent"]
            if prev:
                return None, prev[-1].value
        if lows[k] == "the" and k + 1 < stop and lows[k + 1] in ("guideline", "target"):
            equipment = ctx.has("cues", "equipment", lo=start, hi=stop)
            return None, 20.0 if equipment else 2.0
    return None, None


def _comparator(ctx: Context, count_end: int, tq: Quantity | None) -> str:
    between = ctx.lows[count_end : tq.i if tq else count_end + 8]
    hedge = tq.hedge if tq else None
    if hedge == "more_than" or any(w in ("above", "over", "exceed", "exceeded") for w in between):
        return ">"
    if hedge == "less_than" or any(
        w in ("below", "under", "short", "missed", "miss", "misses", "failed", "fail", "fails")
        for w in between
    ):
        return "<"
    return ">="


def _counts(ctx: Context) -> None:
    lows = ctx.lows
    meeting = set(patterns.load()["meeting_verbs"]) | {"at", "above", "over", "below", "under"}
    for q in ctx.quantities:
        if id(q) in ctx.consumed or q.form not in ("plain", "fraction"):
            continue
        if q.form == "plain" and (q.value > 40 or q.value != int(q.value) or q.precision):
            continue
        if q.value == 1 and lows[q.j : q.j + 1] == ["of"]:
            continue
        if (q.i > 0 and lows[q.i - 1] in ("nato's", "alliance's", "its", "their")) or _one_of(
            lows, q
        ):
            continue  # "NATO's 32 allies", "one of the 32": the membership, not a count  # "one of the 32", "one of only five": not a count
        if lows[max(0, q.i - 2) : q.i] == ["of", "the"]:
            continue  # "Of the 32 allies, 23 ...": 32 is the total
        found = _count_noun_after(ctx, q.j)
        listed = False
        lead = lows[max(0, q.i - 5) : q.i]
        if found is None and len(lead) == 5 and lead[0] == "of" and lead[-1] == ",":
            total_q = next((x for x in ctx.quantities if x.i == q.i - 3), None)
            if total_q is not None and lead[3] in ("allies", "members"):
                found = (q.j, total_q)
        if found is None:
            nxt = lows[q.j] if q.j < len(lows) else ""
            if nxt in ("-", "—", "–", "(") and any(m.i == q.j + 1 for m in ctx.mentions):
                found, listed = (q.j, None), True
            elif (
                q.i > 0 and lows[q.i - 1] in ("those", "these") and "allies" in lows[q.j : q.j + 6]
            ):
                found = (q.j + lows[q.j : q.j + 6].index("allies") + 1, None)
            elif "allies" in lows[max(0, q.i - 5) : q.i] and lows[q.j : q.j + 2] == ["in", "all"]:
                found = (q.j + 2, None)
        if found is None:
            continue
        end, total_q = found
        lo, hi = ctx.clause(q)
        if _not_nato(ctx, q.i - 6, end):
            continue
        before = [x for x in ctx.quantities if x.j <= q.i]
        tq, threshold = _threshold(ctx, end, hi, before)
        if threshold is None:
            continue
        stop = tq.i if tq else hi
        verb = any(w in meeting for w in lows[end:stop]) or (tq is not None and tq.hedge)
        if not verb and not listed:
            continue
        total = int(total_q.value) if total_q else None
        if q.form == "fraction":
            value = round(q.value * (total or _members_at(ctx.today)), 2)
        else:
            value = q.value
        measure = (
            "equipment_share" if ctx.has("cues", "equipment", lo=q.i, hi=hi) else "share_of_gdp"
        )
        predicated = tq is not None and _predicate_after(ctx, tq)
        anchor = q if predicated or tq is None else tq
        year, _since, deadline, doubt = year_for(ctx, anchor)
        if predicated and deadline is not None:
            year, deadline, doubt = _present_year(ctx, q)
        claim = new_claim(ctx, q, "count_meeting", value, "allies", total=total,
                          threshold=threshold, comparator=_comparator(ctx, end, tq),
                          measure=measure, year=year, deadline=deadline)  # fmt: skip
        set_subject(claim, "NATO")
        if doubt:
            claim.doubts.append(doubt)
        ctx.consumed.add(id(q))
        if total_q is not None:
            ctx.consumed.add(id(total_q))
        if tq is not None:
            ctx.consumed.add(id(tq))
            ctx.thresholds.add(id(tq))
    _every(ctx)
    _elliptical_counts(ctx)
    _number_of_allies(ctx)


def _number_of_allies(ctx: Context) -> None:
    """'The number of allies meeting the 2% target fell to 18 in 2024'."""
    lows = ctx.lows
    for k in range(len(lows) - 3):
        if lows[k : k + 2] != ["number", "of"] or lows[k + 2] not in (
            "allies",
            "members",
            "countries",
        ):
            continue
        lo, hi = ctx.clause_at(k)
        tq, threshold = _threshold(ctx, k + 3, hi, [])
        if threshold is None:
            continue
        start = tq.j if tq else k + 3
        q = next((x for x in ctx.quantities if x.i >= start and x.i < hi and x.form == "plain"
                  and x.value <= 40 and not x.precision and id(x) not in ctx.consumed), None)  # fmt: skip
        if q is None:
            continue
        year, _s, _d, doubt = year_for(ctx, q)
        claim = new_claim(ctx, q, "count_meeting", q.value, "allies", threshold=threshold,
                          comparator=_comparator(ctx, k + 3, tq), measure="share_of_gdp"
                          if threshold != 20 else "equipment_share", year=year)  # fmt: skip
        set_subject(claim, "NATO")
        if doubt:
            claim.doubts.append(doubt)
        ctx.consumed.add(id(q))
        if tq is not None:
            ctx.consumed.add(id(tq))
            ctx.thresholds.add(id(tq))


def _elliptical_counts(ctx: Context) -> None:
    """'23 of the 32 allies met 2% in 2024, up from only 10 the year before': the 10 is a count
    of the same kind, for another year."""
    lows = ctx.lows
    counts = [c for c in ctx.claims if c.kind == "count_meeting"]
    if not counts:
        return
    for q in ctx.quantities:
        if id(q) in ctx.consumed or q.form != "plain" or q.precision or q.value > 40:
            continue
        prev = [c for c in counts if c.end <= ctx.tokens[q.i].start]
        before = lows[max(0, q.i - 3) : q.i]
        if not prev or not any(
            w in ("from", "against", "versus", "vs", "than", "with") for w in before
        ):
            continue
        if lows[q.j : q.j + 1] and lows[q.j] in ("%", "percent", "per", "years", "days"):
            continue
        base = prev[-1]
        year, _s, _d, doubt = year_for(ctx, q, claims_before=prev)
        claim = new_claim(ctx, q, "count_meeting", q.value, "allies", threshold=base.threshold,
                          comparator=base.comparator, measure=base.measure, year=year)  # fmt: skip
        set_subject(claim, "NATO")
        if doubt:
            claim.doubts.append(doubt)
        ctx.consumed.add(id(q))


def _present_year(ctx: Context, q: Quantity):
    from milex.claims.interpret import tense_of

    if tense_of(ctx, q) in ("present", "future"):
        return ctx.today.year, None, ""
    return None, None, "the text gives no year for this figure"


def _every(ctx: Context) -> None:
    """'every ally meets 2%', 'Every single one of NATO's 32 allies now meets the 2% floor'."""
    lows = ctx.lows
    for k, low in enumerate(lows):
        if low not in ("every", "all", "each", "everyone"):
            continue
        if k > 0 and lows[k - 1] in ("almost", "nearly", "virtually", "practically", "not"):
            continue  # "almost every ally": no figure to check
        window = lows[k : k + 8]
        if not any(w in ("ally", "allies", "member", "members", "one") for w in window):
            continue
        total_q = next((x for x in ctx.quantities if k < x.i <= k + 6 and x.form == "plain"
                        and x.value >= 12), None)  # fmt: skip
        lo, hi = ctx.clause_at(k)
        tq = next((x for x in ctx.quantities if x.i > k and x.i < hi and x.form == "percent"), None)
        if tq is None or _not_nato(ctx, k - 4, k + 8):
            continue
        between = lows[k : tq.i]
        verbs = set(patterns.load()["meeting_verbs"]) | {"at", "above"}
        if not any(w in verbs for w in between) and not tq.hedge:
            continue
        total = int(total_q.value) if total_q else None
        value = float(total or _members_at(ctx.today))
        anchor = Quantity(k, k + 1, k, k + 1, value)
        year, _s, _d, doubt = year_for(ctx, tq)
        claim = new_claim(ctx, anchor, "count_meeting", value, "allies", total=total,
                          threshold=tq.value, comparator=">=", measure="share_of_gdp",
                          year=year)  # fmt: skip
        claim.text = ctx.sentence.text[ctx.tokens[k].start - ctx.sentence.start :
                                       ctx.tokens[min(k + 6, tq.i) - 1].end - ctx.sentence.start]  # fmt: skip
        set_subject(claim, "NATO")
        if total_q is not None:
            ctx.consumed.add(id(total_q))
        if doubt:
            claim.doubts.append(doubt)
        ctx.consumed.add(id(tq))
        return


def _membership(ctx: Context) -> None:
    lows = ctx.lows
    for q in ctx.quantities:
        if q.form not in ("plain", "ordinal") or q.precision or not 12 <= q.value <= 40:
            continue
        if id(q) in ctx.consumed:
            continue
        prev = lows[max(0, q.i - 3) : q.i]
        nxt = lows[q.j : q.j + 2]
        member_noun = bool(nxt) and nxt[0] in ("members", "member", "allies", "ally", "countries",
                                               "nations", "-")  # fmt: skip
        if q.form == "ordinal":
            ok = bool(nxt) and nxt[0] in ("member", "ally", "nato", "country")
        elif _one_of(lows, q):
            ok = True
        elif not member_noun:
            ok = prev[-2:] == ["alliance", "of"] or (
                prev[-1:] in (["has"], ["had"]) and (not nxt or nxt[0] in (".", ",", ";"))
                and any(m.code == "NATO" for m in ctx.mentions if m.j <= q.i)
            )  # fmt: skip
        else:
            ok = (any(w in ("has", "have", "had", "counts", "numbers", "comprises", "includes")
                      for w in prev)
                  or prev[-1:] in (["nato's"], ["alliance's"], ["its"], ["all"])
                  or prev[-2:] in (["alliance", "of"], ["all", "the"]))  # fmt: skip
        if not ok or _not_nato(ctx, q.i - 4, q.j + 2):
            continue
        allies_named = any(m.kind == "ally" for m in ctx.mentions)
        if not (ctx.has("membership_context") or q.form == "ordinal" or allies_named):
            continue
        claim = new_claim(ctx, q, "membership_count", q.value, "members")
        set_subject(claim, "NATO")
        day = next((t.day for t in ctx.times if t.kind == "day"), None)
        if day is not None:
            claim.as_of = day.isoformat()
        ctx.consumed.add(id(q))


def _one_of(lows: list[str], q: Quantity) -> bool:
    """'one of the 32', 'every single one of NATO's 32', 'all 32 allies'."""
    before = lows[max(0, q.i - 3) : q.i]
    if before[-1:] == ["all"] or before[-2:] == ["one", "of"]:
        return True
    return before[-3:-1] == ["one", "of"] and before[-1] in ("the", "nato's", "its", "alliance's")


def _rank_measure(ctx: Context, lo: int, hi: int) -> str | None:
    """Which table a ranking is read from: explicit words first, then the sentence's figures."""
    window = set(ctx.lows[lo:hi])
    if ctx.has("cues", "personnel", lo=lo, hi=hi):
        return None
    if window & {"dollar", "dollars", "cash", "absolute", "usd"}:
        return "spending_usd_current"
    if window & _SHARE_WORDS or ctx.has("cues", "gdp"):
        if ctx.has("cues", "equipment", lo=lo, hi=hi):
            return "equipment_share"
        return "share_of_gdp"
    if any(q.form == "money" for q in ctx.quantities):
        return "spending_usd_current"
    if any(q.form == "percent" for q in ctx.quantities):
        return "share_of_gdp"
    if window & _SPEND_WORDS:
        return "spending_usd_current"
    return None


def _rankings(ctx: Context) -> None:
    lows = ctx.lows
    rank = patterns.load()["ranking"]
    bottom = set(rank["bottom_superlatives"])
    for q in ctx.quantities:
        if id(q) in ctx.consumed:
            continue
        nxt = lows[q.j : q.j + 3]
        prev = lows[max(0, q.i - 2) : q.i]
        if q.form == "ordinal":
            ok = bool(q.superlative) or nxt[:2] == ["only", "to"] or (
                bool(nxt) and nxt[0] in ("place", "position", "spot", "largest", "biggest",
                                         "highest", "lowest", "in", "among")
                and any(w in ("ranked", "ranks", "rank", "holds", "came", "finished", "sits")
                        for w in lows[max(0, q.i - 4) : q.i]))  # fmt: skip
            ok = ok or (bool(nxt) and nxt[0] in ("place", "position", "spot"))
            ok = ok or (
                (not nxt or nxt[0] in (".", ",", ";", "in", "among", "behind", "after", "at"))
                and any(w in ("ranks", "ranked", "ranking", "placed", "came", "finished", "sits",
                              "now", "is", "was")
                        for w in lows[max(0, q.i - 2) : q.i])
            )  # fmt: skip
        else:
            ok = q.form == "plain" and prev[-1:] == ["number"] and q.value <= 32
        if not ok or q.value < 1:
            continue
        order = "lowest" if (q.superlative in bottom or "lowest" in nxt) else "highest"
        _rank_claim(ctx, q, int(q.value), order)
    _superlatives(ctx)
    for key, order in (("top_phrases", "highest"), ("bottom_phrases", "lowest")):
        for i, j, _ in ctx.find("ranking", key):
            if any(c.kind == "ranking" and abs(c.start - ctx.tokens[i].start) < 60
                   for c in ctx.claims):  # fmt: skip
                continue
            anchor = Quantity(i, j, i, j, 1.0, form="ordinal", in_words=True)
            _rank_claim(ctx, anchor, 1, order)


def _superlatives(ctx: Context) -> None:
    """'Spain remains the alliance's lowest spender', 'the biggest spender in NATO'."""
    lows = ctx.lows
    rank = patterns.load()["ranking"]
    top, bottom = set(rank["superlatives"]), set(rank["bottom_superlatives"])
    for k, low in enumerate(lows):
        if low not in top | bottom or k == 0:
            continue
        det = lows[k - 1]
        if det not in ("the", "nato's", "alliance's"):
            continue  # "Europe's biggest spender": a scope the tables do not rank
        nxt = lows[k + 1 : k + 3]
        if not nxt or nxt[0] not in ("spender", "share", "defence", "military", "budget"):
            continue
        if nxt[0] in ("defence", "military", "budget") and nxt[1:2] not in (
            ["spender"],
            ["share"],
            ["budget"],
        ):
            continue
        anchor = Quantity(
            k - 1, min(len(lows), k + 2), k, k + 1, 1.0, form="ordinal", in_words=True
        )
        _rank_claim(ctx, anchor, 1, "lowest" if low in bottom else "highest")


def _rank_claim(ctx: Context, q: Quantity, value: int, order: str) -> None:
    before = ctx.lows[max(0, q.i - 3) : q.i]
    if any(w in ("long", "once", "formerly", "previously", "traditionally", "historically")
           for w in before):  # fmt: skip
        return  # "long the alliance's second-biggest spender": no year to check
    measure = _rank_measure(ctx, max(0, q.i - 8), min(len(ctx.lows), q.j + 8))
    if measure is None:
        return
    codes, doubt = subjects_for(ctx, q, allow_after=False)
    if not codes or "FOREIGN" in codes:
        return  # "the highest share since the Cold War" of nobody named, or of Russia
    year, _s, _d, ydoubt = year_for(ctx, q)
    claim = new_claim(ctx, q, "ranking", float(value), "rank", measure=measure, year=year,
                      order=order)  # fmt: skip
    claim.hedge = None
    set_subject(claim, codes[0] if codes else None)
    for d in (doubt, ydoubt):
        if d:
            claim.doubts.append(d)
    ctx.consumed.add(id(q))


def _quantity(ctx: Context, q: Quantity) -> None:
    from milex.claims.measures import read_measure

    if q.form not in ("percent", "money", "fraction", "multiplier", "plain"):
        return
    if hypothetical(ctx, q):
        return
    codes, doubt = subjects_for(ctx, q)
    if "FOREIGN" in codes:
        return  # Russia's or China's spending: not an ally's figure
    subject = codes[0] if codes else None
    if q.form in ("percent", "money"):
        reading = policy.match(ctx, q, subject)
        if reading is not None and _guideline_of_ally(ctx, q, reading):
            reading = None
        if reading is not None:
            _policy_claim(ctx, q, reading)
            if not _on_the_line(ctx, q):
                return
    read_measure(ctx, q, codes, doubt)


def _guideline_of_ally(ctx: Context, q: Quantity, reading) -> bool:
    """'Canada reached the 2% mark', 'Iceland spends 0.1% on defence-related items': a figure
    about an ally that merely names a guideline, not a statement of the guideline."""
    if reading.kind != "guideline_value":
        return False
    before = [m for m in ctx.mentions if m.j <= q.i and not m.is_object]
    if not before or before[-1].code in ("WE", "IT", "NATO", "EU", "EUROPE"):
        return False
    if _predicate_after(ctx, q) or _on_the_line(ctx, q):
        return False
    lo, _ = ctx.clause(q)
    return not patterns.phrases("cues", "policy").any_in(ctx.lows, max(lo, q.i - 6), q.i)


def _predicate_after(ctx: Context, q: Quantity) -> bool:
    return policy._predicated(ctx.lows[q.j : q.j + 10])


def _on_the_line(ctx: Context, q: Quantity) -> bool:
    """'exactly 20% this year, right on the Wales line': the figure and the guideline at once."""
    after = ctx.lows[q.j : q.j + 8]
    return (
        "on" in after
        and any(w in ("line", "mark", "target") for w in after)
        and ctx.has("policy", "families", "wales")
        or ("on" in after and ctx.has("policy", "families", "hague") and "line" in after)
    )


def _policy_claim(ctx: Context, q: Quantity, reading) -> None:
    unit = policy.unit_of(ctx, q) or q.form
    value = q.value
    if q.form == "money" and q.scale != 1e9:
        value = q.amount / 1e9
    shown = {"billion EUR": "EUR bn", "billion GBP a year": "GBP bn"}.get(unit, "%")
    if q.form == "money" and q.scale == 1e12:
        value, shown = q.value, shown.replace("bn", "tn")
    year, deadline = _stated_year(ctx, q)
    if q.hedge in ("more_than", "at_least", "less_than", "at_most"):
        # "above 1%", "at least 3.5%": the comparison is the commitment's own wording
        q.hedge = None
    decade = next((t for t in ctx.times if t.kind == "decade" and t.i >= q.j), None)
    claim = new_claim(ctx, q, reading.kind, value, shown, figures=reading.figures,
                      deadline=deadline, year=year)  # fmt: skip
    if decade is not None:
        claim.within = 10  # "within a decade" of the commitment's own date
    if reading.kind == "guideline_value":
        claim.year = None
    elif claim.year is None:
        claim.year = deadline
    claim.measure = None
    set_subject(claim, reading.subject_code or None)
    if reading.unheld:
        claim.doubts.append("a programme milex holds no figures for")
    if q.form == "money" and q.scale == 1e12:
        claim.unit = shown


def _stated_year(ctx: Context, q: Quantity) -> tuple[int | None, int | None]:
    """(year, deadline) a commitment figure is tied to in the text: 'from 2027', 'by 2035'.

    Only words next to the figure count (up to the next figure, or the previous one for a
    year written before it); the article's own year is never assumed for a commitment.
    """
    lo, hi = ctx.neighbours(q)
    for t in ctx.times:
        if q.j <= t.i < hi and t.role in ("deadline", "from", "in") and t.kind in ("year", "that"):
            year = t.year
            if t.kind == "that":
                earlier = [x.year for x in ctx.times if x.kind == "year" and x.i < t.i]
                year = earlier[-1] if earlier else None
            return (None, year) if t.role == "deadline" else (year, None)
    first_figure = min((x.i for x in ctx.quantities if x.form != "year"), default=q.i)
    for t in reversed(ctx.times):
        if lo <= t.i < q.i and t.kind == "year" and t.role in ("from", "in", "deadline"):
            if t.role == "deadline" and first_figure < t.i:
                continue  # "2.5% by 2028 and 3%": a deadline binds the figure before it
            return (None, t.year) if t.role == "deadline" else (t.year, None)
    return None, None


def _ellipsis(ctx: Context) -> None:
    """'..., even though NATO's estimate put it just above': the same figure, another source."""
    lows = ctx.lows
    for k in range(len(lows) - 2):
        if lows[k] in ("put", "puts", "has", "shows", "showed") and lows[k + 1] == "it":
            rest = lows[k + 2 : k + 4]
            word = (
                rest[1]
                if rest[:1] in (["just"], ["slightly"], ["well"])
                else rest[0]
                if rest
                else ""
            )
            if word not in ("above", "below", "over", "under"):
                continue
            if any(q.i > k for q in ctx.quantities):
                continue
            prev = [
                c
                for c in ctx.claims
                if c.kind in ("share_of_gdp",) and c.start < ctx.tokens[k].start
            ]
            if not prev:
                continue
            base = prev[-1]
            anchor = Quantity(k, min(len(lows), k + 4), k, k + 1, base.value, form="percent")
            claim = new_claim(ctx, anchor, base.kind, base.value, base.unit, measure=base.measure,
                              year=base.year)  # fmt: skip
            claim.hedge = "more_than" if word in ("above", "over") else "less_than"
            claim.precision = base.precision
            set_subject(claim, base.subject_code)
