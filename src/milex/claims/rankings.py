"""Rankings: 'second-largest spender', 'second only to Poland', 'the lowest spender in the
alliance', 'tops the table'. The table ranked is the share of GDP or spending in dollars,
chosen from the words and the other figures of the sentence."""

from __future__ import annotations

from milex.claims import patterns
from milex.claims.clause import Context, new_claim, set_subject, subjects_for
from milex.claims.numbers import Quantity
from milex.claims.years import year_for

_SHARE_WORDS = frozenset({"share", "gdp", "economy", "percentage", "output"})
_SPEND_WORDS = frozenset({"spender", "spenders", "dollar", "dollars", "spending", "budget"})


def read_rankings(ctx: Context) -> None:
    _rankings(ctx)


def _rank_measure(ctx: Context, lo: int, hi: int) -> str | None:
    """Which table a ranking is read from: explicit words first, then the sentence's figures."""
    right = set(ctx.lows[(lo + hi) // 2 : hi])  # the words after the rank say what is ranked
    if right & _SHARE_WORDS and not right & {"dollar", "dollars", "cash", "usd", "money"}:
        return "equipment_share" if ctx.has("cues", "equipment", lo=lo, hi=hi) else "share_of_gdp"
    window = set(ctx.lows[lo:hi])
    if ctx.has("cues", "personnel", lo=lo, hi=hi):
        return None
    if window & {"dollar", "dollars", "cash", "absolute", "usd", "money", "nominal"}:
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
                (not nxt or nxt[0] in (".", ",", ";", "in", "among", "behind", "after", "at",
                                       "(", "with", "on"))
                and any(w in ("ranks", "ranked", "ranking", "placed", "came", "comes", "finished",
                              "sits", "sat", "stands", "now", "is", "was", "remains", "put",
                              "puts", "places", "placing", "it")
                        for w in lows[max(0, q.i - 2) : q.i])
            )  # fmt: skip
            # "Lithuania is second (4%), Latvia third (3.73%)": an ally, an ordinal, its figure
            ok = ok or (nxt[:1] == ["("] and any(m.j == q.i for m in ctx.mentions))
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
        if not nxt or nxt[0] not in ("spender", "share", "defence", "military", "budget",
                                     "percentage", "proportion", "slice", "ratio", "member",
                                     "ally", "country", "nation"):  # fmt: skip
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
    if "one" in ctx.lows[max(0, q.i - 5) : q.i] and "of" in before + ctx.lows[q.i - 4 : q.i]:
        return  # "one of those devoting the largest share": among the top, no rank said
    scope = " ".join(ctx.lows[q.j : q.j + 4])
    if any(
        w in scope for w in ("in europe", "worldwide", "in the world", "globally", "among european")
    ):
        return  # "fourth in Europe", "fourth-largest worldwide": not a ranking of the allies
    if any(w in ("long", "once", "formerly", "previously", "traditionally", "historically")
           for w in before):  # fmt: skip
        return  # "long the alliance's second-biggest spender": no year to check
    measure = _rank_measure(ctx, max(0, q.i - 8), min(len(ctx.lows), q.j + 8))
    if measure is None:
        return
    # "In fourth place is Latvia": the ally comes after the rank
    after = ctx.lows[q.j : q.j + 3] in (["place", "is"], ["place", "was"], ["place", "comes"])
    codes, doubt = subjects_for(ctx, q, allow_after=after)
    if not codes or "FOREIGN" in codes:
        return  # "the highest share since the Cold War" of nobody named, or of Russia
    year, _s, _d, ydoubt, basis = year_for(ctx, q)
    claim = new_claim(ctx, q, "ranking", float(value), "rank", measure=measure, year=year,
                      order=order, year_basis=basis)  # fmt: skip
    claim.hedge = None
    set_subject(claim, codes[0] if codes else None)
    for d in (doubt, ydoubt):
        if d:
            claim.doubts.append(d)
    ctx.consumed.add(id(q))
