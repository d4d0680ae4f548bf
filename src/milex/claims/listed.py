"""Counts and members read from allies listed by name: 'no ally had reached 5%', 'the only
ally below 20%', 'exceeded only by Poland, Lithuania and Latvia', 'Finland and Sweden among
them'."""

from __future__ import annotations

import re

from milex.claims import patterns
from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.guidelines import (
    BELOW,
    comparator_of,
    guessed,
    guideline_named,
    no_level_stated,
    not_nato,
)
from milex.claims.model import VAGUE_FEW
from milex.claims.numbers import Quantity
from milex.claims.subjects import run_end, run_start
from milex.claims.years import year_for
from milex.reference.alliance import name_of

_NOUNS = patterns.word_set("ally_nouns")
_PASSING = patterns.as_set("meeting_verbs") | {"above", "over", "exceeding", "exceeded",
                                               "exceeds", "exceed", "at"}  # fmt: skip


_OPENERS = frozenset({"no", "none", "not", "the", "alone", "only", "any"})
_CUES = frozenset({"no", "none", "single", "alone", "only", "any"})  # one in every reading
# "almost no ally", "hardly any of the allies": a vague count of none (0 to VAGUE_FEW)
_VAGUE_NONE: frozenset[str] = patterns.word_set("vague_none_adverbs")
_VAGUE_ANY: frozenset[str] = patterns.word_set("vague_any_adverbs")
# "none of NATO's 32 members", "no NATO member": the words between the opener and its noun
_NONE_FILLERS: frozenset[str] = patterns.word_set("none_of_fillers")
# "none of them spent 5%": none spent that much (but "every ally spent 2%" may be about 2%)
_SPENDING: frozenset[str] = patterns.word_set("spending_verbs")


def _none_end(lows: list[str], k: int) -> int | None:
    """Where the allies counted as none end ('no ally', 'no NATO member', 'none of NATO's 32
    members'), after their noun; None when 'no' or 'none' at k counts no allies."""
    n = k + 1
    if lows[k] == "none":
        if lows[n : n + 1] != ["of"]:
            return None
        n += 1
    elif lows[k] == "any" and lows[n : n + 1] == ["of"]:  # ("hardly any of the allies")
        n += 1
    end = None
    while (
        n < len(lows)
        and n < k + 7
        and (lows[n] in _NONE_FILLERS or lows[n] in _NOUNS or lows[n].isdigit())
    ):
        end = n + 1 if lows[n] in _NOUNS else end  # ("no NATO member state")
        n += 1
    return end


_RANK_MARKERS: frozenset[str] = patterns.word_set("compared_markers")


