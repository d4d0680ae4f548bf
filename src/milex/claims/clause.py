"""The sentence being read and what the readers share: the clause `Context`, the claim
constructor (`new_claim`) and the resolvers of a figure's subject, source and speaker.

interpret.py builds a `Context` for each sentence; readings.py and the readers it calls
(counts, measures, rankings) turn its quantities into claims with the functions here.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from milex.claims import context as ctxmod
from milex.claims import patterns, timewords
from milex.claims.extract import Quote, Sentence, Token
from milex.claims.model import Claim
from milex.claims.numbers import Quantity
from milex.claims.years import estimate_time, publisher_after, revised_from
from milex.reference import publications as pubs
from milex.reference import regions
from milex.reference.alliance import name_of

# "EUROPE_AREA": Europe named as a place ("European military spending"), which SIPRI totals
# with Russia, Ukraine and other states outside NATO; "EUROPE": its allies
GROUP_NAMES = {"NATO": "NATO", "NATO_EC": "Europe and Canada", "EU": "EU",
               "EUROPE": "European allies", "EUROPE_AREA": "Europe"}  # fmt: skip
# words saying a figure is an earlier estimate: "the 23 previously estimated" (as text: a
# phrase may hold punctuation, "previously ,")
_EARLIER: tuple[str, ...] = tuple(patterns.load()["time"]["earlier_estimate"])
# one word of each phrase, its longest: a sentence whose text holds none of them holds no phrase
_EARLIER_KEYS: tuple[str, ...] = tuple(sorted({max(p.split() or [p], key=len) for p in _EARLIER}))
# "in February" alone: the preliminary figures NATO gives each February (not "in February 2022")
_FEBRUARY = re.compile(r"\bin february(?! (19|20)\d\d)")


_FEW_MATCHES = 8  # Context.has() and find() scan this many matches, and bisect more
_SHORT = 48  # tokens: Context.word_in() scans a sentence this long, and indexes a longer one
_NO_INDEX: list[int] = []  # (read only)
_NO_MATCHES: list[tuple[int, int, int, object]] = []  # (read only)
_CATALOG = patterns.catalog()


class Context:
    """One sentence with everything matched in it, and the claims read so far.

    (A plain class, not a @dataclass: mypyc compiles this __init__, one call a sentence, where
    a generated one would run interpreted.)"""

    sentence: Sentence
    lows: list[str]
    quantities: list[Quantity]
    times: list[timewords.TimeExpr]
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
    # the one year the header of a list or fact sheet above names ("NATO spending in 2024"
    # over "Meeting 2%: 23")
    header_year: int | None = None
    # the same, when that header is a title with no figure of its own and the line is one of
    # its rows ("Canada – $32.3bn – 1.3%" under "NATO members by military expenditure, 2024"):
    # the year of every figure of the row that names no time
    row_year: int | None = None
    # the one year the header of a list above names, whatever it names besides ("Europe vs
    # Russia, 2024 (SIPRI):" over "Poland: $28bn"): the year of a row that dates nothing
    list_year: int | None = None
    # the year of the section the sentence is in, when a heading line of its own named one
    # ("2014" over "Poland was spending 1.88% of GDP"): the year of its past tense
    section_year: int | None = None
    # the one year the sentence before, in the same paragraph, gave in any role ("The report
    # dates from June 2019."), for a "that year" with no other year to go back to
    prior_year: int | None = None
    # the one year whose figures an earlier sentence of the paragraph said were revised, giving
    # none itself ("NATO's figures for 2024 were revised down."): the year of the paragraph's
    # figures that name no time of their own ("Poland's share ... is now 3.79%")
    revised_year: int | None = None
    # the one year of the figures a sentence before in the paragraph dated ("SIPRI's figures
    # for 2023 put Poland first."), no sentence since naming a time of its own: the year of the
    # paragraph's figures that name none ("Canada (1.25%) sits near the bottom")
    data_year: int | None = None
    # the header above names spending per head ("Defence spending per capita, 2024:"), and
    # the constant prices of its sums ("US$ bn, constant 2015 prices"), if any
    header_per_head: bool = False
    header_prices: int | None = None
    # the header above names a loan or a loan fund ("How the EUR 150bn SAFE pot is shared
    # out:"): the sums of the items under it are loans, no ally's spending
    header_loans: bool = False
    # the constant prices a note earlier in the paragraph, with no figure of its own, gave
    # for the sums ("All amounts are in constant 2015 US dollars.")
    note_prices: int | None = None
    note_per_head: bool = False  # and said they were sums per head ("spending per head, 2024e,
    # in constant 2015 dollars.")
    # the sentence just before in the paragraph, with no figure, named spending per head
    # ("Per head of population, the picture changes." before "NATO's 2024 estimates, in 2015
    # dollars:"): a header right after it heads sums per head
    per_head_before: bool = False
    defence_topic: bool = False  # an earlier sentence of the article spoke of defence spending
    # the article opens on a Canadian dateline ("OTTAWA -"): its '$' is the Canadian dollar
    canadian_dateline: bool = False
    carry_all: tuple[str, ...] = ()  # every ally or group the previous sentence named
    # the countries the sentence before, in the same paragraph, named by name, capital or
    # people, in order, once each ("Ankara spends most in cash, Athens most relative to its
    # economy."): what "the former" and "the latter" point back to
    carry_named: tuple[str, ...] = ()
    # and its coordinated runs of two or more ("Lithuania and Hungary follow.")
    carry_runs: tuple[tuple[str, ...], ...] = ()
    carry_far: str | None = None  # the last subject of an earlier paragraph, for "it" only
    # the ally of the last leader or minister (patterns' subjects.people) the sentence before,
    # in the same paragraph, named: whose country "his own country" is ("President Andrzej
    # Duda wants ... His own country is already at 4.1%")
    carry_person: str | None = None
    # the country outside NATO the sentence before was about ("Russia is at war. SIPRI puts
    # its 2024 burden at 7.1%"), when its subject was one: what "FOREIGN" carried stands for
    carry_foreign: str | None = None
    asked: float | None = None  # the level the question before asked a count of allies at
    asked_below: bool = False  # and it asked who is below that level ("Who falls short?")
    # the sentence is in the turn that answers a question about shares of GDP ("HOST: The US
    # spends what, four percent?" then "GUEST: Three point three eight this year")
    asked_share: bool = False
    # the sentence is in a speaker's turn of a transcript ("GUEST: Norway two point two."),
    # and, when the turn answers the question just before it ("HOST: Denmark?"), where the
    # answer's words begin (an offset in the article's text; -1 for none)
    in_turn: bool = False
    answer_at: int = -1
    # where the words of the speaker's turn the sentence is in begin, when a labelled turn
    # answers a question (an offset in the article's text; -1 for none)
    turn_at: int = -1
    # the ally the turn's speaker speaks for, when known: from the label ("Polish MP:",
    # "MERZ:"), else the parliament the transcript is set in ("Question time, Sejm."), else
    # the one ally the question just before asked about ("REPORTER: And Canada?"): whom "we"
    # and "our" mean in the turn
    turn_country: str | None = None
    # the first tokens of the numbers read as shares of GDP only for being said in a turn
    # beside an ally, with no unit (readings._said_bare): their measure is a guess
    bare_shares: list[int]
    # the past year the sentence before in the paragraph spoke of ("A decade ago, Estonia was
    # ..."): the year of a figure in the past tense that names none ("Latvia spent less than 1%")
    past_year: int | None = None
    # the last years the sentences before named: other years a figure with no year of its own
    # may be of ("In 2022 ...¶ Greece was the highest, at 3.88%")
    years_before: tuple[int, ...] = ()
    # the years the sentences before in the same paragraph named, in order ("In 2014 three
    # allies met it; now seven do. Romania went from 1.35% to 2.04%": 2014 is where it went
    # from)
    paragraph_years: tuple[int, ...] = ()
    # the sentence before in the paragraph spoke of equipment's share of defence spending: a
    # share too large for GDP is that one ("Belgium fails it, at 14.54%")
    carry_equipment: bool = False
    # the sentence before in the paragraph gave a figure of another field ("Eleven countries ran
    # deficits above 3%."): what an ally's possessive with its noun left out measures next
    # ("Poland's topped 5%")
    carry_other_field: bool = False
    # the line itself or a line beside it (the item before or after in a digest) names an
    # indicator of the economy ("deficit seen at 5.4%", "inflation 3.1%"): what a bare "growth
    # 0.5%" there measures
    economy_beside: bool = False
    # the subject before the sentence before, when that sentence only ranked a new ally beside it
    # ("Bulgaria spends 2.18%. Poland has the highest share. Of the total, 31.89% ...": either)
    carry_rival: str | None = None
    # the sentence before in the paragraph placed a country among the world's ("lifting it to
    # 12th in the world"): a place it gives next with no table named is in the same table
    carry_world_rank: bool = False
    # the one base year of the real changes the sentence just before, in the same paragraph,
    # gave ("... up 171% since 2014."): the span of a change that names no time of its own
    # next ("Romania's 136% rise is smaller")
    # the two times the figures ending the sentence before, in the same paragraph, compared
    # for one subject ("Poland's share went from 4.25% in 2025 to 4.68% this year."): the
    # form of those figures, the earlier year and the later one, which a change 'from X to Y'
    # naming no time of its own next compares too ("Germany's went from 2.22% to 2.89%.")
    carry_pair: tuple[str, int, int] | None = None
    carry_since: int | None = None
    # the one 'since' year of the sentence just before, in the same paragraph, when it gave no
    # figure ("The biggest climbers since 2014 sit on the eastern flank."): the start of a
    # change 'from X to Y' next that names no time of its own
    carry_topic_since: int | None = None
    # the sentence just before, in the same paragraph, spoke of allies by a noun ("Never have
    # so many allies spent 2%."): what "23 of them" then counts
    carry_ally_noun: bool = False
    carry_since_real: bool = False  # and those changes were said to be real ("in real terms")
    # a sentence before, in the same paragraph, said real terms and gave no figure ("Chart:
    # alliance real growth." then "2025: +5.63%."): the paragraph's changes are real
    real_lead: bool = False
    # the numbers of states the article counted before by a noun, not as the alliance's size
    # ("The clause was activated for 15 states."): what a bare "one of the 15" points back to
    counted_before: frozenset[int] = frozenset()
    # the sentence just before, in the same paragraph, gave real changes and no other share:
    # what a bare percentage too large for a share of GDP is next ("Spain's rise was 43%.
    # Italy managed 25%.")
    carry_change: bool = False
    # SIPRI, when the article named it first and has named no other source since ("The world
    # spent a record $2.7 trillion ..., SIPRI said."): the source of a later paragraph's
    # unattributed figure of a country outside NATO ("China came second with $314 billion")
    article_sipri: bool = False
    # NATO, when the article has named it and no other source so far ("Four things from NATO's
    # new report"): whose total a bare "Total: $1.8tn" line gives
    article_nato: bool = False
    # the one ally whose person the sentence or the one before it speaks to ("was blunt with
    # the Portuguese minister"): whom 'you' in a quotation means
    addressee: str | None = None
    # the ally or group a row line just before named as its label ('Germany: 2.69%'), when
    # this sentence is a line of its own too: a list of rows, each label its figure's owner
    row_owner: str | None = None
    # the ally of the person an interview's answers come from: the interviewee its opening
    # lines name ("Interview with Poland's defence minister"), else the one ally the question
    # right before the answer named ("Is Hungary pulling its weight?"): whom an unattributed
    # answer's 'we' and the interviewer's 'you' stand for
    interviewee: str | None = None
    # the one ally the text named before the sentence, when it named only one (by name,
    # capital or people): whom a writer's 'we' outside quotes speaks for ("The UK has met
    # the target every year. This year we are at 2.33%.")
    sole_ally: str | None = None
    # the currency of the last sum of money the paragraph gave with one ('693 billion dollars'),
    # or its words named ('In dollars the picture is different.'), carried through a follow-up
    # question to its answer: a later sum of the same talk given without one is in it
    carry_currency: str | None = None
    earlier: list[Claim]  # the article's claims before this sentence
    memo: dict  # sentence-wide lookups, computed once
    _clauses: dict  # token -> (start, end) of its clause
    _has: dict  # phrase list -> (its Phrases, its matches in the sentence)
    _has_of: dict  # the same for a list built elsewhere (policy's tables), by the list itself
    _present: int  # the catalog's lists that may be in the sentence (patterns.Catalog), or -1
    _stretches: dict  # (i, j) of a figure -> neighbours()
    consumed: set[int]
    thresholds: set[int]  # figures used up as a count's threshold
    claims: list[Claim]

    def __init__(
        self,
        sentence: Sentence,
        lows: list[str],
        quantities: list[Quantity],
        times: list[timewords.TimeExpr],
        mentions: list[ctxmod.Mention],
        sources: list[ctxmod.SourceMention],
        quotes: list[Quote],
        today: date,
        carry: str | None,
    ) -> None:
        self.sentence = sentence
        self.lows = lows
        self.quantities = quantities
        self.times = times
        self.mentions = mentions
        self.sources = sources
        self.quotes = quotes
        self.today = today
        self.carry = carry
        self.earlier = []
        self.memo = {}
        self._clauses = {}
        self._has = {}
        self._has_of = {}
        self._present = -1
        self._stretches = {}
        self.consumed = set()
        self.thresholds = set()
        self.claims = []
        self.bare_shares = []

    @property
    def tokens(self) -> list[Token]:
        return self.sentence.tokens

    def claims_of(self, index: int) -> list[Claim]:
        """The article's claims from an earlier sentence, by its index: looked for from the end
        of `earlier` (which holds them in the order of their sentences), so that a sentence
        costs the same however long the article before it."""
        earlier = self.earlier
        end = len(earlier)
        while end > 0 and earlier[end - 1].sentence > index:
            end -= 1
        start = end
        while start > 0 and earlier[start - 1].sentence == index:
            start -= 1
        return earlier[start:end]

    def _matches(self, key: tuple[str, ...]) -> tuple[patterns.Phrases, list, list, list]:
        """A phrase list, where its phrases are in the sentence and their index
        (patterns.index), found once a sentence."""
        found = self._has.get(key)
        if found is None:
            listed = _CATALOG.lists.get(key)
            if listed is None:  # (a list outside the catalog)
                phrases = patterns.phrases(*key)
                matches = phrases.matches(self.lows)
            else:
                if self._present < 0:  # the catalog's lists tried at once, once a sentence
                    self._present = _CATALOG.present(self.lows)
                bit, phrases = listed
                matches = phrases.scan(self.lows) if self._present & bit else _NO_MATCHES
            # (indexed only when many: a scan of a few is cheaper than their index)
            starts, least = (patterns.index(matches) if len(matches) > _FEW_MATCHES
                             else (_NO_INDEX, _NO_INDEX))  # fmt: skip
            found = self._has[key] = (phrases, matches, starts, least)
        return found

    def _matches_of(self, phrases: patterns.Phrases) -> tuple[patterns.Phrases, list, list, list]:
        """_matches() of a phrase list that is no list of the vocabulary's (policy's tables)."""
        found = self._has_of.get(phrases)
        if found is None:
            matches = phrases.matches(self.lows)
            starts, least = (patterns.index(matches) if len(matches) > _FEW_MATCHES
                             else (_NO_INDEX, _NO_INDEX))  # fmt: skip
            found = self._has_of[phrases] = (phrases, matches, starts, least)
        return found

    def has(self, *key: str, lo: int = 0, hi: int | None = None) -> bool:
        return self._any(self._matches(key), lo, hi)

    def has_of(self, phrases: patterns.Phrases, lo: int = 0, hi: int | None = None) -> bool:
        """has() of a phrase list built elsewhere: phrases.any_in(self.lows, lo, hi)."""
        return self._any(self._matches_of(phrases), lo, hi)

    def _any(self, matched: tuple[patterns.Phrases, list, list, list], lo: int,
             hi: int | None) -> bool:  # fmt: skip
        _phrases, found, starts, least = matched
        if not found:  # (most lists are not in most sentences)
            return False
        hi = len(self.lows) if hi is None else hi
        if len(found) <= _FEW_MATCHES:
            return patterns.any_within(found, lo, hi)
        return patterns.any_within_indexed(starts, least, lo, hi)

    def find(self, *key: str, lo: int = 0, hi: int | None = None):
        return self._all(self._matches(key), lo, hi)

    def find_of(self, phrases: patterns.Phrases, lo: int = 0, hi: int | None = None):
        """find() of a phrase list built elsewhere: phrases.find_all(self.lows, lo, hi)."""
        return self._all(self._matches_of(phrases), lo, hi)

    def _all(self, matched: tuple[patterns.Phrases, list, list, list], lo: int,
             hi: int | None) -> list:  # fmt: skip
        phrases, found, starts, _least = matched
        if not found:  # (most lists are not in most sentences)
            return []
        if lo < 0:  # (a stretch from before the sentence's start: as find_all() reads it)
            return phrases.find_all(self.lows, lo, hi)
        hi = len(self.lows) if hi is None else hi
        if len(found) <= _FEW_MATCHES:
            return patterns.all_within(found, lo, hi)
        return patterns.all_within_indexed(found, starts, lo, hi)

    def word_in(self, words: frozenset[str], lo: int, hi: int) -> bool:
        """Is one of `words` in lows[lo:hi] (for 0 <= lo, hi)? Answered from where they are
        in the sentence, found once: a long sentence asks it for each of its many figures."""
        if len(self.lows) <= _SHORT:  # (a scan of a short sentence is cheaper than an index)
            return not words.isdisjoint(self.lows[lo:hi])
        at = self._word_index(words)
        k = bisect.bisect_left(at, lo)
        return k < len(at) and at[k] < hi

    def words_at(self, words: frozenset[str], lo: int, hi: int) -> list[int]:
        """Where one of `words` is in lows[lo:hi] (for 0 <= lo, hi <= len(lows)), in order:
        from where they are in the sentence, found once, as word_in()."""
        if len(self.lows) <= _SHORT:
            return [k for k, w in enumerate(self.lows[lo : max(lo, hi)], lo) if w in words]
        at = self._word_index(words)
        return at[bisect.bisect_left(at, lo) : bisect.bisect_left(at, hi)]

    def first_word_at(self, words: frozenset[str], lo: int, hi: int) -> int | None:
        """The first place of one of `words` in lows[lo:hi] (see words_at), or None."""
        found = self.words_at(words, lo, hi)
        return found[0] if found else None

    def _word_index(self, words: frozenset[str]) -> list[int]:
        at = self.memo.get(words)  # (a set of words -> where they are in the sentence)
        if at is None:
            at = self.memo[words] = [k for k, w in enumerate(self.lows) if w in words]
        return at

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

    def quantity_after(self, k: int) -> Quantity | None:
        """The first of the sentence's quantities starting at token k or after it."""
        starts, _ends = self._quantity_bounds()
        at = bisect.bisect_left(starts, k)
        return self.quantities[at] if at < len(starts) else None

    def quantity_before(self, k: int) -> Quantity | None:
        """The last of the sentence's quantities ending at token k or before it."""
        _starts, ends = self._quantity_bounds()
        at = bisect.bisect_right(ends, k)
        return self.quantities[at - 1] if at else None

    def _quantity_bounds(self) -> tuple[list[int], list[int]]:
        if "quantity_bounds" not in self.memo:  # quantities are in order and do not overlap
            self.memo["quantity_bounds"] = (
                [x.i for x in self.quantities], [x.j for x in self.quantities])  # fmt: skip
        return self.memo["quantity_bounds"]

    def quote_at(self, offset: int) -> Quote | None:
        for quote in self.quotes:
            if quote.start <= offset < quote.end:
                return quote
        return None


