"""Allies ranked together: 'Leading the way are Poland and Lithuania' (the top two),
'Poland, Lithuania and Latvia lead the alliance' (the top three), 'among NATO's three biggest
spenders' (no lower than third), 'the next highest is Estonia' (one place after the rank the
text gave before), 'Only A and B have more' (the ally spoken of before is third), and 'more
than every other ally combined' (over half of the allies' spending). Rankings are made by
rankings.rank_claim."""

from __future__ import annotations

from itertools import chain

from milex.claims import patterns
from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.context import Mention
from milex.claims.numbers import Quantity
from milex.claims.rankings import rank_claim, read_places
from milex.claims.subjects import (
    coordinated_runs,
    relative_subject,
    run_end,
    run_start,
    subjects_for,
)
from milex.claims.years import year_for

# words between a list of allies and what it does ("Poland (4.48%) and Latvia also lead")
_BETWEEN = frozenset({"also", "both", "together", "all", "now", "still", "currently", "again",
                      "(", ")", "%", "percent", "per", "cent"})  # fmt: skip


def read_rankings(ctx: Context) -> None:
    """Every ranking in the sentence: 'among the N biggest' and 'than any ally except X'
    first (their superlative or 'than any ally' is not a rank of its own), then places of one
    ally, then allies ranked together."""
    _among_top(ctx)
    _all_but(ctx)  # before "than any other ally" alone is read as first
    read_places(ctx)
    _led(ctx)
    _next(ctx)
    _followed(ctx)
    _only_ahead(ctx)
    _ahead_of_it(ctx)
    _more_than_the_rest(ctx)
    _ordered(ctx)
    _one_per_rank(ctx)


def _one_per_rank(ctx: Context) -> None:
    """Words read twice are one rank: 'had the lowest' and 'the lowest share' overlap."""
    kept: list = []
    for c in ctx.claims:
        if c.kind == "ranking" and any(
            k.kind == "ranking" and (k.subject_code, k.year, k.value) == (c.subject_code, c.year, c.value)
            and k.start < c.end and c.start < k.end for k in kept
        ):  # fmt: skip
            continue
        kept.append(c)
    ctx.claims[:] = kept


_AHEAD = (
    ["ahead", "of", "it"],
    ["above", "it"],
    ["ahead", "of", "them"],
    ["in", "front", "of", "it"],
)


def _ahead_of_it(ctx: Context) -> None:
    """'The UK sits 12th, with Greece, Finland and Sweden among the nations ahead of it': the
    allies listed rank above the place given, each of them."""
    lows = ctx.lows
    if "it" not in lows and "them" not in lows:
        return
    placed = [c for c in ctx.claims if c.kind == "ranking" and c.comparator is None
              and c.order != "lowest" and not c.ranked_with and c.subject_code
              and len(c.subject_code) == 3]  # fmt: skip
    allies = _allies(ctx)
    for base in placed:
        start = next((k for k, t in enumerate(ctx.tokens) if t.start >= base.end), len(lows))
        phrase, size = next(((k, len(words)) for k in range(start, min(len(lows), start + 25))
                             for words in _AHEAD if lows[k : k + len(words)] == words),
                            (None, 0))  # fmt: skip
        run = [m for m in allies if start <= m.i < (phrase or 0) and m.code != base.subject_code]
        if not run or "with" not in lows[start : run[0].i] or run[0].i - start > 10:
            continue  # "..., with Greece and Finland among the nations ahead of it"
        if any(w in ("not", "behind", "below") for w in lows[start:phrase]):
            continue
        codes = list(dict.fromkeys(m.code for m in run))
        end = phrase + size
        anchor = Quantity(run[0].i, end, run[0].i, end, base.value, form="ordinal")
        claim = new_claim(ctx, anchor, "ranking", base.value, "rank", measure=base.measure,
                          year=base.year, order=base.order, year_basis=base.year_basis)  # fmt: skip
        claim.hedge, claim.comparator, claim.ranked_with = None, "<", codes
        claim.ahead_of = base.subject_code
        claim.measure_basis, claim.rank_scope = base.measure_basis, base.rank_scope
        set_subject(claim, codes[-1])


def _allies(ctx: Context) -> list[Mention]:
    return [m for m in ctx.mentions if m.kind == "ally" and m.code != "FOREIGN"]


