"""The size of the alliance as a text states it: 'NATO has 32 members', 'the 32-nation
alliance', 'its ranks grew to 32 members', the 32 of '23 of the 32 allies'. The accession
dates of the allies (milex.reference.alliance) say how many members NATO had on a day."""

from __future__ import annotations

from datetime import date

from milex.claims import patterns
from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.guidelines import not_nato
from milex.claims.numbers import Quantity
from milex.reference.alliance import members

_COVERING = patterns.word_set("covering_verbs")
_REPORTS = patterns.word_set("covered_figures_words")
_MEETING = patterns.word_set("coverage_excluding_words")


def members_at(day: date) -> int:
    return len(members(day))


_JOINING = frozenset({"became", "become", "becomes", "joined", "joins", "join", "joining",
                      "admitted", "newest", "latest", "accession", "acceded", "since"})  # fmt: skip


def read_membership(ctx: Context) -> None:
    """NATO's size as the text states it: 'NATO has 32 members', 'the 32-nation alliance'."""
    read_coverage(ctx)
    lows = ctx.lows
    for q in ctx.quantities:
        if q.form not in ("plain", "ordinal") or q.precision or not 12 <= q.value <= 40:
            continue
        if id(q) in ctx.consumed:
            continue
        prev = lows[max(0, q.i - 3) : q.i]
        nxt = lows[q.j : q.j + 2]
        if nxt[:1] in (["founding"], ["original"]):
            continue  # "one of NATO's 12 founding members": the members of 1949, not today's
        member_noun = bool(nxt) and nxt[0] in ("members", "member", "allies", "ally", "countries",
                                               "nations", "-")  # fmt: skip
        if q.form == "ordinal":
            ok = bool(nxt) and nxt[0] in ("member", "ally", "nato", "country")
            ok = ok and bool(_JOINING & set(lows))  # "Sweden became the 32nd member" (not "the 16th
            # member of NATO that spends most": a rank)
        elif nxt[:1] == ["-"] and lows[q.j + 1 : q.j + 2] in (
            ["nation"],
            ["member"],
            ["strong"],
            ["country"],
        ):
            ok = True  # "the 32-nation alliance", "the 32-strong grouping"
        elif nxt[:1] == ["strong"]:
            ok = True  # "the alliance, now 32 strong"
        elif prev[-1:] == ["the"] and nxt[:1] == ["nato"]:
            ok = True  # "the 32 NATO countries"
        elif nxt[:2] in (["member", "nations"], ["member", "states"], ["member", "countries"]):
            ok = (
                _all_members(lows, q, prev)
                or not _opens_clause(ctx, q)
                or not (_ALLIANCE_WORDS.isdisjoint(lows[q.j : ctx.clause(q)[1]]))
            )  # "the 32 member nations", "NATO has 32 member states", "will bring together
            # 32 member nations", "12 member states founded the alliance" (but "Twelve member
            # states have asked for the clause": some of them)
        elif one_of(lows, q):
            ok = not _counted_before(ctx, q) and not _subset_before(ctx, q)  # (but "Greece,
            # one of the 15," after "the clause was activated for 15 states": one of those;
            # "all 30" after "of the 30 allies with figures": those 30)
        elif prev[-1:] == ["of"] and lows[q.j : q.j + 2] in (["in", "all"], ["in", "total"]):
            ok = True  # "16th among the allies (of 29 in all)"
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
        if not_nato(ctx, q.i - 4, q.j + 2) or subset(lows, q.j) or levelled(ctx, q):
            continue
        allies_named = any(m.kind == "ally" for m in ctx.mentions)
        context = ctx.has("membership_context") or q.form == "ordinal" or allies_named
        if (
            not (ok and context)
            and not (member_noun and _grown_to(ctx, q, prev))
            and not (_size_then(ctx, q, member_noun, prev))
        ):
            continue
        claim = new_claim(ctx, q, "membership_count", q.value, "members")
        set_subject(claim, "NATO")
        if prev[-1:] == ["from"] and not any(t.year for t in ctx.times):
            claim.doubts.append(
                "the size the alliance grew from, at a time the text does not date"
            )  # fmt: skip  ("grew from 16 members ... to 32 today")
        day = next((t.day for t in ctx.times if t.kind == "day"), None)
        if day is not None:
            claim.as_of = day.isoformat()
        elif (prev[-1:] in (["nato's"], ["alliance's"], ["its"]) or one_of(lows, q)
              or nxt[:1] == ["-"]) and q.value == members_at(ctx.today):  # fmt: skip
            claim.as_of = ctx.today.isoformat()  # "just 3 of NATO's 32 members met 2% in 2014":
            # the alliance named by its size on the article's day, not a size in 2014
        ctx.consumed.add(id(q))