# Context.memo's key, with a figure's first token, for how its subject was guessed rather than
# read (subjects.py): the claims of that figure carry it (Claim.subject_guess)
SUBJECT_GUESS: str = "subject_guess"


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
    )
    # the reader's own fields (year, measure, ...) set after: Claim(**extra) would be a
    # generic call of the compiled __init__, its keywords matched by name one by one
    for name, given in extra.items():
        setattr(claim, name, given)
    guess = ctx.memo.get((SUBJECT_GUESS, q.i))
    if guess is not None:
        claim.subject_guess = str(guess)
    source, text = source_for(ctx, q)
    if claim.source == "NATO":
        claim.source, claim.source_text = source, text
    if claim.source == "NATO" and not claim.source_text:
        # a government's own figure ("officials in Rome say ... 1.6%"), on its own definition
        # or forecast: judged on NATO's, but only to support (see verify)
        claim.other_body = _national_voice(ctx, ctx.clause(q)[0], q.i)
    if claim.hedge in ("more_than", "less_than") and source_inside(ctx, q) is not None:
        claim.hedge = None  # "well above NATO's 2.09%": NATO's own figure, the comparison
        # says where the sentence's other figure stands against it
    if claim.hedge in ("more_than", "less_than") and publisher_after(ctx, q):
        claim.hedge = None  # "lower than the 4.48% it published a year ago": the figure a body
        # published, the comparison says where the sentence's other figure stands against it
    if claim.hedge in ("more_than", "less_than") and spender_after(ctx, q):
        claim.hedge = None  # "well below the 4.12% Poland spends": Poland's own figure, the
        # comparison says where the sentence's subject stands against it
    dated, older, unheld = _dated_before(ctx, q, claim.source)
    if unheld is not None:  # "against the 1.23% it published a year earlier", in June 2019
        claim.doubts.append(f"the text gives the figure as {claim.source}'s estimate published in "
                            f"{unheld}, a release milex does not hold")  # fmt: skip
    worded = (earlier_estimate(ctx, q) or _replaced(ctx, q) or _said_at_the_time(ctx, q)
              or _superseded(ctx, q))  # fmt: skip
    # the start of a revision ("revised to 3.79% from the 4.21% ..."): an earlier release's,
    # which a time dating its release names outright ("... NATO published last year")
    revision = revised_from(ctx, q) is not None
    if worded or dated or revision:
        claim.earlier_edition = True
        unhedge_compared(ctx, q, claim)
    if claim.hedge is not None and revised_up_to(ctx.lows, q):
        claim.hedge = None  # "revised up to 1.78%": the way of a revision, not a ceiling
    _note_nearby(ctx, claim, q)
    claim.named_edition = _named_edition(ctx, q, kind == "count_meeting")
    released = _published_last_month(ctx, q)
    if released is not None:  # "NATO's figure, published last June": that month's release
        claim.named_edition, claim.named_month = released
    elif claim.named_edition is not None:  # "NATO's June 2024 estimates": that month's too
        claim.named_month = _month_named(ctx, claim.named_edition)
    if claim.named_edition is not None and dated and not worded:
        # "the 4.12% NATO published last year": the time that dates it names its edition,
        # not one before that edition
        claim.earlier_edition = False
    if older is not None and claim.named_edition is None:
        # "Two years ago NATO put Finland's 2024 spending at 2.41%": that year's edition, not
        # the one before the edition of the day
        claim.named_edition, claim.earlier_edition = older, False
    lo, hi = ctx.clause(q)
    claim.core_named = any(lo <= k < hi for k in _core_named_at(ctx))
    if kind == "spending_amount":
        claim.budget_line = _budget_line(ctx, q) or _planned_from(ctx, q)
    ctx.claims.append(claim)
    return claim