def _led(ctx: Context) -> None:
    allies = _allies(ctx)
    if not allies:
        return
    for key, order in (("lead_phrases", "highest"), ("trail_phrases", "lowest")):
        for i, j, _ in ctx.find("ranking", key):
            if any(w in ("one", "among", "not", "no") for w in ctx.lows[max(0, i - 3) : i]):
                continue  # "among those leading the way": no place said
            if any(c.kind == "ranking" and c.start <= ctx.tokens[i].start < c.end + 40
                   for c in ctx.claims):  # fmt: skip
                continue
            run = _run_before(ctx, allies, i) or _run_after(ctx, allies, j)
            if not run:
                continue
            anchor = Quantity(i, j, i, j, float(len(run)), form="ordinal", in_words=True)
            if len(run) == 1:
                rank_claim(ctx, anchor, 1, order, ally_after=run[0])
            else:
                rank_claim(ctx, anchor, len(run), order, ranked_with=run)


def _codes(ctx: Context, allies: list[Mention], lo: int, hi: int) -> list[str]:
    return list(dict.fromkeys(m.code for m in allies if lo <= m.i <= hi))


def _run_before(ctx: Context, allies: list[Mention], i: int) -> list[str]:
    """'Poland (4.48%), Lithuania (4%) and Latvia (3.73%) also lead ...': the list ending
    right before the phrase."""
    last = next((m for m in reversed(allies) if m.j <= i), None)
    if last is None:
        return []
    between = ctx.lows[last.j : i]
    if not all(w in _BETWEEN or w.replace(".", "", 1).isdigit() or w in ("have", "has", "are",
               "were", "is", "was") for w in between):  # fmt: skip
        return []
    return _codes(ctx, allies, run_start(ctx, allies, last, brackets=True), last.i)


def _run_after(ctx: Context, allies: list[Mention], j: int) -> list[str]:
    """'Leading the way are Poland and Lithuania', 'Heading the list are the frontline states,
    Poland (4.3%) and Lithuania (4%)': the first list after the phrase, in its sentence."""
    _lo, hi = ctx.clause_at(j - 1)
    first = next((m for m in allies if j <= m.i < j + 10), None)
    if first is None or ctx.lows[j : j + 1] not in (["are"], ["were"], ["is"], ["was"], [","]):
        return []
    return _codes(ctx, allies, first.i, run_end(ctx, allies, first, brackets=True))


_GROUP_NOUNS: frozenset[str] = patterns.word_set("ranked_group_nouns")
_GROUP_RELATIVES: frozenset[str] = patterns.word_set("ranked_group_relatives")
_LIST_OPENERS: frozenset[str] = frozenset({"—", "–", "-", ":", "("})


def ranked_group(lows: list[str], q: Quantity) -> int:
    """'the eight allies that spent the least relative to GDP', 'the three countries which
    devote the most': the N allies at one end of a ranking, named as a group by its place
    (not a count of the allies at a level): the index of the superlative, or -1."""
    if lows[q.i - 1 : q.i] != ["the"] or lows[q.j : q.j + 1] == [] or lows[q.j] not in _GROUP_NOUNS:
        return -1
    if lows[q.j + 1 : q.j + 2] == [] or lows[q.j + 1] not in _GROUP_RELATIVES:
        return -1
    ends = patterns.as_set("ranking", "superlatives") | patterns.as_set(
        "ranking", "bottom_superlatives"
    )
    return next((k + 1 for k in range(q.j + 2, min(len(lows) - 1, q.j + 6))
                 if lows[k] == "the" and lows[k + 1] in ends), -1)  # fmt: skip


def _named_group(ctx: Context, q: Quantity) -> bool:
    """'the eight allies that spent the least relative to GDP in 2024 — Croatia, ..., and
    Spain —': the allies listed after a dash, a colon or a bracket, as many as the group
    counts, each in the last N places (or the first N); a list of another length is no rank."""
    lows = ctx.lows
    sup = ranked_group(lows, q)
    if sup < 0 or not 2 <= q.value <= 10 or q.value != int(q.value):
        return False
    allies = _allies(ctx)
    first = next((m for m in allies if sup < m.i <= sup + 12), None)
    if first is None or _LIST_OPENERS.isdisjoint(lows[sup + 1 : first.i]):
        return False
    if any(m.i < first.i for m in allies if ctx.clause_at(m.i) == ctx.clause_at(q.i)):
        return False  # "Spain leads the three allies that spent the most: ...": another subject
    run = _codes(ctx, allies, first.i, run_end(ctx, allies, first, brackets=True))
    if len(run) != int(q.value):
        return False  # ("seventeen countries ... Among them are" sixteen: not the group's list)
    order = (
        "lowest" if lows[sup] in patterns.as_set("ranking", "bottom_superlatives") else "highest"
    )
    anchor = Quantity(q.i, sup + 1, q.ni, q.nj, q.value, form="ordinal", in_words=q.in_words)
    rank_claim(ctx, anchor, int(q.value), order, ranked_with=run, comparator="<=")
    return True


