"""Rankings: 'second-largest spender', 'second only to Poland', 'the lowest spender in the
alliance', 'tops the table', 'In fourth place is Latvia', 'NATO's biggest-spending member',
'the ninth-largest force in NATO'. The table ranked (share of GDP, spending in dollars,
military personnel, real growth) comes from the rank's own clause first, then the words and
figures around it, then the measure the article spoke of last; rank_groups.py reads the allies
ranked together ('Poland and Lithuania lead the way', 'among the three biggest spenders')
and calls read_places between its own readers.
"""

from __future__ import annotations

from itertools import chain

from milex.claims import changes, patterns
from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.figure_kinds import breakdown_category, is_category
from milex.claims.guidelines import negated
from milex.claims.measures import MAX_SHARE, changed_by
from milex.claims.model import UNSTATED_BASIS
from milex.claims.numbers import Quantity
from milex.claims.subjects import country_outside, run_end, subjects_for
from milex.claims.timewords import NOW
from milex.claims.years import DASHES, tense_of, year_for
from milex.reference.alliance import ALLIES

_SHARE_WORDS = frozenset({"share", "gdp", "economy", "percentage", "output", "relative"})
_SPEND_WORDS = frozenset({"spender", "spenders", "dollar", "dollars", "spending", "budget"})
RANKED = ("share_of_gdp", "spending_usd_current", "equipment_share", "personnel", "real_change",
          "spending_per_capita_usd_constant", "personnel_share")  # fmt: skip
_PAY = patterns.word_set("personnel_cost_words")
# words after an ordinal that say it is a place in a table ("fourth place", "10th top")
_PLACES = ("place", "position", "spot")
_RANK_VERBS = ("ranked", "ranks", "rank", "holds", "came", "finished", "sits")
_MOVES = frozenset({"slipped", "dropped", "fell", "fallen", "climbed", "rose", "risen", "moved",
                    "jumped", "slid", "advanced", "returned", "sank", "leapt", "leaped"})  # fmt: skip
_OPENING_VERBS = ("comes", "came", "is", "was", "goes", "went", "sits", "stands", "there")
_PLACE_WORDS = (*_PLACES, "largest", "biggest", "highest", "lowest", "in", "among")
_CLAUSE_ENDS: frozenset[str] = frozenset({",", ".", ";", ":"})
_BEING: frozenset[str] = frozenset({"is", "was", "remains", "remained", "becomes", "became"})
_PLACE_OR_VERB = (*_PLACES, *_OPENING_VERBS, "the")
_AFTER_RANK = (".", ",", ";", "in", "among", "behind", "after", "at", "(", "with", "on", "for",
               "relative", "by", "measured", "overall")  # fmt: skip
# ("SIPRI's figures place Japan 10th in the world")
_NEAR_RANK = ("ranks", "ranked", "ranking", "placed", "came", "comes", "finished", "sits",
              "sat", "stands", "now", "is", "was", "remains", "put", "puts", "place", "places",
              "placing", "it")  # fmt: skip


def _words(name: str) -> frozenset[str]:
    return patterns.as_set("ranking", name)


def read_places(ctx: Context) -> None:
    """Ranks of one ally: ordinals, superlatives and the phrases of patterns.json."""
    _rankings(ctx)


def rank_measure(ctx: Context, lo: int, hi: int, at: int) -> tuple[str | None, str]:
    """Which table a ranking is read from, and how that was decided: "stated" by the words of
    its clause, "words" for a bare 'spender', "figures" from the sentence's other figures,
    "carried" from the claims before. `at` is the rank's first token, `hi` its end."""
    if ctx.has("cues", "common_funding"):
        return None, ""  # "pays more into NATO than any other ally": common funding, not spending
    s_lo, s_hi = _stretch(ctx, at, hi)
    c_lo, c_hi = ctx.clause_at(at)
    apposed = _apposed_share(ctx, at, s_hi)
    if apposed is not None:
        return apposed, "figures"
    if _bracketed_share(ctx, at, s_hi):
        return "share_of_gdp", "figures"  # "with Poland (4.68%) fourth": ranked by that share
    # the words right after the rank say what is ranked ("biggest spender relative to GDP"),
    # then the rest of its stretch ("In absolute terms the US is the biggest spender"), then
    # its clause ("Looking at them in absolute terms, Spain ranks as the 10th contributor")
    spender = ctx.lows[hi - 1 : hi] in (["spender"], ["spenders"])
    sized = _size_of_money(ctx.lows, at, hi)
    for lo_, hi_ in ((hi, min(s_hi, hi + 8)), (max(s_lo, at - 10), min(s_hi, hi + 10)),
                     (max(c_lo, at - 12), min(c_hi, hi + 12))):  # fmt: skip
        if sized and lo_ != hi:  # (the words right after it said nothing else)
            return "spending_usd_current", "stated"
        own = _measure_words(ctx, lo_, hi_, hi)
        if own:
            return own, "stated"
        if spender and lo_ != hi:  # "the largest spender in the alliance, ... (the equivalent
            return "spending_usd_current", "words"  # of 3.4% of GDP)": money, past its stretch
    # (a semicolon after the rank closes what its words reach: "The country ranks 11th; 29.3%
    # of its spending goes on equipment" ranks it by no share the half after it names; but
    # "At 3.08% of GDP, Athens is a top spender; it was fifth" by the share before)
    p_hi = next((k for k in range(hi, len(ctx.lows)) if ctx.lows[k] == ";"), len(ctx.lows))
    w_lo, w_hi = max(0, at - 10), min(p_hi, hi + 8)
    # "the sixth largest in the alliance, at roughly $34.5 billion": the figure beside it
    near = [x for x in ctx.quantities if (x.form == "percent" or x.form == "money" and x.currency)
            and w_lo <= x.i < w_hi and id(x) not in ctx.thresholds]  # fmt: skip
    if near:
        x = min(near, key=lambda x: min(abs(x.i - hi), abs(at - x.j)))
        if x.form == "percent" and changed_by(ctx, x):
            return "real_change", "figures"  # "raised spending by 44%, more than any other ally"
        gdp = ctx.has("cues", "gdp", lo=x.j, hi=min(len(ctx.lows), x.j + 4))
        if x.form == "money" or gdp:
            return ("spending_usd_current" if x.form == "money" else "share_of_gdp"), "figures"
    wide = _measure_words(ctx, w_lo, w_hi, hi)
    if wide:
        return wide, "stated"
    if ctx.has("cues", "gdp", hi=p_hi):
        return ("equipment_share" if ctx.has("cues", "equipment", lo=w_lo, hi=w_hi)
                else "share_of_gdp"), "stated"  # fmt: skip
    if any(q.form == "money" and q.currency and q.i < p_hi for q in ctx.quantities):
        return "spending_usd_current", "figures"
    percents = [q for q in ctx.quantities if q.form == "percent" and q.i < p_hi]
    if percents:
        # "gives equipment spending as a share ...,
        equipment = ctx.has("cues", "equipment", hi=p_hi)
        if not equipment and min(q.value for q in percents) > MAX_SHARE:
            return None, ""  # "Spain leads with 30.3%, followed by ...": no share of GDP, and
            # the sentence does not say which share it is
        return ("equipment_share" if equipment else "share_of_gdp"), "figures"  # Belgium last"
    if ctx.has("cues", "personnel", lo=w_lo, hi=w_hi):
        return None, ""  # tanks, jets, kilometres of border: not a table milex ranks
    # a bare place right after a ranking goes on with its table ("Germany was the biggest
    # spender in dollar terms, at 2.1% of GDP. The UK was second."), else the last figure's
    recent = chain(reversed(ctx.claims), reversed(ctx.claims_of(ctx.sentence.index - 1)))
    before = chain(reversed(ctx.claims), reversed(ctx.earlier))  # (lazily: the last ones first)
    carried = next((c.measure for c in recent if c.kind == "ranking" and c.measure in RANKED),
                   None) or next((c.measure for c in before if c.measure in RANKED), None)  # fmt: skip
    if carried:
        return carried, "carried"
    if set(ctx.lows[w_lo:w_hi]) & _SPEND_WORDS:
        return "spending_usd_current", "words"
    return None, ""


# the shares of a budget's parts: a rank set right after one ranks that share
_PART_SHARES: frozenset[str] = frozenset(
    {"equipment_share", "personnel_share", "infrastructure_share", "other_share"}
)
# words between a part's share and the rank that follows it ('47.8% of its defence budget on
# equipment'), past the fillers of an apposition (', is the')
_APPOSED_REACH: int = 7
_APPOSITION_FILLERS: frozenset[str] = frozenset({",", "the", "is", "was", "its", "it's"})


