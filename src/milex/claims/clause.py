"""The sentence being read and what the readers share: the clause `Context`, the claim
constructor (`new_claim`) and the resolvers of a figure's subject, source and speaker.

interpret.py builds a `Context` for each sentence; readings.py and the readers it calls
(counts, measures, rankings) turn its quantities into claims with the functions here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from milex.claims import context as ctxmod
from milex.claims import patterns
from milex.claims.extract import Quote, Sentence
from milex.claims.model import Claim
from milex.claims.numbers import Quantity
from milex.reference import regions
from milex.reference.alliance import name_of

# "EUROPE_AREA": Europe named as a place ("European military spending"), which SIPRI totals
# with Russia, Ukraine and other states outside NATO; "EUROPE": its allies
GROUP_NAMES = {"NATO": "NATO", "NATO_EC": "Europe and Canada", "EU": "EU",
               "EUROPE": "European allies", "EUROPE_AREA": "Europe"}  # fmt: skip
# words saying a figure is an earlier estimate: "the 23 previously estimated"
_EARLIER = (
    "previously",
    "initially",
    "originally",
    "pencilled",
    "penciled",
    "earlier estimate",
    "previous estimate",
    "had forecast",
    "earlier forecast",
    "first estimated",
    "the forecast was",
)
# "in February" alone: the preliminary figures NATO gives each February (not "in February 2022")
_FEBRUARY = re.compile(r"\bin february(?! (19|20)\d\d)")


@dataclass
class Context:
    """One sentence with everything matched in it, and the claims read so far."""

    sentence: Sentence
    lows: list[str]
    quantities: list[Quantity]
    times: list[ctxmod.TimeExpr]
    mentions: list[ctxmod.Mention]
    sources: list[ctxmod.SourceMention]
    quotes: list[Quote]
    today: date
    carry: str | None  # main subject of the previous sentence in the paragraph
    # the one source the paragraph has named so far ("according to SIPRI data, ..."), if any
    carry_source: tuple[str, str] | None = None
    # the guideline the article last named ("2% of their GDP"): what "the goal" means later
    carry_guideline: float | None = None
    # the year the sentence before stated, when this one opens by pointing back to it ("That
    # means ...", "This equals ...")
    carry_year: int | None = None
    defence_topic: bool = False  # an earlier sentence of the article spoke of defence spending
    carry_all: tuple[str, ...] = ()  # every ally or group the previous sentence named
    carry_far: str | None = None  # the last subject of an earlier paragraph, for "it" only
    earlier: list[Claim] = field(default_factory=list)  # the article's claims before this sentence
    memo: dict = field(default_factory=dict)  # sentence-wide lookups, computed once
    _clauses: dict = field(default_factory=dict)  # token -> (start, end) of its clause
    _has: dict = field(default_factory=dict)  # phrase list -> (its Phrases, in the sentence?)
    _stretches: dict = field(default_factory=dict)  # (i, j) of a figure -> neighbours()
    consumed: set[int] = field(default_factory=set)
    thresholds: set[int] = field(default_factory=set)  # figures used up as a count's threshold
    claims: list[Claim] = field(default_factory=list)

    @property
    def tokens(self):
        return self.sentence.tokens

    def has(self, *key: str, lo: int = 0, hi: int | None = None) -> bool:
        found = self._has.get(key)
        if found is None:
            phrases = patterns.phrases(*key)
            found = self._has[key] = (phrases, phrases.any_in(self.lows))
        phrases, anywhere = found
        if not anywhere or (lo == 0 and hi is None):
            return anywhere  # a stretch holds none of what the whole sentence lacks
        return phrases.any_in(self.lows, lo, hi)

    def find(self, *key: str, lo: int = 0, hi: int | None = None):
        return patterns.phrases(*key).find_all(self.lows, lo, hi)

    def clause(self, q: Quantity) -> tuple[int, int]:
        return self.clause_at(q.i)

    def clause_at(self, k: int) -> tuple[int, int]:
        found = self._clauses.get(k)
        if found is None:  # asked many times a figure: found once per token
            if "breaks" not in self.memo:
                self.memo["breaks"] = ctxmod.clause_breaks(self.lows)
            breaks = self.memo["breaks"]
            at = bisect.bisect_right(breaks, k)
            lo = breaks[at - 1] + 1 if at > 0 else 0
            hi = breaks[at] if at < len(breaks) else len(self.lows)
            found = self._clauses[k] = (lo, hi)
        return found

    def neighbours(self, q: Quantity) -> tuple[int, int]:
        """Tokens between the previous and the next quantity (the number's own stretch)."""
        found = self._stretches.get((q.i, q.j))
        if found is None:  # asked by most readers of a figure: found once
            found = self._stretches[(q.i, q.j)] = self._neighbours(q)
        return found

    def _neighbours(self, q: Quantity) -> tuple[int, int]:
        if "stretches" not in self.memo:  # quantities are in order and do not overlap
            figures = [x for x in self.quantities if x.form != "year"]
            self.memo["stretches"] = ([x.j for x in figures], [x.i for x in figures])
        ends, starts = self.memo["stretches"]
        at = bisect.bisect_right(ends, q.i)
        lo = ends[at - 1] if at else 0
        at = bisect.bisect_left(starts, q.j)
        hi = starts[at] if at < len(starts) else len(self.lows)
        c_lo, c_hi = self.clause(q)
        return max(lo, c_lo), min(hi, c_hi)

    def quote_at(self, offset: int) -> Quote | None:
        for quote in self.quotes:
            if quote.start <= offset < quote.end:
                return quote
        return None


def new_claim(ctx: Context, q: Quantity, kind: str, value: float, unit: str, **extra) -> Claim:
    tokens = ctx.tokens
    start, end = tokens[q.i].start, tokens[min(q.j, len(tokens)) - 1].end
    quote = ctx.quote_at(start)
    claim = Claim(
        kind=kind,
        value=value,
        unit=unit,
        text=ctx.sentence.text[start - ctx.sentence.start : end - ctx.sentence.start],
        sentence=ctx.sentence.index,
        start=start,
        end=end,
        high=q.high,
        hedge=q.hedge,
        precision=q.precision,
        currency=q.currency,
        in_quote=quote is not None,
        speaker=quote.speaker if quote else None,
        **extra,
    )
    if _earlier_estimate(ctx, q):
        claim.earlier_edition = True
    source, text = source_for(ctx, q)
    if claim.source == "NATO":
        claim.source, claim.source_text = source, text
    _note_nearby(ctx, claim, q)
    claim.named_edition = _named_edition(ctx, q)
    ctx.claims.append(claim)
    return claim


def _earlier_estimate(ctx: Context, q: Quantity) -> bool:
    """Do the words within six tokens of the figure say it is an earlier estimate?"""
    if "earlier_words" not in ctx.memo:  # where they are, found once per sentence
        text = " ".join(ctx.lows)
        spans = []
        for words in _EARLIER:
            at = text.find(words)
            while at != -1:
                spans.append((at, at + len(words)))
                at = text.find(words, at + 1)
        ctx.memo["earlier_words"] = (text, spans, "in february" in text)
    text, spans, february = ctx.memo["earlier_words"]
    if not spans and not february:
        return False
    c_lo, _c_hi = ctx.clause(q)
    # six words before, or ten within the figure's clause ("the previous estimate for
    # Canada's 2024 spending was 1.37%")
    lo, hi = min(max(0, q.i - 6), max(c_lo, q.i - 10)), min(q.j + 6, len(ctx.lows))
    near = " ".join(ctx.lows[lo:hi])
    if february and _FEBRUARY.search(near):
        return True
    # the window's text is a stretch of the sentence's: where the window starts in it
    start = sum(len(w) + 1 for w in ctx.lows[:lo])
    return any(start <= a and b <= start + len(near) for a, b in spans)


def _named_edition(ctx: Context, q: Quantity) -> int | None:
    """The year of a release the sentence names: 'NATO's 2024 report', 'the estimate NATO
    published in June 2024', '... in 2024, according to the estimate published that June'."""
    lows = ctx.lows
    if "revised_at" not in ctx.memo:  # positions found once per sentence, not per figure
        ctx.memo["revised_at"] = [k for k, w in enumerate(lows) if w in _REVISED]
        ctx.memo["published_that"] = [
            k for k, w in enumerate(lows) if w in ("published", "released")
            and lows[k + 1 : k + 2] == ["that"]
        ]  # fmt: skip
    revised_at = ctx.memo["revised_at"]

    def revised_since(k: int) -> bool:  # "revised", "since", "now" or "latest" in lows[k:q.i]
        at = bisect.bisect_left(revised_at, k)
        return at < len(revised_at) and revised_at[at] < q.i

    for k in ctx.memo["published_that"]:
        if revised_since(k):
            continue  # "..., has since been revised down to 1.7%": the figure of today
        years = [t.year for t in ctx.times if t.kind == "year" and t.i < k and t.year]
        if years:
            return years[-1]
    for t in ctx.times:
        if revised_since(t.i):
            continue
        if t.role == "edition":
            return t.year
        if t.role == "date" and any(w in ("published", "released", "issued")
                                    for w in ctx.lows[max(0, t.i - 4) : t.i]):  # fmt: skip
            return t.year
    return None


_REVISED = frozenset({"revised", "since", "now", "latest"})
_ALLY_NOUNS = patterns.word_set("ally_nouns")
_NAMED = ("ally", "group", "demonym", "capital")
_SPENDING = patterns.word_set("spending_verbs")
_COMMITMENT_NOUNS = patterns.word_set("commitment_nouns")


def _note_nearby(ctx: Context, claim: Claim, q: Quantity) -> None:
    """The other readings the words around a figure allow (see Claim.nearby_subjects)."""
    if "nearby" not in ctx.memo:
        spans = [(s.i, s.j) for s in ctx.sources]  # "NATO data show" names no subject
        named = [m for m in ctx.mentions if m.kind in _NAMED
                 and not any(i <= m.i < j for i, j in spans)]  # fmt: skip
        codes = [m.code for m in named] + ([ctx.carry] if ctx.carry else []) + list(ctx.carry_all)
        codes = list(dict.fromkeys(c for code in codes for c in code.split(",")))
        years = sorted({t.year for t in ctx.times if t.year is not None})
        ctx.memo["nearby"] = (named, codes, years)
    named, codes, years = ctx.memo["nearby"]
    lo, hi = ctx.neighbours(q)
    own = {m.code for m in named if lo <= m.i < hi and not m.is_object}
    claim.nearby_subjects, claim.own_subjects = codes, sorted(own)
    claim.nearby_years = years
    noun = not _COMMITMENT_NOUNS.isdisjoint(ctx.lows[q.j : q.j + 3]) or (
        q.i > 1 and ctx.lows[q.i - 1] in ("of", "is", "was", "at")
        and ctx.lows[q.i - 2] in _COMMITMENT_NOUNS
    )  # "the target of 2%", "NATO's threshold is 2%"  # fmt: skip
    claim.policy_words = bool(noun) or (not own and ctx.has("cues", "policy"))
    claim.spent = not _SPENDING.isdisjoint(ctx.lows[max(lo, q.i - 5) : q.i])


def set_subject(claim: Claim, code: str | None) -> None:
    claim.subject_code = code
    if code is not None and regions.is_region(code):
        claim.subject = f"{regions.resolve(code).name} (SIPRI)"
    elif code is not None and "+" in code:  # allies added up: "Britain and France together"
        claim.subject = " + ".join(name_of(c) for c in code.split("+"))
    else:
        claim.subject = GROUP_NAMES.get(code) or (name_of(code) if code else None)


def source_for(ctx: Context, q: Quantity) -> tuple[str, str]:
    """Whose figure the text presents: the source named in the number's clause, else NATO."""
    lo, hi = ctx.clause(q)
    near = [s for s in ctx.sources if lo <= s.i < hi]
    if not near:
        kinds = {s.source for s in ctx.sources}
        near = ctx.sources if len(kinds) == 1 else []
    if not near:
        return ctx.carry_source or ("NATO", "")
    cited = [s for s in near if ctx.lows[s.i - 1 : s.i] in (["citing"], ["quoting"])
             or ctx.lows[max(0, s.i - 2) : s.i] == ["based", "on"]]  # fmt: skip
    if cited:  # "the ministry said, citing NATO's estimate": NATO's figure, passed on
        return cited[0].source, cited[0].text
    best = min(near, key=lambda s: abs(s.i - q.i))
    return best.source, best.text


def speaker_country(quote: Quote | None) -> str | None:
    """The ally a quoted speaker speaks for, from their role ("Polish MP", "Senator")."""
    if quote is None:
        return None
    subjects = patterns.load()["subjects"]
    surname = (quote.speaker or "").split()[-1:]
    if surname and surname[0].lower() in subjects["people"]:  # "Trump said", "said Macron"
        return subjects["people"][surname[0].lower()]
    for word in quote.role_tokens:
        if word in subjects["demonyms"]:
            return subjects["demonyms"][word]
        if word in subjects["institutions"]:
            return subjects["institutions"][word]
        if word.endswith("'s") and (code := ctxmod.ally_named(word[:-2])):
            return code  # "Spain's defence minister"
    role = " ".join(quote.role_tokens)
    for phrase, code in subjects["institutions"].items():
        if " " in phrase and phrase in role:
            return code
    return None


def relative_subject(ctx: Context, q: Quantity) -> list[str]:
    """'..., behind the United States, which tops the list with 1.3 million personnel': the
    ally a relative clause holding the figure is about."""
    lows = ctx.lows
    if "figure_ends" not in ctx.memo:  # once per sentence, not once per figure and word
        ctx.memo["figure_ends"] = {x.j for x in ctx.quantities}
    ends = ctx.memo["figure_ends"]
    for k in range(q.i - 1, max(0, q.i - 12), -1):
        if lows[k] in (".", ";", "(") or k + 1 in ends:
            return []
        if lows[k] in ("which", "who") and lows[k - 1] == ",":
            ally = next((m for m in ctx.mentions if m.j == k - 1 and m.kind in _NAMED), None)
            return [ally.code] if ally is not None and ally.code != "FOREIGN" else []
    return []


_PLURAL_ALLIES = frozenset({"allies", "countries", "nations", "members", "states"})


def subjects_for(ctx: Context, q: Quantity, allow_after: bool = True) -> tuple[list[str], str]:
    """The allies or groups a figure is about, and a doubt when that is unclear.

    Order of preference: a possessive right before the figure ("Germany's $73 billion"),
    "in/for <ally>" right after it, then the nearest ally or group before it that is not
    the object of a comparison; "we" in a quotation is the speaker's country, "it" the
    nearest ally before or the previous sentence's subject. Coordinated subjects ("North
    Macedonia and Montenegro both") each get the claim.
    """
    before = [m for m in ctx.mentions if m.j <= q.i]
    if (
        before
        and before[-1].possessive
        and before[-1].j >= q.i - 1
        and before[-1].code not in ("WE", "IT")
    ):
        return [before[-1].code], ""
    if allow_after:
        k = q.j
        for m in ctx.mentions:  # "3% of Greek GDP", "2.1% of the Spanish economy"
            if (m.kind == "demonym" and ctx.lows[k : k + 1] == ["of"] and m.i in (k + 1, k + 2)
                    and ctx.lows[m.j : m.j + 1] in (["gdp"], ["economy"], ["output"])):  # fmt: skip
                return [m.code], ""
        if k + 2 < len(ctx.lows) and ctx.lows[k] == "of" and ctx.lows[k + 1] in ("gdp", "its"):
            k += 2 if ctx.lows[k + 1] == "gdp" else 3
        if ctx.lows[k : k + 2] == ["of", "it"]:
            k += 2  # "$968 billion of it from the United States"
        if ctx.lows[k : k + 2] == [",", "or"] and "," in ctx.lows[k + 2 : k + 7]:
            k = ctx.lows.index(",", k + 2) + 1  # "$997 billion, or 66%, for the United States"
        for _ in range(4):  # "1.5% of GDP went to defence in each of ..."
            if k < len(ctx.lows) and ctx.lows[k] in ("went", "goes", "going", "go", "to", "on",
                                                     "into", "defence", "defense", "military"):  # fmt: skip
                k += 1
        if k < len(ctx.lows) and ctx.lows[k] in ("spent", "paid", "invested", "budgeted",
                                                 "contributed", "provided", "supplied"):  # fmt: skip
            k += 1
        if ctx.lows[k : k + 3] == ["in", "each", "of"]:  # "1.5% in each of Canada and Italy"
            run = [m for m in ctx.mentions if m.i >= k + 3 and m.kind == "ally"]
            codes, last = [], k + 3
            for m in run:
                if codes and not all(w in (",", "and") for w in ctx.lows[last : m.i]):
                    break
                codes.append(m.code)
                last = m.j
            if codes:
                return codes, ""
        if k < len(ctx.lows) and ctx.lows[k] in ("in", "for", "by", "of", "from"):
            for m in ctx.mentions:  # "54% in Poland", "a third of the UK's defence budget"
                if (
                    m.i in (k + 1, k + 2)
                    and m.kind in ("ally", "group", "demonym")
                    and (ctx.lows[k] != "of" or m.possessive)
                ):
                    return [m.code], ""
        lo, hi = ctx.clause(q)
        first = lo + (ctx.lows[lo] in ("yet", "but", "and", "still", "so", "now"))
        opening = q.i == first or (q.i - 1 == first and ctx.lows[first] in ("at", "with", "on"))
        if opening and not before:
            after = [m for m in ctx.mentions if m.i >= q.j and m.i < hi and not m.is_object
                     and m.kind in ("ally", "group", "demonym", "capital")]  # fmt: skip
            if after:
                return [after[0].code], ""
    if ctx.lows[q.i - 1 : q.i] in (["against"], ["versus"], ["vs"], ["vs."]) and (
        objects := [m for m in before if m.is_object and m.kind in ("ally", "group")]
    ):  # "Poland outspends France, at 4.12% against 2.06%": the second is the one compared
        return [objects[-1].code], ""
    if (before and before[-1].j == q.i - 1 and ctx.lows[q.i - 1] in ("at", "on", "of", "(")
            and before[-1].code not in ("WE", "IT")):  # fmt: skip
        # "ahead of Lithuania at 4%", "the allied total of $1.47 trillion", "behind Poland
        # (4.12%)": that one's figure
        return [before[-1].code], ""
    relative = relative_subject(ctx, q)
    if relative:  # "behind Poland, which spent 4.12%": the relative clause's own ally
        return relative, ""
    c_lo, _c_hi = ctx.clause(q)
    whole_sentence = before
    before = [m for m in before if m.i >= c_lo]  # "...demanded that Europe do more; allies..."
    asides = _asides(ctx)
    candidates = [m for m in before if not m.is_object and m.kind != "institution"
                  and not any(i < m.i < j <= q.i for i, j in asides)]  # fmt: skip
    if not candidates:  # "the White House says ...": its country's (but not "the White
        # House says allies have failed to spend 2%": the allies are the subject)
        candidates = [m for m in before if m.kind == "institution"
                      and not _ALLY_NOUNS & set(ctx.lows[m.j : q.i])]  # fmt: skip
        if not candidates and any(m.kind == "institution" for m in before):
            return [], "the text speaks of allies in general"
    if not candidates:
        if not _PLURAL_ALLIES.isdisjoint(ctx.lows[c_lo : q.i]):
            # "Together the four Nordic allies spend $40bn": a group it does not name, not the
            # ally the sentence before spoke of
            return [], "the text speaks of a group of allies it does not name"
        if ctx.carry:  # "Poland leads the table. Spending is at 4% of GDP."
            return [ctx.carry], ""
        return [], "the text does not say whose figure this is"
    m = candidates[-1]
    if m.code == "WE":
        quote = ctx.quote_at(ctx.tokens[q.i].start)
        country = speaker_country(quote)
        if country is None:
            return [], "'we' could not be tied to an ally"
        return [country], ""
    if m.code == "IT":
        earlier = [x for x in whole_sentence[: whole_sentence.index(m)] if not x.is_object
                   if x.kind in ("ally", "group", "capital", "demonym", "foreign")]  # fmt: skip
        if earlier:
            return [earlier[-1].code], ""
        if ctx.carry or ctx.carry_far:  # "..., though it still ranked only eighth"
            return [ctx.carry or ctx.carry_far], ""
        return [], "'it' could not be tied to an ally"
    if "," in m.code:  # a group of allies: "the Baltic states"
        return m.code.split(","), ""
    codes = [m.code]
    k = candidates.index(m)
    while k > 0:
        prev = candidates[k - 1]
        between = ctx.lows[prev.j : candidates[k].i]
        if joined(between) and prev.kind == m.kind:
            codes.insert(0, prev.code)
            k -= 1
        else:
            break
    return codes, ""


def _asides(ctx: Context) -> list[tuple[int, int]]:
    """Stretches set off by a pair of dashes or brackets ('The former government – a firm
    backer of Kyiv – had aimed ...'): what is named there is not the subject after them."""
    if "asides" not in ctx.memo:
        spans, opened = [], None
        for k, w in enumerate(ctx.lows):
            if w in ("–", "—", "(") and opened is None:
                opened = k
            elif opened is not None and (w == ")" or (w in ("–", "—") and ctx.lows[opened] != "(")):
                spans.append((opened, k))
                opened = None
        ctx.memo["asides"] = spans
    return ctx.memo["asides"]


def joined(words: list[str], brackets: bool = False) -> bool:
    """Words between two allies of one list: ', ', 'and' ('the'), and with `brackets` a
    figure in brackets too ('Poland (4.48%), Lithuania (4.00%) and Latvia')."""
    return bool(words) and all(
        w in (",", "and", "the")
        or (brackets and (w in ("(", ")", "%", "percent") or w.replace(".", "", 1).isdigit()))
        for w in words
    )


def run_start(ctx: Context, allies: list, last, brackets: bool = False) -> int:
    """The first token of the coordinated run of allies ending with `last`."""
    k = allies.index(last)
    while k > 0 and joined(ctx.lows[allies[k - 1].j : allies[k].i], brackets):
        k -= 1
    return allies[k].i


def run_end(ctx: Context, allies: list, first, brackets: bool = False) -> int:
    """The first token of the last ally in the coordinated run starting with `first`."""
    k = allies.index(first)
    while k + 1 < len(allies) and joined(ctx.lows[allies[k].j : allies[k + 1].i], brackets):
        k += 1
    return allies[k].i