def none_or_only(ctx: Context) -> None:
    """Counts without a number: 'no ally had reached 5%' (0), 'the only ally above 4%' (1),
    'exceeded only by Poland, Lithuania and Latvia' (3)."""
    lows = ctx.lows
    if _CUES.isdisjoint(lows):
        return
    verbs = _PASSING
    for k, low in enumerate(lows):
        if low not in _OPENERS:
            continue  # (each reading below opens on one of these words)
        value, start = None, k
        vague = k > 0 and lows[k - 1] in (_VAGUE_ANY if low == "any" else _VAGUE_NONE)
        if low == "any" and not vague:
            continue  # (only "hardly any", "barely any" count: not "any ally that spends")
        none_end = _none_end(lows, k) if low in ("no", "none", "any") else None
        if none_end is not None:
            value, start = 0.0, none_end
        elif (
            lows[k : k + 3] == ["not", "a", "single"]
            and lows[k + 3 : k + 4]
            and lows[k + 3] in _NOUNS
        ):
            value, start = 0.0, k + 4
        elif lows[k : k + 2] == ["the", "only"] and lows[k + 2 : k + 3] and lows[k + 2] in _NOUNS:
            value, start = 1.0, k + 3
            if lows[k + 2].endswith("s"):  # "Canada and Belgium are the only allies below 20%"
                named = [m for m in ctx.mentions if m.kind == "ally" and m.j <= k]
                run = named[-1:] and [m for m in named
                                      if m.i >= run_start(ctx, named, named[-1], brackets=True)]  # fmt: skip
                if len(run) < 2 or not all(w in (",", "and", "are", "were", "remain", "still")
                                           for w in lows[run[-1].j : k]):  # fmt: skip
                    continue
                value = float(len(run))
        elif (
            low == "alone"
            and lows[k + 1 : k + 2] == ["among"]
            and _NOUNS & set(lows[k + 2 : k + 5])
        ):
            value, start = 1.0, k + 3 + (lows[k + 2] == "the")  # "alone among the allies"
        elif low == "only":  # "exceeded only by A, B and C", "only A, B and C meet the target"
            if lows[k - 1 : k] and (
                lows[k - 1] in _RANK_MARKERS
                or lows[k - 1] == "of"
                and lows[k - 2 : k - 1]
                and lows[k - 2] in _RANK_MARKERS
            ):
                continue  # "ahead only of Luxembourg", "behind only the US": a place in a rank
            run = [m for m in ctx.mentions if m.kind == "ally" and m.i >= k + 1]
            if run and run[0].i in (k + 1, k + 2):
                listed = [m for m in run if m.i <= run_end(ctx, run, run[0], brackets=True)]
                value, start = float(len(listed)), listed[-1].j
                if lows[k - 1 : k] == ["by"]:
                    start = k + 1
        if value is None:
            continue
        if lows[start : start + 2] in (["in", "the"], ["in", "its"], ["in", "our"]) and lows[
            start + 2 : start + 3
        ] in (["region"], ["neighbourhood"], ["neighborhood"], ["area"]):
            continue  # "the only country in the region that struggles ...": a region's count
        lo, hi = ctx.clause_at(k)
        percents = [x for x in ctx.quantities if lo <= x.i < hi and x.form == "percent"]
        named_after = next(
            (g for n in range(start, hi) if (g := guideline_named(ctx, n, hi))), None
        )  # fmt: skip
        if (
            start > k + 1
            and low == "only"
            and named_after is not None
            and not any(x.i >= start and not _own_aside(ctx, x) for x in percents)
        ):  # "only Poland, at 4.12%, cleared the bar": the bar named after the ally, not a
            tq = None  # figure before 'only', nor the ally's own in its aside
        elif start > k + 1 and low == "only":  # "exceeded only by Poland (4.48%), ...": before
            tq = next((x for x in reversed(percents) if x.i < k), None)
        else:
            tq = next((x for x in percents if x.i > k), None)
        if tq is not None and tq.i > start and _owned_past_colon(ctx, start, tq):
            continue  # "No ally is near that level: Poland leads at 4.12%": the figure past
            # the colon is the ally's own there, and the level only pointed to: no count read
        guideline = None if tq is not None else named_after
        if tq is None and guideline is None:  # ("Belgium, at 14.54%, is the only ally below
            # the guideline": the guideline named after, not the ally's own figure before)
            tq = next((x for x in reversed(percents) if k - 6 <= x.i < k), None)
        threshold = tq.value if tq is not None else guideline
        compared = tq is not None and tq.hedge in ("more_than", "at_least", "less_than")
        said = verbs | _SPENDING if none_end is not None else verbs
        stated = [n for n in range(max(lo, k - 6), hi) if lows[n] in said
                  and not no_level_stated(ctx, n)]  # ("the only ally without a deadline to reach 2%")  # fmt: skip
        if threshold is None or not (compared or stated):
            continue
        if tq is not None and (id(tq) in ctx.consumed or not_nato(ctx, lo, hi)):
            continue
        anchor = Quantity(k - vague, start, k - vague, start, value)
        year, _s, _d, doubt, basis = year_for(ctx, tq or anchor)
        comparator = comparator_of(ctx, start, tq)
        measure = (
            "equipment_share" if ctx.has("cues", "equipment", lo=lo, hi=hi) else "share_of_gdp"
        )
        claim = new_claim(ctx, anchor, "count_meeting", value, "allies", threshold=threshold,
                          comparator=comparator, measure=measure, year=year,
                          year_basis=basis)  # fmt: skip
        claim.threshold_guessed = guessed(ctx, tq, threshold)
        set_subject(claim, "NATO")
        if vague and none_end is not None:  # "almost no ally": a few at most, not exactly none
            claim.hedge, claim.high = "range", VAGUE_FEW
        if doubt:
            claim.doubts.append(doubt)
        if tq is not None and value != 1.0:  # "Belgium, the only ally below 20%": its figure too
            ctx.consumed.add(id(tq))
            ctx.thresholds.add(id(tq))
        return