def _apposed_share(ctx: Context, at: int, end: int) -> str | None:
    """The share of a budget's part that a rank right after it places ('spends 47.8% of its
    budget on equipment, second only to Poland', '51% on equipment, the largest share in
    NATO', 'Its equipment share, 45.8%, is the fourth highest'): that share's table, not the
    share of GDP or the dollars said elsewhere in the sentence. None when the rank's own words
    name another table ('..., the second-highest share of GDP')."""
    if ctx.has("cues", "gdp", lo=at, hi=end) or patterns.phrases("ranking", "money_words").any_in(
        ctx.lows, at, end
    ):
        return None
    before = [x for x in ctx.quantities if x.form == "percent" and x.j <= at]
    if not before:
        return None
    x = max(before, key=lambda x: x.j)
    part = breakdown_category(ctx, x)
    if part is None and ctx.has("cues", "equipment", lo=x.j, hi=at):
        part = "equipment_share"  # ("47.8% of its money into major equipment this year")
    if part not in _PART_SHARES:
        return None
    timed = {k for t in ctx.times if x.j <= t.i < at for k in range(t.i, t.j)}
    words = [w for k, w in enumerate(ctx.lows[x.j : at], x.j)
             if w not in _APPOSITION_FILLERS and k not in timed]  # fmt: skip
    # ("47.8% of its money into major equipment this year, the highest such share": the time
    # of the figure between is no other table's word)
    if words and not is_category(words[-1]):
        return None  # the rank's words come after something else than the part's figure
    if len(words) > _APPOSED_REACH:
        return None
    return part


def _bracketed_share(ctx: Context, at: int, end: int) -> bool:
    """Is the rank set right after an ally's share in brackets ('Poland (4.68%) fourth',
    'Greece (3.08% of GDP) came fifth'), no other table named in the rank's own words? The
    ally is ranked by that share, whatever else the sentence calls the table ('the
    core-spending table')."""
    lows = ctx.lows
    if lows[at - 1 : at] != [")"] or patterns.phrases("ranking", "money_words").any_in(
        lows, at, end
    ):
        return False
    x = max((x for x in ctx.quantities if x.form == "percent" and x.j <= at - 1
             and lows[x.i - 1 : x.i] == ["("]), key=lambda x: x.j, default=None)  # fmt: skip
    if x is None or x.value > MAX_SHARE or not all(w in _GDP_WORDS for w in lows[x.j : at - 1]):
        return False
    return any(m.kind == "ally" and m.j == x.i - 1 for m in ctx.mentions)


_GDP_WORDS: frozenset[str] = frozenset({"of", "gdp"})


def _size_of_money(lows: list[str], at: int, hi: int) -> bool:
    """A size ('largest', 'biggest') with no noun of its own, of an amount named before it:
    "Germany's defence budget was $97.7 billion, or 2.12% of GDP, ... the second-largest in the
    alliance", "the UK's defence expenditure ... (2.5% of GDP), the third-largest in NATO":
    the budget is ranked, by money, not the share of GDP beside it."""
    sizes = patterns.as_set("ranking", "size_superlatives")
    size = next((k for k in range(at, hi) if lows[k].rpartition("-")[2] in sizes), None)
    if size is None:
        return False
    after = lows[size + 1] if size + 1 < len(lows) else ""  # the superlative's noun, if any
    money = patterns.as_set("ranking", "money_nouns")
    if (
        after[:1].isalpha()
        and after not in money
        and after not in patterns.as_set("ranking", "elided_rank_followers")
    ):
        return False  # "the second-largest military", "the largest share", "economy"
    return after in money or any(w.removesuffix("'s") in money for w in lows[:at])


_ALLIANCE_WORDS = frozenset({"nato", "nato's", "alliance", "alliance's", "allies", "allied"})
_GROUPS: patterns.Phrases = patterns.phrases("subjects", "groups")


def _region_before(ctx: Context, q: Quantity, lo: int) -> bool:
    """Does one of SIPRI's regions, in the possessive, end right before the place ('the
    Middle East's second-largest', "Western Europe's biggest")?"""
    if q.i < 1 or not ctx.lows[q.i - 1].endswith("'s"):
        return False
    for k in range(max(lo, q.i - 5), q.i):
        hit = _GROUPS.match_at(ctx.lows, k)
        if hit is not None and k + int(hit[0]) == q.i and str(hit[1]).startswith("SIPRI:"):
            return True
    return False


def _region_after(ctx: Context, q: Quantity, stop: int) -> bool:
    """Does one of SIPRI's regions follow the place in its own words ('the largest military
    spender in the Middle East', 'second among the countries of Africa')?"""
    for k in range(q.j + 1, min(stop, q.j + _REGION_REACH)):
        if ctx.lows[k - 1] not in _REGION_PREPS:
            continue
        hit = _GROUPS.match_at(ctx.lows, k)
        if hit is not None and str(hit[1]).startswith("SIPRI:"):
            return True
    return False


_REGION_REACH: int = 7
_REGION_PREPS: frozenset[str] = frozenset({"in", "across", "among", "of", "the"})


_FORCE_NOUNS = frozenset({"army", "armies", "armed", "forces", "force", "troop", "troops"})
# a growth's nouns after a superlative: the rank is one of real change
_GROWTH_NOUNS: frozenset[str] = frozenset(
    w for w in patterns.as_set("ranking", "growth_words") if " " not in w
)
_SEPARATORS = frozenset({",", ";", ".", "but", "yet", "while", "whereas", "although", "though"})


def _stretch(ctx: Context, at: int, hi: int) -> tuple[int, int]:
    """The rank's clause, cut at the nearest commas and contrasting words on either side."""
    c_lo, c_hi = ctx.clause_at(at)
    lows = ctx.lows
    lo = next((k + 1 for k in range(at - 1, c_lo - 1, -1) if lows[k] in _SEPARATORS), c_lo)
    end = next((k for k in range(hi, c_hi) if lows[k] in _SEPARATORS), c_hi)
    return lo, end


def _measure_words(ctx: Context, lo: int, hi: int, end: int) -> str | None:
    """The table named by the words in lows[lo:hi]; `end` is where the rank's words stop."""
    lows = ctx.lows
    rank = patterns.phrases("ranking", "growth_words")
    if rank.any_in(lows, end, min(hi, end + 5)):
        return "real_change"  # "third for spending growth", "the biggest increase"
    terms = next((k + 3 for k in range(lo, hi) if lows[k : k + 3] == ["in", "terms", "of"]), None)
    if terms is not None and rank.any_in(lows, terms, min(hi, terms + 6)):
        return "real_change"  # "third ... in terms of defence spending increase"
    if _ranked_by_growth(lows, lo, hi):
        return "real_change"  # "third, after Czechia and Romania, for spending growth"
    if patterns.phrases("ranking", "per_head").any_in(lows, lo, hi):
        return "spending_per_capita_usd_constant"  # "spends more per head than any ally"
    if patterns.phrases("ranking", "money_words").any_in(lows, lo, hi):
        return "spending_usd_current"
    if set(lows[lo:hi]) & _SHARE_WORDS or ctx.has("cues", "gdp", lo=lo, hi=hi):
        if ctx.has("cues", "equipment", lo=lo, hi=hi):
            return "equipment_share"
        if not ctx.has("cues", "gdp") and set(lows) & _PAY:
            return "personnel_share"  # "Personnel took 62% of spending, the second-highest share"
        return "share_of_gdp"
    if any(
        "with" not in lows[max(0, i - 2) : i] and not _allies_having(lows, i)
        for i, _j, _ in patterns.phrases("ranking", "force_words").find_all(lows, lo, hi)
    ):
        return "personnel"  # (not "last of the 31 allies with armed forces": which allies)
    if (
        lows[end : end + 1] != []
        and lows[end] in _BARE_FORCES
        and (end + 1 >= len(lows) or lows[end + 1] in _BARE_FORCE_AFTER)
    ):
        return "personnel"  # "the third-largest military in NATO": the forces ranked, a noun
        # closing the rank's words (not "the third-largest military budget")
    if set(lows[lo:hi]) & {"budget", "budgets"}:
        return "spending_usd_current"  # "Italy's defence budget is the sixth largest"
    if any("-" in w and w.split("-")[-1] in ("spending", "spender") for w in lows[lo:hi]):
        return "spending_usd_current"  # "NATO's biggest-spending member"
    return None


_FORCE_OWNING: frozenset[str] = patterns.word_set("force_owning_words")
# words for the armed forces that are also adjectives of money ("military spending"): the
# forces only as the noun right after a rank, before its scope or the clause's end
_BARE_FORCES: frozenset[str] = patterns.as_set("ranking", "bare_force_nouns")
_BARE_FORCE_AFTER: frozenset[str] = patterns.as_set("ranking", "elided_rank_followers") | {
    ",", ".", ";", ":", "—", "–", ")"}  # fmt: skip