def _bracketed_run(ctx: Context, allies: list[Mention], first: Mention) -> list[str]:
    """The allies of a list from `first` on, each perhaps with its figure in brackets
    ('Spain (1.28 percent of GDP), Slovenia (1.29 percent) and Belgium')."""
    k = allies.index(first)
    run = [first.code]
    while k + 1 < len(allies):
        words, depth, kept = ctx.lows[allies[k].j : allies[k + 1].i], 0, []
        for w in words:
            depth += (w == "(") - (w == ")")
            if depth == 0 and w != ")":
                kept.append(w)
        if depth != 0 or not kept or any(w not in (",", "and", "the") for w in kept):
            break
        k += 1
        run.append(allies[k].code)
    return run


def _ordered(ctx: Context) -> None:
    """'The list, ranked from the bottom up, reads: A (1.28%), B (1.29%) and C (1.3%)': the
    allies listed after a colon, in the order the words give (lowest or highest first), each
    no higher (or lower) than the one after it."""
    lows = ctx.lows
    for key, order in (
        ("ascending_order_phrases", "lowest"),
        ("descending_order_phrases", "highest"),
    ):
        for i, j, _ in ctx.find("ranking", key):
            if any(c.kind == "ranking" and c.ranked_with and c.start <= ctx.tokens[i].start < c.end
                   for c in ctx.claims):  # fmt: skip
                continue
            allies = _allies(ctx)
            first = next((m for m in allies if j <= m.i < j + 6), None)
            if first is None or ":" not in lows[j : first.i]:
                continue  # (a list after a colon: the order is the list's)
            run = _bracketed_run(ctx, allies, first)
            if len(run) < 2 or len(set(run)) != len(run):
                continue
            anchor = Quantity(i, j, i, j, float(len(run)), form="ordinal", in_words=True)
            rank_claim(ctx, anchor, len(run), order, ranked_with=run, comparator="ordered")


def _among_top(ctx: Context) -> None:
    """'among NATO's three biggest spenders', 'in the top five', 'one of the three largest':
    a place no lower than N."""
    lows = ctx.lows
    top = patterns.as_set("ranking", "superlatives")
    bottom = patterns.as_set("ranking", "bottom_superlatives")
    unranked = patterns.as_set("ranking", "unranked_nouns")
    for q in ctx.quantities:
        if q.form == "plain" and q.scale == 1 and _named_group(ctx, q):
            start = ctx.tokens[q.i].start  # (the count read there is the group's size, not
            # a count of the allies at the level its sentence names)
            ctx.claims[:] = [c for c in ctx.claims if c.kind != "count_meeting" or c.start != start]
            ctx.consumed.add(id(q))
            continue
        if id(q) in ctx.consumed or q.form != "plain" or not 2 <= q.value <= 10 or q.scale != 1:
            continue
        before, after = lows[max(0, q.i - 4) : q.i], lows[q.j : q.j + 2]
        top_before = before[-1:] in (["top"], ["bottom"])
        superlative = after[:1] and after[0] in top | bottom
        if not (top_before or superlative):
            continue
        if superlative and before[-1:] == ["the"] and before[-2:-1] in (["are"], ["were"]):
            # "Spain, Belgium and Luxembourg are the three lowest spenders": the whole group
            run = _run_before(ctx, _allies(ctx), max(0, q.i - 2))
            if len(run) == int(q.value):
                order = "lowest" if after[0] in bottom else "highest"
                anchor = Quantity(q.i, q.j + 1, q.ni, q.nj, q.value, form="ordinal",
                                  in_words=q.in_words)  # fmt: skip
                rank_claim(ctx, anchor, int(q.value), order, ranked_with=run)
                ctx.consumed.add(id(q))
            continue
        if not ("among" in before or before[-4:-2] == ["one", "of"] or "in" in before[-3:]):
            continue
        noun = after[1:2] if superlative else after[:1]
        if noun and noun[0] in unranked:
            continue
        order = "lowest" if (before[-1:] == ["bottom"] or superlative and after[0] in bottom) \
            else "highest"  # fmt: skip
        anchor = Quantity(max(0, q.i - 1) if top_before else q.i, q.j + (1 if superlative else 0),
                          q.ni, q.nj, q.value, form="ordinal", in_words=q.in_words)  # fmt: skip
        rank_claim(ctx, anchor, int(q.value), order, comparator="<=")
        ctx.consumed.add(id(q))