# how many words may stand between an amount and the name of a budget line before it ("the
# regular defence budget for this year stands at") or after it ("out of the regular budget"),
# and a fund's ("the special fund of", "from the special fund"): the amount is that line's
_LINE_BEFORE, _LINE_AFTER = 6, 3
_FUND_BEFORE, _FUND_AFTER = 2, 3
_ATTRIBUTED_AFTER = 5  # "EUR 90.6 billion, on NATO's definition": words after the amount


def _budget_line(ctx: Context, q: Quantity) -> bool:
    """Do the words beside an amount name a national budget line ("Germany's regular defence
    budget is EUR 51.95 billion", "EUR 62 billion out of the core budget") or a fund ("EUR
    19.8 billion from the special fund"), however precise the amount, and not say that the
    amount is NATO's ("the core budget with the special fund comes to a NATO-reported EUR
    90.6 billion", "EUR 90.6 billion on NATO's definition")?"""
    lo, hi = ctx.neighbours(q)
    start = q.i  # where the nearest name before the amount starts
    found = False
    for key, before, after in (("budget_line", _LINE_BEFORE, _LINE_AFTER),
                               ("budget_fund", _FUND_BEFORE, _FUND_AFTER)):  # fmt: skip
        for i, j, _ in ctx.find("cues", key, lo=max(lo, q.i - before - 4), hi=q.i):
            if q.i - j <= before:
                found, start = True, min(start, i)
        if any(i - q.j <= after for i, _, _ in ctx.find("cues", key, lo=q.j, hi=hi)):
            found = True
    if not found:
        return False
    end = min(hi, q.j + _ATTRIBUTED_AFTER)
    c_lo, c_hi = ctx.clause(q)
    # NATO's between the name and the amount (and just before the name: "NATO counts the
    # special fund"), right after the amount, or a saying of NATO's that holds the whole
    # clause ("the Bundeswehr's budget reaches EUR 90.6 billion, NATO's tables show")
    return not any(s.source == "NATO" and (start - 1 <= s.j and s.i < q.i or q.j <= s.i < end
                                           or c_lo <= s.i < c_hi and _says(ctx, s))
                   for s in ctx.sources)  # fmt: skip


_NOW_WORDS: frozenset[str] = patterns.word_set("plan_base_now")


def _planned_from(ctx: Context, q: Quantity) -> bool:
    """'would lift defence spending to EUR 6 billion by 2029 from the current EUR 4.186
    billion': the level a government's plan starts from, in the ally's own money after the
    planned sum in its clause, is that government's budget, not NATO's figure (unless the
    clause names NATO)."""
    lows = ctx.lows
    if q.currency in (None, "USD") or q.i < 3 or lows[q.i - 1] not in _NOW_WORDS:
        return False
    if lows[q.i - 3 : q.i - 1] not in (["from", "the"], ["from", "its"], ["from", "their"]):
        return False
    lo, hi = ctx.clause(q)
    planned = any(x.form == "money" and lo <= x.i and x.j <= q.i - 3 for x in ctx.quantities)
    return planned and not any(s.source == "NATO" and lo <= s.i < hi for s in ctx.sources)


_SOURCE_VERBS = patterns.word_set("source_verbs")


def _says(ctx: Context, s: ctxmod.SourceMention) -> bool:
    """Is the mention of a source a saying that holds its clause ("according to NATO", "NATO
    says", "NATO's tables show"), not a word of one figure's phrase ("NATO-reported
    spending")?"""
    words = s.text.split()
    after = ctx.lows[s.j] if s.j < len(ctx.lows) else ""
    return words[0] in _SOURCE_VERBS or words[-1] in _SOURCE_VERBS or after in _SOURCE_VERBS


# "core defence", "core spending", "the core series": the 2026 edition's measure
_CORE_NEXT: frozenset[str] = patterns.as_set("time", "core_release_nouns")
# "the new report", "the latest tables": the release of the day, whatever its measure
_NEWEST: frozenset[str] = patterns.as_set("time", "newest_words")
_NEWEST_NEXT: frozenset[str] = patterns.as_set("time", "newest_release_nouns")