def _counted_before(ctx: Context, q: Quantity) -> bool:
    """Is 'one of the N', with no noun after it, one of N states the article counted before by
    a noun ('for 15 states'), not one of the alliance's members?"""
    bare = ctx.lows[q.j : q.j + 1] in ([","], ["."], [";"], [")"], ["-"], [])
    return bare and int(q.value) in ctx.counted_before


def _subset_before(ctx: Context, q: Quantity) -> bool:
    """Has the sentence named the same number before as some of the allies ('of the 30
    allies with a 2025 estimate, all 30 ...'), so that 'all N' is all of those?"""
    return any(x.i < q.i and x.value == q.value and subset(ctx.lows, x.j) for x in ctx.quantities)


def _all_members(lows: list[str], q: Quantity, prev: list[str]) -> bool:
    """Is 'N member states' all the members, as a determiner, an owner or a verb of having
    before it says ('the 32 member states', "NATO's 32 member nations", 'NATO has 32 member
    states'), or 'of'/'in' after it ('32 member states of the alliance')? A bare count that
    opens its own clause ('Twelve member states have asked the Commission ...') counts those
    that did something, not the membership."""
    if prev[-1:] and prev[-1] in _WHOLE_DETERMINERS:
        return True
    if not _HAVING_VERBS.isdisjoint(prev):
        return True
    return lows[q.j + 2 : q.j + 3] in (["of"], ["in"])


def _opens_clause(ctx: Context, q: Quantity) -> bool:
    """Does the count open its clause, as its subject ('Twelve member states have asked',
    'In 2025, 14 member states ...')?"""
    lo = ctx.clause(q)[0]
    return q.i == lo or ctx.lows[q.i - 1] in _CLAUSE_JOINS


_CLAUSE_JOINS: frozenset[str] = frozenset({",", ";", ":", "and", "but", "-", "–", "—"})
_ALLIANCE_WORDS: frozenset[str] = frozenset({"nato", "alliance", "nato's", "alliance's"})
_WHOLE_DETERMINERS: frozenset[str] = patterns.word_set("whole_membership_determiners")
_HAVING_VERBS: frozenset[str] = frozenset(
    {"has", "have", "had", "counts", "numbers", "comprises", "includes"}
)


def read_coverage(ctx: Context) -> None:
    """'The report covered spending by 31 out of 32 members': how many allies an edition gives
    figures for, of how many members. One claim, on the first number; the second is its total."""
    lows = ctx.lows
    if _COVERING.isdisjoint(lows):
        return
    verb = next(k for k, w in enumerate(lows) if w in _COVERING)
    if any(q.form == "percent" for q in ctx.quantities) or not _MEETING.isdisjoint(lows):
        return  # "the 2% club includes 23 of the 32 allies": a count of allies meeting a level
    if _REPORTS.isdisjoint(lows[verb : verb + 4]) and _REPORTS.isdisjoint(lows[:verb]):
        return  # what is covered must be an edition's figures
    for q in ctx.quantities:
        if q.i <= verb or q.form != "plain" or q.precision or id(q) in ctx.consumed:
            continue
        k = q.j + (1 if lows[q.j : q.j + 1] == ["out"] else 0)
        at = k + 1 + (lows[k + 1 : k + 2] in (["the"], ["its"], ["nato's"], ["alliance's"]))
        total = next((x for x in ctx.quantities if x.i == at and x.form == "plain"), None)
        if lows[k : k + 1] != ["of"] or total is None or not 12 <= total.value <= 40:
            continue
        if lows[total.j : total.j + 1] not in (["members"], ["allies"], ["countries"], ["nations"]):
            continue
        if q.i - verb > 6 or not q.value < total.value:
            continue
        claim = new_claim(ctx, q, "coverage", q.value, "allies", total=int(total.value))
        set_subject(claim, "NATO")
        ctx.consumed.update((id(q), id(total)))
        return