def _next(ctx: Context) -> None:
    """'The next highest is Estonia', 'Estonia comes next': one place after the rank before;
    'with the Baltic states next': the places after it, each of them."""
    grouped = [m for m in ctx.mentions if m.kind == "allies"
               and ctx.lows[m.j : m.j + 1] == ["next"] and "with" in ctx.lows[max(0, m.i - 2) : m.i]]  # fmt: skip
    hits = ctx.find("ranking", "next_phrases")
    if not grouped and not hits:
        return  # before looking back through the article: once a sentence, it was quadratic
    prev = next((c for c in chain(reversed(ctx.claims), reversed(ctx.earlier))
                 if c.kind == "ranking" and c.order and not c.ranked_with
                 and c.comparator is None), None)  # fmt: skip
    if prev is None:
        return
    for m in grouped:  # "Poland is the biggest spender, with the Baltic states next"
        codes = m.code.split(",")
        if prev.subject_code in codes or prev.order != "highest":
            continue
        anchor = Quantity(m.i, m.j + 1, m.i, m.j + 1, 0.0, form="ordinal", in_words=True)
        rank_claim(ctx, anchor, int(prev.value) + len(codes), "highest", ranked_with=codes)
        return
    for i, j, _ in hits:
        if prev.order != "highest" and any(w in ("highest", "largest", "biggest")
                                           for w in ctx.lows[i:j]):  # fmt: skip
            continue
        if any(c.kind == "ranking" and c.start >= ctx.tokens[i].start - 40 for c in ctx.claims
               if c is not prev):  # fmt: skip
            continue
        lo, hi = ctx.clause_at(i)
        before = [m for m in _allies(ctx) if lo <= m.i < i]
        after = [m for m in _allies(ctx) if j <= m.i < hi]
        ally = before[-1] if before else after[0] if after else None
        if ally is None or ally.code == prev.subject_code:
            continue
        anchor = Quantity(i, j, i, j, prev.value + 1, form="ordinal", in_words=True)
        count = len(ctx.claims)
        rank_claim(ctx, anchor, int(prev.value) + 1, prev.order, ally_after=ally.code)
        if len(ctx.claims) == count:
            return  # declined: the rank before may be in an earlier sentence
        made = ctx.claims[-1]
        if made.kind == "ranking" and made.measure_basis != "stated" and prev.measure:
            made.measure, made.measure_basis = prev.measure, "carried"
        return


def _followed(ctx: Context) -> None:
    """'Poland spent the most relative to GDP, followed by Estonia and the United States': the
    allies listed right after the words, in order, take the places after the one ranked
    before them in the sentence (second, third), in its table and year."""
    hits = ctx.find("ranking", "followed_phrases")
    if not hits:
        return
    i, j, _ = hits[0]
    prev = next((c for c in reversed(ctx.claims) if c.kind == "ranking" and c.order
                 and not c.ranked_with and c.comparator is None
                 and c.end <= ctx.tokens[i].start), None)  # fmt: skip
    if prev is None or prev.value != int(prev.value):
        return
    lo, hi = ctx.clause_at(i)
    named = [m for m in ctx.mentions if j <= m.i < hi and m.kind in ("ally", "group", "allies")]
    runs = coordinated_runs(named, ctx.lows)
    if not runs or runs[0][0].i - j > 1 or any(m.kind != "ally" for m in runs[0]):
        return  # (the allies right after the words: "followed by the US and Estonia")
    run = runs[0]
    if prev.subject_code in {m.code for m in run}:
        return
    for n, m in enumerate(run):
        anchor = Quantity(m.i, m.j, m.i, m.j, prev.value + 1 + n, form="ordinal", in_words=True)
        rank_claim(ctx, anchor, int(prev.value) + 1 + n, prev.order, ally_after=m.code)
        made = ctx.claims[-1]
        if made.kind == "ranking" and made.start == ctx.tokens[m.i].start and prev.measure:
            made.measure, made.measure_basis = prev.measure, prev.measure_basis
            made.year, made.year_basis = prev.year, prev.year_basis


