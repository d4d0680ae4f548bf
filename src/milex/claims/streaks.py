"""Claims about a series: runs of yearly increases ('world military spending reached $2.7
trillion, the 10th straight year of increases', 'rose for a tenth consecutive year') and a first
time ('got to 2% of GDP in 2025, the first time it has met the benchmark').

A run is the number of years (value N, unit "years") ending in the year of the spending figure
the sentence states, whose subject and source it takes; the verifier counts the consecutive rises
in constant prices (real terms) in the edition current at the article's date. A first time is
the year (value Y, unit "year") of a share of GDP at a guideline's level the sentence states:
every earlier year the edition holds must be below that level, and the edition must reach back
to when the guideline was laid down (the text may say: 'the benchmark laid down in 2014').
"""

from __future__ import annotations

from datetime import date

from milex.claims import evidence as ev
from milex.claims import patterns
from milex.claims.clause import Context, new_claim
from milex.claims.model import Checked, Claim, Evidence
from milex.claims.numbers import Quantity
from milex.claims.verdicts import edition_label, unverifiable
from milex.reference import regions

_RUN = patterns.word_set("run_words")
_RISING = patterns.word_set("rising_words")
_FALLING = patterns.word_set("falling_words")
_ORDINALS = patterns.load()["ordinal_words"]
_LAID = patterns.word_set("laying_down_words")
_EVERY = frozenset({"all", "every", "each"})


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


_GUIDELINES = (2.0, 3.5)


def read_first_time(ctx: Context) -> None:
    lows = ctx.lows
    if "time" not in lows or "first" not in lows:
        return  # (one scan in C for the sentence instead of one slice a word)
    at = next((k for k in range(len(lows) - 1) if lows[k : k + 2] == ["first", "time"]), None)
    if at is None or any(w in ("not", "since", "last") for w in lows[max(0, at - 3) : at]):
        return  # "for the first time since 1990": a first time that is not the first
    if lows[at + 2 : at + 3] in (["since"], ["in"], ["for"]):
        return  # "the first time since 1990 / in decades / for years": a first in a while
    start = ctx.tokens[at].start
    figure = next((c for c in ctx.claims if c.kind == "share_of_gdp" and c.value in _GUIDELINES
                   and c.year and c.subject_code and abs(c.start - start) < 160), None)  # fmt: skip
    if figure is None or figure.subject_code == "NATO" or not _EVERY.isdisjoint(lows):
        return  # "for the first time, all allies spend 2%": a count, not one series
    anchor = Quantity(at, at + 2, at, at + 2, float(figure.year), form="year")
    claim = new_claim(ctx, anchor, "first_time", float(figure.year), "year", year=figure.year)
    claim.subject, claim.subject_code = figure.subject, figure.subject_code
    claim.threshold, claim.source = figure.value, figure.source
    years = [t.year for t in ctx.times if t.kind == "year" and t.year and t.year < figure.year]
    if years and not _LAID.isdisjoint(lows):
        claim.since = min(years)  # "the benchmark laid down at the 2014 Wales summit"


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
    run, y = 0, claim.year or 0
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


def first_time(claim: Claim, day: date) -> Checked:
    """The first year in the edition's series at or above the level (two decimals)."""
    from milex.reference.commitments import MILESTONES

    source = "SIPRI" if claim.source == "SIPRI" else "NATO"
    measure = "share_of_gdp"
    pub, note = ev.edition_for(source, measure, day)
    if pub is None or claim.subject_code is None or claim.threshold is None:
        return unverifiable(claim, note or "no edition held gives the series")
    level = claim.threshold
    series = {y: round(r.value, 2) for y in range(claim.year - 60, claim.year + 1)
              if (r := ev.row(source, pub.edition, measure, claim.subject_code, y)) is not None}  # fmt: skip
    label = edition_label(pub)
    if claim.year not in series:
        return unverifiable(claim, f"{label} gives no {claim.year} figure for {claim.subject}")
    evid = Evidence(source, pub.edition, pub.published.isoformat(), "3", measure, "first year",
                    claim.subject_code, claim.year, float(claim.year),
                    note=f"first year at or above {level:g}% of GDP")  # fmt: skip
    earlier = [y for y in sorted(series) if y < claim.year and series[y] >= level]
    if series[claim.year] < level:
        text = f"{label} gives {claim.subject} {series[claim.year]:.2f}% in {claim.year}, below {level:g}%"
        return Checked(claim, "contradicted", text + ".", "at or above, two decimals", evid)
    if earlier:
        text = (f"{label} gives {claim.subject} {series[earlier[0]]:.2f}% already in "
                f"{earlier[0]}, at or above {level:g}%")  # fmt: skip
        return Checked(claim, "contradicted", text + ".", "at or above, two decimals", evid)
    first = min(series)
    laid = claim.since or {2.0: min(MILESTONES["2pct"]), 3.5: min(MILESTONES["hague-core"])}.get(
        level
    )
    span = f"below {level:g}% in every year from {first} to {claim.year - 1}"
    if laid is None or laid < first:
        return unverifiable(claim, f"{label} gives {claim.subject} {series[claim.year]:.2f}% in "
                                   f"{claim.year}, {span}, but holds no figure for the years "
                                   f"since the {level:g}% level was first set ({laid})")  # fmt: skip
    text = (f"{label} gives {claim.subject} {series[claim.year]:.2f}% in {claim.year}, {span} "
            f"(the level dates from {laid}), which agrees with '{claim.text.strip()}'")  # fmt: skip
    return Checked(claim, "supported", text + ".", "at or above, two decimals", evid)