def _allies_having(lows: list[str], i: int) -> bool:
    """Do the force words at i say which allies are counted ('27th among the 31 allies that
    have armed forces', 'of the members fielding an army'), not what they are ranked by? A
    noun of allies, then only words of having, right before them."""
    k = i
    while k > 0 and i - k < 3 and lows[k - 1] in _FORCE_OWNING:
        k -= 1
    return k < i and k > 0 and lows[k - 1] in _ALLY_NOUNS


def _ranked_by_growth(lows: list[str], lo: int, hi: int) -> bool:
    """A growth word that a preposition naming what is ranked brings in, anywhere in
    lows[lo:hi]: 'for spending growth', 'by growth', 'when it comes to the rise in spending'."""
    preps = patterns.phrases("ranking", "measure_prepositions").find_all(lows, lo, hi)
    if not preps:
        return False
    growth = patterns.phrases("ranking", "growth_words").find_all(lows, lo, hi)
    causes = _words("cause_words")
    for i, j, _ in preps:
        if lows[i] == "by" and lows[i - 1 : i] and lows[i - 1] in causes:
            continue  # "driven by growth in its economy": a cause, not the table ranked
        for g, _gj, _ in growth:
            between = lows[j:g]
            if (
                0 <= g - j <= 3
                and _SEPARATORS.isdisjoint(between)
                and not any(w[:1].isdigit() or w in ("%", "percent") for w in between)
            ):
                return True  # (not "by 44% growth", a figure of the change, not the table)
    return False


def _next_of_count(ctx: Context, q: Quantity) -> bool:
    """Is a bare ordinal ('is the fourth', no superlative, no place word after it) one more
    than a count of allies in its sentence or the one before ('Three allies spent more than
    3% ... Greece, at 3.1%, is the fourth'): the next of the allies counted, whose order is
    the count's, not the table's?"""
    if q.superlative or ctx.lows[q.i - 1 : q.i] != ["the"]:
        return False
    nxt = ctx.lows[q.j : q.j + 1]
    if nxt and nxt[0] not in (",", ".", ";", ":"):
        return False
    counts = [c for c in [*ctx.earlier[-12:], *ctx.claims] if c.kind == "count_meeting"
              and c.sentence in (ctx.sentence.index, ctx.sentence.index - 1)]  # fmt: skip
    return any(abs(c.value + 1 - q.value) < 1e-9 for c in counts)


def _rankings(ctx: Context) -> None:
    lows = ctx.lows
    bottom, top = _words("bottom_superlatives"), _words("superlatives")
    ranked_nouns = _words("ranked_nouns")
    moves: list[tuple[Quantity, Quantity]] = []
    for q in ctx.quantities:
        if id(q) in ctx.consumed:
            continue
        nxt = lows[q.j : q.j + 3]
        prev = lows[max(0, q.i - 2) : q.i]
        ally_after = None
        if q.form == "ordinal" and (to := _moved_to(ctx, q)) is not None:
            ctx.consumed.add(id(q))  # "climbed from seventh to fourth last year": the place
            moves.append((q, to))  # before the move, read once the place after it is
            continue
        if q.form == "ordinal" and _next_of_count(ctx, q):
            ctx.consumed.add(id(q))  # "Three allies spent more than 3% besides the US ...
            continue  # Greece is the fourth": one more of those counted, not a place in a table
        if q.form == "ordinal":
            ok = bool(q.superlative) or nxt[:2] == ["only", "to"] or (
                bool(nxt) and nxt[0] in _PLACE_WORDS
                and any(w in _RANK_VERBS for w in lows[max(0, q.i - 4) : q.i]))  # fmt: skip
            ok = ok or (bool(nxt) and nxt[0] in _PLACES)
            ok = ok or (
                nxt[:1] == ["from"] and bool({"bottom", "top"} & set(lows[q.j + 1 : q.j + 3]))
            )
            ok = ok or (
                (
                    not nxt
                    or nxt[0] in _AFTER_RANK
                    or (nxt[:2] in (["this", "year"], ["last", "year"]) and nxt[2:] != ["to"])
                )
                and any(w in _NEAR_RANK for w in lows[max(0, q.i - 2) : q.i])
            )  # "Britain sits 12th this year"
            # "with Lithuania (4.00%) second and Estonia (3.38%) third": the ally, its figure
            # in brackets, its place
            ok = ok or (prev[-1:] == [")"] and _after_bracketed_figure(ctx, q))
            # "ranks 27th of the 31 allies", "came 5th out of 32": a place among a count
            ok = ok or (
                _of_count(ctx, q) and any(w in _NEAR_RANK for w in lows[max(0, q.i - 2) : q.i])
            )
            # "Lithuania is second (4%), Latvia third (3.73%)": an ally, an ordinal, its figure
            ok = ok or (nxt[:1] == ["("] and any(m.j == q.i for m in ctx.mentions))
            # "is now at 2.33 percent, 13th in the alliance": the place of the figure before
            ok = ok or (prev[-1:] == [","] and nxt[:1] in (["in"], ["among"])
                        and _figure_before(ctx, q))  # fmt: skip
            # "Norway, fifth in the alliance at 3.35%": a place set after the ally's name as
            # an aside, its scope the alliance's table
            ok = ok or (prev[-1:] == [","] and nxt[:1] in (["in"], ["among"])
                        and any(m.j == q.i - 1 and m.kind == "ally" for m in ctx.mentions)
                        and not _TABLES.isdisjoint(nxt[1:3]))  # fmt: skip
            # "had Canada at 1.27% of GDP, 20th of the 29 allies", "spends 3.38% of GDP,
            # third behind Poland and Estonia": the same place of the figure before
            ok = ok or (prev[-1:] == [","] and nxt[:1] in (["of"], ["out"], ["behind"])
                        and _figure_before(ctx, q)
                        and (nxt[0] == "behind" or _of_count(ctx, q)))  # fmt: skip
            # "has slipped to third behind Germany", "climbed to second"
            ok = (
                ok
                or (  # ("moved up from seventh to fourth")
                    prev[-1:] == ["to"] and any(w in _MOVES for w in lows[max(0, q.i - 6) : q.i])
                )
            )
            # "NATO's second biggest spender", "the 10th top contributor"
            ok = ok or (len(nxt) > 1 and nxt[0] in top | bottom
                        and (nxt[1] in ranked_nouns
                             or nxt[1] in ("in", "among", "of", "globally", "worldwide")))  # fmt: skip
            # "its share is the fourth highest, after Poland, ...": an ordinal and a superlative
            # closing the clause, after a verb of being
            ok = ok or (len(nxt) > 1 and nxt[0] in top | bottom and nxt[1] in _CLAUSE_ENDS
                        and prev[-1:] == ["the"] and prev[0] in _BEING)  # fmt: skip
            # "- Global rank: 10th": a row whose label names a place
            ok = ok or (prev[-1:] == [":"] and lows[q.i - 2 : q.i - 1] in _RANK_LABELS)
            # "China, the second biggest, was estimated at $314bn": a place set beside the
            # country as an aside, its noun left to the ranking before
            ok = ok or (len(nxt) > 1 and nxt[0] in top | bottom and nxt[1] in _CLAUSE_ENDS
                        and prev == [",", "the"]
                        and any(m.j == q.i - 2 for m in ctx.mentions))  # fmt: skip
            # "Second comes Great Britain ($90.5bn), third France": the ally after the rank
            ally_after = _ally_after(ctx, q)
            ok = ok or (ally_after is not None and (
                nxt[:1] and nxt[0] in _OPENING_VERBS
                or any(c.kind == "ranking" for c in ctx.claims)))  # fmt: skip
            if q.superlative and _unranked(ctx, q.j):
                continue  # "Europe's second-largest economy", "the third-biggest donor"
        else:
            ok = q.form == "plain" and prev[-1:] == ["number"] and q.value <= 32
            ok = ok and prev[-2:-1] not in (["member"], ["ally"])  # "member number 32": joined so
        if not ok or q.value < 1:
            continue
        if _among_donors(ctx, q):
            ctx.consumed.add(id(q))  # "ranks fifth among donors": a place in a table of aid
            continue
        order: str | None = "lowest" if (q.superlative in bottom or "lowest" in nxt) else "highest"
        if nxt[:1] == ["from"] and {"bottom", "last", "end"} & set(lows[q.j + 1 : q.j + 3]):
            order = "lowest"  # "Canada is 5th from the bottom"
        _rank_claim(ctx, q, int(q.value), order, ally_after)
    for q, to in moves:
        _place_before_move(ctx, q, to)
    _superlatives(ctx)
    _end_groups(ctx)
    if "last" in lows:  # (a scan of every word, for one word most sentences lack)
        for k, low in enumerate(lows):  # "Bulgaria ranks last among the allies": the lowest
            if (
                low == "last"
                and k
                and lows[k - 1] in _RANK_VERBS
                and lows[k + 1 : k + 2] in (["among"], ["in"], [","], ["."], ["of"])
            ):
                rank_claim(ctx, Quantity(k, k + 1, k, k + 1, 1.0, form="ordinal",
                                         in_words=True), 1, "lowest")  # fmt: skip
    for key, end_order in (("top_phrases", "highest"), ("bottom_phrases", "lowest")):
        order = end_order  # None after a 'than' whose comparison says no end
        for i, j, _ in ctx.find("ranking", key):
            if any(c.kind == "ranking" and abs(c.start - ctx.tokens[i].start) < 60
                   for c in ctx.claims):  # fmt: skip
                continue
            if ctx.lows[i - 1 : i] in (["among"], ["of"], ["from"]):
                continue  # "among the highest in NATO", "one of the lowest in the alliance",
                # "5th from the bottom" (the ordinal's)
            if _near_end(ctx.lows, i):
                continue  # "near the bottom of the table", "close to the top": somewhere
                # near that end, no place
            if ctx.lows[i] == "than":  # "spends less ..., than any other ally": the way
                order = _comparative_before(ctx, i)  # the comparison goes says which end
                if order is None:
                    continue
            anchor = Quantity(i, j, i, j, 1.0, form="ordinal", in_words=True)
            inverted = _inverted_allies(ctx, i, j)
            if inverted is None:
                rank_claim(ctx, anchor, 1, order)
            elif len(inverted) == 1:
                rank_claim(ctx, anchor, 1, order, ally_after=inverted[0])
            elif inverted:  # "At the bottom of the list are Belgium and Spain": both
                rank_claim(ctx, anchor, len(inverted), order, ranked_with=inverted)
            # (inverted, but no ally after the verb: not the ally spoken of before)