_GREW = frozenset({"grew", "grown", "grows", "expanded", "swelled", "rose", "increased"})


def _grown_to(ctx: Context, q: Quantity, prev: list[str]) -> bool:
    """'brought the alliance to 33 members', 'NATO grew to 33 members': the alliance's size,
    whatever the number."""
    if prev[-1:] != ["to"]:
        return False
    if prev[-2:-1] in (["alliance"], ["nato"], ["bloc"]):
        return True
    lo, _hi = ctx.clause(q)
    return (
        prev[-2:-1] != []
        and prev[-2] in _GREW
        and bool({"nato", "alliance"} & set(ctx.lows[lo : q.i - 2]))
    )


def _size_then(ctx: Context, q: Quantity, member_noun: bool, prev: list[str]) -> bool:
    """A looser phrasing ('grew to 32 members', 'across 32 nations', 'the 32-strong
    grouping' with NATO named only in earlier sentences) is read as the alliance's size only
    when the number is NATO's size on the day or in a year the sentence names: otherwise it
    is more likely a count of something else (troops from 16 nations)."""
    hyphen = ctx.lows[q.j : q.j + 1] == ["-"] and ctx.lows[q.j + 1 : q.j + 2] in (
        ["nation"], ["member"], ["strong"], ["country"])  # fmt: skip
    if not (hyphen or (member_noun and prev[-1:] in (["to"], ["across"], ["among"]))):
        return False
    years = [t.year for t in ctx.times if t.year is not None]
    days = [ctx.today] + [date(y, 12, 31) for y in years if y < ctx.today.year]
    return any(members_at(day) == q.value for day in days)


def total_as_membership(ctx: Context, total_q: Quantity, year: int | None, basis: str) -> None:
    """'23 of the 32 allies': the 32 also states how many members NATO had then."""
    if total_q.precision or not 12 <= total_q.value <= 40 or subset(ctx.lows, total_q.j):
        return
    if not _GROUP_REGIONS.isdisjoint(ctx.lows[total_q.j : total_q.j + 5]) and any(
        w in _MEMBER_NOUNS for w in ctx.lows[total_q.j : total_q.j + 6]
    ):
        return  # "seven of the 12 southern and south-eastern European allies": the allies of a
        # region, a group the count is taken in, not NATO's size
    if ctx.lows[total_q.i - 1 : total_q.i] == ["then"]:
        return  # "four of the then 28 allies": the membership of the time recalled in passing
        # to frame the count, not a figure of its own (r64-a09 wants no claim of it)
    from milex.claims.verdicts import NO_FORCES

    then = (
        year is not None
        and basis in ("stated", "loose")
        and year < ctx.today.year
        and total_q.value == members_at(date(year, 12, 31))
    )  # "seven of the 30 members then had hit 2% as of 2022": NATO's size in that year
    # the allies with figures (Iceland, with no armed forces, has none), today or in the
    # count's year: what a count of allies at a guideline is often taken of
    with_figures = {members_at(ctx.today) - len(NO_FORCES)}
    if year is not None and year < ctx.today.year:
        with_figures.add(members_at(date(year, 12, 31)) - len(NO_FORCES))
    framed = total_q.value in with_figures and not then
    if (
        framed
        and ctx.lows[total_q.j : total_q.j + 1] != []
        and not (ctx.lows[total_q.j] in _MEMBERSHIP_NOUNS and _counted_year_full(ctx, year))
    ):
        return  # "18 of 31 allies": the allies with figures (Iceland has none), not a miscount
        # (but "23 of 31 members" in 2024 says how many members NATO has: 32, Iceland too)
    if _with_figures(ctx.lows):
        return  # "Everyone with a figure now clears the bar: 30 out of 30 allies": the allies
        # the tables hold figures for (Germany had none in 2025), not NATO's size
    claim = new_claim(ctx, total_q, "membership_count", total_q.value, "members")
    set_subject(claim, "NATO")
    if framed:  # "only 19 of the 31 members managed it in 2024": perhaps of those with figures
        claim.doubts.append(f"the {total_q.value:g} the count is taken of is the number of allies "
                            "with figures (Iceland, with no armed forces, has none): it may "
                            "count those, not NATO's members")  # fmt: skip
    if then or (year is not None and basis == "stated" and year < ctx.today.year
                and total_q.value != members_at(ctx.today)):  # fmt: skip
        claim.year = year  # "just seven of the 30 members hit 2% in 2022": members in 2022
        # (but "just 3 of NATO's 32 members met 2% in 2014" names today's alliance)