def _core_named_at(ctx: Context) -> list[int]:
    """Where the sentence says "core defence" (or "core spending", "the core series", ...) or
    names the newest release ("the new report", "the latest tables"), found once a sentence:
    a figure of the older definition is then no excuse for a disagreement."""
    found = ctx.memo.get("core_at")
    if found is None:
        lows = ctx.lows
        found = ctx.memo["core_at"] = []
        if "core" in lows or not _NEWEST.isdisjoint(lows):  # (most sentences hold neither)
            found = ctx.memo["core_at"] = [
                k for k, w in enumerate(lows[:-1])
                if (w == "core" and lows[k + 1] in _CORE_NEXT)
                or (w in _NEWEST and lows[k + 1] in _NEWEST_NEXT)
            ]  # fmt: skip
    return found


def _said_at_the_time(ctx: Context, q: Quantity) -> bool:
    """Is the figure's clause, or the attribution closing its sentence after it, dated to when
    a body said it ('31 of the 32 met the mark, the alliance claimed at the time', 'NATO said
    back then'): the figure as an earlier release gave it, not as the day's does? Not past
    another figure of its form ('17 allies met 2%, ..., not the 23 announced at the time': the
    23's), other than the whole of a count ('31 of the 32')."""
    return any(
        t.kind == "that"
        and t.role == "date"
        and t.i >= q.j
        and not any(
            q.j <= x.i < t.i and x.form == q.form and not _a_total(ctx.lows, x.i)
            for x in ctx.quantities
        )  # fmt: skip
        for t in ctx.times
    )


def _a_total(lows: list[str], k: int) -> bool:
    """Is the number at k the whole a count is of ('31 of the 32', '23 of 32')?"""
    return lows[k - 1 : k] == ["of"] or lows[max(0, k - 2) : k] == ["of", "the"]


def earlier_estimate(ctx: Context, q: Quantity) -> bool:
    """Do the words within six tokens of the figure say it is an earlier estimate, or does
    the sentence open on the writer's earlier work ('In an earlier paper (2019) we noted
    ...'), whose figures are those published then?"""
    if _earlier_work_opens(ctx.lows):
        return True
    if "earlier_words" not in ctx.memo:  # where they are, found once per sentence
        text = " ".join(ctx.lows)
        spans = []
        if any(key in text for key in _EARLIER_KEYS):  # (most sentences hold none of them)
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
    starts = _token_starts(ctx)
    start, at = starts[lo], starts[q.i]  # (and where the figure starts)
    end = start + len(near)
    # words after the figure and another one speak of that one ("revised down to 2.74% from
    # the 3.08% previously estimated": the 3.08% is the earlier estimate, not the 2.74%)
    return any(start <= a and b <= end and not (
        a >= at and _dates_another(ctx, q, bisect.bisect_right(starts, a) - 1))
        for a, b in spans)  # fmt: skip


def _token_starts(ctx: Context) -> list[int]:
    """Where each word starts in the sentence's words joined by spaces, found once."""
    if "token_starts" not in ctx.memo:
        starts, at = [], 0
        for w in ctx.lows:
            starts.append(at)
            at += len(w) + 1
        ctx.memo["token_starts"] = starts
    return ctx.memo["token_starts"]


_REPLACED_REACH = 7  # tokens after a figure where the words saying it was replaced may start
_REPLACING_REACH = 5  # tokens after those words where the figure replacing it may start


def _replaced(ctx: Context, q: Quantity) -> bool:
    """Is the figure one that words after it say was replaced by a later one ('Poland's 4.12%
    estimate for 2024 has since been cut to 3.79%', 'the 2.12% was later revised to 2.00%')?
    Then it is an earlier estimate."""
    _lo, hi = ctx.clause(q)
    found = ctx.find("time", "replaced_after", lo=q.j, hi=min(hi, q.j + _REPLACED_REACH))
    if not found:
        return False
    _start, end, _ = found[0]
    figures = [x for x in ctx.quantities if x.form == q.form and x.i >= q.j]
    return bool(figures) and figures[0].i >= end and figures[0].i - end <= _REPLACING_REACH


# "the 2.71% it had estimated", "which NATO had on 2.00%": a past perfect of estimating
_SUPERSEDED: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split()) for p in patterns.load()["time"]["superseded_when_set_against"]
)
# "compared with 2.41% before", "having said 2.01% before": a word closing the figure's clause
_SUPERSEDED_AFTER: frozenset[str] = patterns.as_set("time", "superseded_after")
# "now", "new", "revised": the sentence sets a newer figure against the earlier one
_SUPERSEDING: frozenset[str] = patterns.as_set("time", "superseding_words")
_CLAUSE_ENDS: frozenset[str] = frozenset({",", ".", ";", ":", ")", "—", "–", "and", "but"})
_SUPERSEDED_REACH: int = 6  # tokens between the words of a past perfect and the figure
_ESTIMATE_VERBS: frozenset[str] = (
    patterns.word_set("estimating_verbs") | patterns.word_set("saying_verbs_past")
    | frozenset({"published", "released", "issued", "reported"})
)  # fmt: skip


def _superseded(ctx: Context, q: Quantity) -> bool:
    """Is the figure, set against another of its form in a sentence that says a newer one
    holds now ('now', 'new', 'revised'), the one an earlier release gave: dated by a past perfect of estimating near it with no other figure between
    ('rather than the 2.71% it had estimated', 'which NATO had on 2.00% in 2024, is now
    estimated at 1.96%'), closed by 'before' ('2.40% now compared with 2.41% before'), or
    dated to a month, after 'last', before the release of the day ('the 1.37 per cent NATO
    estimated last June', in September 2025, the edition of August 2025 being the day's)?"""
    others = [x for x in ctx.quantities if x is not q and x.form == q.form]
    lows = ctx.lows
    if not others or _SUPERSEDING.isdisjoint(lows):
        return False  # (not "SIPRI has 4.2%; NATO had estimated 4.1%": no newer figure, only
        # another body's)
    lo, hi = ctx.clause(q)
    if _closed_by_before(lows, q, hi):
        return True
    for k in range(max(lo, q.i - _SUPERSEDED_REACH), min(hi, q.j + _SUPERSEDED_REACH)):
        if lows[k] != "had" and lows[k] != "last":
            continue
        if any(min(k, q.j) <= x.i < max(k, q.i) for x in others):
            continue  # ("had estimated 2.1%, now puts it at 2.0%": the 2.1%'s)
        if lows[k] == "had" and any(tuple(lows[k : k + len(p)]) == p for p in _SUPERSEDED):
            return True
        if lows[k] == "last" and k > q.j and _month_before_release(ctx, k, q):
            return True
    return False


def _closed_by_before(lows: list[str], q: Quantity, hi: int) -> bool:
    """Does a word like 'before' close the figure's clause right after it ('2.41% before.',
    '2.01% of GDP previously,')? Not 'the year before', 'before the summit'."""
    k = q.j + (2 if lows[q.j : q.j + 2] == ["of", "gdp"] else 0)
    if k >= len(lows) or lows[k] not in _SUPERSEDED_AFTER:
        return False
    return k + 1 >= len(lows) or k + 1 >= hi or lows[k + 1] in _CLAUSE_ENDS


def _month_before_release(ctx: Context, k: int, q: Quantity) -> bool:
    """Is 'last' at k, after a verb of estimating or publishing, followed by a month whose
    latest occurrence before the date is before the release of the day ('NATO estimated
    last June', in September 2025: June 2025 at the latest, before the August 2025 edition)?"""
    lows = ctx.lows
    if lows[k + 1 : k + 2] == [] or lows[k + 1] not in _MONTH_NUMBERS:
        return False
    if not any(w in _ESTIMATE_VERBS for w in lows[max(q.j, k - 3) : k]):
        return False
    month = _MONTH_NUMBERS[lows[k + 1]]
    year = ctx.today.year if month < ctx.today.month else ctx.today.year - 1
    out = [p.published for p in pubs.publications("NATO")
           if p.published is not None and p.published <= ctx.today]  # fmt: skip
    return bool(out) and (year, month) < (out[-1].year, out[-1].month)


_REVISING_VERBS: frozenset[str] = patterns.word_set("revising_verbs")


def revised_up_to(lows: list[str], q: Quantity) -> bool:
    """Do the figure's words open on 'up to' or 'down to' right after a verb of revising
    ('has been revised up to 1.78%', 'corrected down to 2.0%')?"""
    return (lows[q.i : q.i + 2] in (["up", "to"], ["down", "to"]) and q.i >= 1
            and lows[q.i - 1] in _REVISING_VERBS)  # fmt: skip


def spender_after(ctx: Context, q: Quantity) -> bool:
    """Is the figure, compared with after 'the', the one an ally named right after it spends
    ('below the 4.12% Poland spends', 'above the 2.1% that Germany devotes', 'still below
    the 7.1% SIPRI estimates Russia devoted to its military')?"""
    lows = ctx.lows
    if "the" not in lows[q.i : q.ni]:
        return False
    if spender_named_after(ctx, q) is not None:
        return True
    k = q.j + (lows[q.j : q.j + 1] in (["that"], ["which"]))
    ally = next((m for m in ctx.mentions if m.i == k and m.kind in NAMED), None)
    if ally is None:
        return False
    verb = ally.j + (lows[ally.j : ally.j + 1] in (["now"], ["already"], ["still"]))
    return lows[verb : verb + 1] != [] and lows[verb] in _SPENDING