_TABLES: frozenset[str] = patterns.as_set("ranking", "table_nouns")

# a row's label of a place ("Rank: 10th", "Global rank: 10th")
_RANK_LABELS: tuple[list[str], ...] = (["rank"], ["ranking"], ["place"], ["position"])
_WORLD_LABELS: tuple[list[str], ...] = (["global"], ["world"], ["worldwide"])

_CLAUSE_OPENERS = frozenset({",", ";", ":", "and", "but", "while", "whereas", "(", "–", "—"})
_NEAR_WORDS: frozenset[str] = patterns.word_set("near_place_words")
_NEAR_FILLERS: frozenset[str] = frozenset({"the", "to", "of"})


def _near_end(lows: list[str], i: int) -> bool:
    """Does a word of nearness come just before the end named at i ('near the bottom', 'close
    to the top', 'towards the foot of the table'), with only 'the', 'to' or 'of' between?"""
    k = i - 1
    while k >= 0 and lows[k] in _NEAR_FILLERS:
        k -= 1
    return k >= 0 and k < i - 1 and lows[k] in _NEAR_WORDS


def _inverted_allies(ctx: Context, i: int, j: int) -> list[str] | None:
    """'At the bottom of the list is Spain', 'Top of the table were Poland and Estonia': a
    place opening its clause, a verb, then the allies it ranks (the subject after its verb);
    None when the place does not open its clause so, [] when no ally follows the verb."""
    lows = ctx.lows
    k = i
    while k > 0 and lows[k - 1] in ("at", "the", "in"):
        k -= 1
    if k > 0 and lows[k - 1] not in _CLAUSE_OPENERS:
        return None  # "Spain is at the bottom of the list": the subject comes first
    nouns = patterns.phrases("ranking", "table_nouns")
    m = j
    while m < min(len(lows), j + 6):
        if lows[m] in ("the", "of", "nato's", "alliance's", "spending", "defence", "defense"):
            m += 1
        elif hit := nouns.match_at(lows, m):
            m += hit[0]
        elif time := next((t for t in ctx.times if t.i == m or t.i == m + 1
                           and lows[m] in ("in", "for")), None):  # fmt: skip
            m = time.j  # "At the bottom of the table in 2024 was Luxembourg"
        else:
            break
    if m >= len(lows) or lows[m] not in _words("inverted_verbs"):
        return None
    m += 1 + (lows[m + 1 : m + 2] == ["the"])
    first = next((x for x in ctx.mentions if x.i == m), None)
    if first is None or first.kind != "ally" or first.code == "FOREIGN":
        return []
    allies = [x for x in ctx.mentions if x.kind == "ally" and x.code != "FOREIGN"]
    last = run_end(ctx, allies, first, brackets=True)
    return list(dict.fromkeys(x.code for x in allies if first.i <= x.i <= last))


_LESS = frozenset({"less", "lower", "smaller", "fewer"})
_MORE = frozenset({"more", "higher", "larger", "bigger", "greater"})


_UP_DOWN = _MOVES | {"up", "down", "went", "gone", "go", "goes", "has", "have"}
_SPANS = frozenset({"since", "decade", "decades", "years", "over", "past", "between"})


def _figure_before(ctx: Context, q: Quantity) -> bool:
    """Is the ordinal after a comma set beside a share or an amount its clause gave just before
    ('is now at 2.33 percent, 13th in the alliance', 'puts 4.48% of GDP into defence this
    year, first among the allies'): the place of that figure?"""
    before = [x for x in ctx.quantities if x.j < q.i and x.form != "year"]
    if not before or before[-1].form not in ("percent", "money"):
        return False
    x = before[-1]
    between = ctx.lows[x.j : q.i - 1]
    if "," in between and not _SOURCE_VERBS.isdisjoint(between[between.index(",") :]):
        # "spends 3.56% of GDP, the alliance's new tables show, fifth among the allies": the
        # attribution between is no clause of its own
        return q.i - x.j <= 14 and between.count(",") == 1
    return q.i - x.j <= 8 and "," not in between and ctx.clause(x) == ctx.clause(q)


_SOURCE_VERBS: frozenset[str] = patterns.word_set("source_verbs")


def _after_bracketed_figure(ctx: Context, q: Quantity) -> bool:
    """Is the place right after an ally's figure in brackets ('Estonia (3.38%) third')?"""
    opening = next((k for k in range(q.i - 2, max(-1, q.i - 7), -1) if ctx.lows[k] == "("), None)
    return (
        opening is not None
        and any(m.j == opening and m.kind == "ally" for m in ctx.mentions)
        and any(opening < x.i and x.j < q.i for x in ctx.quantities)
    )


def _of_count(ctx: Context, q: Quantity) -> bool:
    """Does a count follow the place ('27th of the 31 allies', '5th out of 32')? It is used up."""
    lows = ctx.lows
    k = q.j + 1 if lows[q.j : q.j + 1] == ["out"] else q.j
    if lows[k : k + 1] != ["of"]:
        return False
    k += 2 if lows[k + 1 : k + 2] == ["the"] else 1
    count = next((x for x in ctx.quantities if x.i == k and x.form == "plain"), None)
    if count is None:
        return False
    ctx.consumed.add(id(count))
    return True


def _moved_to(ctx: Context, q: Quantity) -> Quantity | None:
    """'climbed from seventh to fourth (place)', 'slipped from the 5th spot to the 8th': the
    place the move ended in, for the place it started from at q; None for any other rank."""
    lows = ctx.lows
    k = q.i - 1 - (lows[q.i - 1 : q.i] == ["the"])
    if k < 1 or lows[k] != "from" or _MOVES.isdisjoint(lows[max(0, k - 3) : k]):
        return None
    if not _UP_DOWN.issuperset(lows[max(0, k - 3) : k][-1:]):
        return None  # ("rose from seventh", "moved up from seventh"; not "rose 3% from ...")
    j = q.j + (lows[q.j : q.j + 1] in (["place"], ["position"], ["spot"]))
    if lows[j : j + 1] != ["to"]:
        return None
    j += 1 + (lows[j + 1 : j + 2] == ["the"])
    return next((x for x in ctx.quantities if x.i == j and x.form == "ordinal"), None)


