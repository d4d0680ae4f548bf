"""Figures no reader could place: a percentage or an amount in a sentence about defence that
none of the readers made a claim of ('the budget is projected at 5% in 2027 and 4.87% in
2028', 'against 2.35% planned by the previous cabinet') is reported as unverifiable, with the
reason, so that a report shows every defence figure the checker saw, judged or not.

Figures the readers set aside on purpose are left out: the threshold of a count ('23 allies
met 2%'), a figure about another field ('interest of 3%', 'a GDP of $100 billion'), a part
a budget includes ('EUR 105 million for a satellite') or about a country outside the
alliance ('Russia spends 7%').
"""

from __future__ import annotations

from milex.claims import patterns, policy
from milex.claims.amounts import amount_unit, multi_year
from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.frames import hypothetical
from milex.claims.measures import another_field
from milex.claims.subjects import SUM_WITH_OUTSIDERS, subjects_for

_FRAMES = {
    "demand": "the figure is a demand or a proposal, not a measured value",
    "projection": "the figure is a projection or a plan, not a measured value",
}


_TARGETS = patterns.word_set("guideline_nouns_named")


def _names_target(ctx: Context, q) -> bool:
    lo, hi = ctx.clause(q)
    around = ctx.lows[max(lo, q.i - 3) : q.i] + ctx.lows[q.j : min(hi, q.j + 5)]
    return not _TARGETS.isdisjoint(around)


_DEALS: frozenset[str] = patterns.word_set("deal_nouns")
_PER_SHARE_SCALE: float = 1e6  # a price below a million is a share's, not a budget's
_DEAL_REACH: int = 10  # words from a deal's noun to 'worth' its sum: "Finland's order for
# David's Sling air defence, worth EUR 316 million"


def _business_amount(ctx: Context, q) -> bool:
    """Is the amount a deal's (a noun of a deal beside it: 'an order worth $6.7 billion', 'a
    C$6 billion order', 'a contract, worth $1.4 billion') or a share's price target ('target
    EUR 2,300', no scale word)? (A purchase said with a verb, 'Norway will buy submarines worth
    $4.1 billion', is still listed, unjudged.)"""
    lo, hi = ctx.clause(q)
    reach = _DEAL_REACH if "worth" in ctx.lows[max(lo, q.i - 3) : q.i] else 3
    if not _DEALS.isdisjoint(ctx.lows[max(lo, q.i - reach) : min(hi, q.j + 3)]):
        return True
    if _loan_amount(ctx, q, lo, hi):
        return True
    return q.scale < _PER_SHARE_SCALE and "target" in ctx.lows[max(lo, q.i - 3) : q.i]


_LOANS: frozenset[str] = patterns.word_set("loan_words")
_LOAN_FUNDS: frozenset[str] = patterns.word_set("loan_fund_names")


def _loan_amount(ctx: Context, q, lo: int, hi: int) -> bool:
    """Is the amount a loan's ('will borrow to fund 300 billion kronor', 'EUR 8bn in loans')
    or asked for or drawn from a loan fund ('up to EUR 45 billion from SAFE')? Money lent is
    no figure of a defence budget, whatever it goes on."""
    if not _LOANS.isdisjoint(ctx.lows[max(lo, q.i - 3) : min(hi, q.j + 3)]):
        return True
    return (
        ctx.lows[q.j : q.j + 1] == ["from"]
        and ctx.lows[q.j + 1 : q.j + 2] != []
        and (ctx.lows[q.j + 1] in _LOAN_FUNDS)
    )


def read_unread(ctx: Context) -> None:
    if not ctx.has("cues", "defence") or ctx.has("cues", "non_defence"):
        return
    for q in ctx.quantities:
        if q.form not in ("percent", "money") or id(q) in ctx.consumed:
            continue
        if id(q) in ctx.memo.get("set aside", ()) or another_field(ctx, q):
            continue  # ("Croatia's GDP is almost $100 billion": another field, left on purpose)
        if q.form == "money" and _business_amount(ctx, q):
            continue  # ("an order worth $6.7 billion", "target EUR 2,300": a deal's or a
            # share's price, no figure of a defence budget)
        at = ctx.tokens[q.i].start
        if any(c.start <= at < c.end for c in ctx.claims):
            continue
        if q.form == "percent" and (
            policy.match(ctx, q, None) is not None or _names_target(ctx, q)
        ):
            continue  # "the 2% target ought to be hit": a commitment named, set aside on purpose
        codes, doubt = subjects_for(ctx, q)
        if "FOREIGN" in codes or doubt == SUM_WITH_OUTSIDERS:
            continue  # (no ally's figure: "Russia's", "the US, China and India's combined")
        value, unit = (q.value, "%") if q.form == "percent" else amount_unit(q)
        claim = new_claim(ctx, q, "unread", value, unit)
        if len(codes) == 1:
            set_subject(claim, codes[0])
        claim.doubts.append(_why(ctx, q))


def _why(ctx: Context, q) -> str:
    """What kept the readers from the figure, as far as the words say."""
    frame = _FRAMES.get(hypothetical(ctx, q))
    if frame:
        return frame
    lo, hi = ctx.clause(q)
    if q.form == "money" and multi_year(ctx, q):
        return "the amount is spread over several years, not one year's spending"
    if q.form == "money" and ctx.has("cues", "purchase", lo=max(lo, q.i - 5), hi=min(hi, q.j + 3)):
        return "the amount is a purchase, a deal or aid, not a defence budget"
    return "milex could not tell what this figure measures, or whose figure it is"