# what a country or group named right after 'the' and a figure does with it: spends or plans it
_SPENDER_VERBS: frozenset[str] = patterns.word_set("spender_after_verbs")
_SOURCE_SAYS: frozenset[str] = patterns.word_set("source_saying_verbs")  # "SIPRI estimates"


def spender_named_after(ctx: Context, q: Quantity) -> ctxmod.Mention | None:
    """The country or group a figure after 'the' is given to by the clause right after it,
    with no relative word, perhaps through a source and its verb: 'the $149 billion SIPRI says
    Russia spent', 'the 7.1% SIPRI estimates Russia devoted to its military', 'the 2.27%
    NATO's European members and Canada plan this year'; None when no such clause follows."""
    lows = ctx.lows
    if "the" not in lows[max(0, q.i - 1) : q.ni]:  # ("still below the 7.1% SIPRI estimates")
        return None
    k = q.j + 2 if lows[q.j : q.j + 2] == ["of", "gdp"] else q.j
    source = next((x for x in ctx.sources if x.i == k), None)
    if source is not None:
        k = source.j
        if lows[k - 1] not in _SOURCE_SAYS:
            if lows[k : k + 1] == [] or lows[k] not in _SOURCE_SAYS:
                return None
            k += 1
    m = next((m for m in ctx.mentions if m.i == k and not m.possessive
              and m.kind in ("ally", "capital", "group", "foreign")), None)  # fmt: skip
    if m is None or lows[m.j : m.j + 1] == [] or lows[m.j] not in _SPENDER_VERBS:
        return None
    return m


def unhedge_compared(ctx: Context, q: Quantity, claim: Claim) -> None:
    """'3.37%, lower than the 3.43% it estimated a year ago', 'well below the 2.03% estimated
    in 2024': an earlier estimate (or one of a release named right after it) that a new figure
    is compared with is stated as it was, not as a bound."""
    words = ctx.lows[q.i : q.j]
    if (
        (claim.earlier_edition or _edition_right_after(ctx, q) is not None)
        and claim.hedge in ("more_than", "less_than")
        and any(w in _COMPARED and words[k + 1 : k + 2] == ["the"] for k, w in enumerate(words))
    ):
        claim.hedge = None


def _dated_before(ctx: Context, q: Quantity, source: str) -> tuple[bool, int | None, int | None]:
    """Does a time in the figure's clause date an estimate of it (years.estimate_time) to
    before the edition current at the date ("the 2.12% estimated a year earlier", "NATO had
    put Germany's 2024 spending at 2.12% a year ago")? Only to a held edition published that
    year: not "last year" when the edition current at the date came out that year ("NATO
    estimated last year", in March 2025), nor when milex lacks that year's edition. Also
    returns that year when its edition is older than the one before the edition of the day
    ("two years ago"), to be judged on by name; and, third, the year of a release before
    the edition of the day that milex does not hold ("the 1.23% it published a year earlier",
    in June 2019: the 2018 release), else None."""
    t = estimate_time(ctx, q)
    if t is None:
        return False, None, None
    # "a year earlier" than the new figures the text sets it against: a year before the date
    year = (
        t.year
        if t.year is not None
        else ctx.today.year - (1 if t.kind == "previous" else 0) - t.back
    )
    out = [p.published.year for p in pubs.publications(source)
           if p.published is not None and p.published <= ctx.today]  # fmt: skip
    if out and year < out[-1] and year not in out and t.role == "date" and _set_against(ctx, q):
        return False, None, year  # a release before the edition of the day, not held
    # (an estimate of a year whose edition milex lacks is left to the edition of the day)
    if not (out and out[-1] > year and year in out):
        return False, None, None
    # an edition older than the one before the edition of the day: named by its year
    return True, (year if len(out) > 1 and year != out[-2] else None), None


def _set_against(ctx: Context, q: Quantity) -> bool:
    """Does the sentence set another figure of the same form beside this earlier estimate (the
    new one: 'now puts Canada at 1.29%, against the 1.23% it published a year earlier')? A
    lone 'NATO estimated last year' may date loosely; set against a new figure it does not."""
    return any(x is not q and x.form == q.form for x in ctx.quantities)


# "under NATO's old definition", "in the old series": the last edition before the core basis
_OLD_BASIS: tuple[str, ...] = tuple(patterns.as_set("time", "old_basis_phrases"))


_EARLIER_WORK_NOUNS: frozenset[str] = patterns.word_set("earlier_work_nouns")
_EARLIER_WORK_ADJECTIVES: frozenset[str] = patterns.word_set("earlier_work_adjectives")


def _earlier_work_opens(lows: list[str]) -> bool:
    """Does the sentence open on an earlier work ('In an earlier paper', 'In our previous
    study', 'In a prior report')?"""
    if lows[:1] != ["in"]:
        return False
    k = 1 + (lows[1:2] in (["an"], ["a"], ["our"], ["my"], ["the"]))
    return (lows[k : k + 1] != [] and lows[k] in _EARLIER_WORK_ADJECTIVES
            and lows[k + 1 : k + 2] != [] and lows[k + 1] in _EARLIER_WORK_NOUNS)  # fmt: skip


def _named_edition(ctx: Context, q: Quantity, counted: bool = False) -> int | None:
    """The year of a release the sentence names: 'NATO's 2024 report', 'the estimate NATO
    published in June 2024', '... in 2024, according to the estimate published that June'.
    For a count of allies (counted), the level it counts at stands between them as part of
    the count, no other figure ('Nine allies were below 2% in 2024 in last year's report')."""
    lows = ctx.lows
    if "revised_at" not in ctx.memo:  # positions found once per sentence, not per figure
        revised = not _REVISED.isdisjoint(lows)  # (most sentences hold none: tested in C)
        ctx.memo["revised_at"] = [k for k, w in enumerate(lows) if w in _REVISED] if revised else []
        ctx.memo["published_that"] = [] if "that" not in lows else [
            k for k, w in enumerate(lows) if w in ("published", "released")
            and lows[k + 1 : k + 2] == ["that"]
        ]  # fmt: skip
    revised_at = ctx.memo["revised_at"]
    if "old_basis" not in ctx.memo:  # "under NATO's old definition": the last edition before
        text = " ".join(lows)  # the core basis (once a sentence, and the editions only then)
        ctx.memo["old_basis"] = None
        if any(p in text for p in _OLD_BASIS):
            old = [p for p in pubs.publications("NATO") if "core" not in p.basis]
            if old and len(old) < len(pubs.publications("NATO")):
                ctx.memo["old_basis"] = old[-1].published.year
                starts = _token_starts(ctx)
                ctx.memo["old_basis_at"] = [
                    bisect.bisect_right(starts, at) - 1
                    for phrase in _OLD_BASIS for at in _occurrences(text, phrase)
                ]  # fmt: skip
    if ctx.memo["old_basis"] is not None:
        lo, hi = ctx.clause(q)
        # (not "...; on the core basis the count is 28", nor the 4.25% of "on the core basis,
        # Poland spent 4.25%, down from the 4.48% reported on the old definition": the basis
        # named nearer the figure, and not past another figure, is its own)
        old_at = [abs(k - q.i) for k in ctx.memo["old_basis_at"]
                  if not _dates_another(ctx, q, k) and not _after_another(ctx, q, k)]  # fmt: skip
        core_at = [abs(k - q.i) for k in range(lo, hi) if lows[k].startswith("core")]
        if old_at and (not core_at or min(old_at) < min(core_at)):
            return ctx.memo["old_basis"]

    def revised_since(k: int) -> bool:  # "revised", "since", "now" or "latest" in lows[k:q.i]
        at = bisect.bisect_left(revised_at, k)
        return at < len(revised_at) and revised_at[at] < q.i

    for k in ctx.memo["published_that"]:
        if revised_since(k):
            continue  # "..., has since been revised down to 1.7%": the figure of today
        years = [t.year for t in ctx.times if t.kind == "year" and t.i < k and t.year]
        if years:
            return years[-1]
    lo, hi = ctx.clause(q)
    if "new" in lows[q.j : q.j + 4]:  # "..., appears as 4.25% in the new one": not the old
        return None
    if lows[q.j : q.j + 1] == ["now"]:  # "from 3.38% in last year's report to 3.21% now": the
        return None  # release of the day, not the one another figure was given in
    if lows[q.i - 1 : q.i] == ["to"] and any(
        x.j == q.i - 1 and lows[x.i - 1 : x.i] == ["from"] for x in ctx.quantities
    ):  # "Compared with the 2025 edition, ... falls from 4.48% to 4.25%": the change ends
        return None  # on today's edition
    own = _edition_right_after(ctx, q)
    if own is not None:  # "In the 2026 report it is 1.35%, down from 1.70% in the 2025 report,
        return own  # which had cut the 2.03% estimated in 2024": each figure's own release
    # "The 2025 edition revises Poland's 2024 share to 3.79%, down from the 4.12% ...": the
    # edition named before a revision's end is the end's, not its start's
    revision_end = revised_from(ctx, q)
    for t in ctx.times:
        if t.role not in ("edition", "date"):
            continue  # (only a release's time or a date names an edition: the tests below spared)
        if revised_since(t.i) or _owned_before(ctx, q, t.i):
            continue
        if _dates_another(ctx, q, t.i) and not (counted and _past_level_only(ctx, q, t.i)):
            continue
        if revision_end is not None and t.i < revision_end.i:
            continue
        if t.role == "edition" and lo <= t.i < hi:  # (not "...; the new core measure puts it at")
            if _own_aside(ctx, q, t.i):
                continue  # "Poland, first in last year's edition, is fourth at 4.68%"
            return t.year
        if t.role == "date" and any(w in ("published", "released", "issued")
                                    for w in ctx.lows[max(0, t.i - 4) : t.i]):  # fmt: skip
            return t.year
    return None