def _place_before_move(ctx: Context, q: Quantity, to: Quantity) -> None:
    """The place a move started from ('climbed from seventh to fourth place among the world's
    biggest spenders last year'): the same ranking as the place it ended in (table, scope,
    ally), a year earlier, when that place has a year the words give ('last year', 'in 2024')
    and no span of years is said ('since 2014', 'over the decade': the start is unsaid)."""
    after = next((c for c in ctx.claims if c.kind == "ranking" and c.value == to.value
                  and c.start == ctx.tokens[to.i].start), None)  # fmt: skip
    if after is None or after.year is None or after.year_basis not in ("stated", "loose"):
        return
    lo, hi = ctx.clause(to)
    if not _SPANS.isdisjoint(ctx.lows[lo:hi]) or any(
        t.role in ("since", "from", "base") or t.kind in ("decade", "ago")
        for t in ctx.times
        if lo <= t.i < hi
    ):
        return
    claim = new_claim(ctx, q, "ranking", float(q.value), "rank", measure=after.measure,
                      year=after.year - 1, order=after.order, year_basis="loose")  # fmt: skip
    claim.hedge = None
    claim.measure_basis, claim.rank_scope = after.measure_basis, after.rank_scope
    claim.doubts.extend(after.doubts)
    set_subject(claim, after.subject_code)


def _comparative_before(ctx: Context, i: int) -> str | None:
    """'highest' or 'lowest' for the comparative nearest before token i in its clause."""
    lo, _hi = ctx.clause_at(i)
    for k in range(i - 1, lo - 1, -1):
        if ctx.lows[k] in _LESS:
            return "lowest"
        if ctx.lows[k] in _MORE:
            return "highest"
    return None


_DONOR_REACH: int = 8  # words from a place to the aid its table measures, at most


def _among_donors(ctx: Context, q: Quantity) -> bool:
    """'ranks fifth among donors when aid to Ukraine is measured against GDP', 'third in the
    Kiel tracker': a place whose own clause, right after it, names aid before any word of
    defence: a place in a table of aid, not of defence spending."""
    _lo, c_hi = ctx.clause(q)
    hi = min(c_hi, q.j + _DONOR_REACH)
    aid = ctx.find("cues", "aid", lo=q.j, hi=hi)
    if not aid:
        return False
    first = min(i for i, _j, _ in aid)
    return not any(
        i < first and not any(a < j and i < b for a, b, _ in aid)
        for i, j, _ in ctx.find("cues", "defence", lo=q.j, hi=hi)
    )


def _unranked(ctx: Context, k: int) -> bool:
    """A superlative whose noun is not ranked by spending ('largest economy', 'donor')."""
    return k < len(ctx.lows) and ctx.lows[k] in _words("unranked_nouns")


def _ally_after(ctx: Context, q: Quantity) -> str | None:
    """'In fourth place is Latvia', 'Second comes Great Britain', '..., third France': a rank
    opening its clause and the ally it ranks right after it."""
    lows = ctx.lows
    at = q.i - 1 - (lows[q.i - 1 : q.i] == ["the"])  # ("in the fourth position there is")
    before = lows[at] if at >= 0 else ","
    if before == "in" and at > 0:  # "..., in fourth place is Latvia"
        before = lows[at - 1]
    if at > 0 and before not in (",", ";", ":", "and", "then", "–", "-", "(", "."):
        return None
    k = q.j
    while k < min(len(ctx.lows), q.j + 4) and ctx.lows[k] in _PLACE_OR_VERB:
        k += 1
    ally = next((m for m in ctx.mentions if m.i in (k, k - 1) and m.i >= q.j
                 and m.kind in ("ally", "group")), None)  # fmt: skip
    return ally.code if ally is not None and ally.code != "FOREIGN" else None


def _by_ally(ctx: Context, q: Quantity) -> str | None:
    k = q.j + (1 if ctx.lows[q.j : q.j + 1] and ctx.lows[q.j] in _PLACES else 0)
    if ctx.lows[k : k + 1] != ["by"]:
        return None
    k += 2 if ctx.lows[k + 1 : k + 2] == ["the"] else 1
    ally = next((m for m in ctx.mentions if m.i == k and m.kind in ("ally", "group")), None)
    return ally.code if ally is not None and ally.code != "FOREIGN" else None


def _around_apposition(ctx: Context, q: Quantity) -> list[str]:
    """'Poland, a major backer of Ukraine, devotes more than any other ally': the ally before
    an apposition that names a country outside the alliance."""
    lows = ctx.lows
    for m in reversed([m for m in ctx.mentions if m.j <= q.i]):
        if m.kind == "ally" and m.code != "FOREIGN" and not m.is_object:
            inside = lows[m.j : q.i]
            if inside[:1] == [","] and inside.count(",") == 2:
                return [m.code]
            return []
    return []


def _superlatives(ctx: Context) -> None:
    """'Spain remains the alliance's lowest spender', 'the biggest spender in NATO', 'NATO's
    biggest-spending member', 'the most ... of all allied countries'."""
    lows = ctx.lows
    top, bottom = _words("superlatives"), _words("bottom_superlatives")
    either = top | bottom
    if either.isdisjoint(lows) and "-" not in ctx.sentence.text:
        return  # no superlative, alone or before a hyphen ("second-largest")
    for k, low in enumerate(lows):
        head, _, tail = low.partition("-")
        if k == 0 or head not in either:
            continue
        det = lows[k - 1].replace("’", "'")
        if det not in ("the", "nato's", "alliance's", "world's"):
            continue  # "Europe's biggest spender": a scope the tables do not rank
        if lows[max(0, k - 3) : k - 1][-1:] in (["among"], ["of"], ["from"]):
            continue  # "among the highest in NATO", "one of the highest": no place stated
        if _group_before(lows, k):
            continue  # "among the allies spending the smallest share": a group (_end_groups)
            # ("5th from the bottom": the ordinal's place)
        lo, hi = ctx.clause_at(k)
        if any(c.kind == "ranking" and c.comparator == "<=" and ctx.tokens[lo].start <= c.start
               < ctx.tokens[hi - 1].end for c in ctx.claims):  # fmt: skip
            continue  # "among the top five putting the largest share": one ranking
        nxt = lows[k + 1 : k + 3]
        if nxt[:1] in (["share"], ["part"], ["portion"]) and "budget" in lows[lo:k]:
            continue  # "Of Portugal's defence budget, the largest share goes on personnel"
        if nxt[:1] in (["share"], ["part"], ["portion"], ["proportion"]) and any(
            is_category(w) for w in lows[k + 2 : min(hi, k + 6)]
        ):
            continue  # "the ally that spends the largest share on personnel": a share of its
            # budget, not of GDP, and no table this reader ranks
        if {"history", "ever", "record"} & set(lows[k + 1 : min(hi, k + 8)]):
            continue  # "the largest military budget in Polish history": against its own past
        if tail:
            if tail not in ("spending", "spender", "spenders"):
                continue
        elif nxt[:1] in (["in"], ["among"]) and " ".join(lows[k + 2 : k + 4]) in (
            "the alliance", "nato", "nato .", "nato ,", "the allies", "all allies", "allies ."
        ):  # fmt: skip
            pass  # "by far the least in the alliance"
        elif (
            nxt[:1]
            and nxt[0] in _GROWTH_NOUNS
            and not _ALLIANCE_WORDS.isdisjoint(lows[k + 2 : min(hi, k + 6)])
        ):
            # "the fastest rise in the alliance", "the biggest increase among allies": a rank by
            # growth, which the noun right after the rank's end says (not a share beside it)
            anchor = Quantity(k - 1, k + 1, k, k + 1, 1.0, form="ordinal", in_words=True)
            rank_claim(ctx, anchor, 1, "lowest" if head in bottom else "highest")
            continue
        elif nxt[:1] and (nxt[0] in _FORCE_NOUNS or nxt[0] == "military" and nxt[1:2] in (
            ["in"], ["."], [","], ["among"]
        )):  # fmt: skip
            pass  # "NATO's largest armed forces", "the biggest military in the alliance"
        elif not nxt or nxt[0] not in ("spender", "share", "defence", "military", "budget",
                                       "percentage", "proportion", "slice", "ratio", "member",
                                       "ally", "country", "nation"):  # fmt: skip
            if not (nxt[:1] and nxt[0] not in _words("unranked_nouns") and _of_all(ctx, k)):
                continue
        elif nxt[0] in ("defence", "military", "budget") and nxt[1:2] not in (
            ["spender"],
            ["share"],
            ["budget"],
        ):
            continue
        anchor = Quantity(
            k - 1, min(len(lows), k + 2), k, k + 1, 1.0, form="ordinal", in_words=True
        )
        rank_claim(ctx, anchor, 1, "lowest" if head in bottom else "highest")


_GROUP_PARTICIPLES: frozenset[str] = patterns.word_set("end_group_participles")
_GROUP_SCOPE_WORDS: frozenset[str] = patterns.word_set("end_group_scope_words")
UNNAMED_GROUP_DOUBT: str = "the text leaves out the group the ally is ranked among"


