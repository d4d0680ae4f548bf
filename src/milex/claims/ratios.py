"""One percentage said to be a multiple of another: 'at least 5% of GDP by 2035, more than
double the 2% threshold', 'a 5% target, double the current 2% guideline'. The claim is the
multiple (value N, unit "times"); it is checked on the two figures the sentence itself gives,
so it needs no table: arithmetic on the text's own numbers."""

from __future__ import annotations

from milex.claims import patterns
from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.evidence import multiple_agrees
from milex.claims.model import Checked, Claim, Evidence
from milex.claims.numbers import Quantity
from milex.claims.subjects import subjects_for
from milex.claims.years import year_for

_TIMES = {word: float(n) for word, n in patterns.load()["ratio_words"].items()}
_BASES = patterns.word_set("guideline_nouns_ratio")
_HEDGED = patterns.load()["ratio_hedges"]
_SPENDING = patterns.word_set("spending_or_meeting_verbs")


def read_ratios(ctx: Context) -> None:
    lows = ctx.lows
    if _TIMES.keys().isdisjoint(lows):
        return
    percents = [q for q in ctx.quantities if q.form == "percent"]
    for k, low in enumerate(lows):
        if low not in _TIMES:
            continue
        after = next((q for q in percents if k < q.i <= k + 4), None)  # "double the 2% threshold"
        before = [q for q in percents if q.j <= k and k - q.j <= 14]
        if (
            after is None
            or lows[after.j : after.j + 1] == []
            or not (_BASES & set(lows[after.j : after.j + 3]))
        ):
            continue
        at = next((h for h in range(max(0, k - 2), k) if lows[h] in _HEDGED), k)
        hedge = _HEDGED.get(lows[at]) if at < k else None
        if not before:
            _multiple_spent(ctx, Quantity(at, after.j, k, k + 1, _TIMES[low] * after.value,
                                          form="percent", hedge=hedge), after)  # fmt: skip
            continue
        first = before[-1]
        anchor = Quantity(at, after.j, k, k + 1, _TIMES[low])
        claim = new_claim(ctx, anchor, "ratio", _TIMES[low], "times")
        claim.hedge = hedge
        claim.figures = [f"{first.value:g}", f"{after.value:g}"]
        claim.threshold = after.value
        lo, _hi = ctx.clause_at(first.i)  # whose figure the first is: an ally named before it
        owner = [m.code for m in ctx.mentions if m.kind == "ally" and lo <= m.i < first.i]
        set_subject(claim, owner[-1] if owner else "NATO")
        ctx.consumed.add(id(after))  # "the 2% threshold" here is the base, not a claim


def _multiple_spent(ctx: Context, q: Quantity, base: Quantity) -> None:
    """'Poland now spends more than twice the 2% target': the ally's own share, the multiple
    of the guideline (more than 4%), when a verb of spending comes right before it."""
    if _SPENDING.isdisjoint(ctx.lows[max(0, q.i - 3) : q.i]):
        return
    codes, doubt = subjects_for(ctx, q)
    if len(codes) != 1 or len(codes[0]) != 3:
        return  # an ally's share only ("allies spend twice the 2% target" is no one figure)
    year, _since, _deadline, ydoubt, basis = year_for(ctx, q, allies=codes)
    claim = new_claim(ctx, q, "share_of_gdp", q.value, "%", measure="share_of_gdp", year=year,
                      year_basis=basis)  # fmt: skip
    set_subject(claim, codes[0])
    claim.doubts.extend(d for d in (doubt, ydoubt) if d)
    ctx.consumed.add(id(base))


def ratio(claim: Claim) -> Checked:
    """The first figure over the second, against the multiple as worded: 'double' within 5%,
    'more than double' above, 'nearly double' from 85% of it up to it."""
    top, base = (float(x) for x in claim.figures)
    actual = top / base
    ok, tolerance = multiple_agrees(actual, claim.value, claim.hedge)
    text = (f"{top:g}% is {actual:.2f} times {base:g}%, which "
            f"{'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'.")  # fmt: skip
    evid = Evidence("text", None, None, None, "ratio", "times", None, None, round(actual, 4),
                    note="the two figures the sentence gives")  # fmt: skip
    return Checked(claim, "supported" if ok else "contradicted", text, tolerance, evid)