_OWN_RELEASE_REACH: int = 4  # "1.70% in the 2025 report", "2.03% estimated in 2024"
_RELEASING: frozenset[str] = patterns.word_set("estimating_verbs") | frozenset(
    {"published", "released", "issued", "reported"}
)


def _edition_right_after(ctx: Context, q: Quantity) -> int | None:
    """The year of a release named right after the figure, as its own: an edition ('1.70% in
    the 2025 report') or the year a verb of publishing or estimating dates it ('the 2.03%
    estimated in 2024'); it outranks a release the clause names before another figure."""
    for t in ctx.times:
        if not q.j <= t.i <= q.j + _OWN_RELEASE_REACH or t.year is None:
            continue
        if _dates_another(ctx, q, t.i):
            continue
        if t.role == "edition":
            return t.year
        if t.role == "date" and t.kind == "year" and not _RELEASING.isdisjoint(ctx.lows[q.j : t.i]):
            return t.year
    return None


def _month_named(ctx: Context, year: int) -> int | None:
    """The month said right before the year of a release the sentence names ('NATO's June
    2024 estimates', 'published in June 2024'), or None."""
    for t in ctx.times:
        if t.year == year and t.role in ("edition", "date") and t.i > 0:
            month = _MONTH_NUMBERS.get(ctx.lows[t.i - 1])
            if month is not None:
                return month
    return None


def _published_last_month(ctx: Context, q: Quantity) -> tuple[int, int] | None:
    """The year and month of a release the figure's clause dates by a month after 'last' ('NATO's
    figure, published last June, was 2.21%'), when that month is still to come in the
    article's year (in April 2025, last June is June 2024); later in the year 'last June'
    may be either June: None. Not another figure's release ('restated at 4.25%, down from the
    4.48% published last August')."""
    lows = ctx.lows
    if "last" not in lows:
        return None  # (most sentences: one test in C)
    lo, hi = ctx.clause(q)
    for k in ctx.words_at(_LAST, max(lo, 1), min(hi, len(lows) - 1)):
        if lows[k - 1] not in _PUBLISHING or lows[k + 1] not in _MONTH_NUMBERS:
            continue
        figures = [x for x in ctx.quantities if x.form not in ("year", "ordinal") and x is not q]
        if any(x.j == k - 1 for x in figures) or _dates_another(ctx, q, k):
            continue  # ("the 4.48% published last August": that one's release)
        if k < q.i and any(k < x.i and x.j <= q.i for x in figures):
            continue
        month = _MONTH_NUMBERS[lows[k + 1]]
        if month >= ctx.today.month:
            return ctx.today.year - 1, month
    return None


_PUBLISHING: frozenset[str] = frozenset({"published", "released", "issued"})
_LAST: frozenset[str] = frozenset({"last"})
_MONTH_NUMBERS: dict[str, int] = {
    m: n for n, m in enumerate(patterns.load()["time"]["months"], start=1)
}


_ASIDE_OPENERS: frozenset[str] = patterns.word_set("aside_relatives")


def _own_aside(ctx: Context, q: Quantity, k: int) -> bool:
    """Is token k inside an aside between commas that closes before the figure and says
    something of its own: another figure or rank ('Poland, first in last year's edition, is
    fourth at 4.68%') or a relative clause ('Poland, which led in last year's edition, ...')?
    What the aside names (an edition, a time) is then its own, not the figure's; an aside
    that only attributes ('Poland, according to last year's edition, spent ...') is not."""
    lows = ctx.lows
    lo, _hi = ctx.clause(q)
    close = next((b for b in range(k + 1, q.i) if lows[b] == ","), None)
    opened = next((a for a in range(k - 1, lo - 1, -1) if lows[a] == ","), None)
    if close is None or opened is None:
        return False
    return (
        lows[opened + 1 : opened + 2] != []
        and lows[opened + 1] in _ASIDE_OPENERS
        or any(
            opened < x.i and x.j <= close and x is not q for x in ctx.quantities if x.form != "year"
        )
    )


def _occurrences(text: str, words: str) -> list[int]:
    """Where words occur in text (character offsets)."""
    out, at = [], text.find(words)
    while at != -1:
        out.append(at)
        at = text.find(words, at + 1)
    return out


def _dates_another(ctx: Context, q: Quantity, k: int) -> bool:
    """Does another figure stand between q and the words at k after it, which then speak of
    that one ('to 2.74% from the 3.08% it published a year earlier': the 3.08%)?"""
    return k >= q.j and any(q.j <= x.i and x.j <= k and x.form not in ("year", "ordinal")
                            for x in ctx.quantities)  # fmt: skip


def _past_level_only(ctx: Context, q: Quantity, k: int) -> bool:
    """Are the figures between a count q and the words at k after it only percentages, the
    level the count is at ('Nine allies were below 2% in 2024 in last year's report')?"""
    if not _UNBROKEN.isdisjoint(ctx.lows[q.j : k]):
        return False  # ("28 allies met 2% in 2025 - last year's report had counted 30 -")
    return all(x.form == "percent" for x in ctx.quantities
               if q.j <= x.i and x.j <= k and x.form not in ("year", "ordinal"))  # fmt: skip


_UNBROKEN: frozenset[str] = frozenset({",", ";", ":", "(", ")", "-", "–", "—"})


def _after_another(ctx: Context, q: Quantity, k: int) -> bool:
    """Are the words at k, before q, right after another figure ('2.00% for 2025 in the old
    series and 2.01% on the core basis': the 2.00%'s basis, not the 2.01%'s)?"""
    return k < q.i and any(x.j <= k <= x.j + _OWN_RELEASE_REACH and x.i < q.i
                           and x.form not in ("year", "ordinal") for x in ctx.quantities)  # fmt: skip


def _owned_before(ctx: Context, q: Quantity, k: int) -> bool:
    """Are the words at k, before q and a comma, right after another figure, as its own
    release ('4.48% for 2025 in last year's tables, 4.25% on the new basis': the 4.48%'s, not
    the 4.25%'s)?"""
    if k >= q.i or "," not in ctx.lows[k : q.i]:
        return False  # (but "from 23 in the 2024 report to 18 in 2025's": a change across
        # releases, dated as a whole)
    return any(x.j <= k <= x.j + _OWN_RELEASE_REACH and x.i < q.i
               and x.form not in ("year", "ordinal") for x in ctx.quantities)  # fmt: skip


_REVISED = frozenset({"revised", "since", "now", "latest"})
_YEAR_BESIDE: int = 6  # tokens after a figure within which a year is its own ("% of GDP on
# defence in 2023/24")
_DATING: frozenset[str] = frozenset({"year", "this", "last", "next", "previous"})
_BREAKS: frozenset[str] = frozenset({"and", ",", ";", "but", "while", "whereas", "to", "from",
                                     "its", "their", "his", "her"})  # fmt: skip
_BEFORE_FIGURE: frozenset[str] = frozenset({"'s", "’s", "'", "’", "(", ":"})
NAMED = ("ally", "group", "demonym", "capital")  # the kinds of mention that name a subject
_SPENDING = patterns.word_set("spending_verbs")
_COMMITMENT_NOUNS = patterns.word_set("commitment_nouns")


def _bracketed_after(ctx: Context, m: ctxmod.Mention, q: Quantity) -> bool:
    """Is the figure set in brackets right after the name ('Sweden ($10.6 billion)')?"""
    return m.j == q.i - 1 and ctx.lows[m.j] == "("


# names of the whole alliance that writers also give to the allies besides the US ("NATO
# allies will raise their spending by 18%", said of Europe and Canada): they name no
# aggregate for certain, so the other aggregates stay open readings (alternatives.py)
_LOOSE_ALLIANCE: frozenset[str] = patterns.word_set("loose_alliance_names")


def _loosely_the_alliance(ctx: Context, m: ctxmod.Mention) -> bool:
    """Is mention m the whole alliance by a name that may mean the allies without the US?"""
    return m.code == "NATO" and " ".join(ctx.lows[m.i : m.j]) in _LOOSE_ALLIANCE