def _group_before(lows: list[str], k: int) -> bool:
    """Do the words before the superlative at k put it in a group of allies ('among the
    allies spending the smallest ...', 'among the members with the highest ...')?"""
    return (
        k >= 5
        and lows[k - 1] == "the"
        and lows[k - 2] in _GROUP_PARTICIPLES
        and lows[k - 3] in _ALLY_NOUNS
        and lows[k - 5 : k - 3] == ["among", "the"]
    )


def _end_groups(ctx: Context) -> None:
    """'Italy's 1.49% is among the lowest in NATO', 'puts Spain among the allies spending the
    smallest shares of GDP', 'among the highest of the allies': a place in the group at one
    end of the allies' order, whose size the words leave open (verify_rank reads it as the
    quarter of the allies at that end, and abstains between that and the middle)."""
    lows = ctx.lows
    if "among" not in lows:
        return
    top, bottom = _words("superlatives"), _words("bottom_superlatives")
    for k, low in enumerate(lows):
        head = low.partition("-")[0]
        if k < 2 or (head not in top and head not in bottom) or lows[k - 1] != "the":
            continue
        nxt = lows[k + 1 : k + 4]
        doubt = ""
        if lows[k - 2] == "among":  # "among the lowest in NATO", "among the highest spenders"
            if nxt[:1] in (["spenders"], ["spending"]):
                nxt = nxt[1:]
            if nxt[:1] not in (["in"], ["of"], ["among"]):
                continue  # "among the highest": of what, unsaid
            if nxt[1:2] in ([","], ["."], [";"]) or len(nxt) < 2:
                doubt = UNNAMED_GROUP_DOUBT  # "among the lowest in , according to"
            elif _GROUP_SCOPE_WORDS.isdisjoint(w.replace("’", "'").removesuffix("'s")
                                               for w in nxt[1:3]):  # fmt: skip
                continue  # "among the lowest in Europe", "of the decade": not the allies
        elif not _group_before(lows, k):
            continue  # (but "among the allies spending the smallest shares of GDP")
        if lows[k + 1 : k + 2] in (["increase"], ["rise"], ["growth"], ["increases"]):
            continue  # a rank by growth, which this reader does not take
        lo, among = ctx.clause_at(k)[0], k - 2 if lows[k - 2] == "among" else k - 5
        named = {m.code for m in ctx.mentions if lo <= m.i < among and len(m.code) == 3}
        if len(named) > 1 or any(
            (m.kind in ("group", "allies") or "," in m.code) and lo <= m.i < among
            for m in ctx.mentions
        ):
            continue  # "the Baltic states are among the highest in NATO": several allies,
            # each of which the words may not put in that group
        before = len(ctx.claims)
        anchor = Quantity(k - 1, k + 1, k, k + 1, 1.0, form="ordinal", in_words=True)
        rank_claim(ctx, anchor, 1, "lowest" if head in bottom else "highest",
                   comparator="group")  # fmt: skip
        if doubt and len(ctx.claims) > before:
            ctx.claims[-1].doubts.append(doubt)


_RANK_NEGATION_FILLERS: frozenset[str] = patterns.word_set("rank_negation_fillers")


def _negated_rank(lows: list[str], k: int) -> bool:
    """Is the rank starting at k negated right before it ('no longer the biggest', "isn't
    the second-largest", 'never first'), past fillers ('the', 'longer', 'yet')?"""
    at = k - 1
    while at >= 0 and lows[at] in _RANK_NEGATION_FILLERS:
        at -= 1
    return at >= 0 and negated(lows[at : at + 1])


def _of_all(ctx: Context, k: int) -> bool:
    """'the most ... of all allied countries': the superlative's clause closes on the whole."""
    _lo, hi = ctx.clause_at(k)
    return bool(ctx.find("ranking", "whole_phrases", lo=k + 1, hi=min(hi, k + 12)))


def _rank_claim(ctx: Context, q: Quantity, value: int, order: str, ally_after=None) -> None:
    rank_claim(ctx, q, value, order, ally_after=ally_after)


_RESET = NOW | {";", "today"}
# a rank said in the present ("but Latvia is fourth", "Poland leads the alliance")
_NOW_VERBS = frozenset({"is", "are", "leads", "lead", "sits", "ranks", "tops", "stands", "remains",
                        "comes", "heads", "trails"})  # fmt: skip
# what may follow the countries named ahead of a rank: the run ends there ("after the US, ...",
# "behind the US and Germany in 2024"), not a noun they qualify ("after the US election")
_RUN_ENDS = frozenset({",", ".", ";", ":", "(", ")", "-", "–", "—", "and", "in", "on", "at",
                       "with", "by", "among", "last", "this", "since", "for", "according",
                       "which", "but", "while", "whereas", "as", "now", "today", "again",
                       "too", "alone", "only", "is", "was", "has", "had"})  # fmt: skip


_PASSED = frozenset({"overtaking", "overtook", "overtakes", "behind", "ahead", "after",
                     "passing", "passed", "outranking", "trailing", "trails", "than", "above",
                     "below"})  # fmt: skip


def _named_ahead(ctx: Context, q: Quantity, scope: str | None) -> tuple[list[str] | None, bool]:
    """The countries a first place leaves out: 'the biggest spender after the United States',
    'NATO's largest army behind the US and Türkiye', 'After the US, Germany is the biggest
    spender', and whether the words only exclude them ('apart from the US': ahead or not).
    Only those of the table ranked are counted (a country outside the alliance only in a world
    ranking); FOREIGN stands for such a country. [] when no country is named so, None when the
    words name a group whose size is not said."""
    lows = ctx.lows
    markers = patterns.phrases("ranking", "ahead_markers")
    excluding = patterns.phrases("ranking", "excluding_markers")
    _c_lo, c_hi = ctx.clause(q)
    starts = [(i, j) for i, j, _ in markers.find_all(lows, q.j, min(c_hi, q.j + 8))
              if _joins_rank(ctx, lows[q.j : i], q.j, i)]  # fmt: skip
    opening = markers.find_all(lows, 0, 3)  # "After the United States, Germany is ..."
    if opening and opening[0][0] == 0 and "," in lows[: q.i]:
        starts.append(opening[0][:2])
    for at, k in starts:
        excluded = excluding.match_at(lows, at) is not None
        while lows[k : k + 1] in (["only"], ["the"]):
            k += 1
        first = next((m for m in ctx.mentions if m.i == k), None)
        if first is None:
            continue
        run = [first]
        for m in ctx.mentions:
            if m.i >= run[-1].j and m.i - run[-1].j <= 3 and _joined(lows[run[-1].j : m.i]):
                run.append(m)
        while len(run) > 1 and "and" not in lows[run[-2].j : run[-1].i]:
            run.pop()  # a list ends on 'and': "After the US, Germany is ..." names one
        end = run[-1].j
        if end < len(lows) and lows[end] not in _RUN_ENDS or any(m.possessive for m in run):
            continue  # "after the US election", "after Russia's invasion": not a place
        if any(m.kind not in ("ally", "foreign") for m in run):
            return None, excluded
        return [m.code for m in run if m.code != "FOREIGN" or scope == "world"], excluded
    return [], False


def _joined(words: list[str]) -> bool:
    return bool(words) and all(w in (",", "and", "the") for w in words)


def _joins_rank(ctx: Context, between: list[str], lo: int, hi: int) -> bool:
    """Whether the words between a rank and 'after' keep them together: 'the biggest spender
    in the alliance after', 'NATO's biggest spender, after' (no clause or figure between)."""
    inside = between[:-1] if between[-1:] == [","] else between
    if _SEPARATORS & set(inside) or {":", "(", ")"} & set(inside):
        return False
    return not any(lo <= x.i < hi for x in ctx.quantities)


_SPENDER_NOUNS: frozenset[str] = frozenset({"spender", "spenders"})


def _world_place_by_money(ctx: Context, q: Quantity, c_lo: int) -> bool:
    """Is a place in the world, its measure read from words or figures around it but not its
    own, one among spenders ('the world's 11th largest military spender') or of a sentence
    that gives the country's spending in money ('$33.8 billion in 2024, or 1.9% of GDP,
    placing it 15th in the world')? SIPRI ranks the world by money only."""
    lows = ctx.lows
    own = lows[q.j : min(ctx.clause(q)[1], q.j + 8)]
    if _SHARE_WORDS.intersection(own) or ctx.has("cues", "gdp", lo=q.j, hi=q.j + len(own)):
        return False  # "the world's fifth-largest spender relative to GDP": the words say
    after = [w for w in lows[q.j : q.j + 4] if w not in _RANKED_FILLERS]
    if after[:1] and after[0] in _SPENDER_NOUNS:
        return True
    if after[:1] and after[0] not in _CLAUSE_ENDS | _WORLD_WORDS:
        return False  # ("the second highest rate globally"): another noun ranked
    return any(x.form == "money" and x.currency and c_lo <= x.i < q.i for x in ctx.quantities)


