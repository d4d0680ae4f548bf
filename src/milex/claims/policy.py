"""Which commitment a figure states: the 2% guideline, The Hague's 3.5% + 1.5%, ReArm's parts...

A figure is read as a statement of a commitment when words naming one sit next to it (a
figure cue: "SAFE loans", "core defence", "with intelligence included") or when the sentence
names the commitment (a family: "Wales", "The Hague", "ReArm Europe", or an ally that has
pledged, such as the UK) and the figure is the object of a policy word ("promised 2.5%",
"target: 3.5%", "the 3.5% core level that allies agreed"). The figures themselves, with
their values, years and dates, are data in milex.commitments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from milex.claims import patterns
from milex.claims.guidelines import GUIDELINE_VALUES, expects_of_all
from milex.claims.numbers import Quantity

if TYPE_CHECKING:
    from milex.claims.clause import Context


@dataclass
class PolicyReading:
    kind: str  # "guideline_value" or "policy_amount"
    figures: list[str]  # candidate figure ids, best first
    subject_code: str  # "NATO", an ISO3, or "EU"
    unheld: bool = False  # a programme milex holds no figure for
    # a level put forward in words of a commitment ('... and nearly 4% by 2030') that nothing
    # ties to the alliance, at no guideline's value: read as a guideline only for want of
    # another reading, so whose plan it is stays open (not the 2% guideline stated wrong)
    unowned: bool = False


def due_agrees(year: int, fig) -> bool:
    """A year stated for a commitment's figure against its own: the deadline, or the year it
    applies from, whose fiscal year may end the next ('2.5% from April 2027' is reached 'by
    2028')."""
    if fig.deadline is not None:
        return year == fig.deadline
    return fig.year is not None and year in (fig.year, fig.year + 1)


@cache
def figure_table() -> dict:
    """Each figure the commitments state, by id, with its commitment's kind (pledge, plan...),
    built once (it is asked for every figure read)."""
    from milex.reference.commitments import COMMITMENTS, figures

    kinds = {c.id: c.kind for c in COMMITMENTS}
    return {f.id: (f, kinds[f.commitment]) for f in figures()}


@cache
def _vocab():
    pol = patterns.load()["policy"]

    def cue_table(section):
        table: dict[str, list[str]] = {}
        for fid, phrases in pol[section].items():
            for phrase in phrases:
                table.setdefault(phrase, []).append(fid)
        return patterns.Phrases(table)

    return {
        "cues": cue_table("figures"),  # words that name one figure
        "selectors": cue_table("selectors"),  # words that pick a figure once a family is named
        "families": patterns.Phrases(
            {phrase: fam for fam, phrases in pol["families"].items() for phrase in phrases}
        ),
        "family_of": pol["family_of"],
        "summit_family": pol["summit_family"],
        "family_ally": pol["family_ally"],
        "families_of_ally": _inverse(pol["family_ally"]),
        "unheld": patterns.Phrases(pol["unheld"], True),
        "nouns": frozenset(patterns.load()["guideline_nouns"]),
    }


def _inverse(family_ally: dict) -> dict:
    """ally -> the families of commitments that are that ally's own, in the vocabulary's order."""
    out: dict = {}
    for family, ally in family_ally.items():
        out.setdefault(ally, []).append(family)
    return out


def unit_of(ctx: Context, q: Quantity) -> str | None:
    """The commitment unit a quantity can be compared with."""
    if q.form == "percent":
        hi = min(q.j + 8, len(ctx.lows))
        of_budget = (
            hi > q.j and ctx.lows[q.j] == "of" and ctx.has("cues", "budget_share", lo=q.j, hi=hi)
        )
        lo, stretch_hi = ctx.neighbours(q)
        if of_budget or ctx.has("cues", "equipment", lo=lo, hi=max(hi, stretch_hi)):
            return "% of defence expenditure"
        return "% of GDP"
    if q.form == "money" and q.scale >= 1e9:
        cur = (q.currency or "").rstrip("?")
        if cur == "EUR":
            return "billion EUR"
        if cur == "GBP":
            return "billion GBP a year"
    return None


_SUBJECT_WORDS = frozenset({"it", "they", "its", "their"})


def match(ctx: Context, q: Quantity, subject_code: str | None) -> PolicyReading | None:
    """The commitment figures a quantity may state, or None when it states none."""
    v = _vocab()
    if _moved_from(ctx, q):
        return None  # "average spending has climbed from 1.4% of GDP": a level, not a pledge
    if _measured_figure(ctx, q):
        return None  # "NATO's new core figure for that year is 2.19%": a measured figure
    if _spent_figure(ctx, q):
        return None  # "a report shows the alliance spending 2.86% on core defence": a level
    if _reached_in_year(ctx, q):
        return None  # "Spain's core spending reached 2.1% of GDP in 2025": a level measured,
        # at the value of its pledge or not
    lo, hi = ctx.neighbours(q)
    lo, hi = max(lo, q.i - 6), min(hi, q.j + 9)
    comma = max((k for k in range(lo, q.i) if ctx.lows[k] == ","), default=None)
    if comma is not None and (
        not _SUBJECT_WORDS.isdisjoint(ctx.lows[comma + 1 : q.i])
        or any(m.kind == "ally" and comma < m.i < q.i for m in ctx.mentions)
    ):  # "In 2014, when the allies made their Wales pledge, it was barely 1 per cent": the
        lo = comma + 1  # figure's own clause, after the aside that names the pledge
    unheld = ctx.has_of(v["unheld"], lo, hi) and q.form == "money"
    unit = unit_of(ctx, q)
    if unit is None:
        return (
            PolicyReading("policy_amount", [], subject_code or "", unheld=True) if unheld else None
        )
    table = figure_table()
    lows = ctx.lows
    if (lows[q.i - 2 : q.i - 1] and lows[q.i - 2] in _NOUNS and lows[q.i - 1] == "of"
            and {"nato's", "alliance's"} & set(lows[max(0, q.i - 5) : q.i - 2])):  # fmt: skip
        # "NATO's current target of 2%": the alliance's guideline of that value, whoever speaks
        exact = [fid for fid, (f, kind) in table.items() if kind == "guideline"
                 and f.unit == unit and abs(f.value - _in_unit(q, unit)) < 1e-9]  # fmt: skip
        if exact:
            return PolicyReading("guideline_value", exact, "NATO")
    summit = _summit_before(lows, q.i, v)
    if summit:  # "The Hague 3.5% already beaten by the Baltics", "the Wales 2%": the summit's
        exact = [fid for fid, (f, kind) in table.items() if kind == "guideline"
                 and v["family_of"][fid] == summit and f.unit == unit
                 and abs(f.value - _in_unit(q, unit)) < 1e-9]  # fmt: skip
        if exact:
            return PolicyReading("guideline_value", exact, "NATO")
    named: dict[str, float] = {}
    for i, j, fids in ctx.find_of(v["cues"], lo, hi):
        if _belongs_elsewhere(ctx, q, i, j):
            continue
        for fid in fids:
            if table[fid][0].unit == unit:
                named[fid] = named.get(fid, 0) + 2 + (1 if abs(i - q.i) <= 4 else 0)
    _whole_of_parts(ctx, q, named, unit)
    if not named:  # "SAFE turns into ... a programme worth up to EUR 150 billion": named afar,
        if "cue_hits" not in ctx.memo:  # once a sentence, not once a figure
            ctx.memo["cue_hits"] = ctx.find_of(v["cues"])
        for _i, _j, fids in ctx.memo["cue_hits"]:  # and the figure is that one's
            for fid in fids:
                f = table[fid][0]
                if f.unit == unit and abs(f.value - _in_unit(q, unit)) < 1e-9:
                    named[fid] = 1
    if unheld and not any(abs(table[fid][0].value - _in_unit(q, unit)) < 1e-9 for fid in named):
        # "the EUR 100 billion special fund" of 2022, which milex does not hold (but "a EUR
        # 500 billion special fund for infrastructure" is the one voted in 2025)
        return PolicyReading("policy_amount", [], subject_code or "", unheld=True)
    hits = family_hits(ctx)
    # a family named next to this figure wins over one named elsewhere in the sentence
    families = {fam for i, j, fam in hits if not _belongs_elsewhere(ctx, q, i, j)}
    if not families:
        families = {fam for _i, _j, fam in hits}
    families |= {v["family_of"][fid] for fid in named}
    if unit == "billion GBP a year":
        families.add("uk")
    by_subject = set(v["families_of_ally"].get(subject_code, ()))
    selected: dict[str, float] = {}
    for _i, _j, fids in ctx.find_of(v["selectors"], lo, hi):
        for fid in fids:
            if table[fid][0].unit == unit and v["family_of"][fid] in families | by_subject:
                selected[fid] = selected.get(fid, 0) + 1
    syntax = _policy_syntax(ctx, q, subject_code, families | by_subject)
    if (
        not named
        and not families
        and (by_subject or subject_code is None)
        and _dated(ctx, q, own_clause=subject_code is None)
    ):  # "Madrid says it will reach 2% this year", "defence spending will reach 2.1% of GDP
        return None  # this year": a share of a year, not a pledge
    if (subject_code and len(subject_code) == 3 and _dated(ctx, q)
            and not any(abs(f.value - _in_unit(q, unit)) < 1e-9 for f, _ in table.values()
                        if f.id in named or v["family_of"][f.id] in families | by_subject)):  # fmt: skip
        return None  # "Germany's core defence spending will reach 2.69% this year": its share
    if (
        q.form == "percent"
        and _dated(ctx, q, own_clause=True)
        and not any(
            abs(f.value - _in_unit(q, unit)) < 1e-9
            for f, _ in table.values()
            if f.id in named or v["family_of"][f.id] in families | by_subject
        )
    ):  # "all-ally core spending reaches 2.86% of GDP in 2026": a level of a year, in words of
        c_lo = ctx.clause(q)[0]  # the commitment it counts towards, at none of its values
        policy_words = [(i, j) for i, j, _w in ctx.find("cues", "policy", lo=c_lo, hi=q.i)
                        if not _body_gives(ctx, i, j)]  # fmt: skip
        if not policy_words and not ctx.has("cues", "plan", lo=c_lo, hi=q.i):
            return None  # (and "NATO's 2026 report gives 2.56% for 2026 on core defence": the
            # report gives its figure, the allies give no pledge)
    if ((_dated(ctx, q) or _undated_level(ctx, q, unit)) and q.form == "percent"
            and _WHOLE_ALLIANCE.search(" ".join(ctx.lows)) and not ctx.has("cues", "plan")):  # fmt: skip
        # "Allies as a whole will devote 2.86% of their combined GDP to core defence this year",
        # "... already spent 3.5% on core defence last year": the alliance's share of a year
        return None
    if not syntax and _carried_level(ctx, q, subject_code, unit, named, families | by_subject):
        return None  # "Polish GDP grows 3.4%. Core defence spending is 4.68% of GDP": the
        # ally's level on the core basis, at no value of the commitment its words name
    guessed = False
    if named:
        best = max(named.values())
        ranked = [fid for fid, w in named.items() if w == best]
    else:
        if not families and syntax and subject_code in (None, "NATO", "WE"):
            families = {"wales", "vilnius", "hague"}
            guessed = (
                q.form == "percent"
                and not _of_alliance(ctx, q)
                and (
                    not any(
                        kind == "guideline" and abs(f.value - _in_unit(q, unit)) < 1e-9
                        for f, kind in table.values()
                    )
                    or _national_agent(ctx, q)
                )
            )  # ("the government says ... and nearly 4% by 2030": see PolicyReading.unowned;
            # "next year the government promises more than 5%": a national plan, at a value
            # The Hague's happens to share)
        if not (selected and families) and not syntax:
            return None
        if _deadline_named_only(ctx, q, unit, families):
            return None  # "a Coalition government will take defence spending to 3 per cent
            # within a decade": a deadline Wales's pledge shares, a party's plan of its own
        pool = [fid for fid, (f, _) in table.items()
                if v["family_of"][fid] in (families or by_subject) and f.unit == unit]  # fmt: skip
        if selected:
            best = max(selected.values())
            pool = [fid for fid in pool if selected.get(fid) == best] or pool
        if not pool:
            return None
        if not families and not any(
            abs(table[f][0].value - _in_unit(q, unit)) < 1e-9 for f in pool
        ):
            return None  # "Germany reaches the goal of 2%": not a value of Germany's own pledges
        ranked = pool
    exact = [fid for fid, (f, _) in table.items() if f.unit == unit
             and v["family_of"][fid] in families | by_subject
             and abs(f.value - _in_unit(q, unit)) < 1e-9]  # fmt: skip
    if exact and not {v["family_of"][fid] for fid in exact} & {
        v["family_of"][fid] for fid in ranked
    }:
        # "the debt brake ... security-related items exceeding 1%": Germany's 1%, not The
        # Hague's 1.5% (within one family, its selectors decide: "EUR 650 bn in total")
        ranked = exact
    elif exact and not named and not set(exact) & set(ranked) and not _said_whole(lows, q):
        # "about EUR 650 billion of the total would come from national budgets", "could free
        # up EUR 650 billion over four years": a part of the plan the selectors do not name
        # (ReArm's fiscal space), not its EUR 800 billion total
        ranked = exact
    kinds = {table[fid][1] for fid in ranked}
    if len(kinds) > 1:  # "5% on defence and security": The Hague's guideline, not the UK's 4.1%
        exact = [fid for fid in ranked if abs(table[fid][0].value - _in_unit(q, unit)) < 1e-9]
        ranked = exact or ranked
        kinds = {table[fid][1] for fid in ranked}
    kind = "guideline_value" if kinds == {"guideline"} else "policy_amount"
    if kind == "guideline_value" and _other_figure_is_value(ctx, q, unit, ranked):
        return None  # "the equipment share is low, at 14.5%, below the 20% guideline": the
        # guideline's value is the other figure; this one is a level set against it
    if kind == "guideline_value" and guessed:
        return PolicyReading(kind, ranked, "NATO", unowned=True)
    if kind == "guideline_value":
        subject = "NATO"
    else:
        allies = {table[fid][0].ally for fid in ranked}
        subject = allies.pop() if len(allies) == 1 else (subject_code or "")
    return PolicyReading(kind, ranked, subject or "")


_CORE_FIGURES: frozenset[str] = frozenset({"hague-core"})
_LEVEL_LINKS: frozenset[str] = frozenset({"is", "was", "stands", "stood", "at", "reaches",
                                          "reached", "reach", "hits", "hit"})  # fmt: skip
_MEASURE_NOUNS: frozenset[str] = frozenset({"measure", "basis", "definition", "yardstick"})
_HEAD_MARKS: frozenset[str] = frozenset({"—", "–", "-", ":"})  # after a line's leading figure


def _carried_level(ctx: Context, q: Quantity, subject_code: str | None, unit: str,
                   named: dict[str, float], families: set[str]) -> bool:  # fmt: skip
    """Is the percentage one ally's measured level, in words of a commitment's basis ('core
    defence spending is 4.68%', '2.69% of GDP, by NATO's core measure'): the ally named in the
    sentence or carried from the one before, no commitment's value equal to the figure, and
    no noun of a commitment, pledge or plan word before it in its clause?"""
    owner = subject_code or ctx.carry
    if q.form != "percent" or owner is None or len(owner) != 3 or owner in ("WE", "EUR"):
        return False
    if not named or not set(named) <= _CORE_FIGURES:
        return False  # (only words of the core basis: not "defence above 1.5% no longer counts
        # against the debt brake", a national rule's line)
    lows = ctx.lows
    headed = (
        q.i == 0
        and subject_code == owner
        and q.j < len(lows)
        and lows[q.j] in _HEAD_MARKS
        and _NOUNS.isdisjoint(lows)
        and _GUIDELINE_NOUNS.isdisjoint(lows)
    )  # (and no noun of a commitment in the line: "3% — Poland's core defence target")
    if not headed and (
        lows[q.i - 1 : q.i] == []
        or lows[q.i - 1] not in _LEVEL_LINKS
        and _MEASURE_NOUNS.isdisjoint(lows[q.j : q.j + 7])
    ):
        return False  # a level: "spending is 4.68%", "2.69% of GDP, by NATO's core measure",
        # or a line headed by its figure whose words name the ally ("4.68% — Poland's core
        # defence spending as a share of GDP", a fact box's line)
    table = figure_table()
    v = _vocab()
    if any(abs(f.value - _in_unit(q, unit)) < 1e-9 for f, _ in table.values()
           if f.id in named or v["family_of"][f.id] in families):  # fmt: skip
        return False
    lo = ctx.clause(q)[0]
    if not _NOUNS.isdisjoint(ctx.lows[lo : q.i]) or not _GUIDELINE_NOUNS.isdisjoint(
        ctx.lows[lo : q.j + 3]
    ):
        return False
    return not ctx.has("cues", "policy", lo=lo, hi=q.i) and not ctx.has(
        "cues", "plan", lo=lo, hi=q.i
    )


def _whole_of_parts(ctx: Context, q: Quantity, named: dict[str, float],
                    unit: str) -> None:  # fmt: skip
    """'5% of GDP on core defence and on defence- and security-related spending': the cues of
    two parts of one commitment coordinated after the figure ('and', 'plus', no figure
    between) name the commitment's figure those parts add up to (The Hague's 3.5% + 1.5% =
    5%), which is then the figure meant."""
    if not named:
        return
    table = figure_table()
    family_of = _vocab()["family_of"]
    cued = sorted((i, j, fid) for i, j, fids in ctx.find_of(_vocab()["cues"], q.j,
                                                           ctx.neighbours(q)[1])
                  for fid in fids if table[fid][0].unit == unit)  # fmt: skip
    for a, b in zip(cued, cued[1:], strict=False):
        if a[2] not in named or a[2] == b[2] or family_of[a[2]] != family_of[b[2]]:
            continue
        between = ctx.lows[a[1] : b[0]]
        if _JOINING.isdisjoint(between) or len(between) > _PARTS_APART:
            continue
        total = table[a[2]][0].value + table[b[2]][0].value
        for fid, (f, _kind) in table.items():
            if (family_of[fid] == family_of[a[2]] and f.unit == unit
                    and abs(f.value - total) < 1e-9):  # fmt: skip
                named[fid] = max(named.values()) + 1


_JOINING: frozenset[str] = frozenset({"and", "plus"})
_PARTS_APART: int = 6  # tokens at most between the two cues ("requirements and defence- and")


# deadlines a commitment shares with any plan ("within a decade"): they name no commitment
_DEADLINE_CUES: frozenset[str] = frozenset(patterns.load()["words"]["deadline_family_cues"])


def _deadline_named_only(ctx: Context, q: Quantity, unit: str, families: set[str]) -> bool:
    """Is each commitment family the sentence names named only by a deadline any plan may
    share ('within a decade'), the figure at none of those families' values, and neither the
    alliance nor its allies named before it in its clause? Then the figure is some other
    plan's ('to 3 per cent within a decade'), not a wrong statement of the guideline."""
    hits = family_hits(ctx)
    if not hits or any(" ".join(ctx.lows[i:j]) not in _DEADLINE_CUES for i, j, _ in hits):
        return False
    v = _vocab()
    if any(f.unit == unit and v["family_of"][f.id] in families
           and abs(f.value - _in_unit(q, unit)) < 1e-9 for f, _ in figure_table().values()):  # fmt: skip
        return False
    return not _of_alliance(ctx, q)


def _national_agent(ctx: Context, q: Quantity) -> bool:
    """Does a national government put the figure forward in its clause ('the government
    promises more than 5%', 'the cabinet pledged 3%')?"""
    lo = ctx.clause(q)[0]
    return not _NATIONAL_AGENTS.isdisjoint(ctx.lows[lo : q.i])


_NATIONAL_AGENTS: frozenset[str] = patterns.word_set("national_agents")


def _other_figure_is_value(ctx: Context, q: Quantity, unit: str, ranked: list[str]) -> bool:
    """Is q none of the commitments' values while a later figure of the sentence, of the same
    form, is one of them exactly, named as a guideline that q is set beside ('at 14.5%, below
    the 20% guideline')? (Not two pledges: 'to 2% by 2029 and to 2.5% by 2034'.)"""
    table = figure_table()
    values = {table[fid][0].value for fid in ranked}
    if any(abs(_in_unit(q, unit) - v) < 1e-9 for v in values):
        return False
    if _after_side_noun(ctx.lows, q):
        return True  # "both spend well above the benchmark: 2.37% and 3.43%": levels
    return any(
        x.i > q.j
        and any(abs(_in_unit(x, unit) - v) < 1e-9 for v in values)
        and _beside_guideline(ctx.lows, x)
        for x in ctx.quantities
        if x.form == q.form
    )


_LEVEL_OPENERS: frozenset[str] = frozenset({":", ",", "at", "with", "-", "–", "—"})


def _after_side_noun(lows: list[str], q: Quantity) -> bool:
    """Does the figure follow a guideline named by its noun alone after a side word ('well
    above the benchmark: 2.37%', 'below the target, at 1.3%'): a level set against it?"""
    k = q.i - 1
    while k > 0 and q.i - 1 - k < 2 and lows[k] in _LEVEL_OPENERS:
        k -= 1
    if k < 1 or k == q.i - 1 or lows[k] not in _NOUNS:
        return False  # (an opener is needed: "above the target 2%" may name its value)
    k -= 1
    while k > 0 and lows[k] in _GENERIC:
        k -= 1
    return lows[k] in _SIDES


def _beside_guideline(lows: list[str], x: Quantity) -> bool:
    """Is x a guideline's figure that a level is set beside: a side word before it, only an
    article or the alliance's name between ('below the 20% guideline', 'short of NATO's 2%
    target'), and a commitment noun right after it?"""
    if lows[x.j : x.j + 1] == [] or lows[x.j] not in _NOUNS:
        return False
    words = lows[max(0, x.i - 3) : x.ni]  # (its hedge included: "below the 20%")
    while len(words) > 1 and words[-1] in _GENERIC:
        words.pop()
    if words[-2:] == ["short", "of"]:
        words.pop()
    return words[-1:] != [] and words[-1] in _SIDES


_WHOLE = patterns.phrases("cues", "said_whole")


def _said_whole(lows: list[str], q: Quantity) -> bool:
    """Is the figure said to be a commitment's whole ('EUR 650 billion in total')?"""
    return _WHOLE.any_in(lows, q.j, min(len(lows), q.j + 3))


_SUMMIT_WORDS = frozenset({"summit", "summit's", "summit’s"})


def _summit_before(lows: list[str], i: int, v) -> str:
    """The family of the summit named right before token i ('The Hague 3.5%', "Vilnius's 2%",
    'the Wales summit 2%'), else ''."""
    k = i - 1
    while k > 0 and lows[k] in _SUMMIT_WORDS:
        k -= 1
    if k < 0:
        return ""
    name = lows[k].removesuffix("'s").removesuffix("’s").removesuffix("'")
    return str(v["summit_family"].get(name, ""))


def family_hits(ctx: Context) -> list:
    """The commitments the sentence names by their words ('The Hague', 'core defence', 'ReArm
    Europe'), as (start, end, family), found once a sentence."""
    if "family_hits" not in ctx.memo:
        places = {m.i for m in ctx.mentions if m.kind == "capital"}  # ("officials in Vilnius
        # say": the city's government, not the Vilnius summit's pledge)
        places |= set(range(_dateline_end(ctx)))  # ("VILNIUS - ...": where the news is from)
        ctx.memo["family_hits"] = [h for h in _vocab()["families"].find_all(ctx.lows)
                                   if h[0] not in places]  # fmt: skip
    return ctx.memo["family_hits"]


_DATELINE_DASHES: frozenset[str] = frozenset({"-", "–", "—"})
_DATELINE_REACH: int = 10  # tokens a dateline may take: "THE HAGUE, June 24 (Reuters) -"


def _dateline_end(ctx: Context) -> int:
    """Where the dateline that opens a sentence ends: a place in capitals, perhaps a date or
    an agency after it, then a dash ('VILNIUS -', 'THE HAGUE, June 24 (Reuters) -'); 0 when
    there is none."""
    tokens = ctx.sentence.tokens
    first = tokens[0].text if tokens else ""
    if not (first.isalpha() and first.isupper() and len(first) > 1):
        return 0
    dash = next((k for k in range(1, min(len(ctx.lows), _DATELINE_REACH))
                 if ctx.lows[k] in _DATELINE_DASHES), None)  # fmt: skip
    return 0 if dash is None else dash


_WHOLE_ALLIANCE = re.compile(
    r"\b(allies as a whole|across the alliance|the alliance as a whole|"
    r"their combined gdp|nato as a whole|the allies together|"
    r"(nato's|the alliance's|allied) (core )?(defen[cs]e )?spending)\b"
)


_ALLIANCE_WORDS: frozenset[str] = patterns.word_set("alliance_words")


def _of_alliance(ctx: Context, q: Quantity) -> bool:
    """Does the figure's clause name the alliance ('NATO', "the alliance's", 'allies') before
    it, or the sentence a group of allies?"""
    lo, _hi = ctx.clause(q)
    words: list[str] = []
    aside = False  # ("the government says ... 3.35% this year - NATO has it at 3.35% - and
    for w in ctx.lows[lo : q.i]:  # nearly 4% by 2030": an aside between dashes is apart)
        if w in _DATELINE_DASHES:
            aside = not aside
        elif not aside:
            words.append(w)
    return not _ALLIANCE_WORDS.isdisjoint(words) or any(
        m.kind in ("group", "allies") for m in ctx.mentions
    )


_SOURCE_SAYING: frozenset[str] = patterns.word_set("source_saying_verbs")
_SOURCE_NOUNS: frozenset[str] = patterns.word_set("naming_source_nouns")


def _body_gives(ctx: Context, i: int, j: int) -> bool:
    """Is the word at i..j a body's or a report's giving of a figure ('NATO's report gives',
    'SIPRI puts'), not a word of a pledge?"""
    lows = ctx.lows
    if j != i + 1 or lows[i] not in _SOURCE_SAYING:
        return False
    return (
        lows[i - 1 : i] != [] and lows[i - 1] in _SOURCE_NOUNS or any(s.j == i for s in ctx.sources)
    )


def _dated(ctx: Context, q: Quantity, own_clause: bool = False) -> bool:
    """Is the figure tied to a data year ('this year', 'in 2024') rather than a pledge's year
    (by a time word right after it in its own clause, if asked: not "In 2014 allies pledged
    2%")?"""
    _lo, hi = ctx.clause(q) if own_clause else ctx.neighbours(q)
    hi = min(hi, q.j + 5) if own_clause else hi
    return any(
        (q.j <= t.i < hi or (q.i - 3 <= t.i < q.i and not own_clause)
         or ((not own_clause or ctx.lows[t.i - 1 : t.i] == ["for"]) and _fronted(ctx, q, t)))
        and (t.kind in ("this", "last") or (t.kind == "year" and t.role == "in"))
        and (t.year is None or t.year <= ctx.today.year)  # a future year is a pledge's year
        for t in ctx.times
    )  # fmt: skip


def _undated_level(ctx: Context, q: Quantity, unit: str) -> bool:
    """Is the figure at no value any commitment states, with no year or deadline in its
    sentence and no word naming a commitment ('Across the alliance as a whole, defence
    spending will reach 2.71% of GDP')? Then it is a level, of the year its context gives,
    not the 2% guideline misstated."""
    if ctx.times or any(
        ctx.lows[i:j] != ["will", "reach"] or ctx.lows[i - 1 : i] != ["spending"]
        for i, j, _what in ctx.find("cues", "policy")
    ):  # (only "spending will reach", the spending's own level; "allies will reach" may plan)
        return False
    return not any(f.unit == unit and abs(f.value - _in_unit(q, unit)) < 1e-9
                   for f, _kind in figure_table().values())  # fmt: skip


def _fronted(ctx: Context, q: Quantity, t) -> bool:
    """Does the time open the sentence of the figure, or a clause of it after 'and', 'but' or
    a semicolon, with no other figure, no other time and no word of a plan or pledge between
    them ('This year it will reach 3.22%', '..., and this year it will reach 2.32%', not 'This
    year Poland pledged 4.7%')? A time fronted with 'for' dates the figure even in a figure's
    own clause ('For 2024 the alliance now gives 1.43%'; not 'In 2014 allies agreed 2%')."""
    if t.j > q.i:
        return False
    if t.i > 1 and not (
        ctx.lows[t.i - 1] in _CLAUSE_OPENERS or ctx.lows[t.i - 2 : t.i] == ["and", "for"]
    ):
        return False
    if any(t.j <= x.i < q.i for x in ctx.quantities) or any(
        x is not t and t.i <= x.i < q.i for x in ctx.times
    ):
        return False
    return not (
        ctx.has("cues", "plan", lo=t.j, hi=q.i) or _INTENDING.intersection(ctx.lows[t.j : q.i])
    )


_CLAUSE_OPENERS: frozenset[str] = frozenset({"and", "but", ";"})
_INTENDING: frozenset[str] = patterns.word_set("intending_words") | patterns.word_set(
    "pledging_verbs"
)  # "This year Poland pledged 4.7%", "This year the plan is 2%"


def _in_unit(q: Quantity, unit: str) -> float:
    return q.amount / 1e9 if unit.startswith("billion") else q.value


def _belongs_elsewhere(ctx: Context, q: Quantity, i: int, j: int) -> bool:
    """A cue follows its figure: '3.5% for armies plus 1.5% for everything else'. A cue before
    the first figure of the sentence belongs to that figure ('with intelligence, 2.6%'). A
    conversion in brackets ('EUR 150 billion ($176 billion) loan package') is no figure."""
    figures = [x for x in ctx.quantities if x.form != "year" and not _bracketed(ctx.lows, x)]
    inside = [x for x in figures if i <= x.i and x.j <= j]
    if inside:  # "the 3.5% core" names its own figure
        return inside[0] is not q
    before = [x for x in figures if x.j <= i]
    if before:
        return before[-1] is not q
    after = [x for x in figures if x.i >= j]
    return not after or after[0] is not q


def _previous_end(ctx, q: Quantity) -> int:
    """Where the figure before this one ends (-2 when there is none)."""
    return max((x.j for x in ctx.quantities if x.j <= q.i and x.form != "year"), default=-2)


def _bracketed(lows: list[str], x: Quantity) -> bool:
    return "(" in lows[max(0, x.i - 2) : x.i] and ")" in lows[x.j : x.j + 2]


_NOUNS = patterns.word_set("commitment_nouns")
# a level planned, not measured, another figure may be set against ('spent 2.26% against a
# budget of 2.28%')
_PLANNED: frozenset[str] = patterns.word_set("planned_level_nouns")
_SET_NOUNS: frozenset[str] = _NOUNS | _PLANNED
_AGAINST = patterns.word_set("setting_against_words")
_GENERIC = frozenset({"a", "an", "the", "nato", "nato's", "alliance", "alliance's", "agreed"})
_SIDES: frozenset[str] = patterns.word_set("side_words") | _AGAINST  # "below the 20% guideline"


def set_against(lows: list[str], i: int) -> bool:
    """Is the figure at i the value of a level another figure is set against ('..., against a
    guideline of 20%', 'versus the alliance's target of 2%', 'spent 2.26% against a budget of
    2.28%'): a guideline's or a plan's noun and 'of' right before it, only an article or the
    alliance's name between the noun and 'against'?"""
    if lows[i - 1 : i] != ["of"] or i < 3 or lows[i - 2] not in _SET_NOUNS:
        return False
    k = i - 3
    while k > 0 and i - 3 - k < 2 and lows[k] in _GENERIC:
        k -= 1
    return k < i - 3 and lows[k] in _AGAINST


_FAR_FROM: patterns.Phrases = patterns.phrases("words", "far_from_phrases")


def far_from(lows: list[str], i: int) -> bool:
    """Is the figure from i to j one the sentence says something is far from ('remains far
    from the 2% target', 'a long way from NATO's 2 per cent goal', 'is far from 2% of GDP')?
    A yardstick of a distance no one states: no figure of its own (neither the ally's level
    nor, named with its noun, the commitment's value)."""
    k = i
    while k > 0 and i - k < 2 and lows[k - 1] in _GENERIC:
        k -= 1
    return _FAR_FROM.ending_at(lows, k, reach=4) is not None


_RISING = patterns.word_set("rising_words") | {"risen", "grown", "jumped", "doubled"}
_MOVING: frozenset[str] = _RISING | patterns.word_set("raising_verbs")


def _moved_from(ctx: Context, q: Quantity) -> bool:
    """Is the figure where a rise starts ('has climbed from 1.4%'), also when the level it
    rises to came first ('would lift spending to 2.5% from 2027, from about 2.3% today': the
    2.3% is the level measured now, not a pledge)?"""
    if ctx.lows[q.i - 1 : q.i] != ["from"]:
        return False
    if not _MOVING.isdisjoint(ctx.lows[ctx.clause(q)[0] : q.i]):
        return True
    before = [x for x in ctx.quantities if x.form != "year" and x.j <= q.i]
    if not before or ctx.lows[before[-1].i - 1 : before[-1].i] != ["to"]:
        return False
    return not _MOVING.isdisjoint(ctx.lows[ctx.clause(before[-1])[0] : before[-1].i])


def _measured_figure(ctx: Context, q: Quantity) -> bool:
    """Is the figure what a noun of a measured figure is ('NATO's new core figure for that
    year is 2.19%', 'the estimate was 2.1%'), no commitment noun with it ('the target figure
    is 3.5%')?"""
    if _figure_published(ctx.lows, q):
        return True
    if q.i == 0 or ctx.lows[q.i - 1] not in _FIGURE_GIVING:
        return False  # ("NATO's own estimate, published in June, gives 1.59% for that year")
    lo = max(ctx.clause(q)[0], q.i - _FIGURE_REACH)
    lead = ctx.lows[lo : q.i - 1]
    aside = _published_aside(ctx.lows, q.i - 1)
    if aside >= 0:  # "NATO's own estimate, published in June, gives 1.59%": the noun before
        lead = ctx.lows[max(0, aside - _FIGURE_REACH) : aside]  # the aside is the verb's
    elif "," in lead:
        lead = lead[len(lead) - lead[::-1].index(",") :]
    return (
        not _MEASURED_NOUNS.isdisjoint(lead)
        and _GUIDELINE_NOUNS.isdisjoint(lead)
        and _ADOPTING.isdisjoint(lead)  # ("the core figure allies agreed at The Hague is 3.5%")
        and _PLEDGING.isdisjoint(lead)
    )


def _published_aside(lows: list[str], verb: int) -> int:
    """Where the aside of publishing right before the verb at `verb` opens (', published in
    June,'), its comma's index; else -1."""
    if lows[verb - 1 : verb] != [","]:
        return -1
    opened = next((k for k in range(verb - 2, max(-1, verb - 8), -1) if lows[k] == ","), -1)
    return opened if opened > 0 and lows[opened + 1] in _PUBLISHING | _BASIS_OPENERS else -1


_CORE_MODIFIERS: frozenset[str] = patterns.word_set("figure_modifiers") | {"core", "new", "latest"}
_PUBLISHING: frozenset[str] = patterns.word_set("publishing_words")
# an aside naming the basis a figure is on (", on core defence,", ", using its own definition,")
_BASIS_OPENERS: frozenset[str] = patterns.word_set("basis_aside_openers")


def _figure_published(lows: list[str], q: Quantity) -> bool:
    """Is the figure set before a noun of a measured figure that a body published ('the 5.10%
    core figure NATO published in July', 'the 2.4% estimate released in June')?"""
    k = q.j
    while k < len(lows) and k < q.j + 3 and lows[k] in _CORE_MODIFIERS:
        k += 1
    return (
        lows[k : k + 1] != []
        and lows[k] in _FIGURE_NOUNS
        and lows[k + 1 : k + 2] != []
        and lows[k + 1] in _PUBLISHING
    )


_FIGURE_GIVING: frozenset[str] = patterns.word_set("figure_giving_verbs")
_PLEDGING: frozenset[str] = frozenset({"pledged", "promised", "committed", "set", "signed"})
_MEASURED_VERBS: frozenset[str] = patterns.word_set("measured_verbs")  # "reached", "stood"


def _reached_in_year(ctx: Context, q: Quantity) -> bool:
    """Is the figure the object of a verb of a level reached ('reached', 'stood at', 'hit',
    'rose to') with a year, not after the article's, in its own clause right after it
    ('reached 2.1% of GDP in 2025', 'rose to 2.1% last year'), and no word of a pledge or plan
    before it in its clause?"""
    lows = ctx.lows
    k = q.i - 1 - (lows[q.i - 1 : q.i] in (["at"], ["to"]))
    if k < 0 or lows[k] not in _MEASURED_VERBS or not _dated(ctx, q, own_clause=True):
        return False
    lo = ctx.clause(q)[0]
    return not ctx.has("cues", "policy", lo=lo, hi=q.i) and not ctx.has(
        "cues", "plan", lo=lo, hi=q.i
    )


# a spending verb with its object figure, read as what is spent ("the alliance spending 2.86%
# on core defence", "Poland spends 4.1%") unless a modal or 'to' puts it ahead ("to spend 3.5%")
_SPENT_VERBS: frozenset[str] = patterns.word_set("measured_spending_verbs")
_AHEAD: frozenset[str] = patterns.word_set("spending_ahead_words")


def _spent_figure(ctx: Context, q: Quantity) -> bool:
    """Is the figure the object of a spending verb in the indicative or a participle, said of
    a level spent ('shows the alliance spending 2.86% of GDP on core defence'), with no word of
    a commitment, plan or deadline in its clause?"""
    lows = ctx.lows
    if q.form != "percent" or lows[q.i - 1 : q.i] == [] or lows[q.i - 1] not in _SPENT_VERBS:
        return False
    lo, _hi = ctx.clause(q)
    if lows[q.i - 2 : q.i - 1] and lows[q.i - 2] in _AHEAD:
        return False  # "allies agreed to spend 3.5%", "must keep spending 2%"
    if ctx.has("cues", "policy", lo=lo, hi=q.i) or ctx.has("cues", "plan", lo=lo, hi=q.i):
        return False  # "the allies committed to spending 3.5% on core defence"
    if not _NOUNS.isdisjoint(lows[lo : q.i]):
        return False  # "the goal of spending 2%"
    return not _policy_syntax(ctx, q, None, set())  # ("spending 3.5% on core defence by 2035")


_FIGURE_REACH = 8  # words from a figure's noun to it: "NATO's new core figure for that year is"
_FIGURE_NOUNS: frozenset[str] = patterns.word_set("source_label_nouns")
_GUIDELINE_NOUNS: frozenset[str] = frozenset(patterns.load()["guideline_nouns"])
# and the publications that give them ("NATO's 2026 report, on core defence, gives 2.32%")
_MEASURED_NOUNS: frozenset[str] = _FIGURE_NOUNS | patterns.word_set("restating_release_nouns")


GUIDELINE_SHARES = frozenset({2.0, 3.5, 5.0})  # the levels of GDP allies are counted against
_ADOPTING = patterns.word_set("adoption_origin") | patterns.word_set("adoption_renewal")
_REACHED = frozenset({"met", "reached", "achieved", "attained", "hit", "honoured", "honored",
                      "fulfilled"})  # fmt: skip
_OF_GDP = frozenset({"of", "their", "its", "gdp", "into", "on", "for", "to", "defence", "defense"})
_OF_GDP_BUT_TO: frozenset[str] = _OF_GDP - {"to"}
# the nouns of a commitment but "level" ("a goal of 3.5%", not "a level of 2.1%")
_COMMITTING_NOUNS: frozenset[str] = _NOUNS - {"level"}


def _policy_syntax(ctx: Context, q: Quantity, subject_code, families) -> bool:
    """Is the figure put forward as a commitment ('promised 2.5%', 'target: 3.5%')?"""
    lows = ctx.lows
    lo, _hi = ctx.clause(q)
    before = lows[max(lo, q.i - 7) : q.i]
    after = lows[q.j : q.j + 10]
    start = max(lo, q.i - 10)
    cues = ctx.find("cues", "policy", lo=start, hi=q.i)
    if any(i > _previous_end(ctx, q) + 1 for i, _j, _ in cues):
        return True  # (but a cue right after another figure is that one's: "exceeds the 3.5%
        # core target, spending 4.48%")
    if (
        subject_code in (None, "NATO", "WE")
        and q.value in GUIDELINE_VALUES
        and (
            ctx.has("cues", "policy", hi=q.i)
            or any(expects_of_all(lows, k) for k in range(start, q.i))
        )
    ):  # "allies committed to ensuring that, by 2024, equipment would take at least 20%"
        return True
    if families and deemed_enough(lows, q.j) and _said_by_ally(ctx, q, subject_code):
        return True  # "According to Spain, 2.1% will be enough", "Madrid insists 2.1% would
        # suffice": the ally's own stated level, its commitment's value (or not)
    if before[-1:] == ["of"] and before[-2:-1] and before[-2] in _COMMITTING_NOUNS:
        return True  # "the current guideline of 2%", "a goal of 3.5%" (but "a level of 2.1%")
    if (
        before[-2:-1] == ["of"]
        and before[-1] in ("spending", "putting", "investing")
        and (before[-3:-2] and before[-3] in _COMMITTING_NOUNS)
    ):
        return True  # "NATO's guideline of spending 20% of its budget on equipment"
    if "target" in before[-2:] or (before[-1:] == [":"] and _NOUNS & set(before[-4:-1])):
        return True  # "the target is 3.5%", "London's new pledge: 3%" (but not "A: about 1.4%")
    if (
        before[-1:]
        and before[-1] in ("is", "was", "remains", "becomes")
        and _COMMITTING_NOUNS & set(before[-6:-1])
    ):
        return True  # "the goal from this year is 5%"
    if ("will" in before and families & {"uk", "rearm"}
            and any(t.i >= q.j and t.year and t.year > ctx.today.year for t in ctx.times)):  # fmt: skip
        return True  # "Britain will spend 2.5% of GDP in 2027": the pledge's year
    if "on" in after and "line" in after:  # "right on the Wales line"
        return True
    for k, w in enumerate(after[:6]):  # "2% of GDP remains the target", "is the floor"
        if w in ("target", "floor", "guideline", "goal") and any(
            x in ("is", "remains", "was", "becomes", "as") for x in after[max(0, k - 3) : k]
        ):
            return True
    nouns = _vocab()["nouns"]
    if any(w in nouns for w in after[:3]) and _predicated(after):
        return True
    if (after[:1] and after[0] in nouns and subject_code in (None, "NATO", "WE")
            and q.value in GUIDELINE_VALUES and not _ADOPTING.isdisjoint(before)):  # fmt: skip
        return True  # "the allies first set the 2% guideline in 2006": the guideline, agreed
    rest = after[next((n for n, w in enumerate(after) if w not in _OF_GDP_BUT_TO), 0) :]
    if (
        rest[:2] == ["to", "be"]
        and rest[2:3]
        and (
            rest[2] in _REACHED
            or (rest[3:4] == ["by"] and rest[4:5] in (["all"], ["every"], ["each"]))
        )
    ):
        return True  # "expected 2% of GDP to be met by most allies", "... to be spent by every
        # member": a level each is to reach
    skip = 0  # "2% of GDP", "2% of their GDP into defence": what the figure is of and for
    while skip < 6 and skip < len(after) and after[skip] in _OF_GDP:
        skip += 1
    if skip > 2 and not any(len(w) == 4 and w.isdigit() for w in after[skip + 1 : skip + 3]):
        skip = 0  # ("spent 2.3% of GDP on defence by NATO's measure": no deadline follows)
    after = after[skip:]
    if after[:1] == ["by"] or (after[:2] and after[0] in ("from", "until")):
        # only commitments tied to a year can be what "by 2027" or "from 2027" states
        return subject_code in (None, "NATO", "WE") or bool(families & {"uk", "rearm"})
    return any(w in ("until",) for w in before)


_SUFFICING_VERBS: frozenset[str] = patterns.word_set("sufficing_verbs")
_SUFFICING_ADJECTIVES: frozenset[str] = patterns.word_set("sufficing_adjectives")
_SUFFICING_MODALS: frozenset[str] = patterns.word_set("sufficing_modals")


def deemed_enough(lows: list[str], k: int) -> bool:
    """Do the words from k on, right after a figure (past 'of GDP'), say it suffices ('2.1%
    will do', '2% would be enough', '3% should suffice', '1.5% is plenty', '2% suffices')?
    The figure is then a level someone deems enough, the subject of that verb."""
    if lows[k : k + 2] == ["of", "gdp"]:
        k += 2
    word = lows[k] if k < len(lows) else ""
    if word in _SUFFICING_VERBS and word.endswith("s"):
        return True  # "2% suffices"
    if word in _SUFFICING_MODALS:
        nxt = lows[k + 1 : k + 2]
        if nxt and nxt[0] in _SUFFICING_VERBS:
            return True  # "will do", "should suffice"
        k += 1 if nxt == ["be"] else 0
        word = "is" if nxt == ["be"] else ""
    return (
        word in ("is", "are") and lows[k + 1 : k + 2] != [] and lows[k + 1] in _SUFFICING_ADJECTIVES
    )


_OWN_VIEW_VERBS: frozenset[str] = patterns.word_set("own_view_verbs")


def _said_by_ally(ctx: Context, q: Quantity, subject_code: str | None) -> bool:
    """Is the ally the figure is read for the one who says it, in its own sentence before the
    figure ('According to Spain, ...', 'Madrid says ...', 'the Spanish government insists')?"""
    if subject_code is None or len(subject_code) != 3:
        return False
    lows = ctx.lows
    for m in ctx.mentions:
        if m.code != subject_code or m.j > q.i or m.possessive or m.is_object:
            continue
        if lows[max(0, m.i - 2) : m.i] == ["according", "to"]:
            return True
        k = m.j + (1 if lows[m.j : m.j + 1] in (["government"], ["officials"]) else 0)
        if lows[k : k + 1] and lows[k] in _OWN_VIEW_VERBS:
            return True
    return False


def predicated_after(ctx: Context, q: Quantity) -> bool:
    """Is the figure followed by what makes it a commitment ('... that allies agreed')? Not
    past a semicolon, nor in a clause of time after a comma ('met 2% in 2014, when the Wales
    pledge was signed': the signing dates the year, it does not make 2% a pledge's value)."""
    after = ctx.lows[q.j : q.j + 10]
    for k, w in enumerate(after):
        if w == ";" or (w == "," and after[k + 1 : k + 2] and after[k + 1] in _WHEN_WORDS):
            after = after[:k]
            break
    return _predicated(after)


_WHEN_WORDS: frozenset[str] = patterns.word_set("time_subordinators")


def _predicated(after: list[str]) -> bool:
    """'the 3.5% core level that allies agreed...', 'a 5% target to be adopted'."""
    words = set(after)
    return bool(words & {"agreed", "adopted", "signed", "set", "promised", "pledged",
                         "committed", "declared", "endorsed", "wants", "asked"})  # fmt: skip