def _note_nearby(ctx: Context, claim: Claim, q: Quantity) -> None:
    """The other readings the words around a figure allow (see Claim.nearby_subjects)."""
    if "nearby" not in ctx.memo:
        spans = [(s.i, s.j) for s in ctx.sources]  # "NATO data show" names no subject
        named = [m for m in ctx.mentions if m.kind in NAMED
                 and not any(i <= m.i < j for i, j in spans)]  # fmt: skip
        codes = [m.code for m in named] + ([ctx.carry] if ctx.carry else []) + list(ctx.carry_all)
        codes = list(dict.fromkeys(c for code in codes for c in code.split(",")))
        years = sorted({t.year for t in ctx.times if t.year is not None})
        # (mentions are in order: the ones in a stretch are found by their starts)
        ctx.memo["nearby"] = (named, [m.i for m in named], codes, years)
    nearby: tuple[list[ctxmod.Mention], list[int], list[str], list[int]] = ctx.memo["nearby"]
    named, named_at, codes, years = nearby  # (typed: compiled, their attributes read directly)
    lo, hi = ctx.neighbours(q)
    if len(named) > 8:  # (bisected only when many: a scan of a few is cheaper)
        named = named[bisect.bisect_left(named_at, lo) : bisect.bisect_left(named_at, hi)]
    own = {
        m.code
        for m in named
        if lo <= m.i < hi
        and (not m.is_object or _bracketed_after(ctx, m, q))
        and not _loosely_the_alliance(ctx, m)
    }  # fmt: skip  ("outspends Sweden ($10.6 billion)": Sweden's, an object's)
    claim.nearby_subjects, claim.own_subjects = codes, sorted(own)
    claim.year_beside = "respectively" in ctx.lows or any(
        t.year is not None and t.kind in _DATING and _beside(ctx, q, t, hi) for t in ctx.times
    )  # ("In 2023 and 2024 respectively, Sweden spent 2.14% and 1.66%": paired by the word)
    claim.nearby_years = (
        years if claim.year_basis in ("stated", "header") else sorted({*years, *ctx.years_before})
    )
    end = q.j  # ("the 3.5% and 5% goals": the noun after the second is the first's too)
    if ctx.lows[q.j : q.j + 1] in (["and"], ["or"]):
        end = next((x.j for x in ctx.quantities if x.i == q.j + 1), q.j)
    noun = not _COMMITMENT_NOUNS.isdisjoint(ctx.lows[end : end + 3]) or (
        q.i > 1 and ctx.lows[q.i - 1] in ("of", "is", "was", "at")
        and ctx.lows[q.i - 2] in _COMMITMENT_NOUNS
    )  # "the target of 2%", "NATO's threshold is 2%"  # fmt: skip
    claim.policy_words = bool(noun) or (not own and ctx.has("cues", "policy"))
    claim.spent = not _SPENDING.isdisjoint(ctx.lows[max(lo, q.i - 5) : q.i])


def _beside(ctx: Context, q: Quantity, t: timewords.TimeExpr, hi: int) -> bool:
    """Is the time expression the figure's own: right after it, within a few words and no
    break ("2.37% of GDP in 2023", "EUR 67.6 billion this year"; not "2.00% of GDP and 2025 at
    2.49%"), or right before it ("last year's 3.4%", "in 2019 (1.97%)", "2023: 2.1%")?"""
    if q.j <= t.i <= q.j + _YEAR_BESIDE and t.i < hi:
        return _BREAKS.isdisjoint(ctx.lows[q.j : t.i])
    return t.j <= q.i and set(ctx.lows[t.j : q.i]) <= _BEFORE_FIGURE


def set_subject(claim: Claim, code: str | None) -> None:
    claim.subject_code = code
    if code is not None and regions.is_region(code):
        claim.subject = f"{regions.resolve(code).name} (SIPRI)"
    elif code is not None and "+" in code:  # allies added up: "Britain and France together"
        claim.subject = " + ".join(name_of(c) for c in code.split("+"))
    else:
        claim.subject = (GROUP_NAMES.get(code) if code is not None else None) or (
            _FOREIGN_NAMES.get(code) or name_of(code) if code else None
        )


_FOREIGN_NAMES = patterns.load()["subjects"]["foreign_names"]  # countries outside NATO

# how a source named away from the figure is marked in its source_text
CARRIED = "(named before in the paragraph)"
ELSEWHERE = "(named elsewhere in the article)"


def source_for(ctx: Context, q: Quantity) -> tuple[str, str]:
    """Whose figure the text presents: the source named right before it ('NATO 4.15%',
    'SIPRI: 4.2%'), else the one named in the number's clause, else NATO."""
    lo, hi = ctx.clause(q)
    lows = ctx.lows
    if (ctx.carry_source is not None and q.i == 2 and lows[1] == ":"
            and _SOURCE_LABELS.get(lows[0], ctx.carry_source[0]) != ctx.carry_source[0]):  # fmt: skip
        # "SIPRI: 4.2%." then "NATO: 4.12%.": the bodies set against each other line by line,
        # each line's label its figure's body
        return _SOURCE_LABELS[lows[0]], ctx.tokens[0].text
    sources = ctx.sources
    inside = source_inside(ctx, q)
    if inside is not None:  # "well above NATO's 2.09%": the body named inside the figure's
        return inside.source, inside.text  # words, after the comparison, is its figure's
    if len({s.source for s in sources}) > 1:  # two bodies compared: a label is its figure's only
        label = next((s for s in sources if _labels(ctx, s, q)), None)
        held = _restated_in_bracket(ctx, q)
        if label is None and held is not None:  # "SIPRI at $997bn (3.4%)": the bracket
            label = next((s for s in sources if _labels(ctx, s, held)), None)  # restates it
        if label is not None:
            return label.source, label.text
        sources = [s for s in sources if not _labels_some_figure(ctx, s)]
    if any(s.i >= q.j for s in sources):
        # ("$1.81 trillion in 2026, more than twelve times Russia's 2024 spending as
        # estimated by SIPRI ($149bn)": SIPRI's is the figure compared, not this one)
        sources = [s for s in sources if not _names_compared_figure(ctx, s, q)]
        if not sources:
            return ctx.carry_source or ("NATO", "")
    near = [s for s in sources if lo <= s.i < hi and not (
        s.i > q.i and _COMPARED.intersection(ctx.lows[max(q.j, s.i - 2) : s.i]))]  # fmt: skip
    # ("1.6%, above NATO's estimate": the figure set against NATO's, not NATO's)
    if not near and _national_voice(ctx, lo, q.i):
        return "NATO", ""  # "The government says ... 3.17%; NATO puts it at 2.85%": the
        # government's own figure, not NATO's (see new_claim)
    if not near and (paired := _paired_source(ctx, q, lo, hi)) is not None:
        return paired.source, paired.text
    if (
        not near
        and ctx.carry_source is not None
        and sources
        and all(s.i >= hi and s.source != ctx.carry_source[0] for s in sources)
    ):  # "Its burden climbed to 1.9% of GDP; NATO, on a narrower definition, had put it at
        # 2.12%": the body of a later clause is not the one the text has spoken for so far
        return ctx.carry_source
    if not near:
        kinds = {s.source for s in sources}
        near = sources if len(kinds) == 1 else []
    if not near:
        return ctx.carry_source or ("NATO", "")
    trailing = _attributed_after(ctx, near, q)
    if trailing is not None:  # "... roughly three times the EUR 326 billion the EU's 27 were
        return trailing.source, trailing.text  # to spend according to the EDA": the EDA's
    cited = [s for s in near if ctx.lows[s.i - 1 : s.i] in (["citing"], ["quoting"])
             or ctx.lows[max(0, s.i - 2) : s.i] == ["based", "on"]]  # fmt: skip
    if cited:  # "the ministry said, citing NATO's estimate": NATO's figure, passed on
        return cited[0].source, cited[0].text
    owner = _owner_of_figure(ctx, near, q)
    if owner is not None:  # "NATO's new core figure for that year is 2.19%, a think tank
        return owner.source, owner.text  # notes": NATO's figure, which the think tank passes on
    best = min(near, key=lambda s: abs(s.i - q.i))
    return best.source, best.text


def source_inside(ctx: Context, q: Quantity) -> ctxmod.SourceMention | None:
    """The body named inside a figure's words, between its hedge and its number ('well above
    NATO's 2.09%', 'below SIPRI's 1.9%'), else None."""
    if q.hedge is None:
        return None
    return next((s for s in ctx.sources if q.i < s.i and s.j < q.j), None)


_COMPARING: frozenset[str] = patterns.word_set("compared_figure_words")
_SOURCE_REACH: int = 12  # tokens from a body named after a comparison to the figure it gives
_SAID_ENDS: frozenset[str] = frozenset({",", ".", ";", ")"})


def _names_compared_figure(ctx: Context, s: ctxmod.SourceMention, q: Quantity) -> bool:
    """Is the body named after the figure, past words of a comparison, the body of the figure
    compared with it, given after the body ('more than twelve times Russia's spending as
    estimated by SIPRI ($149bn)', 'five times what SIPRI says Russia spent in 2024 ($149bn)'),
    not the body of the figure itself? Not when it closes the sentence's attribution ('...,
    SIPRI said ($149bn)')."""
    lows = ctx.lows
    if s.i < q.j or _COMPARING.isdisjoint(lows[q.j : s.i]):
        return False
    if any(q.j <= x.i < s.i and x.form == q.form for x in ctx.quantities):
        return False  # (a figure between them is the one the body is nearer)
    if (
        lows[s.j : s.j + 1]
        and lows[s.j] in _SOURCE_SAYS
        and (lows[s.j + 1 : s.j + 2] == [] or lows[s.j + 1] in _SAID_ENDS)
    ):
        return False  # ("..., SIPRI says.": the sentence's attribution)
    return any(x.form == q.form and s.j <= x.i <= s.j + _SOURCE_REACH for x in ctx.quantities)