# words between a world rank and what it ranks ("11th largest military spender")
_RANKED_FILLERS: frozenset[str] = frozenset(
    {"largest", "biggest", "highest", "top", "military", "defence", "defense", "arms", "-"}
)
_WORLD_WORDS: frozenset[str] = frozenset({"in", "globally", "worldwide", "overall"})


def _sipri_spoken_for(ctx: Context) -> bool:
    """Has the text spoken for SIPRI up to this sentence: the source it carries, or else the
    source of every figure of the sentence before ('According to SIPRI, NATO's members spent
    $1,506 billion, 55% of the world total.')?"""
    if ctx.carry_source is not None:
        return ctx.carry_source[0] == "SIPRI"
    before = [
        c for c in ctx.claims_of(ctx.sentence.index - 1) if c.kind != "membership_count"
    ]  # fmt: skip  (a count of members is no body's)
    return bool(before) and all(c.source == "SIPRI" for c in before)


def rank_claim(ctx: Context, q: Quantity, value: int, order: str | None, ally_after: str | None = None,
               ranked_with: list[str] | None = None, comparator: str | None = None) -> None:  # fmt: skip
    """A ranking claim for the rank at q: its table, subject and year, or nothing when the
    words leave the table or the ally unsaid."""
    before = ctx.lows[max(0, q.i - 3) : q.i]
    if (
        comparator is None
        and "one" in ctx.lows[max(0, q.i - 5) : q.i]
        and "of" in before + ctx.lows[q.i - 4 : q.i]
    ):
        if value != 1:
            return  # "one of the three biggest": rank_groups reads it
        # "one of those devoting the largest share": among the top, no cut-off said
        value, comparator = 3, "vague"
        one = max(k for k in range(max(0, q.i - 5), q.i) if ctx.lows[k] == "one")
        named = [m for m in ctx.mentions if m.j <= one and m.kind == "ally" and not m.is_object]
        if named:
            ally_after = named[-1].code  # "Estonia is one of the allies ...": not "the allies"
    # the scope after the noun ("the fourth-largest military spender in the world"), up to
    # the next figure ("the alliance's second-biggest spender and fourth in the world")
    stop = min([ctx.clause(q)[1], q.j + 7] + [x.i for x in ctx.quantities if x.i >= q.j])
    scope_words = " ".join(ctx.lows[q.j : stop])
    scope = None
    europe = patterns.phrases("ranking", "europe_scope")
    c_lo = ctx.clause(q)[0]
    if any(ctx.lows[k : k + 2] == ["among", "eu"] for k in range(c_lo, q.i)):
        return  # "Among EU members, Greece was fifth": a ranking of the EU's members, not held
    after = europe.find_all(ctx.lows, q.j, q.j + 10)
    if any(i < q.j + 5 or ctx.lows[i] == "of" for i, _j, _ in after) or any(
        ctx.lows[i] == "among" for i, _j, _ in europe.find_all(ctx.lows, c_lo, q.i)
    ):  # fmt: skip
        scope = "europe"  # "fourth in Europe", "of any European ally", "Among European allies,
        # Latvia ranked fourth"
    elif (
        (
            patterns.phrases("ranking", "world_scope").any_in(
                [w.replace("’", "'") for w in ctx.lows[q.j : stop]]
            )
            and ctx.lows[q.i - 1 : q.i] not in (["nato's"], ["alliance's"])
        )
        or any(w.replace("’", "'") == "world's" for w in ctx.lows[max(0, q.i - 2) : q.i + 1])
        or (ctx.lows[q.i - 1 : q.i] == [":"] and ctx.lows[q.i - 3 : q.i - 2] in _WORLD_LABELS)
    ):
        scope = "world"  # "the fourth-largest spender worldwide", "fourth place among the
        # world's biggest spenders": SIPRI's countries, in dollars
    elif any(w in scope_words for w in ("in the eu", "european union", "among eu")) or any(
        ctx.lows[i - 1] in ("in", "across", "among")
        for i, _j, _ in patterns.phrases("ranking", "subregion_scope").find_all(
            ctx.lows, q.j, q.j + 6
        )
    ):
        return  # "the largest army in the EU", "the biggest spender in western Europe": not a
        # ranking of the allies (and milex holds no list of a subregion's countries)
    if _region_before(ctx, q, c_lo) or _region_after(ctx, q, stop):
        return  # "the Middle East's second-largest spender": a place within one of SIPRI's
        # regions, whose countries milex does not rank
    if any(w in ("long", "once", "formerly", "previously", "traditionally", "historically")
           for w in before):  # fmt: skip
        return  # "long the alliance's second-biggest spender": no year to check
    if _negated_rank(ctx.lows, q.i):
        return  # "is no longer the alliance's biggest spender", "is not the second-largest":
        # not that place, which says no place it holds
    if (
        scope is None
        and _ALLIANCE_WORDS.isdisjoint(ctx.lows[c_lo : ctx.clause(q)[1]])
        and (any(s.source == "SIPRI" and c_lo <= s.i < ctx.clause(q)[1] for s in ctx.sources))
    ):
        scope = "world"  # "slipped to sixth place in SIPRI's table": SIPRI ranks countries,
        # not allies (but "NATO's fourth-biggest spender, SIPRI says" stays NATO's place)
    if (
        scope is None
        and _sipri_spoken_for(ctx)
        and _ALLIANCE_WORDS.isdisjoint(ctx.lows[c_lo : ctx.clause(q)[1]])
        and not any(c_lo <= s.i < ctx.clause(q)[1] for s in ctx.sources)
    ):
        scope = "world"  # "According to SIPRI, ... in 2024. Turkey ranked 17th.": the place in
        # the list of the body the text has spoken for, SIPRI's list of countries (not the
        # allies' order in NATO's tables)
    if scope is None and _ALLIANCE_WORDS.isdisjoint(ctx.lows):
        last = next((c for c in chain(reversed(ctx.claims), reversed(ctx.earlier))
                     if c.kind == "ranking"), None)  # fmt: skip
        if (
            last is not None
            and last.rank_scope in ("world", "europe")
            and last.sentence >= ctx.sentence.index - 1
        ):
            scope = last.rank_scope  # "the world's fourth-largest spender. In 2023 it ranked
            # seventh.", "Among European allies, Germany was first. The UK was second."
        elif ctx.carry_world_rank:
            scope = "world"  # "... lifting it to 12th in the world. Poland ranked 13th."
        elif any(m.kind == "foreign" and ctx.lows[m.i - 2 : m.i] and not _PASSED.isdisjoint(
                ctx.lows[m.i - 2 : m.i]) for m in ctx.mentions):  # fmt: skip
            scope = "world"  # "Germany rose to fourth place, overtaking India": a place among
            # countries beyond the alliance (not "... since Ukraine was invaded")
    ahead: list[str] = []
    if value == 1 and comparator is None and not ranked_with:
        leaders, excluded = _named_ahead(ctx, q, scope)
        if leaders is None:
            return  # "the biggest spender after the Baltic states": how many are ahead is unsaid
        ahead = leaders
        value += len(leaders)  # "the biggest spender after the United States": second
        if leaders and excluded:  # "the biggest spender apart from the US": the US left out,
            comparator = "<="  # whether above or below, so second or first
    measure, basis = rank_measure(ctx, max(0, q.i - 8), q.j, q.i)
    if (
        scope == "world"
        and basis == "carried"
        and (
            _SPENDER_NOUNS & set(ctx.lows[c_lo : ctx.clause(q)[1]])
            or ctx.lows[q.i - 1 : q.i] == [":"]
            and ctx.lows[q.i - 2 : q.i - 1] in _RANK_LABELS
        )
    ):
        measure = "spending_usd_current"  # "Among the 20 largest spenders it now sits 13th":
        # a place among spenders, in SIPRI's list by money, not the last figure's measure (nor
        # the last row's: "- Share of GDP: 1.6%" then "- Global rank: 10th")
    if scope == "world" and basis in ("figures", "stated") and _world_place_by_money(ctx, q, c_lo):
        measure = "spending_usd_current"  # "spent $47.6bn, 2.6% of its GDP, making it the
        # world's 11th largest military spender": SIPRI's list of spenders, by money, though
        # the share is the figure nearest the place
    if scope == "world":  # only SIPRI ranks the world, and by money
        measure = "spending_usd_current" if measure in (None, "spending_usd_current") else None
    elif measure is None and scope is None and _unmeasured_among_allies(ctx, q):
        # "Canada ranks 27th of the 31 allies this year": a place among the allies, by no
        # measure said: NATO's headline table (share of GDP) supports it; it cannot refute it
        measure, basis = "share_of_gdp", UNSTATED_BASIS
    outside_only = (
        scope is None
        and any(m.kind == "foreign" for m in ctx.mentions)
        and not any(m.kind in ("ally", "group", "capital", "demonym") for m in ctx.mentions)
        and _ALLIANCE_WORDS.isdisjoint(ctx.lows)
    )  # (a sentence naming only countries outside the alliance: see below)
    if measure is None and not outside_only:
        return
    if ranked_with:
        codes, doubt = [ranked_with[-1]], ""
    elif ally_after:
        codes, doubt = [ally_after], ""
    elif by_ally := _by_ally(ctx, q):
        codes, doubt = [by_ally], ""  # "followed in third place by the United States"
    else:
        # "In fourth place is Latvia": the ally comes after the rank
        after = ctx.lows[q.j : q.j + 2] in (["place", "is"], ["place", "was"], ["place", "comes"])
        codes, doubt = subjects_for(ctx, q, allow_after=after)
        if "FOREIGN" in codes:
            codes = _around_apposition(ctx, q) or codes
    lo, _hi = ctx.clause(q)
    if (
        (not codes or codes == ["NATO"] or codes == ["FOREIGN"] and scope != "world")
        and "it" in ctx.lows[lo : q.i]
        and not any(m.kind == "ally" and m.i < q.i for m in ctx.mentions)
    ):
        # "it still ranked only as NATO's eighth largest": the ally of the figures before
        # (not Russia of "a neighbour of Russia, ..., making it the alliance's sixth")
        last = next((c for c in chain(reversed(ctx.claims), reversed(ctx.earlier))
                     if c.subject_code), None)  # fmt: skip
        if last is not None and len(last.subject_code) == 3:
            codes, doubt = [last.subject_code], ""
        elif ctx.carry is not None and len(ctx.carry) == 3:
            codes, doubt = [ctx.carry], ""  # "it" is the ally the sentence before spoke of
    if (
        scope is None
        and len(codes) == 1
        and codes[0] in _OUTSIDE
        and _ALLIANCE_WORDS.isdisjoint(ctx.lows)
        and measure in (None, "spending_usd_current")
    ):
        scope, measure = "world", "spending_usd_current"  # "Israel ... In dollar terms it now
        # ranks 12th": a country outside the alliance, 'it' carried, has a place among the
        # world's countries only (SIPRI's, in dollars)
    if codes == ["FOREIGN"] and outside_only and measure in (None, "spending_usd_current"):
        scope, measure = "world", "spending_usd_current"  # "Ukraine, the eighth-largest
        # spender, ...": a country outside the alliance, in a sentence naming no ally, has a
        # place among the world's countries only (SIPRI's, in dollars)
    if measure is None:
        return
    if codes == ["FOREIGN"] and scope == "world" and (outside := country_outside(ctx, q)):
        codes = [outside]  # "China is the world's second-largest military spender" (SIPRI)
    elif (
        codes == ["FOREIGN"]
        and scope == "world"
        and ctx.carry_foreign is not None
        and ("it" in ctx.lows[lo : q.i] or ctx.lows[q.i - 1 : q.i] == [":"])
        and not any(
            m.kind in ("ally", "foreign") and m.i < q.i and [ctx.lows[m.i]] not in _WORLD_LABELS
            for m in ctx.mentions
        )  # fmt: skip
    ):
        codes = [ctx.carry_foreign]  # "Saudi Arabia spent $80.3 billion ... It ranks seventh in
        # the world": the country outside NATO the sentence before spoke of (or the heading
        # over "- Global rank: 10th")
    if not codes or "FOREIGN" in codes:
        return  # "the highest share since the Cold War" of nobody named, or of Russia
    if ahead and codes[0] in ahead:  # "Behind only the United States, Türkiye fields ...":
        codes = [c for c in codes if c not in ahead]  # those ahead are not the ally ranked
        if not codes:
            return
    year, since, _d, ydoubt, year_basis = year_for(ctx, q)
    rivals = [c for c in ctx.carry_all if len(c) == 3 and c not in codes]
    if (
        value == 1
        and scope is None
        and comparator is None
        and not ranked_with
        and len(rivals) >= 2
        and (
            ctx.lows[q.j : q.j + 1] in (["with"], ["at"], [","], ["."])
            or any(x.i == q.j for x in ctx.quantities)
        )
        and _ALLIANCE_WORDS.isdisjoint(ctx.lows)
    ):
        # "Italy's armed forces outnumber Germany's. France still leads with 202,000": a lead
        # named by no table, after a sentence that compared allies, may be among those only
        ydoubt = ydoubt or "the lead names no group; it may be among the allies compared before"
    past = {t.year for t in ctx.times if t.kind == "year" and t.year and t.year < ctx.today.year
            and t.role not in ("since", "price", "edition", "from", "date", "agreement", "base")
            and _RESET.isdisjoint(ctx.lows[t.j : q.i])
            and ctx.lows[t.i - 1 : t.i] not in (["its"], ["their"])
            and DASHES.isdisjoint(ctx.lows[q.j : t.i])}  # fmt: skip
    # (not across "; now": "in 2014 only three met it; now Latvia is fourth" is this year's;
    # nor "ranked seventh, one place ahead of its 2023 position": the year of a place compared)
    if past and "that" in ctx.lows[: q.i] and tense_of(ctx, q) == "present":
        past = set()  # "back in 2014, few predicted that Latvia is fourth": the that-clause's
    present = not _NOW_VERBS.isdisjoint(ctx.lows[max(ctx.clause(q)[0], q.i - 6) : q.j])
    if year_basis in ("tense", "future") and len(past) == 1 and not present:
        # "by 2020 the number had reached 116,200, though it ranked only eighth": that year
        # (but "spending slipped in 2015, but Latvia is fourth" is this year's place)
        year, year_basis = past.pop(), "loose"
    if measure == "real_change" and year is None and changes.one_year(ctx):
        # "a 44% rise over the previous year, ranking third for growth": the latest change
        year, ydoubt, year_basis = ctx.today.year, "", "tense"
    claim = new_claim(ctx, q, "ranking", float(value), "rank", measure=measure, year=year,
                      order=order, year_basis=year_basis)  # fmt: skip
    claim.hedge = None
    claim.measure_basis, claim.rank_scope, claim.comparator = basis, scope, comparator
    claim.ranked_with = list(ranked_with or [])
    set_subject(claim, codes[0] if codes else None)
    for d in (doubt, ydoubt):
        if d:
            claim.doubts.append(d)
    if measure == "real_change" and basis == "figures" and since is not None:
        # "raised it by 316% since 2014, second only to Lithuania (324%)": ranked by the
        # change since a base year, which is not the one year's change milex ranks by
        claim.doubts.append(SINCE_RANK_DOUBT)
    ctx.consumed.add(id(q))