def _own_aside(ctx: Context, x: Quantity) -> bool:
    """Is the figure an ally's own, set right after its name ('Poland, at 4.12%,', 'Poland
    (4.12%)')?"""
    k = x.i - (2 if ctx.lows[x.i - 2 : x.i] == [",", "at"] else 1)
    return ctx.lows[k : k + 1] in ([","], ["("]) and any(
        m.kind == "ally" and m.j == k for m in ctx.mentions
    )


# ":" opens a list of the allies counted: "six allies sit at exactly 2%: Portugal, ..."; "X,
# like the other 31 allies" names X before the marker
_INCLUDING = (
    ["among", "them"],
    ["like", "the", "other"],
    ["including"],
    ["such", "as"],
    ["among"],
    ["like"],
    [":"],
    ["namely"],
    ["–"],
    ["—"],
    ["-"],
    ["are"],
    ["were"],
)  # fmt: skip  ("the three allies meeting it are Poland, ...")


# the allies a count leaves out: "the exceptions are", "the others are"
_COMPLEMENT: frozenset[str] = patterns.word_set("complement_nouns")

_NOT_LISTING: frozenset[str] = frozenset({"and", "but", "while", "whereas", "with", "yet"})


def named_members(ctx: Context, count) -> None:
    """'23 countries are on course to hit the target, Finland and Sweden among them', 'France
    and Italy are among around ten countries that record between 2% and 2.1%': the allies
    named as part of a count each get a share-of-GDP claim on the count's threshold."""
    lows = ctx.lows
    allies = [m for m in ctx.mentions if m.kind == "ally"]
    if not allies or count.threshold is None or count.measure != "share_of_gdp":
        return
    named: list = []
    for k in range(len(lows)):
        marker = next((m for m in _INCLUDING if lows[k : k + len(m)] == m), None)
        if marker is None:
            continue
        before = marker in (["among", "them"], ["like", "the", "other"]) or (
            marker == ["among"] and lows[k - 1 : k] in (["are"], ["is"])
        )
        run = []
        if before:
            stop = k - 1 if marker == ["among"] else k
            run = [m for m in allies if m.j <= stop and all(
                w in (",", "and", "the", "are", "is") for w in lows[m.j : stop])]  # fmt: skip
            run = run[-1:] and [
                m
                for m in allies
                if m.j <= stop and m.i >= run_start(ctx, allies, run[-1], brackets=True)
            ]
        if not before or (marker == ["among", "them"] and not run):
            # "..., among them Canada, Italy and Spain": the allies after the marker
            start = k + len(marker)
            run = [m for m in allies if m.i == start or m.i == start + 1
                   and lows[start] not in _NOT_LISTING]  # fmt: skip
            # (not "Greece (2.24%) ... among them and Germany at 1.36%": a new clause's ally)
            run = run and [
                m
                for m in allies
                if m.i >= run[0].i and m.i <= run_end(ctx, allies, run[0], brackets=True)
            ]
        if run and ctx.word_in(_COMPLEMENT, ctx.clause_at(k)[0], k):
            return  # "30 of 32 at or above 2%; the two exceptions are Slovenia and Iceland":
            # the allies the count leaves out, not those it counts
        if run and _nearer_count(ctx, count, min(k, run[0].i)):
            return  # "23 met the goal; just nine missed it, Spain among them": the allies of
            # the nearer number, not of this count
        if run:  # (a marker with no ally after it, "allies are on course", is passed over)
            named.extend(run)
            break
    _members(ctx, named, count)


def _nearer_count(ctx: Context, count, k: int) -> bool:
    """Does another bare number of allies stand between the count and the allies named after
    it (not the count's own total, 'of the 32', nor a year or a percentage)? Then 'among
    them' or 'including' points to that nearer number."""
    lows = ctx.lows
    return any(
        x.form == "plain"
        and ctx.tokens[x.i].start >= count.end
        and x.j <= k
        and x.value <= 40
        and not x.precision
        and "of" not in lows[max(0, x.i - 3) : x.i]
        and lows[x.j : x.j + 1] not in (["%"], ["percent"], ["per"])
        for x in ctx.quantities
    )


# "Eight allies spend less than 2%. They are Belgium, ...": a sentence that names the allies
# of the count just made ("Among them are", "The laggards include", "Those falling short are")
_NAMING = re.compile(
    r"(?:among\s+)?(?:they|these|those|the\s+\w+(?:\s+\w+)?)(?:\s+\w+){0,3}\s+"
    r"(?:are|were|include[sd]?)\s"
    r"|among\s+(?:them|these|those)\b",
    re.IGNORECASE,
)


