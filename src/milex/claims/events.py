"""Dates said to be a held event's: 'the June 26-27 NATO summit in The Hague', 'as the
regulation (SAFE) is formally adopted today (27 May)', 'the Bundestag votes on Tuesday, March
18, 2025'. A date is read only when its own words say which kind of event it dates (summit,
adoption, vote) and the sentence names the one event of that kind (The Hague, SAFE, the
Bundesrat): any other date of an article is no claim. The days are reference data
(milex.reference.commitments.EVENTS)."""

from __future__ import annotations

from functools import cache

from milex.claims import patterns
from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.dates import StatedDate, dates_in
from milex.claims.numbers import Quantity
from milex.reference.commitments import EVENTS

# the words that say which vote or adoption it is: the debt-brake reform, the SAFE regulation
_TOPICS = {kind: patterns.as_set("event_dates", "topics", kind) for kind in ("vote", "adoption")}
_SUMMIT_FILLERS = patterns.as_set("event_dates", "summit_fillers")
# how far (in tokens) the word naming the kind of event may sit from the date, before and after
_REACH = {"summit": (9, 3), "adoption": (8, 8), "vote": (6, 8)}


@cache
def _vocab():
    p = patterns.load()["event_dates"]
    kinds = {w: kind for kind, ws in p["kinds"].items() for w in ws}
    names = {}
    for event, phrases in p["names"].items():
        for phrase in phrases:
            names[tuple(patterns.words(phrase)) if not phrase.isupper() else (phrase,)] = event
    return kinds, names


_REVIEW = patterns.word_set("review_words")
_NORMS = patterns.word_set("norm_nouns")


def read_review(ctx: Context) -> None:
    """'The norm is due to be reviewed in 2029': the year The Hague's commitment is to be
    reviewed, when the sentence or the article speaks of The Hague's commitment and no ally's
    own plan."""
    lows = ctx.lows
    if _REVIEW.isdisjoint(lows):
        return
    hague = next(e for e in EVENTS if e.id == "hague-review")
    summit = next(e for e in EVENTS if e.id == "hague-summit")
    for t in ctx.times:
        if t.kind != "year" or not t.year or t.role in ("price", "edition", "name"):
            continue
        k = next((k for k in range(max(0, t.i - 4), t.i) if lows[k] in _REVIEW), None)
        if k is None:
            continue
        lo, hi = ctx.clause_at(k)
        if any(m.kind in ("ally", "demonym", "capital") for m in ctx.mentions if lo <= m.i < hi):
            continue  # "Britain's defence review in 2025": a national review
        named = "hague" in lows or any(q.form == "percent" and q.value in (3.5, 5.0)
                                       for q in ctx.quantities)  # fmt: skip
        after = ctx.today >= summit.day and not _NORMS.isdisjoint(lows[lo:k])
        if not (named or (ctx.carry_guideline or 0) >= 3.5 or after):
            continue
        anchor = Quantity(k, t.j, t.i, t.j, float(t.year), form="year")
        claim = new_claim(ctx, anchor, "event_date", float(t.year), "date", year=t.year)
        claim.figures = [hague.id]
        set_subject(claim, hague.subject)
        t.role = "date"


def read_events(ctx: Context) -> None:
    read_review(ctx)
    kinds, names = _vocab()
    if kinds.keys().isdisjoint(ctx.lows):
        return  # no word of an event: its dates are not looked for
    dates = dates_in(ctx)
    if not dates:
        return
    named = _named(ctx, names)
    for d in dates:
        event = _event_of(ctx, d, kinds, named)
        if event is None:
            continue
        year = d.year or ctx.today.year
        anchor = Quantity(d.i, d.j, d.i, d.j, float(year), form="year")
        claim = new_claim(ctx, anchor, "event_date", float(year), "date", year=year)
        claim.stated_days = d.iso(year)
        claim.figures = [event.id]
        set_subject(claim, event.subject)
        for t in ctx.times:
            if d.i <= t.i < d.j:
                t.role = "date"  # the year of an event's date dates no figure of the sentence


def _named(ctx: Context, names: dict) -> list[tuple[int, str]]:
    """(token, event id) of every name of a held event in the sentence."""
    out = []
    for k, low in enumerate(ctx.lows):
        for key, event in names.items():
            if key[0].lower() != low:
                continue
            words = ctx.lows[k : k + len(key)] if not key[0].isupper() else [ctx.tokens[k].text]
            if list(key) == words:
                out.append((k, event))
    return out


def _event_of(ctx: Context, d: StatedDate, kinds: dict, named: list[tuple[int, str]]):
    """The held event the date is said to be, if its words say so."""
    lows = ctx.lows
    by_id = {e.id: e for e in EVENTS}
    for kind, (before, after) in _REACH.items():
        # the events of that kind the sentence names
        picks = [(k, e) for k, e in named if by_id[e].kind == kind]
        near = range(max(0, d.i - before), min(len(lows), d.j + after))
        close = any(0 < d.i - k <= 4 for k, _ in picks)  # "with the Bundesrat following on"
        if not any(kinds.get(lows[k]) == kind for k in (range(len(lows)) if close else near)):
            continue
        prior = [p for p in picks if p[0] < d.i]
        later = [p for p in picks if p[0] >= d.j and p[0] - d.j <= 10]
        pick = prior[-1] if prior else (later[0] if later else None)
        topic = _TOPICS.get(kind)
        if topic is not None and topic.isdisjoint(lows):
            continue  # a chamber votes on many things, SAFE approves many plans: say which
        if kind != "summit" and any(m.kind in ("ally", "demonym") for m in ctx.mentions):
            continue  # "Poland's SAFE plan was adopted on ...": not the regulation's adoption
        if kind == "summit" and not _dates_summit(ctx, d):
            continue
        if pick is not None:
            return by_id[pick[1]]
    return None


def _dates_summit(ctx: Context, d: StatedDate) -> bool:
    """'the June 26-27 NATO summit', 'the summit in The Hague on 24-25 June': the date is the
    summit's own, not that of another meeting the sentence puts next to it."""
    lows = ctx.lows
    after = lows[d.j : d.j + 3]
    if "summit" in after and all(w in _SUMMIT_FILLERS for w in after[: after.index("summit")]):
        return True
    k = next((k for k in range(d.i - 1, max(-1, d.i - 9), -1) if lows[k] == "summit"), None)
    return k is not None and all(w in _SUMMIT_FILLERS for w in lows[k + 1 : d.i])