# the nouns that name the alliance's membership itself, Iceland included ("31 members", "31
# member states"), not the allies a table holds
_MEMBERSHIP_NOUNS: frozenset[str] = patterns.word_set("membership_total_nouns")


_WITH_FIGURES: frozenset[str] = frozenset({"figure", "figures", "estimate", "estimates", "data"})


def _with_figures(lows: list[str]) -> bool:
    """Does the sentence speak of the allies 'with a figure' ('with figures', 'with an
    estimate', 'with data')?"""
    return any(w == "with" and not _WITH_FIGURES.isdisjoint(lows[k + 1 : k + 3])
               for k, w in enumerate(lows))  # fmt: skip


def _counted_year_full(ctx: Context, year: int | None) -> bool:
    """Had NATO today's number of members at the end of the count's year (or on the article's
    day, with no year or a year not yet over)?"""
    if year is None or year >= ctx.today.year:
        return True
    return members_at(date(year, 12, 31)) == members_at(ctx.today)


def subset(lows: list[str], j: int) -> bool:
    """Does the noun after a number make it some of the allies, not NATO's size ('the 29 allies
    with figures', 'all 30 others with armed forces', '31 allies that report', 'the 30 allies
    that have a 2025 estimate')?"""
    after = lows[j : j + 5]
    if not _OTHERS.isdisjoint(after[:2]):
        return True
    for k, w in enumerate(after):
        if w not in ("with", "that", "which"):
            continue
        n = j + k + 1
        while n < len(lows) and n < j + k + 5 and lows[n] in _HAVING:
            n += 1  # "that have a 2025 estimate", "with an estimate for this year"
        if not _REPORTING.isdisjoint(lows[j + k + 1 : n + 2]):
            return True
    return False


def levelled(ctx: Context, q: Quantity) -> bool:
    """Does a level right after the number's noun make it the allies at that level, not
    NATO's size ("the alliance's 25 allies at 2%", "NATO's 12 members above 3%")?"""
    lows = ctx.lows
    if lows[q.j : q.j + 1] == [] or lows[q.j] not in _MEMBER_NOUNS:
        return False
    if lows[q.j + 1 : q.j + 2] == [] or lows[q.j + 1] not in _LEVEL_LEADS:
        return False
    return any(x.form == "percent" and q.j + 2 <= x.i <= q.j + 4 for x in ctx.quantities)


_MEMBER_NOUNS: frozenset[str] = frozenset({"members", "allies", "countries", "nations"})
_LEVEL_LEADS: frozenset[str] = patterns.word_set("count_level_leads")
# the words naming a region's allies ("the 12 southern European allies", "the eight Nordic
# and Baltic members"): a group of them, not the alliance
_GROUP_REGIONS: frozenset[str] = patterns.word_set("ally_group_regions")
_OTHERS = frozenset({"others", "other"})
_REPORTING: frozenset[str] = patterns.word_set("reporting_nouns")
# what stands between "that"/"with" and the figure's noun: "that have a 2025 estimate"
_HAVING: frozenset[str] = patterns.word_set("reporting_noun_fillers")


def one_of(lows: list[str], q: Quantity) -> bool:
    """'one of the 32', 'every single one of NATO's 32', 'all 32 allies'."""
    before = lows[max(0, q.i - 3) : q.i]
    if before[-1:] == ["all"] or before[-2:] == ["one", "of"]:
        return True
    return before[-3:-1] == ["one", "of"] and before[-1] in ("the", "nato's", "its", "alliance's")
