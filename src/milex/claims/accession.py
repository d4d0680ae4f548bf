"""When an ally joined: 'Hungary, admitted to NATO in 1999', 'Finland, which joined in 2023',
'a member since 1999', 'Greece and Turkey were admitted in 1952', '... in 2023 and 2024,
respectively'. The claim's value is the year; the accession dates are reference data."""

from __future__ import annotations

from milex.claims import patterns
from milex.claims.clause import Context, new_claim, run_start, set_subject
from milex.claims.numbers import Quantity

_VERBS = patterns.word_set("accession_words")
_COMPARED = frozenset({"than", "behind", "like", "unlike"})


def read_accessions(ctx: Context) -> None:
    lows = ctx.lows
    for t in ctx.times:
        if t.year is None or t.kind not in ("year", "ago") or t.role in ("price", "edition"):
            continue
        window = range(max(0, t.i - 6), t.i)
        verb = next((k for k in reversed(window) if lows[k] in _VERBS), None)
        if verb is None:  # "in 1952, when Greece and Turkey were admitted"
            later = range(t.j, min(len(lows), t.j + 8))
            verb = next((k for k in later if lows[k] in ("admitted", "joined", "acceded")), None)
            if verb is None or lows[t.j : t.j + 2] not in ([",", "when"], ["when"]):
                continue
            allies = [m for m in ctx.mentions if m.kind == "ally" and t.j <= m.i < verb]
            for m in allies:
                _claim(ctx, m.code, t)
            continue
        if (
            lows[verb] in ("member", "members")
            and "since" not in lows[verb : t.i]
            and lows[verb - 1 : verb] != ["a"]
        ):
            continue
        if any(q.i in window and q.form != "year" for q in ctx.quantities if q.i > verb):
            continue  # "joined NATO with 2% of GDP in 2024": not a date of joining
        lo, hi = ctx.clause_at(verb)
        allies = [m for m in ctx.mentions if m.kind == "ally" and lo <= m.i < hi
                  and not (m.i > 0 and lows[m.i - 1] in _COMPARED)]  # fmt: skip
        if not allies:
            continue
        years = [x for x in ctx.times if x.kind == "year" and verb < x.i < hi]
        if "respectively" in lows[t.j : t.j + 6] and len(years) == len(allies) > 1:
            pairs = list(zip(allies, years, strict=True))
            if t is not years[0]:
                continue
        else:
            gapped = [m for m in allies if verb < m.i < t.i]  # "joined in 1955 and Spain in 1982"
            before = [m for m in allies if m.i < verb]
            pairs = [(gapped[-1], t)] if gapped else [
                (m, t) for m in ([m for m in before if m.i >= run_start(ctx, before, before[-1])]
                                 if before else allies[:1])
            ]  # fmt: skip
        for mention, when in pairs:
            _claim(ctx, mention.code, when)


def _claim(ctx: Context, code: str, when) -> None:
    when.role = "agreement"  # a date of joining dates no figure of the sentence
    anchor = Quantity(when.i, when.j, when.i, when.j, float(when.year), form="year")
    claim = new_claim(ctx, anchor, "accession", float(when.year), "year", year=when.year)
    set_subject(claim, code)