def _restated_in_bracket(ctx: Context, q: Quantity) -> Quantity | None:
    """The figure right before the bracket the figure opens ('$997bn (3.4%)'), else None."""
    if ctx.lows[q.i - 1 : q.i] != ["("]:
        return None
    return next((x for x in ctx.quantities if x.j == q.i - 1 and x.form != "year"), None)


def _labels_some_figure(ctx: Context, s: ctxmod.SourceMention) -> bool:
    """Is the body a label of a figure right after it ('SIPRI at $997bn', 'NATO 4.15%'), not
    the body of a verb whose object opens on a year ('NATO puts 2024 outlays at $968bn': the
    year dates the object, and the figure further on is the body's own)?"""
    if not ctxmod.labels_figure(ctx.lows, s.j):
        return False
    first = next((x for x in ctx.quantities if x.i >= s.j), None)
    return first is None or first.form != "year" or ctx.lows[first.j : first.j + 1] in (
        [","], [")"], ["|"], [":"], [], ["."]
    )  # fmt: skip


def _paired_source(ctx: Context, q: Quantity, lo: int, hi: int) -> ctxmod.SourceMention | None:
    """The body of a figure by its place in a pair said without bodies, after a clause of the
    sentence that gave two bodies' figures ('SIPRI reports 3.1% for Lithuania and NATO 2.85%;
    for Latvia 3.3% and 3.15%': SIPRI's then NATO's), else None."""
    named: list[ctxmod.SourceMention] = []
    for s in ctx.sources:
        if s.i < lo and all(s.source != t.source for t in named):
            named.append(s)
    if len(named) != 2 or any(s.i >= lo for s in ctx.sources):
        return None
    pair = [x for x in ctx.quantities if lo <= x.i and x.j <= hi and x.form == q.form]
    if len(pair) != 2 or ctx.lows[pair[0].j : pair[1].i] not in _PAIR_JOINS:
        return None
    # the clauses before gave the two bodies' figures, a body between them ('SIPRI 3.1% and
    # NATO 2.85%', '2.1% according to SIPRI and 2.20% according to NATO')
    given = [x for x in ctx.quantities if x.j <= lo and x.form == q.form]
    a, b = named
    if not (
        any(a.j <= x.i and x.j <= b.i for x in given)
        and any(x.i >= b.j or x.j <= a.i for x in given)
    ):
        return None
    return named[pair.index(q)] if q in pair else None


_SOURCE_LABELS: dict[str, str] = {
    word: str(body) for body, words in patterns.load()["source_labels"].items() for word in words
}
_PAIR_JOINS: list[list[str]] = [["and"], ["vs"], ["vs."], ["versus"], ["against"], [","]]


def _attributed_after(
    ctx: Context, near: list[ctxmod.SourceMention], q: Quantity
) -> ctxmod.SourceMention | None:
    """The body an attribution after the figure names ('according to the EDA'), with no other
    figure of its form between them, even when another body is named nearer before the figure
    ('..., NATO estimates, ... three times the EUR 326 billion ... according to the EDA'); else
    None (the nearest body decides)."""
    if len({s.source for s in near}) < 2:
        return None
    lows = ctx.lows
    for s in near:
        if s.i < q.j:
            continue
        if not _attribution(lows, s):
            continue
        if any(q.j <= x.i < s.i and x.form == q.form for x in ctx.quantities):
            continue
        return s
    return None


def _attribution(lows: list[str], s: ctxmod.SourceMention) -> bool:
    """Is the body named in an attribution ('according to NATO', 'as estimated by SIPRI'),
    the leading words before its name or within the mention's own words?"""
    lead = s.i - (lows[s.i - 1 : s.i] == ["the"])
    return any(
        lows[max(0, lead - len(a)) : lead] == a or lows[s.i : s.i + len(a)] == a
        for a in _ATTRIBUTIONS
    )


# the words that hand a figure before them to the body after them ("according to")
_ATTRIBUTIONS: list[list[str]] = [
    a.split() for a in patterns.load()["words"]["attribution_leads_after"]
]


def _owner_of_figure(
    ctx: Context, near: list[ctxmod.SourceMention], q: Quantity
) -> ctxmod.SourceMention | None:
    """The body named as the owner of the figure, its figure's noun after its name and the
    figure predicated of it ('NATO's figure for that year is 2.19%'), when another body of
    the clause only says it; else None."""
    if len({s.source for s in near}) < 2 or ctx.lows[q.i - 1 : q.i] not in (["is"], ["was"]):
        return None
    for s in near:
        if (
            s.j <= q.i
            and s.source != "other"
            and not any(s.j <= x.i < q.i and x.form != "year" for x in ctx.quantities)
        ):
            words = ctx.lows[s.i : s.j]
            if _LABEL_NOUNS.intersection(words) or ctx.lows[s.j : s.j + 1] in (
                [w] for w in _LABEL_NOUNS
            ):
                return s
    return None


_LABEL_NOUNS: frozenset[str] = patterns.word_set("source_label_nouns")


def _national_voice(ctx: Context, lo: int, hi: int) -> str:
    """The words of a government speaking in the stretch ('the government says', 'officials in
    Rome say'), or ''."""
    lows = ctx.lows
    speaking = next((m for m in ctx.mentions if m.kind == "ally" and lo <= m.i and m.j < hi
                     and lows[m.j] in _VOICE_VERBS and lows[m.j] not in _NOT_VOICING), None)  # fmt: skip
    if speaking is not None and not _nato_inside(lows, speaking.j + 1, hi):
        # "Germany says it spent 2.4% last year": the ally speaks for itself, as its government
        # does ("the UK government says ..."): its own figure, on its own definition
        return " ".join(t.text for t in ctx.sentence.tokens[speaking.i : speaking.j])
    if not ctx.word_in(_VOICES, lo, hi):
        return ""  # (most stretches hold none of the words)
    for k in range(lo, hi):
        if lows[k] in _VOICES:
            verb = next((v for v in range(k + 1, min(k + 5, hi)) if lows[v] in _VOICE_VERBS), None)
            if verb is not None and _nato_inside(lows, verb + 1, hi):
                return ""  # "the government said NATO now estimates its spending at 2.03%, up
                # from 1.67% in 2024": the source inside what it says is the figures' own
            if verb is not None:  # (the words as written: "officials in Rome")
                words = ctx.sentence.tokens[k - (k > 0 and lows[k - 1] == "the") : verb]
                return " ".join(t.text for t in words)
    return ""


def _nato_inside(lows: list[str], lo: int, hi: int) -> bool:
    """Does NATO estimate, put or publish the figures in lows[lo:hi] ('NATO now estimates',
    "the alliance's figures put"), what a government says being NATO's figures?"""
    return any(
        lows[k] in _NATO_NAMES
        and not (_ESTIMATING | _FIGURE_NOUNS).isdisjoint(lows[k + 1 : min(hi, k + 3)])
        for k in range(lo, hi)
    )


_NATO_NAMES: frozenset[str] = frozenset({"nato", "nato's", "alliance's"})
_ESTIMATING: frozenset[str] = patterns.word_set("estimating_verbs")
_FIGURE_NOUNS: frozenset[str] = patterns.word_set("naming_source_nouns")
_COMPARED = frozenset({"above", "below", "than", "over", "under", "beyond", "exceeding"})
_TAG_REACH = 4  # tokens from a figure's end to its bracketed tag: "% of GDP (NATO)"
_VOICES = patterns.word_set("national_voices")
_VOICE_VERBS = patterns.word_set("voice_verbs")
# (an ally that plans or expects speaks of what it will do, a frame of its own, not a figure)
_NOT_VOICING: frozenset[str] = frozenset({"plan", "plans", "expect", "expects", "expected"})


def _labels(ctx: Context, s: ctxmod.SourceMention, q: Quantity) -> bool:
    """Is the source named right before the figure, as its label ('NATO 4.15%', 'SIPRI: 4.2%',
    'NATO at 4.15%'), or as its tag in brackets right after it ('3.38% (NATO)')?"""
    if q.j < s.i <= q.j + _TAG_REACH and ctxmod.tags_figure(ctx.lows, s.i):
        return ctxmod.figure_words(ctx.lows[q.j : s.i - 1])  # (and "3.38% of GDP (NATO)")
    if q.j <= s.i <= q.j + _TAG_REACH and ctxmod.records_figure(ctx.lows, s.i):
        return ctxmod.figure_words(ctx.lows[q.j : s.i])  # "the 1.28% NATO recorded": NATO's
    if _attribution(ctx.lows, s) and any(x.j <= s.i and x.form == q.form for x in ctx.quantities):
        return False  # "2.1% according to SIPRI and 2.20% according to NATO": SIPRI is the
        # figure's before it
    return (
        s.j <= q.i
        and ctxmod.labels_figure(ctx.lows, s.j)
        and not any(s.j <= x.i < q.i for x in ctx.quantities)
    )
