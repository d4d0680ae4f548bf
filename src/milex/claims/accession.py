"""When an ally joined: 'Hungary, admitted to NATO in 1999', 'Finland, which joined in 2023',
'a member since 1999', 'Greece and Turkey were admitted in 1952', '... in 2023 and 2024,
respectively', 'a member since March 7, 2024', 'became a NATO member in 2023', 'whose country
joined NATO two years ago'. The claim's value is the year (the number of years for 'N years
ago'), with the calendar date when the text gives one; the accession dates are reference data."""

from __future__ import annotations

from milex.claims import patterns
from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.dates import StatedDate, dates_in, inside
from milex.claims.guidelines import not_nato
from milex.claims.numbers import Quantity
from milex.claims.subjects import run_start

_VERBS = patterns.word_set("accession_words")
_BECOMING = patterns.word_set("becoming_words")
_COMPARED = frozenset({"than", "behind", "like", "unlike"})


def read_accessions(ctx: Context) -> None:
    _joiners(ctx)
    lows = ctx.lows
    if _VERBS.isdisjoint(lows):
        return  # no word of joining (those after a year are among them too): one test in C
    dates = dates_in(ctx)
    for t in ctx.times:
        if t.year is None or t.kind not in ("year", "ago") or t.role in ("price", "edition"):
            continue
        day = inside(dates, t.i) if t.kind == "year" else None
        if day is not None and day.year_at != t.i:
            continue  # a day number is no year
        opens = day.i if day is not None else t.i  # "a member since March 7, 2024"
        window = range(max(0, opens - 6), opens)
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
            lows[verb] in ("member", "members", "ally")
            and "since" not in lows[verb : t.i]
            and lows[verb - 1 : verb] != ["a"]
            and _BECOMING.isdisjoint(lows[max(0, verb - 5) : verb])  # "became a NATO member"
        ):
            continue
        if any(q.i in window and q.form != "year" and inside(dates, q.i) is None
               for q in ctx.quantities if q.i > verb):  # fmt: skip
            continue  # "joined NATO with 2% of GDP in 2024": not a date of joining
        lo, hi = ctx.clause_at(verb)
        if ";" in lows[verb : t.i]:
            continue  # "since 2023, when it joined the club; in 2024 its share ...": the year
            # is the next clause's
        allies = [m for m in ctx.mentions if m.kind == "ally" and lo <= m.i < hi
                  and not (m.i > 0 and lows[m.i - 1] in _COMPARED)]  # fmt: skip
        if not allies:
            allies = _whose_country(ctx, lo, verb)
        if not allies:
            continue
        years = [x for x in ctx.times if x.kind == "year" and verb < x.i < hi]
        if "respectively" in lows[t.j : t.j + 6] and len(years) == len(allies) > 1:
            pairs = list(zip(allies, years, strict=True))
            if t is not years[0]:
                continue
        elif len(allies) > 1 and t in years and _year_run(lows, years):
            # "Czechia and Slovakia, which joined in 1999 and 2004, ...": which ally joined
            # when the text does not say (no 'respectively'); the years date no figure
            for x in years:
                x.role = "agreement"
            continue
        else:
            gapped = [m for m in allies if verb < m.i < t.i]  # "joined in 1955 and Spain in 1982"
            before = [m for m in allies if m.i < verb]
            pairs = [(gapped[-1], t)] if gapped else [
                (m, t) for m in ([m for m in before if m.i >= run_start(ctx, before, before[-1])]
                                 if before else allies[:1])
            ]  # fmt: skip
        for mention, when in pairs:
            _claim(ctx, mention.code, when, inside(dates, when.i) if when.kind == "year" else None)


def _year_run(lows: list[str], years: list) -> bool:
    """Are the years (two or more) one coordinated run ('in 1999 and 2004', '1999, 2004 and
    2009'), nothing but commas and 'and' between them?"""
    return len(years) > 1 and all(
        lows[a.j : b.i] in ([","], ["and"], [",", "and"])
        for a, b in zip(years, years[1:], strict=False)
    )


_JOINING = patterns.word_set("joining_verbs")
_STATES = patterns.word_set("state_nouns")
_LIST_WORDS = patterns.word_set("joiner_list_words")


def _joiners(ctx: Context) -> None:
    """'in 2004, when seven countries - Bulgaria, ... and Slovenia - were admitted', 'seven
    countries joined in 2004': how many allies joined in a year, with the allies listed."""
    lows = ctx.lows
    if _JOINING.isdisjoint(lows):
        return
    years = [
        t for t in ctx.times if t.kind == "year" and t.year and t.role not in ("price", "edition")
    ]
    if len(years) != 1 or {"nato", "nato's", "alliance", "alliance's"}.isdisjoint(lows):
        return  # "In 2004, ten countries joined the EU": NATO's enlargements only
    for q in ctx.quantities:
        if (q.form != "plain" or q.precision or not 2 <= q.value <= 12 or id(q) in ctx.consumed
                or lows[q.j : q.j + 1] == [] or lows[q.j] not in _STATES):  # fmt: skip
            continue
        listed, k = [], q.j + 1
        while k < len(lows) and lows[k] not in _JOINING:
            m = next((m for m in ctx.mentions if m.i == k and m.kind == "ally"), None)
            if m is not None:
                listed.append(m.code)
                k = m.j
            elif lows[k] in _LIST_WORDS:
                k += 1
            else:
                break
        if k >= len(lows) or lows[k] not in _JOINING or not_nato(ctx, q.i, k + 4):
            continue
        when = years[0]
        when.role = "agreement"
        claim = new_claim(ctx, q, "accession", q.value, "allies", year=when.year)
        claim.joiners = listed
        set_subject(claim, "NATO")
        ctx.consumed.add(id(q))


def _whose_country(ctx: Context, lo: int, verb: int) -> list:
    """'Finnish President Alexander Stubb, whose country ... joined NATO': the ally of the
    demonym or name before 'whose country' / 'his country' when the clause names none."""
    lows = ctx.lows
    at = next((k for k in range(lo, verb) if lows[k] == "country"
               and lows[k - 1 : k] in (["whose"], ["his"], ["her"])), None)  # fmt: skip
    if at is None:
        return []
    before = [m for m in ctx.mentions if m.kind in ("ally", "demonym") and m.i < at - 1]
    return before[-1:]


def _claim(ctx: Context, code: str, when, day: StatedDate | None = None) -> None:
    when.role = "agreement"  # a date of joining dates no figure of the sentence
    if when.kind == "ago":  # "joined NATO two years ago": the claim is the number of years
        back = float(ctx.today.year - when.year)
        anchor = Quantity(when.i, when.j, when.i, when.j, back, form="plain")
        claim = new_claim(ctx, anchor, "accession", back, "years ago", year=when.year)
    else:
        first, end = (day.i, day.j) if day is not None else (when.i, when.j)
        anchor = Quantity(first, end, when.i, when.j, float(when.year), form="year")
        claim = new_claim(ctx, anchor, "accession", float(when.year), "year", year=when.year)
        if day is not None:
            claim.stated_days = day.iso(when.year)
    set_subject(claim, code)