_ALLY_NOUNS: frozenset[str] = patterns.word_set("ally_nouns")
# the countries outside NATO milex knows by name
_OUTSIDE: frozenset[str] = frozenset(
    str(v) for v in patterns.load()["subjects"]["foreign_codes"].values()
) - frozenset(a.iso3 for a in ALLIES)


def _unmeasured_among_allies(ctx: Context, q: Quantity) -> bool:
    """Is the rank at q a place 'of (the) N allies' or 'among (the) N allies' right after it,
    in a sentence with no figure of its own and no words of a table milex does not rank
    (troops, common funding)?"""
    if ctx.has("cues", "common_funding") or ctx.has("cues", "personnel"):
        return False
    if any(x.form in ("percent", "money") for x in ctx.quantities):
        return False  # (a figure beside it says the measure, or a measure milex does not rank)
    if "by" in ctx.lows[q.j : ctx.clause(q)[1]]:
        return False  # "2nd of 31 allies by troop numbers": a measure milex did not read
    after = ctx.lows[q.j : q.j + 5]
    if after[:1] not in (["of"], ["among"]):
        return False
    rest = after[2:] if after[1:2] == ["the"] else after[1:]
    return len(rest) >= 2 and rest[0].isdigit() and rest[1] in _ALLY_NOUNS


SINCE_RANK_DOUBT: str = ("the ranking is by the change since a base year, and milex ranks "
                         "only the changes of one year")  # fmt: skip