_MORE = ("more", "larger", "bigger", "higher", "ahead")
_HAVING = ("have", "has", "had", "spend", "spends", "spent", "field", "fields", "are", "were",
           "is", "was", "rank", "ranks", "ranked", "put", "puts")  # fmt: skip


def _only_ahead(ctx: Context) -> None:
    """'Only the United States (1.3 million) and Turkey (481,000) have more': the ally the
    text spoke of before comes right after the allies named."""
    allies = _allies(ctx)
    lows = ctx.lows
    if not allies or "only" not in lows:
        return
    k = lows.index("only")
    first = next((m for m in allies if k < m.i <= k + 2), None)
    if first is None or any(c.kind == "ranking" for c in ctx.claims):
        return
    run = [first]
    for m in allies[allies.index(first) + 1 :]:
        if not all(_filler(w) for w in lows[run[-1].j : m.i]):
            break
        run.append(m)
    j = run[-1].j
    while j < len(lows) and _filler(lows[j]) and lows[j] not in ("and", "the"):
        j += 1
    if lows[j : j + 1] == ["also"]:
        j += 1
    if not (lows[j : j + 1] and lows[j] in _HAVING and lows[j + 1 : j + 2]
            and lows[j + 1] in _MORE):  # fmt: skip
        return
    named = list(dict.fromkeys(m.code for m in run))
    before = next((c for c in reversed(ctx.earlier) if c.subject_code
                   and len(c.subject_code) == 3), None)  # fmt: skip
    if before is None or before.subject_code in named:
        return
    anchor = Quantity(k, j + 2, k, j + 2, float(len(named) + 1), form="ordinal", in_words=True)
    rank_claim(ctx, anchor, len(named) + 1, "highest", ally_after=before.subject_code)


def _filler(word: str) -> bool:
    """Words between allies listed with their figures: 'the US (1.3 million) and Turkey'."""
    return word in (",", "and", "the", "(", ")", "%", "$", "€", "£", "million", "thousand",
                    "billion", "bn", "percent", "per", "cent") or word.replace(",", "").replace(
        ".", "", 1).isdigit()  # fmt: skip


def _more_than_the_rest(ctx: Context) -> None:
    """'the United States, which puts more into defence than every other ally combined': a
    share of the allies' total spending above one half (verify_alliance.alliance_share)."""
    for i, j, _ in ctx.find("ranking", "outspend_phrases"):
        anchor = Quantity(i, j, i, j, 50.0, form="percent", in_words=True)
        codes = relative_subject(ctx, anchor) or subjects_for(ctx, anchor, allow_after=False)[0]
        if len(codes) != 1 or len(codes[0]) != 3 or codes[0] == "FOREIGN":
            continue
        year, _since, _deadline, doubt, basis = year_for(ctx, anchor)
        claim = new_claim(ctx, anchor, "alliance_share", 50.0, "%",
                          measure="spending_usd_current", year=year, year_basis=basis)  # fmt: skip
        claim.hedge, claim.precision = "more_than", 0
        set_subject(claim, codes[0])
        if doubt:
            claim.doubts.append(doubt)


def _all_but(ctx: Context) -> None:
    """'more than any ally except Poland': second, after the allies excepted."""
    allies = _allies(ctx)
    for i, j, _ in ctx.find("ranking", "except_phrases"):
        first = next((m for m in allies if j <= m.i <= j + 1), None)
        if first is None:
            continue
        run = [first]
        for m in allies[allies.index(first) + 1 :]:
            if not all(_filler(w) for w in ctx.lows[run[-1].j : m.i]):
                break
            run.append(m)
        anchor = Quantity(i, run[-1].j, i, run[-1].j, float(len(run) + 1), form="ordinal",
                          in_words=True)  # fmt: skip
        order = "lowest" if any(w in ("less", "lower", "smaller", "fewer")
                                for w in ctx.lows[max(0, i - 4) : i]) else "highest"  # fmt: skip
        rank_claim(ctx, anchor, len(run) + 1, order)
