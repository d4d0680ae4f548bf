"""Runs of yearly increases: 'world military spending reached $2.7 trillion, the 10th straight
year of increases', 'rose for a tenth consecutive year', 'ten years in a row of growth'.

The claim is the length of the run (value N, unit "years") ending in the year of the spending
figure the sentence states; its subject and source are that figure's. The verifier counts the
consecutive rises in constant prices (real terms) in the edition current at the article's date.
"""

from __future__ import annotations

from datetime import date

from milex.claims import evidence as ev
from milex.claims import patterns
from milex.claims.clause import Context, new_claim
from milex.claims.model import Checked, Claim, Evidence
from milex.claims.verdicts import edition_label, unverifiable
from milex.reference import regions

_RUN = patterns.word_set("run_words")
_RISING = patterns.word_set("rising_words")
_FALLING = patterns.word_set("falling_words")
_ORDINALS = patterns.load()["ordinal_words"]


def read_streaks(ctx: Context) -> None:
    lows = ctx.lows
    if _RUN.isdisjoint(lows) and "row" not in lows and "running" not in lows:
        return
    for q in ctx.quantities:
        n = _length(ctx, q)
        if n is None:
            continue
        lo, hi = ctx.clause_at(q.i)
        near = set(lows[max(0, q.i - 8) : min(len(lows), q.j + 6)])
        if near & _FALLING or not near & _RISING:
            continue
        figure = next((c for c in reversed(ctx.claims) if c.kind == "spending_amount"
                       and c.start < ctx.tokens[q.i].start and c.year), None)  # fmt: skip
        if figure is None:
            continue  # whose run it is: the spending figure the sentence gives before it
        claim = new_claim(ctx, q, "streak", float(n), "years", year=figure.year)
        claim.subject, claim.subject_code = figure.subject, figure.subject_code
        claim.source, claim.source_text = figure.source, figure.source_text
        ctx.consumed.add(id(q))


def _length(ctx: Context, q) -> int | None:
    """N of 'the 10th straight year', 'a tenth consecutive year', 'ten years in a row'."""
    lows = ctx.lows
    after = lows[q.j : q.j + 4]
    if q.form == "fraction" and lows[q.j - 1] in _ORDINALS:  # "a tenth consecutive year"
        n = int(_ORDINALS[lows[q.j - 1]])
    elif q.form in ("ordinal", "plain") and not q.precision and q.value == int(q.value):
        n = int(q.value)
    else:
        return None
    if not 2 <= n <= 40:
        return None
    if after[:1] and after[0] in _RUN and after[1:2] and after[1] in ("year", "years", "annual"):
        return n
    if after[:1] in (["year"], ["years"]) and (after[1:3] == ["in", "a"] and after[3:4] == ["row"]
                                              or after[1:2] == ["running"]):  # fmt: skip
        return n
    return None


def streak(claim: Claim, day: date) -> Checked:
    """The consecutive yearly rises in constant prices ending in the claim's year."""
    code = claim.subject_code
    source = "SIPRI" if claim.source == "SIPRI" or (code and regions.is_region(code)) else "NATO"
    measure = "spending_usd_constant"
    pub, note = ev.edition_for(source, measure, day)
    if pub is None or claim.subject_code is None:
        return unverifiable(claim, note or "no edition held gives the series")
    series = {}
    for y in range(claim.year, claim.year - 60, -1):
        row = ev.row(source, pub.edition, measure, claim.subject_code, y)
        if row is None:
            break
        series[y] = row.value
    run, y = 0, claim.year
    while y in series and y - 1 in series and series[y] > series[y - 1]:
        run, y = run + 1, y - 1
    if claim.year not in series:
        return unverifiable(claim, f"{edition_label(pub)} gives no {claim.year} figure for "
                                   f"{claim.subject} at constant prices")  # fmt: skip
    if y - 1 not in series:  # the run reaches back to the first year held: it may be longer
        return unverifiable(claim, f"{edition_label(pub)} shows {run} rises in a row up to "
                                   f"{claim.year}, back to the first year it holds")  # fmt: skip
    ok = run == int(claim.value)
    first = claim.year - run + 1
    label = edition_label(pub)
    if run:
        text = (f"{label} shows {claim.subject}'s spending at constant prices rising every year "
                f"from {first} to {claim.year} ({run} rises in a row; none in {first - 1})")  # fmt: skip
    else:
        text = f"{label} shows no rise in {claim.subject}'s spending at constant prices in {claim.year}"
    text += f", which {'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'."
    evid = Evidence(source, pub.edition, pub.published.isoformat(), None, measure,
                    "rises in a row", claim.subject_code, claim.year, float(run),
                    note="consecutive yearly rises at constant prices")  # fmt: skip
    return Checked(claim, "supported" if ok else "contradicted", text, "exactly", evid)