def names_count_members(text: str) -> bool:
    """Does a sentence with no figure open by naming the allies of the count before it?"""
    return bool(_NAMING.match(text)) and " not " not in text


def following_list(ctx: Context, count) -> None:
    """The allies listed right after the opening words of a sentence that names the count
    before it ('They are Belgium, Canada and Spain', not 'They are far behind Poland') each
    get a share-of-GDP claim on the count's threshold, as if listed in the count's sentence."""
    if count.threshold is None or count.measure != "share_of_gdp":
        return
    found = _NAMING.match(ctx.sentence.text)
    allies = [m for m in ctx.mentions if m.kind == "ally"]
    at = ctx.sentence.start + found.end()
    first = next((m for m in allies if ctx.tokens[m.i].start >= at), None)
    if first is None or ctx.lows[first.i - 1] not in ("are", "were", "include", "includes",
                                                      "included", "the", "them", "these", "those", ":"):  # fmt: skip
        return
    if ctx.lows[first.j : first.j + 1] in (["'s"], ["\u2019s"], ["'"]):
        return  # "They are the UK's partners ...": not the first of the list
    last = run_end(ctx, allies, first, brackets=True)
    opening = set(ctx.lows[: first.i])
    comparator = (
        "<" if opening & BELOW else ">=" if opening & _PASSING - {"at"} else count.comparator
    )  # "Only 22 reached 2%. Among those missing the goal are Belgium, ...": below it
    _members(ctx, [m for m in allies if first.i <= m.i <= last], count, comparator)


def _members(ctx: Context, named: list, count, comparator: str | None = None) -> None:
    """One claim for the allies named as part of a count, on the count's threshold: 'Belgium,
    Canada and Spain' of 'eight allies below 2%' (each is judged; one wrong makes it wrong)."""
    # "nine allies below the target, among them Italy, at 1.49%": an ally given its own figure
    # is claimed by that figure; the count's threshold is not its value
    named = [m for m in named if not _own_figure(ctx, m)]
    codes = list(dict.fromkeys(m.code for m in named))
    if not codes:
        return
    first, last = named[0], named[-1]
    claim = new_claim(ctx, Quantity(first.i, last.j, first.i, last.j, count.threshold,
                                    form="percent"), "share_of_gdp", count.threshold, "%",
                      measure="share_of_gdp", year=count.year, year_basis=count.year_basis)  # fmt: skip
    claim.precision = 2
    comparator = comparator or count.comparator
    if comparator == "between":
        claim.hedge, claim.high = "range", count.threshold_high
    else:
        claim.hedge = {"<": "less_than", ">": "more_than", "=": None}.get(
            comparator, "at_least"
        )  # "=": at exactly the threshold, at two decimals
    claim.doubts = list(count.doubts)
    set_subject(claim, codes[0])
    if (
        count.kind == "count_meeting"
        and len(codes) == count.value
        and comparator == (count.comparator)
    ):  # "Four allies - Poland, Lithuania, Latvia and Estonia - ...": all it counts, named
        count.counted = list(codes)
    if len(codes) > 1:
        claim.members = codes
        claim.subject = ", ".join(name_of(c) for c in codes)


_OWN_FIGURE_LINKS: frozenset[str] = patterns.word_set("own_figure_links")


def _own_figure(ctx: Context, m) -> bool:
    """Is the ally's own percentage right after its name ('Italy, at 1.49%', 'Spain (1.28%)')?"""
    for q in ctx.quantities:
        if q.form == "percent" and m.j <= q.i <= m.j + 3:
            return all(w in _OWN_FIGURE_LINKS for w in ctx.lows[m.j : q.i])
    return False


def _owned_past_colon(ctx: Context, start: int, tq: Quantity) -> bool:
    """Is the percentage past a colon after the count's words, with an ally named between the
    colon and it ('...: Poland leads at 4.12%'): that ally's figure?"""
    lows = ctx.lows
    colon = next((n for n in range(start, tq.i) if lows[n] == ":"), None)
    return colon is not None and any(
        m.kind == "ally" and colon < m.i and m.j <= tq.i for m in ctx.mentions
    )
