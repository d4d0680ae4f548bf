"""Candidate numbers -> claims: whose figure it is, which measure, which year, which source.

For each sentence the matches of extract/numbers/context are gathered in a `Context`; the
readers in readings.py decide what each number states, using the resolvers in clause.py for the
subject (the ally or group the figure is about), the year (years.py: explicit, relative to
the article date, or from the tense), the source (NATO unless the text names SIPRI or another body) and
the speaker (when the number sits in a quotation). When one of these cannot be settled, the
claim carries a doubt and the verifier will not call it supported.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date
from functools import cache

from milex.claims import context as ctxmod
from milex.claims import corrections, listed, patterns, readings, tables, timewords
from milex.claims.clause import CARRIED, ELSEWHERE, Context
from milex.claims.extract import Quote, Sentence, Token, tokenize
from milex.claims.measures import (
    AFTER_BUDGET_SHARES,
    MAX_SHARE,
    TOO_LARGE_FOR_GDP,
    prices_noted,
)
from milex.claims.membership import members_at
from milex.claims.model import Claim
from milex.claims.numbers import Quantity, quantities, uses_decimal_commas
from milex.claims.policy import GUIDELINE_SHARES
from milex.claims.subjects import (
    addressee,
    coordinated_runs,
    foreign_iso,
    person_named,
    person_of_ally,
    speaker_country,
)
from milex.claims.years import START_UNSAID
from milex.reference import publications as pubs
from milex.reference.alliance import ALLIES

# (and "A:" answering a question: "Q: How much does Canada spend? / A: About 1.4% of GDP")
_YOU = re.compile(r"\byou(?:['\u2019](?:re|ve))?\b|\byour\b", re.IGNORECASE)
_PERSON_PRONOUNS: frozenset[str] = patterns.word_set("person_pronouns")
# ("He is right, according to NATO": a paragraph opening on the person the one before quoted
# still speaks of that person's ally, unless it names its own)
_CARRIERS = frozenset({"it", "its", "that", "this", "these", "those", "such", "country", "nation",
                       "a:"}) | _PERSON_PRONOUNS  # fmt: skip
_OWN_SUBJECTS: frozenset[str] = frozenset({"ally", "group", "capital", "demonym"})
_STATE_KINDS: frozenset[str] = frozenset({"ally", "capital", "demonym", "foreign"})
_ALLY_CODES: frozenset[str] = frozenset(a.iso3 for a in ALLIES) | {"FOREIGN"}
_PLACE_WORDS: frozenset[str] = frozenset({"in", "to", "at", "from", "into"})


# what a sentence of the paragraph being read named: its words, the subjects they name, and
# its tokens (whose capitalised words name the people milex knows: "Kristersson")
Seen = tuple[list[str], list[ctxmod.Mention], list[Token]]


def _one_country(before: list[Seen]) -> bool:
    """Does the paragraph before speak of one country at most (its allies, groups, capitals,
    nationalities and known leaders), so that 'he', 'she', 'his' or 'her' opening the next
    one can only be that country's person? A capital someone is in or goes to ('arrived in
    Washington') is a place, not a second country."""
    people = patterns.load()["subjects"]["people"]
    codes: set[str] = set()
    for lows, mentions, tokens in before:
        codes.update(m.code for m in mentions if m.kind != "pronoun" and not (
            m.kind == "capital" and lows[m.i - 1 : m.i] and lows[m.i - 1] in _PLACE_WORDS))  # fmt: skip
        codes.update(str(people[t.low]) for t in tokens
                     if t.low in people and t.text[:1].isupper())  # fmt: skip
    return len(codes) <= 1


_COUNTRY_KINDS: frozenset[str] = frozenset({"ally", "capital", "demonym", "foreign", "group"})
_MANY: frozenset[str] = (
    patterns.word_set("collective_subject_words")
    | patterns.word_set("ally_nouns")
    | patterns.word_set("plural_pronouns")
)
_QUOTE_MARKS: frozenset[str] = frozenset({'"', "\u201c", "\u201d", "'", "\u2018"})
_SUBJECT_WORDS = 5  # the opening words where a sentence's subject stands


def _tokens(sent: Sentence) -> list[Token]:
    """The sentence's tokens, found once however many steps read them (read_article lets
    them go once the sentence is read)."""
    if not sent.tokens:
        sent.tokens = tokenize(sent.text, sent.start)
    return sent.tokens


def _goes_on_unnamed(sent: Sentence, before: list[Seen], carry: str) -> bool:
    """Does a paragraph open on a sentence that names no one ('Real-terms growth is 4.4%.')
    right after a paragraph that spoke of one country only, the subject carried? Then it goes
    on with that country, as a sentence of the same paragraph would."""
    if _QUOTE_MARKS.intersection(sent.text):
        return False  # (a quotation goes on with its speaker, not with what was spoken of)
    tokens = _tokens(sent)
    if not tokens:
        return False
    if any(t.text[:1].isupper() for t in tokens[1:]) or not tokens[0].text[:1].isalpha():
        return False  # a name ("Rheinmetall up 3%", "Spain ..."), a time ("11:30 ...")
    if not _MANY.isdisjoint(t.low for t in tokens[:_SUBJECT_WORDS]):
        return False  # "All three governments have promised ...": several, not the one before
        # (in the subject's place: not "..., the highest share of any ally")
    codes = {m.code for _lows, mentions, _tokens in before for m in mentions
             if m.kind in _COUNTRY_KINDS and m.code != "NATO"}  # fmt: skip
    # and no subject named ("the alliance"), but "it" or "the country" pointing back: "Much
    # of the money buys hardware: the country devotes 51% ..." (tested last: the dearest)
    return codes == {carry} and all(
        m.code == "IT" for m in ctxmod.subjects(tokens, [t.low for t in tokens])
    )


_COUNT_NOUNS = patterns.phrases("count_nouns")


def _asks_unnamed(text: str) -> bool:
    """Is a paragraph a question that names no one and gives no figure ('Q: Is that the first
    time?', 'So how did it get there?')? It asks about the subject of the turn before, and the
    answer that follows goes on with that subject (a question naming its own ally sets it as
    the subject anyway). A question with a figure of its own ('And the 5%?') turns to that
    figure, not to the ally before."""
    if not text.rstrip().endswith("?"):
        return False
    tokens = tokenize(text)
    if any(t.kind == "num" for t in tokens) and any(
        x.form != "year" for x in quantities(tokens)
    ):  # (a year is no figure: "Q: And in 2024?" asks the same of another year)
        return False
    return _names_no_one(text)


def _names_no_one(text: str) -> bool:
    """Does the text name no ally, group or body ('Q: And in 2024?')?"""
    tokens = tokenize(text)
    return not any(m.code != "IT" for m in ctxmod.subjects(tokens, [t.low for t in tokens]))


# (within its first words: "In 2014, it was ..."; but not "The rule is that ...")
_CARRIED_ANYWHERE = frozenset({"it", "its", "country", "nation", "a:"})
_POINTING = frozenset({"is", "was", "means", "meant", "puts", "put", "would", "amounts", "makes",
                       "equals", "leaves", "brings", "takes"})  # fmt: skip


def _carries(words: list[str]) -> bool:
    """Do a paragraph's first words go on with the subject before it ('It', 'Its budget', 'In
    cash terms that is ...', 'Back in 2014 the country's share'; but not 'The rule is that
    ...')?"""
    return (
        bool(words)
        and words[0] in _CARRIERS
        or bool(_CARRIED_ANYWHERE & {w.removesuffix("'s").removesuffix("\u2019s") for w in words})
        or any(
            w in ("that", "this") and words[k + 1 : k + 2] and words[k + 1] in _POINTING
            for k, w in enumerate(words)
        )
    )


_PLURAL_PRONOUNS = patterns.word_set("plural_pronouns")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def _pairs_back(words: list[str], text: str) -> bool:
    """Does a paragraph open by pairing its figures with the allies the one before listed
    ('Lithuania and Hungary follow.' then 'Their shares are 45.84% and 44.95% respectively.')?
    Then the allies before are still what it speaks of (readings._respectively pairs them)."""
    return bool(words) and words[0] in _PLURAL_PRONOUNS and bool(_RESPECTIVELY.search(text))


# A sentence without a digit or one of these words cannot hold a claim: skip it unread.
_DIGIT = re.compile(r"\d")
# (each of these case-blind patterns opens on a look-ahead for its words' first letters, which
# passes over most places at once, where the word boundary and each word would be tried)
# a dateline in capitals opening the article ("OTTAWA -", "TORONTO, Ont. —"), of a Canadian
# city (patterns "canadian_datelines")
_DATELINE: re.Pattern[str] = re.compile(
    r"^\W*("
    + "|".join(re.escape(w.upper()) for w in patterns.load()["canadian_datelines"])
    + r")\b[^\n]{0,20}?\s[-\u2013\u2014]\s"
)


def canadian_dateline(text: str) -> bool:
    """Does the text open on the dateline of a Canadian city ('OTTAWA - Canada will ...')?"""
    return _DATELINE.match(text) is not None


_SIPRI = re.compile(r"(?=[sS])\b(?:sipri\b|stockholm\b[\w -]{0,40}\binstitute\b)", re.IGNORECASE)
_NATO = re.compile(r"\bnato\b", re.IGNORECASE)
_INSTITUTE = re.compile(r"\bthe institute\b", re.IGNORECASE)  # SIPRI, once it alone is named
# the kinds of figure that, once read, make the text's topic defence spending
_OF_DEFENCE: frozenset[str] = frozenset({"spending_amount", "share_of_gdp"})
# a footnote's line, led by its mark ('a First year at or above 2%.', '[c] Estimate based on
# budget plans.', '* SIPRI estimate.')
_NOTE_MARKED = re.compile(r"\s*(?:[a-z][.)]?|\[[a-z\d]\]|\*+|[†‡§])\s+[A-Z]")
# a line that only marks rows left out of a list or table ('...', '…', '[...]', '⋮')
_ELISION = re.compile(r"\s*\[?\s*(?:\.\s*\.\s*\.|…|⋮)\s*\]?\s*$")
# a timeline's item: a line opening on a year and a dash or colon, then a figure ('2014 –
# 1.18%', '- 2022: 1.36%', '2019e – 1.36')
_TIMELINE_ITEM = re.compile(r"\s*[-–—•*·]?\s*(?:19|20)\d\d[e*]?\s*[-–—:]\s*\d")
_LETTER = re.compile(r"[^\W\d_]|[\U0001F1E6-\U0001F1FF]{2}")  # (a flag names a country too)


# (NATO's "core basis" is its measure of core defence spending: "What Canada spends, on NATO's
# core basis:" heads a list of defence sums)
def _owner_kept(ctx: Context, header: tables.Header) -> str:
    """The ally of the header above, for a line under it that names no one ('2022: 2.29')."""
    return "" if ctx.mentions else header.owner


_DEFENCE_WORDS = re.compile(r"(?=[dmacDMAC])\b(?:defen[cs]e|military|armed forces|core basis)\b",
                            re.IGNORECASE)  # fmt: skip


@cache
def _economy_indicator() -> re.Pattern:
    """An indicator of the economy named ('deficit', 'inflation'), but not the inflation a
    change is adjusted for ('after inflation', 'adjusted for inflation')."""
    words = sorted(patterns.word_set("economy_indicators"))
    alternation = "|".join(map(re.escape, words))
    # (the words' first letters tested first, then the look-behinds, only where a word may be)
    firsts = re.escape("".join(sorted({w[0] for w in words})))
    return re.compile(rf"(?=[{firsts}])\b(?<!\bfor )(?<!\bafter )(?:{alternation})\b",
                      re.IGNORECASE)  # fmt: skip


def _economy_lines(sents: list[Sentence]) -> set[int]:
    """The indices of the sentences (lines of a digest) that name an indicator of the economy:
    a bare 'growth 0.5%' in one of them or beside one is the economy's growth."""
    found = _economy_indicator()
    return {k for k, s in enumerate(sents) if found.search(s.text)}


@cache
def _trigger() -> re.Pattern:
    p = patterns.load()
    words = set(p["number_words"]) | set(p["ordinal_words"]) | set(p["multiplier_words"])
    words |= {w for phrase in p["fraction_words"] for w in phrase.split()} - {"a", "one"}
    words |= set(p["ranking"]["superlatives"]) | set(p["ranking"]["bottom_superlatives"])
    words |= {"every", "all", "trillion", "billion", "anyone", "tops", "leads", "one"}
    words |= {"target", "goal", "guideline", "benchmark", "threshold", "joined", "admitted"}
    words |= set(p["ranking"]["triggers"])
    single = [w for w in words if " " not in w]
    alternation = "|".join(sorted(map(re.escape, single), key=len, reverse=True))
    firsts = re.escape("".join(sorted({w[0] for w in single})))  # tested before the words
    # ('%' too: a table's header row of units, "| Country | US$ bn | % GDP |", has no digit)
    return re.compile(rf"\d|%|(?=[{firsts}])\b(?:{alternation})", re.IGNORECASE)


def read_article(
    sents: list[Sentence], quotes: list[Quote], today: date, limit: int | None = None
) -> list[Claim]:
    """Every claim in the article's sentences, in reading order (stopping after the
    sentence that brings the count to `limit`, when one is given)."""
    claims: list[Claim] = []
    carry: str | None = None
    source: tuple[str, str] | None = None
    guideline: float | None = None
    named_before: tuple[str, ...] = ()
    runs_before: tuple[tuple[str, ...], ...] = ()  # its coordinated runs of two or more
    header: tables.Header | None = None  # the list or table header the lines read under
    loans_head = False  # the header line above the items names a loan or a loan fund
    header_bare = False  # and whether its line gave no figure of its own (a title, a header row)
    last_year: tuple[int, int | None] = (-1, None)  # the paragraph and year of the sentence before
    # the same, when the sentence before dated its figures by one year and set no deadline
    last_dated: tuple[int, int | None] = (-1, None)
    # whether a sentence so far spoke of defence (money needs it), or the text names SIPRI,
    # which publishes nothing but military spending ("- Germany: $88.5bn" above "Source: SIPRI")
    defence_topic = any(_SIPRI.search(s.text) for s in sents)
    # a text writing "1,28%" writes "19.723 million" for 19,723 million
    commas = any(uses_decimal_commas(s.text) for s in sents)
    carry_far: str | None = None  # the last subject of an earlier paragraph: what "it" can be
    carry_foreign: str | None = None  # its ISO code, when the subject carried is outside NATO
    canadian = bool(sents) and canadian_dateline(sents[0].text)
    everywhere: set[str] = set()  # sources the article names anywhere, and "prices" if any
    nato_named = False  # whether a sentence so far named NATO, in any role
    lead_other = ""  # a body other than NATO and SIPRI, when the article names it first
    paragraph, opened = -1, 0
    counted: Claim | None = None  # the count of allies the sentence before made, if any
    counted_once = True  # and its counts were all of one year
    rival: str | None = None  # the subject a ranking sentence set its new ally beside
    # quotations do not overlap and come in text order: both ends are sorted
    starts, ends = [q.start for q in quotes], [q.end for q in quotes]
    previous: Sentence | None = None
    asked: float | None = None  # the level the question before asked a count of allies at
    asked_year: int | None = None  # and the year it asked of
    asked_below = False  # and whether it asked who is below that level ("Who falls short?")
    # the last question asking a count of allies: its level, year and sentence index, for a
    # question asking it again in other words soon after ("Which is how many?")
    last_question: tuple[float, int | None, int] | None = None
    turn_at = -1  # where the words of the turn answering a question begin, if in one
    # the count the last sentence with figures made, while the sentences after it, with none,
    # stay in its paragraph ("... all 30 allies ... are at or above the mark. Germany's figure
    # is pending."): what a follow-up question then asks again ("And last year?")
    held: Claim | None = None
    held_paragraph = -1
    # the index of a question with no figure, and the one year it asks of ("How much did each
    # ally spend last year?"): the answer right after it speaks of that year
    question_year: tuple[int, int | None] = (-1, None)
    listing = False  # the paragraph before was a list's header line (ending in ':') or item
    list_year: int | None = None  # the one year of the header line of the list being read
    past: tuple[int, int | None] = (-1, None)  # the paragraph and past year of the sentence before
    prior: tuple[int, int | None] = (-1, None)  # and the one year it gave, in any role
    # the paragraph and the year whose figures a sentence of it said were revised ("NATO's
    # figures for 2024 were revised down."), giving none itself
    revised: tuple[int, int | None] = (-1, None)
    # the paragraph and the base year of the constant prices a note of it with no figure
    # gave for its sums ("All amounts are in constant 2015 US dollars.")
    noted: tuple[int, int | None, bool] = (-1, None, False)
    # the paragraph and index of a sentence with no figure that named spending per head
    # ("Per head of population, the picture changes.")
    per_head_said: tuple[int, int] = (-1, -1)
    equipment = -1  # the paragraph of the sentence before, if it spoke of equipment spending
    other_field = -1  # the same, if it gave a figure of another field (a deficit, a stock)
    world_rank = -1  # the same, if it placed a country among the world's ("12th in the world")
    # the paragraph, index and one base year of the real changes of the sentence before
    since_before: tuple[int, int, int | None, bool, bool] = (-1, -1, None, False, False)
    # the paragraph and words of the last sentence that named NATO, and no other body, as
    # the source of its figures ("..., NATO figures show.")
    nato_said: tuple[int, str] = (-1, "")
    # the paragraph, index and one 'since' year of a sentence before that gave no figure
    # ("The biggest climbers since 2014 sit on the eastern flank.")
    topic_since: tuple[int, int, int | None] = (-1, -1, None)
    # the numbers of states the article has counted so far by a noun, not as the alliance's
    # size ("for 15 states"): what a bare "one of the 15" later points back to
    groups_counted: set[int] = set()
    nouned: tuple[int, int] = (-1, -1)  # the paragraph and index of the last sentence that
    # spoke of allies by a noun ("so many allies")
    # the figures the paragraph has given so far, each with its form (percent, money, ...), and
    # (paragraph, sentence, the pair's form, earlier year, later year) of the last sentence
    # that ended on two figures comparing one subject at two times (see Context.carry_pair)
    figured: list[tuple[Claim, str]] = []
    pair_before: tuple[int, int, str, int, int] = (-1, -1, "", 0, 0)
    # equipment's share of spending is what the article has spoken of since it last spoke of
    # it ("... a fifth of defence spending into major equipment" then, a paragraph on, "Only
    # Belgium falls short, at 14.54%"), no other share of anything since
    equipment_topic = False
    section_year: int | None = None  # the year a heading line of its own named ("2014")
    named_years: list[tuple[int, int]] = []  # (paragraph, year) the sentences so far named
    said_past: tuple[int, int | None] = (-1, None)  # a sentence's index and the one year it named
    # the paragraph and year of figures a sentence dated ("SIPRI's figures for 2023 ..."), while
    # no sentence since has named a time of its own
    data_year: tuple[int, int | None] = (-1, None)
    # the same years by paragraph, and those of the claims so far by paragraph
    years_named: dict[int, list[int]] = {}
    years_claimed: dict[int, list[int]] = {}
    other_body = False  # the article has named a source other than SIPRI
    sents = _captioned(sents)
    sents = _split_captions(sents)
    sents = _without_elisions(sents)
    # the sentences that are items of a run of two-letter codes split by full stops
    short_run = tables.short_code_run([s.text for s in sents], [s.paragraph for s in sents])
    economic = _economy_lines(sents)  # the lines naming an indicator of the economy
    sourced = _sourced_below(sents)
    footed = _dated_below(sents)  # rows over "Figures: SIPRI, current US dollars, 2024."
    marked = _years_above(sents, _FOOTNOTE, _MARKED, 80)  # figures marked '*' over a footnote
    captioned = _years_above(sents, _GDP_CAPTION, _CHART_ROW, 200)  # a chart's rows over a
    # caption
    gdp_footed = _rows_above(sents, _GDP_FOOTER, _TABLE_ROW, 200)  # a table's rows over a
    # footer naming their unit, and no year ("Share of GDP, %.")
    below: tables.Header | None = None  # the header a caption under the rows gave them
    dash_share = -1  # the last line opening on a bare share its label after a dash names
    # the guideline the article named before its first subheading: each section under a
    # subheading starts from it again, whatever guideline the section before spoke of
    lead_guideline: float | None = None
    sectioned = False  # whether a subheading has been read yet
    subheading = False  # whether the sentence is a subheading line of its own
    by_person = False  # the paragraph opened on "he" or "she", which carries the subject before
    seen: list[Seen] = []  # what the sentences of the paragraph named, as read
    seen_before: list[Seen] = []  # and of the paragraph before it
    # the paragraph of the last turn that ended on a question, and of the last that spoke of
    # shares of GDP (in a figure it stated or asked about): the next turn answers it
    question_turn, share_turn = -1, -1
    in_turn = False  # the sentence before was in a speaker's turn ("GUEST: ...")
    turn_country: str | None = None  # the ally its speaker speaks for (Context.turn_country)
    setting: str | None = None  # the one country of a parliament named before the first turn
    signed = _signed_country(sents)  # the writer's ally, signed at the text's end: "(Portugal)"
    share_sentence = -1  # the last sentence that gave an ally's share of GDP
    unanswered = False  # the turn answers a question, and has given no figure yet
    asked_guideline: float | None = None  # the guideline the last question naming one asked of
    day_release = -1  # the paragraph whose words announced a release of the article's day
    # the sentence of the last row line 'Label: figure' and the ally its label named, carried
    # over the rows after it whose labels name none ('Germany: 2.69%', 'Everyone else: 3.1%')
    row_named: tuple[int, str | None] = (-1, None)
    gdp_lead = -1  # the sentence before, if it named shares of GDP and gave no figure
    real_lead = -1  # the paragraph of a sentence that said real terms and gave no figure
    interviewed = _interviewee(sents)  # the ally of the person the text interviews, if one
    named_allies: set[str] = set()  # the allies the sentences read so far named (Context.sole_ally)
    asked_ally: str | None = None  # the one ally the question before this answer named
    answerer: str | None = None  # the ally the last turn whose label named one speaks for
    lead_ally: str | None = None  # the ally of the one quoted after a lead-in of the paragraph
    money_currency: str | None = None  # Context.carry_currency
    for k, sent in enumerate(sents):
        label_end = _spoken_label(sent.text)
        asking_before = previous is not None and previous.text.rstrip().endswith("?")
        # a turn that answers the turn before it, which gave a share of GDP or broke off on a
        # dash ("Senator: Albania spends 2.3% now." then "Witness: Two point oh three,
        # Senator."; "GUEST: Spain at one point three—" then "HOST: One point two eight.")
        responding = (label_end >= 0 and in_turn and previous is not None
                      and (share_sentence == k - 1 or previous.text.rstrip().endswith(_DASHES)))  # fmt: skip
        if label_end >= 0:  # a turn opens: "HOST: Denmark?", "[32:40] GUEST: Latvia ..."
            if not in_turn:  # (the lines before a run of turns: "Question time, Sejm.")
                setting = setting or _setting(sents[max(0, k - 3) : k])
            in_turn = True
            turn_country = _label_country(sent.text[:label_end], today) or setting
            answerer = turn_country or answerer  # (the asker's own label names no ally)
            if turn_country is None and asking_before:  # "REPORTER: And Canada?" then
                turn_country = carry  # "MINISTER: We're at two percent this year"
        elif previous is None or sent.paragraph != previous.paragraph:
            in_turn, turn_country = False, None  # (a paragraph with no label is no one's turn)
        answer_at = (
            sent.start + label_end if label_end >= 0 and (asking_before or responding) else -1
        )
        if label_end >= 0:  # (the answer's turn, its sentences after the first too)
            turn_at = answer_at
        elif not in_turn:
            turn_at = -1
        if label_end >= 0:
            unanswered = answer_at >= 0
        elif not in_turn:
            unanswered = False
        elif unanswered:  # "HOST: Denmark?" then "GUEST: Yes. Two point three seven this
            answer_at = sent.start  # year.": the answer's figure opens a later sentence of
            # its turn, none read before it in the turn
        subheading = False
        if sent.paragraph != paragraph:
            seen_before, seen = seen, []
            figured = []
            subheading = k > 0 and _subheading(sents, k)
            if subheading:  # ("Equipment", then "The new one: 3.5% core")
                if not sectioned:
                    lead_guideline, sectioned = guideline, True
                guideline = lead_guideline
            # a new paragraph opening on "It"/"That"/"This" still speaks of the last subject,
            # and so does one under a heading ("1. Europe: biggest rise, 17%")
            opener = sent.text.split(None, 5)[:5]
            words = [w.lower().strip(",") for w in opener]
            going_on = k > 0 and (_carries(words) or _pairs_back(words, sent.text))
            going_on = going_on or (
                k > 0 and carry is not None and _goes_on_unnamed(sent, seen_before, carry)
            )
            going_on = going_on or (k > 0 and carry is not None and _asks_unnamed(sent.text))
            # "REPORTER: Turkey spends what, three percent?" then "OFFICIAL: Two point zero
            # nine ...": the turn answering a question goes on with its subject
            answering = question_turn >= 0 and question_turn == sent.paragraph - 1 or responding
            going_on = going_on or answering
            by_person = going_on and words[0] in _PERSON_PRONOUNS and not _carries(words[1:])
            if by_person and not _one_country(seen_before):
                # "Kristersson met Biden in Washington. / His government spends ...": whose?
                going_on = by_person = False
            if _heading(previous, opened) and previous and not tables.years_only(previous.text):
                section_year = _heading_year(previous.text)  # (a heading of words opens a
                # section of no year, unless it names one: "Back in 2014", "Laggards in 2025")
            if not going_on and not _heading(previous, opened):
                carry_far, carry = carry or carry_far, None
            elif _NOTE_MARKED.match(sent.text):  # "a First year at or above 2%." under the rows
                carry_far, carry = carry or carry_far, None  # it marks: not the last row's ally
            if going_on and equipment == paragraph:  # (and of the same spending: "Lithuania
                equipment = sent.paragraph  # and Hungary follow." then "Their shares are ...")
            asked_ally = _asked_ally(previous) if k > 0 else None
            lead_ally = None
            if not (asking_before or sent.text.rstrip().endswith("?")):
                money_currency = None  # (a question and its answer go on in the same money)
            if _LIVE_STAMP.match(sent.text):  # "14:25 Where allies stand today: ...": a live
                header, list_year = None, None  # blog's entry opens, a unit of its own: no
                # header, deadline or title year of the entry before dates its figures
            paragraph, opened = sent.paragraph, sent.start
            listing = previous is not None and (
                previous.text.rstrip().endswith(":")
                or (listing and (tables.is_bullet(previous.text) or _row(previous.text)))
            )  # fmt: skip  (the rows under "Europe vs Russia, 2024 (SIPRI):" one by one)
            if not ((header is not None or listing) and _row(sent.text)):
                list_year = None
                source = None  # (but the bullets of a list keep the source its header named:
                # "The EDA's figures for 2023 show:" then "- Finland 2.1%"; "The main trends,
                # according to the institute:" then " - Russia: up 38%"; and so do a table's
                # rows: "EDA data, 2024 (% of GDP)" then "Italy: 1.5%")
        if _alliance_title(sent) is not None:  # "At a glance: the alliance in 2019" over
            defence_topic = True  # "$54bn - Germany": the alliance's fact box, its sums the
            # allies' defence spending
        if _releases_today(sent.text):  # "Today I can share our latest figures." then its
            day_release = sent.paragraph  # figures, in the paragraph (or quotation) it opens
        if k in sourced:  # "- Japan: $55.3bn" above "Source: SIPRI"
            source = sourced[k]
        previous = sent
        if sent.text.rstrip().endswith("?"):
            question_turn = sent.paragraph
            question_year = (k, _question_year(sent, today))
        elif question_turn == sent.paragraph:
            question_turn = -1  # (the turn went on after its question)
        # "What is the 2% target?" ... "How many allies meet it?": 'it' is the target a
        # question before named, not the last one the answers mentioned (20% for equipment)
        level_asked = _asked_of(sent.text, asked_guideline) or guideline
        question = _asked_count(sent.text, level_asked)
        which = _asked_which(sent.text, level_asked) if question is None else None
        if which is not None:  # "Who meets it this year?", "Who falls short?": the answer
            question = which[0]  # opening on a number counts the allies it names
        if question is not None:  # "Q: How many allies met the target last year?" asks, and
            asked = question  # the answer counts, at that level and in that year
            asked_below = which is not None and which[1]
            tokens = _tokens(sent)
            lows = [t.low for t in tokens]
            asked_year = next((t.year for t in timewords.times(lows, quantities(tokens), today)
                               if t.year and t.role == "in"), None)  # fmt: skip
            seen.append((lows, ctxmod.subjects(tokens, lows), tokens))
            sent.tokens = []  # (let go, as below)
            last_question = (question, asked_year, k)
            continue
        if (
            last_question is not None
            and k - last_question[2] <= _ASKED_AGAIN_WITHIN
            and _HOW_MANY_AGAIN.match(_TURN_LABEL.sub("", sent.text, count=1))
        ):  # "Q: How many allies met two percent last year?" ... "Q: Which is how many?"
            asked, asked_year = last_question[0], last_question[1]
            asked_below = False
            last_question = (last_question[0], last_question[1], k)
            continue
        count_before = counted if counted is not None else held
        again = _asked_again(sent.text, count_before, today)
        if again is not None and count_before is not None:  # "... 30 allies at or above the
            # mark for 2025." then "Q: And the year before?": the answer counts at that level then
            asked, asked_year = count_before.threshold, again
            asked_below = False
            continue
        # (a table's header row of cells is read too: "| Country | NATO | SIPRI |" heads the
        # columns of the rows under it, though it holds no figure nor word of one)
        if not (_DIGIT.search(sent.text) or _trigger().search(sent.text) or "|" in sent.text):
            loans_head = _loans_header(sent.text)  # (a title of words alone heads its items)
            if counted is not None and listed.names_count_members(sent.text):
                _tokens(sent)
                ctx = _context(sent, [], today, carry, commas)
                listed.following_list(ctx, counted)
                claims.extend(ctx.claims)
            if sent.paragraph != held_paragraph:
                held = None
            elif counted is not None:
                held = counted
            titled = _unit_title(sent, today, carry, commas)
            if titled is not None:  # "Military personnel (thousands)" over "Country, 2025e"
                header = titled  # and its rows: the unit the title names is theirs
            counted = asked = None  # (a question's answer is the sentence right after it)
            said = _past_year_said(sent, today)  # ("A decade ago, Estonia ...")
            past = (sent.paragraph, said)
            if _PER_HEAD_WORDS.search(sent.text):  # ("Per person, the order changes.")
                per_head_said = (sent.paragraph, k)
            if said is not None:
                named_years.append((sent.paragraph, said))
                years_named.setdefault(sent.paragraph, []).append(said)
            defence_topic = defence_topic or bool(_DEFENCE_WORDS.search(sent.text))
            main, named_before, runs_before, bodies, foreign = _subjects_of(sent, seen)
            carry = main or _you_asked(sent, interviewed, in_turn) or _alliance_title(sent) or carry
            money_currency = _currency_named(sent.text) or money_currency  # ("In dollars, ...")
            carry_foreign = foreign if main else carry_foreign
            if _SIPRI.search(sent.text) or (
                everywhere == {"SIPRI"} and _INSTITUTE.search(sent.text)
            ):  # "SIPRI's report is out." then its figures ("according to the institute:")
                source = ("SIPRI", f"SIPRI {CARRIED}")
                everywhere.add("SIPRI")
            elif _NATO.search(sent.text):  # ("1. NATO's" heads a section of its figures)
                everywhere.add("NATO")
                nato_named = True
            elif bodies == {"other"}:  # "The European Defence Agency published its figures
                source = _other_named(sent)  # on Tuesday." then its list: that body's figures
            other_body = other_body or bool(bodies - {"SIPRI"})
            sent.tokens = []  # (let go, as below)
            continue
        if (
            header is None
            and not _LETTER.search(sent.text)
            and not tables.years_only(sent.text)
            and not _rated_before(sents, k)
            and not _answers_question(sents, k)
            and not (carry is not None and _TIMELINE_ITEM.match(sent.text))
            and asked is None
        ):
            continue  # "2%" on a line of its own, under no header: a figure of nobody (but
            # "**2023**" heads a section, '"X has reached 2%." TRUE. 2.05%.' rates X's,
            # "Czechia? 2.10%." answers its question, and "2014 – 1.18%" under "Germany's
            # road to 2%" is a timeline's item, the ally's in its year, and "23." right after
            # "How many allies will reach 2% this year?" is the count it asked)
        _tokens(sent)
        inside = quotes[
            bisect.bisect_right(ends, sent.start) : bisect.bisect_left(starts, sent.end)
        ]
        ctx = _context(sent, inside, today, carry, commas, k in short_run)
        dash_share = k if _dash_labelled(ctx, dash_share == k - 1) else -1
        # (an asking turn's 'you' is the one who answers: "STARMER: ..." then "Q: But you're
        # at 2.33 percent now")
        asker = in_turn and turn_country is None
        lead_ally = _lead_in_ally(sent.text) or lead_ally
        ctx.interviewee = lead_ally or interviewed or (answerer if asker else asked_ally)
        ctx.sole_ally = next(iter(named_allies)) if len(named_allies) == 1 else None
        named_allies.update(m.code for m in ctx.mentions if m.kind in _STATE_KINDS
                            and m.code in _ALLY_CODES)  # fmt: skip
        ctx.carry_currency = money_currency
        one_line = _one_line(sents, k)
        if one_line and row_named[0] == k - 1:
            ctx.row_owner = row_named[1]
        seen.append((ctx.lows, ctx.mentions, sent.tokens))
        if by_person and any(m.kind in _OWN_SUBJECTS for m in ctx.mentions):
            ctx.carry = None  # "He remarked: 'NATO allies will ...'": the person goes on, but
            # of what the sentence names, not of the subject before
        by_person = False  # (the paragraph's first sentence only)
        ctx.carry_far, ctx.carry_rival, ctx.carry_foreign = carry_far, rival, carry_foreign
        # ("... blunt with the Portuguese minister. 'You are at ...'"; the words lowered first,
        # a quick test before the pattern)
        if "you" in sent.text.lower() and _YOU.search(sent.text):
            before = sents[k - 1].text if k > 0 and sents[k - 1].paragraph == sent.paragraph else ""
            ctx.addressee = addressee([t.low for t in tokenize(f"{before} {sent.text}")])
        ctx.carry_source, ctx.carry_guideline, ctx.carry_all = source, guideline, named_before
        ctx.carry_runs = runs_before
        # (seen holds the paragraph's sentences, this one last; a paragraph's first sentence
        # points back to the last of the paragraph before: "Latvia and Lithuania have both hit
        # the target." then, on a line of its own, "The former reached 2.01% ...")
        named_from = seen[-2] if len(seen) > 1 else (seen_before[-1] if seen_before else None)
        if len(seen) > 1:  # ("President Andrzej Duda wants ... His own country is at 4.1%")
            ctx.carry_person = person_named(seen[-2][2])
        if named_from is not None:
            ctx.carry_named = tuple(dict.fromkeys(
                m.code for m in named_from[1] if m.kind in _NAMED_COUNTRY))  # fmt: skip
        ctx.asked, asked = asked, None
        ctx.asked_below, asked_below = asked_below and ctx.asked is not None, False
        ctx.past_year = past[1] if past[0] == sent.paragraph else None
        ctx.years_before = tuple(dict.fromkeys(y for _p, y in named_years[-4:]))
        ctx.paragraph_years = tuple(dict.fromkeys(
            years_named.get(sent.paragraph, []) + years_claimed.get(sent.paragraph, [])))  # fmt: skip
        ctx.carry_equipment = equipment == sent.paragraph or equipment_topic
        ctx.carry_other_field = other_field == sent.paragraph
        ctx.economy_beside = not economic.isdisjoint((k - 1, k, k + 1))
        ctx.carry_world_rank = world_rank == sent.paragraph
        ctx.carry_ally_noun = nouned == (sent.paragraph, k - 1)
        ctx.counted_before = frozenset(groups_counted)
        if pair_before[:2] == (sent.paragraph, k - 1):
            ctx.carry_pair = pair_before[2:]
        if since_before[:2] == (sent.paragraph, k - 1):
            ctx.carry_since, ctx.carry_since_real = since_before[2], since_before[3]
            ctx.carry_change = since_before[4]
        if topic_since[:2] == (sent.paragraph, k - 1):
            ctx.carry_topic_since = topic_since[2]
        ctx.section_year = section_year
        ctx.prior_year = prior[1] if prior[0] == sent.paragraph else None
        ctx.revised_year = revised[1] if revised[0] == sent.paragraph else None
        ctx.note_prices = noted[1] if noted[0] == sent.paragraph else None
        ctx.note_per_head = noted[2] and noted[0] == sent.paragraph
        ctx.per_head_before = per_head_said == (sent.paragraph, k - 1)
        ctx.article_sipri = "SIPRI" in everywhere and not other_body  # SIPRI, and it alone
        nato_named = nato_named or bool(_NATO.search(sent.text))
        ctx.article_nato = nato_named and not everywhere - {"NATO", "prices"}
        if ctx.asked is not None and asked_year is not None:
            ctx.carry_year = asked_year
        elif question_year[0] == k - 1 and question_year[1] is not None:
            ctx.carry_year = question_year[1]  # "How much did each spend last year?" then the
            # answer's figures, of no year of their own: of that year
        ctx.defence_topic = defence_topic
        ctx.canadian_dateline = canadian
        defence_topic = defence_topic or ctx.has("cues", "defence")
        if sent.paragraph == last_year[0] and _POINTING_BACK.match(sent.text):
            ctx.carry_year = last_year[1]  # (and "So was Hungary, at 2.05%")
        elif sent.paragraph == last_dated[0] and _BOTH_BACK.match(sent.text):
            ctx.carry_year = last_dated[1]  # "The US spent 3.17% in 2025 and Britain 2.32%."
            # then "Both trail Poland's 4.25%": compared in the year the pair was given for
        if (counted is not None and counted.year is not None and counted_once
                and _AMONG_COUNTED.search(sent.text)):  # fmt: skip
            ctx.carry_year = counted.year  # "In 2023 only ten allies reached 2%." then
            # "Denmark was among them, at 2.01%": one of those counted, in the count's year
        if data_year[0] != sent.paragraph or _own_time(ctx):
            data_year = (-1, None)
        else:
            ctx.data_year = data_year[1]  # "NATO's figures for 2023 put Poland first." then
            # "Spain (1.16%) and Belgium (1.18%) sit at the bottom": of that year's figures
        if k in footed and ctx.data_year is None and header is None and not _own_time(ctx):
            ctx.data_year = footed[k]  # "Japan: $58.3 billion" over "Figures: SIPRI, 2024."
        figures_dated = _data_year(ctx)
        if figures_dated is not None and figures_dated < today.year:
            data_year = (sent.paragraph, figures_dated)
        ctx.earlier = claims
        own_header = tables.header_of(ctx)
        if _loans_header(sent.text):
            loans_head = True  # ("How the EUR 150bn SAFE pot is being shared out:")
        elif loans_head and not tables.is_item(ctx):
            loans_head = False
        else:
            ctx.header_loans = loans_head
        if own_header is not None and tables.years_only(sent.text):
            heading = set(own_header.years)  # "2014" over "When allies made the Wales pledge,
            section_year = heading.pop() if len(heading) == 1 else None  # only three met it"
        if own_header is None and header is not None and not tables.is_item(ctx):
            header = None
        if own_header is not None and header is not None and not own_header.names_measure():
            # "Defence spending as a share of GDP:" (or "Equipment share of defence budgets:")
            # then the table's row "| Ally | 2024 | 2025 |": the measure of the header above
            own_header = replace(own_header, share=own_header.share or header.share,
                                 measure=header.measure, real=header.real,
                                 of_gdp=header.of_gdp, doubt=header.doubt,
                                 owner=own_header.owner or _owner_kept(ctx, header))  # fmt: skip
            if header.measure == "spending_nc_current" and not own_header.unit:
                # "UK defence spending (GBP billion):" then "2022/23: 57.3": the sums' unit too
                own_header = replace(own_header, unit=header.unit)
            if header.unit and not own_header.unit and not own_header.share:
                # "Defence spending per capita (constant 2015 USD)" then "Ally 2014 2024e": the
                # sums' unit, a head or not, and prices too
                own_header = replace(own_header, unit=header.unit, per_head=header.per_head,
                                     prices=own_header.prices or header.prices)  # fmt: skip
        if (own_header is not None and own_header.table and not own_header.names_measure()
                and k in gdp_footed):  # fmt: skip
            # "| Ally | 2023 | 2024 |" over the rows and "Share of GDP, %." under them: the
            # footer says what the table's figures measure
            own_header = replace(own_header, share=True, of_gdp=True)
        own_years = own_header.years if own_header is not None else ()
        if own_header is not None and header is not None and not own_years:
            # "NATO spending in 2024" then "Meeting 2%: 23": a label line keeps the title's year
            years = header.years  # (a column a source: each of the title's one year)
            if own_header.sources and len(set(years)) == 1:
                years = years[:1] * len(own_header.sources)
            own_header = replace(own_header, years=years, others=header.others)
        if own_header is not None:  # (a title or a header row: no figure of its own)
            header_bare = all(q.form == "year" for q in ctx.quantities)
        header = own_header or header
        if header is not None and header is below and k not in captioned:
            header = None  # (the caption ends the rows it heads)
        if header is None and k in captioned:  # "Poland 4.48 | Lithuania 4.00" over "Share
            # of GDP, 2025 estimates.": a chart's row, the caption under it its header
            header = below = tables.Header((captioned[k],), True, of_gdp=True)
        if header is not None and not header.years and k in marked:  # "Poland 4.12*" over
            header = replace(header, years=(marked[k],))  # "*2024 estimates"
        if header is not None:  # ("Defence spending per capita, 2024 (US$, 2015 prices)")
            ctx.header_per_head, ctx.header_prices = header.per_head, header.prices
        if (header is not None and not own_years and len(set(header.years)) == 1
                and not header.others):  # fmt: skip
            ctx.header_year = header.years[0]  # (a line under it, with no year of its own)
            if header_bare and own_header is None and _row(sent.text):
                ctx.row_year = header.years[0]
        if (
            own_header is not None
            and len(set(own_years)) == 1
            and (_row_header(sent.text) or all(x.form == "year" for x in ctx.quantities))
        ):  # "Europe vs Russia, 2024 (SIPRI):" over its rows, or a title line of no figure
            list_year = own_years[0]
        elif not own_years and list_year is not None and _row(sent.text):
            ctx.list_year = list_year
        ctx.asked_share = share_turn >= 0 and share_turn == sent.paragraph - 1 == question_turn
        ctx.real_lead = real_lead == sent.paragraph
        ctx.in_turn, ctx.answer_at, ctx.turn_country = in_turn, answer_at, turn_country
        ctx.turn_at = turn_at
        if turn_country is None and not in_turn and signed is not None:
            ctx.turn_country = signed  # "Our country spends 1.41% ... (Portugal)": the writer's
        skipped = _skip_sentence(ctx)
        if skipped:  # ("HOST: In dollars, where does France stand?")
            money_currency = _currency_named(sent.text) or money_currency
        if skipped and any(q.form == "percent" for q in ctx.quantities):
            # "Is Britain anywhere near five percent?": no claim, but the answer's bare
            # figures are of what it asks about
            probe = _context(sent, inside, today, carry, commas, k in short_run)
            probe.earlier = claims
            readings.read(probe)
            if any(_of_gdp(c) for c in probe.claims):
                share_turn = sent.paragraph
        if (share_turn == sent.paragraph - 1 and question_year[0] == k
                and question_year[1] is not None and _asks_unnamed(sent.text)):  # fmt: skip
            share_turn = sent.paragraph  # "A: 2.22% of GDP in 2026." then "Q: And in 2024?":
            # the same share asked of another year, which the next answer gives
        if not skipped:
            if header is not None:
                if 0 <= gdp_lead == k - 1 and own_header is None and not header.share:
                    # "Chart: allies' spending in 2019" then "The dots mark defence spending
                    # as a share of GDP." then "Estonia 2.13, ...": the lead names the measure
                    header = tables.led_row(ctx, header)
                tables.read_items(ctx, header)
            elif (row := tables.bare_row(ctx)) is not None:
                if 0 <= gdp_lead == k - 1:  # "Bars show defence spending as % of GDP." then "US
                    row = tables.led_row(ctx, row)  # 3.42, Greece 2.24, Estonia 2.13."
                tables.read_items(ctx, row)  # "Poland 4.48 | Lithuania 4.00 | Latvia 3.73"
            readings.read(ctx)
            if nato_said[0] == sent.paragraph and not ctx.sources:
                _amounts_carried(ctx.claims, nato_said[1], sent.text)
            if said_past[0] == k - 1 and said_past[1] is not None and said_past[1] < today.year:
                _carried_starts(ctx.claims, said_past[1])
            if counted is not None and not ctx.quantities and listed.names_count_members(sent.text):
                listed.following_list(ctx, counted)  # ("The laggards include ...")
            if lead_other and not everywhere & {"NATO", "SIPRI"}:
                # "... according to new data from the European Defence Agency." and later
                # "Estonia and Latvia follow at 3.3% each": perhaps that body's figures
                for c in ctx.claims:
                    if c.kind in _OF_DATA and not c.source_text:
                        c.other_body = lead_other
            if one_line and _row_label_end(ctx) >= 0:
                row_named = (k, _row_label_owner(ctx) or ctx.row_owner)
            money_currency = _money_currency(ctx) or money_currency
            if day_release == sent.paragraph:
                for c in ctx.claims:
                    c.day_release = True
            claims.extend(ctx.claims)
            # (a line read as a figure of defence spending makes the text's topic defence:
            # "European allies and Canada: $777 billion" then "United States: $1,133 billion")
            defence_topic = defence_topic or any(c.kind in _OF_DEFENCE for c in ctx.claims)
            unanswered = unanswered and not ctx.claims
            if any(_of_gdp(c) for c in ctx.claims):
                share_turn, share_sentence = sent.paragraph, k
            if limit is not None and len(claims) >= limit:
                break
        gdp_lead = k if tables.gdp_lead(ctx) else gdp_lead
        if ctx.has("cues", "real") and not any(q.form != "year" for q in ctx.quantities):
            real_lead = sent.paragraph  # ("'Real change' compares spending at constant 2021
            # prices." then "By that yardstick, spending grew 5.77% in 2026")
        made = next((c for c in reversed(ctx.claims) if c.kind == "count_meeting"), None)
        if made is None and not ctx.claims and sent.paragraph == held_paragraph:
            held = counted if counted is not None else held  # ("GUEST: Twenty-three of
            # thirty-two, yes." restates the count and claims nothing: "And in 2021?" next
            # asks the count before again)
        else:
            held, held_paragraph = None, sent.paragraph
        counted = made
        # (not when its counts are of several years: "23 meet it this year, against 2021, when
        # only six were" then "Turkey is among them": which of them is unsaid)
        counted_once = len({c.year for c in ctx.claims if c.kind == "count_meeting"}) <= 1
        main_m = _main(ctx.mentions, ctx.lows, ("ally", "group", "capital", "demonym", "foreign"))
        if main_m is None:
            main_m = _seat_subject(ctx)  # "Downing Street says ...": the country it stands for
        ranked = main_m is not None and any(c.kind == "ranking" and c.subject_code == main_m.code
                                          for c in ctx.claims)  # fmt: skip
        rival = carry if ranked and carry != main_m.code else None
        carry = (
            main_m.code
            if main_m
            else (
                _first_person_ally(ctx)
                or _you_asked(sent, interviewed, in_turn)
                or _alliance_title(sent)
                or carry
            )
        )
        if main_m is not None:
            carry_foreign = foreign_iso(ctx.lows, main_m) if main_m.kind == "foreign" else None
        named_guideline = _guideline_in(ctx)
        if named_guideline is not None and sent.text.rstrip().endswith("?"):
            asked_guideline = named_guideline
        guideline = (
            named_guideline
            or _guideline_claimed(ctx)
            or (_heading_guideline(ctx) if subheading else None)
            or (guideline)
        )
        named_before = tuple(m.code for m in ctx.mentions if m.kind in ("ally", "group"))
        runs_before = _runs(ctx.mentions, ctx.lows)
        stated = [
            t.year
            for t in ctx.times
            if t.kind == "year" and t.year and t.role in ("in", "deadline")
        ]
        last_year = (sent.paragraph, stated[-1] if stated else ctx.carry_year)
        # (one year, and no other time: "this year ..., up from 1.50% in 2023" dates two)
        dated = {t.year for t in ctx.times if t.year and t.role not in ("edition", "date")}
        one = len(dated) == 1 and len(stated) == 1 and all(t.role != "deadline" for t in ctx.times)
        last_dated = (sent.paragraph, stated[0] if one else None)
        years_said = {
            t.year for t in ctx.times if t.kind == "year" and t.year and t.role in ("in", "since")
        }
        said_past = (k, years_said.pop() if len(years_said) == 1 else None)
        named_years.extend((sent.paragraph, y) for y in stated)
        years_named.setdefault(sent.paragraph, []).extend(stated)
        years_claimed.setdefault(sent.paragraph, []).extend(
            c.year for c in ctx.claims if c.year is not None
        )
        other_field = sent.paragraph if "another field" in ctx.memo else -1
        world_rank = sent.paragraph if _world_place(ctx) else -1
        changed = [c for c in ctx.claims if c.kind == "real_change"]
        bases = {c.since for c in changed}
        shares = [c for c in ctx.claims if c.unit == "%"]
        if _COUNT_NOUNS.any_in(ctx.lows, 0, len(ctx.lows)):
            nouned = (sent.paragraph, k)
        groups_counted.update(_groups_counted(ctx))
        figured.extend(_with_forms(ctx))
        compared = _compared_times(figured) if ctx.claims else None
        if compared is not None:
            pair_before = (sent.paragraph, k, *compared)
        topic_since = (sent.paragraph, k, _figureless_since(ctx))
        since_before = (sent.paragraph, k, bases.pop() if len(bases) == 1 else None,
                        not any(c.real_unstated for c in changed),
                        bool(shares) and len(changed) == len(shares))  # fmt: skip
        # (not a sentence whose shares are all personnel's, equipment named only beside
        # them: "Italy's share of pay falls to 42.8% as procurement rises")
        equipment = (sent.paragraph if ctx.has("cues", "equipment")
                     and not (ctx.claims and all(c.kind == "personnel_share" for c in ctx.claims))
                     or any(c.kind == "equipment_share" for c in ctx.claims) else -1)  # fmt: skip
        if equipment == sent.paragraph:
            equipment_topic = True
        elif ctx.has("cues", "gdp") or any(c.kind in _OTHER_SHARES and not _unsure_of_gdp(c)
                                           for c in ctx.claims):  # fmt: skip
            # (not a share read as of GDP only for want of another: "Slovenia sits at the
            # bottom with 8.0%." then "The US share is 27.5%." still speak of equipment)
            equipment_topic = False
        dated = {t.year for t in ctx.times if t.year and t.kind == "year"
                 and t.role not in ("price", "deadline")}  # fmt: skip
        prior = (sent.paragraph, dated.pop() if len(dated) == 1 else None)
        if not ctx.claims and (year_revised := _figures_revised(ctx)) is not None:
            revised = (sent.paragraph, year_revised)
        if (price_year := prices_noted(ctx)) is not None and not any(
            c.kind != "unread" for c in ctx.claims
        ):
            noted = (sent.paragraph, price_year, ctx.has("ranking", "per_head"))
        if ctx.has("ranking", "per_head") and all(q.form == "year" for q in ctx.quantities):
            per_head_said = (sent.paragraph, k)
        past = (sent.paragraph, _past_year(ctx.times, today))
        if any(c.year != past[1] and c.year is not None for c in ctx.claims):
            past = (-1, None)  # (its figures are of other years too: "... 8% this year, after
            # an 11.6% jump in 2024. The United States grew its own by just 2.7%"; a figure
            # of no year, such as a count of deficits, says nothing of that)
        # (a body that ran a poll, "an ECFR poll found ...", gave no figures of spending)
        bodies_named = [s for s in ctx.sources
                        if s.source != "other" or not _pollster(ctx.lows, s.i, s.j)]  # fmt: skip
        named = {s.source for s in bodies_named}
        if not everywhere and named == {"other"}:
            lead_other = bodies_named[0].text  # the only body the article names, so far
        everywhere |= named
        other_body = other_body or bool(named - {"SIPRI"})
        if (
            any(t.role == "price" for t in ctx.times)
            and not any(c.kind == "spending_amount" and c.price_base for c in ctx.claims)
            and not any(x.form == "money" for x in ctx.quantities)
        ):  # constant prices its own figures do not take: any money of the article may be
            everywhere.add("prices")  # (but "costs, in 2019 dollars, climbing from $617
            # billion to $735 billion": the prices of the sums beside them, read or not)
        if not named and everywhere == {"SIPRI"} and _INSTITUTE.search(sent.text):
            source = ("SIPRI", f"SIPRI {CARRIED}")  # "The main trends, according to the institute:"
        if named:
            nato_said = (sent.paragraph, bodies_named[0].text) if named == {"NATO"} else (-1, "")
        if len(named) == 1:  # a paragraph that attributes its figures carries the attribution
            only = bodies_named[0]
            source = (only.source, f"{only.text} {CARRIED}") if only.source != "NATO" else None
            if source is not None and not _HYPOTHETICAL.isdisjoint(ctx.lows[only.j :]):
                source = None  # "RUSI estimates that lifting it to 3.5% would cost £40bn ...":
                # a body's sum of what would happen, not its figures of what is spent: "Britain
                # currently spends 2.4%" after it is not the body's
        sent.tokens = []  # read: its tokens are let go now, their memory reused by the next's
    _footnoted(claims, sents)
    _measured_below(claims, sents)
    corrections.redate(claims, sents)
    corrections.withdraw(claims, sents)
    corrections.resubject(claims, sents, [_spoken_label(s.text) for s in sents])
    corrections.answered_we(claims, sents)
    corrections.answered_by_nato(claims, sents)
    _whole_article(claims, everywhere, today, [s.paragraph for s in sents])
    _span_starts(claims)
    return claims


_HYPOTHETICAL: frozenset[str] = patterns.word_set("counterfactual_modals")
_BUDGET_WORD: re.Pattern[str] = re.compile(r"\bbudget", re.IGNORECASE)
_POINTERS: frozenset[str] = frozenset({"that", "this", "which"})
_RESTATING_THAT: frozenset[str] = patterns.word_set("restating_that_verbs")


def _amounts_carried(claims: list[Claim], said: str, text: str) -> None:
    """'Hungary will spend 2.11% of GDP this year, NATO figures show.' then 'Spending is put
    at HUF 1,713 bln.': an amount in the ally's own currency with no source of its own, in a
    paragraph whose sentence before named NATO alone as the source of its figures, goes on
    quoting NATO's table, not the national budget (abstain.national_budget). Not when its
    sentence speaks of a budget, names a line of one, or gives a government's own word, nor
    when it restates the share before in money ('In money terms that is 104.7 billion'): the
    writer's own sum, perhaps worked out from the share or taken from a national budget."""
    if _BUDGET_WORD.search(text):
        return
    words = re.findall(r"[a-z]+", text.lower())
    if any(w in _POINTERS and words[k + 1 : k + 2] != [] and (words[k + 1] in _RESTATING_THAT
           or words[k + 1] == "s") for k, w in enumerate(words)):  # fmt: skip
        return
    for c in claims:
        if (
            c.kind == "spending_amount"
            and c.currency not in (None, "USD")
            and c.source == "NATO"
            and not c.source_text
            and not c.budget_line
            and not c.other_body
        ):
            c.source_text = f"{said} {CARRIED}"


_SOURCE_LINE = re.compile(r"[\s(*_]*(?:sources?|data|figures)\s*:\s*(.+)$", re.IGNORECASE)


def _sourced_below(sents: list[Sentence]) -> dict[int, tuple[str, str]]:
    """The lines of a list or table that a line under it gives one body other than NATO as
    the source of ('- Germany: $88.5bn' ... 'Source: SIPRI'; 'Italy: 33.1 (1.5%)' ...
    'Source: European Defence Agency'): {their index: the source to carry}. That body's
    figures, not NATO's. (NATO, named so, is the default anyway; a line naming two sources
    attributes no line.)"""
    out: dict[int, tuple[str, str]] = {}
    for k, sent in enumerate(sents):
        named = _SOURCE_LINE.match(sent.text)
        if named is None or _NATO.search(named[1]):
            continue
        if _SIPRI.search(named[1]):
            carried = ("SIPRI", f"{sent.text.strip()} (the line under the list)")
        else:
            tokens = tokenize(named[1])
            bodies = ctxmod.sources([t.low for t in tokens])
            if {b.source for b in bodies} != {"other"}:
                continue
            body = bodies[0]
            name = " ".join(t.text for t in tokens[body.i : body.j]).removesuffix("'s")
            carried = ("other", f"{name} (the line under the list)")
        j = k - 1
        while j >= 0 and sents[j].paragraph == sent.paragraph and not _row(sents[j].text):
            j -= 1  # ("Together they make 60% of the total. Source: SIPRI" under the rows: a
            # footer's sentence on the source's own line)
        while j >= 0 and _row(sents[j].text):
            out[j] = carried
            j -= 1
    return out


# the year a source line under a list or table gives its figures ("Figures: SIPRI, current US
# dollars, 2024."; "Source: NATO (2025 estimates)")
_FOOTER_YEAR: re.Pattern[str] = re.compile(r"(?<![\w/-])((?:19|20)\d\d)e?(?![\w/%-])")
_FOOTER_DATED: re.Pattern[str] = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|edition|report|published|released)\W*$",
    re.IGNORECASE,
)


def _dated_below(sents: list[Sentence]) -> dict[int, int]:
    """The rows of a list or table right above a source line that names one year, the year of
    their figures ('6) Japan: $58.3 billion (1.4% of GDP)' over 'Figures: SIPRI, current US
    dollars, 2024.'): {their index: the year}. Not a year that dates the release ('Source:
    NATO, June 2024', 'NATO report of 2024'), nor a line naming two years or none."""
    out: dict[int, int] = {}
    for k, sent in enumerate(sents):
        named = _SOURCE_LINE.match(sent.text)
        if named is None:
            continue
        years = list(_FOOTER_YEAR.finditer(named[1]))
        if len(years) != 1 or _FOOTER_DATED.search(named[1][: years[0].start()]):
            continue
        j = k - 1
        while j >= 0 and _row(sents[j].text):
            out[j] = int(years[0][1])
            j -= 1
    return out


_FOOTER_GDP: re.Pattern[str] = re.compile(r"(?:%|per ?cent|percent|share)\s+of\s+GDP\b", re.I)


def _measured_below(claims: list[Claim], sents: list[Sentence]) -> None:
    """The bare figures of the rows of a table right above a source line that gives their unit
    as a share of GDP ('Source: NATO, August 2025, % of GDP'): shares of GDP said so, once
    for the table, not a measure guessed."""
    rows: set[int] = set()
    for k, sent in enumerate(sents):
        named = _SOURCE_LINE.match(sent.text)
        if named is None or _FOOTER_GDP.search(named[1]) is None:
            continue
        j = k - 1
        while j >= 0 and _row(sents[j].text):
            rows.add(sents[j].index)
            j -= 1
    if not rows:
        return
    for claim in claims:
        if claim.sentence in rows and claim.measure == "share_of_gdp" and claim.measure_unstated:
            claim.measure_unstated = False


def _row_header(text: str) -> bool:
    """Does the line head the rows under it, ending on its colon ('Europe vs Russia, 2024
    (SIPRI):')?"""
    return text.rstrip().endswith(":")


def _row(text: str) -> bool:
    """Is a line a list's item or a table's row ('- Finland 2.1%', '| Italy | 1.5 |', a short
    line of figures with no sentence's full stop: 'Italy: 33.1 (1.5%)', or a chart's row of a
    name and its figures: 'China 314 (est.)')?"""
    if tables.is_bullet(text) or "|" in text:
        return True
    line = text.strip()
    if "\n" in line:  # rows the sentence splitter joined ("Europe, all states: $693bn" over
        # "of which Russia: $149bn"): rows, each line one
        return all(_row(part) for part in line.split("\n") if part.strip())
    if len(line.split()) > _ROW_WORDS:
        return False
    return (
        (
            _DIGIT.search(line) is not None
            and (":" in line or _DASH_LABEL.match(line) is not None)
            and not line.endswith(".")
        )
        or _NAME_FIGURES.match(line) is not None
        or _FIGURE_LABEL.match(line) is not None
    )


_ROW_WORDS = 8  # a row line is short: "United Kingdom: 71.9 (2.3%)"
# a name, then a dash setting its figures off: "Russia – $149bn (7.1% of GDP)"
_DASH_LABEL: re.Pattern[str] = re.compile(r"[^\W\d_][^\d\n|:;!?]{0,39}?\s[–—-]\s+[$€£]?\d")
# a key-number box's row, its figure first and the name after a dash: "$730bn - US", "2.1% -
# UK" (not a sentence: no full stop after the name)
_FIGURE_LABEL: re.Pattern[str] = re.compile(
    r"[$€£]?\d[\d.,]*\s*(?:%|bn|tn|m)?\s[–—-]\s+[^\W\d_][^\d\n|:;.!?]{0,39}$"
)
# a chart's row with no colon: a name, its figures, perhaps a bracketed mark ("China 314
# (est.)", "Germany 88.5", "Poland 4.12 4.48"), or its figures set apart by dashes ("Canada –
# $32.3bn – 1.3%")
_NAME_FIGURES: re.Pattern[str] = re.compile(
    r"[^\W\d_][^\d\n|:.;!?]{1,39}?(?:[ \t]+(?:[-–—][ \t]+)?[$€£]?[-+]?\d[\d.,]*(?:%|bn|tn|m)?\*?)+"
    r"(?:[ \t]*\([^()\d]{1,12}\))?$"
)


_CAPTION_NOUNS = patterns.word_set("caption_nouns")
_CAPTION_NOT_VERBS = patterns.word_set("caption_not_verbs")
_LONE_FIGURE = re.compile(
    r"[\s*#_]*[$€£]?\s?\d[\d,.]*\s?(?:%|percent|bn|billion|trillion|tn|st|nd|rd|th)?[\s*_]*$",
    re.IGNORECASE,
)


_WORD = re.compile(r"[^\W\d_]+(?:'s)?")


def _caption(text: str) -> bool:
    """Does a line read as a figure's caption: a phrase naming a measure, with no verb of a
    sentence ('UK defence spending as a share of GDP in 2024.', 'Allies expected to spend at
    least 2% of GDP this year'; not 'The alliance meets in The Hague next week')?"""
    words = {w.lower() for w in _WORD.findall(text)}
    return (
        not tables.is_bullet(text)
        and "|" not in text
        and not _LONE_FIGURE.match(text)
        and not _CAPTION_NOT_VERBS & words
        and bool(_CAPTION_NOUNS & words)
    )


def _dash_labelled(ctx: Context, after_one: bool) -> bool:
    """Does the line open on a bare figure with its decimals, labelled after a dash by words
    naming a share of GDP ('3.22 — US share of GDP on defence in 2025 (NATO)'), or, right
    under such a line, by a name alone ('2.40 — UK')? Then the figure is a percentage, read
    as such (its form set so); returns whether it was."""
    lows, qs = ctx.lows, ctx.quantities
    k = 1 if lows[:1] and tables.is_bullet(lows[0]) and not lows[0][:1].isdigit() else 0
    q = next((x for x in qs if x.i == k), None)
    if q is None or q.form != "plain" or q.precision < 1 or not 0 < q.value < MAX_SHARE:
        return False
    if lows[q.j : q.j + 1] not in (["—"], ["–"], ["-"]) or any(x.i > q.i and x.form != "year"
                                                            for x in qs):  # fmt: skip
        return False
    label = lows[q.j + 1 :]
    named = ctx.has("cues", "gdp", lo=q.j + 1) and not _SHARE_LABELS.isdisjoint(label)
    alone = after_one and bool(label) and all(
        m.kind in ("ally", "group") for m in ctx.mentions
    ) and len(ctx.mentions) == 1 and ctx.mentions[0].i == q.j + 1  # fmt: skip
    if not (named or alone):
        return False
    q.form = "percent"
    return True


_SHARE_LABELS: frozenset[str] = frozenset({"share", "%", "percent", "per"})


def _captioned(sents: list[Sentence]) -> list[Sentence]:
    """A figure on a line of its own with the line under it describing it, a bulletin's
    layout ('2.33%' over 'UK defence spending as a share of GDP in 2024.'), read as one
    sentence: the figure, then its description (offsets kept; the line break read as a
    space). A lone figure with no such line stays a figure of nobody."""
    out: list[Sentence] = []
    k = 0
    while k < len(sents):
        a = sents[k]
        b = sents[k + 1] if k + 1 < len(sents) else None
        if (b is not None and _LONE_FIGURE.match(a.text) and not tables.years_only(a.text)
                and b.start - a.end <= 2 and _caption(b.text)):  # fmt: skip
            gap = " " * (b.start - a.end)
            out.append(Sentence(len(out), a.start, b.end, a.text + gap + b.text, a.paragraph))
            k += 2
            continue
        a.index = len(out)
        out.append(a)
        k += 1
    return out


_FOOTNOTE = re.compile(r"\s*\*+\s*[^\n*]{0,30}?\b((?:19|20)\d\d)\b[^\n*\d]{0,30}$")
_MARKED = re.compile(r"\d\s?\*")


def _years_above(
    sents: list[Sentence], line: re.Pattern[str], row: re.Pattern[str], longest: int
) -> dict[int, int]:
    """The lines right above a line that gives their figures a year ('Poland 4.12*' over
    '*2024 estimates'; 'Poland 4.48 | Lithuania 4.00' over 'Share of GDP, 2025 estimates.'),
    each shorter than `longest` and holding `row`: {their index: the year}."""
    out: dict[int, int] = {}
    for k, sent in enumerate(sents):
        found = line.match(sent.text)
        if found is None:
            continue
        j = k - 1
        while j >= 0 and row.search(sents[j].text) and len(sents[j].text) < longest:
            out[j] = int(found[1])
            j -= 1
    return out


def _rows_above(
    sents: list[Sentence], line: re.Pattern[str], row: re.Pattern[str], longest: int
) -> set[int]:
    """The lines right above a line matching `line` ('| Netherlands | 1.56 | 2.05 |' over
    'Share of GDP, %.'), each shorter than `longest` and holding `row`: their indices."""
    out: set[int] = set()
    for k, sent in enumerate(sents):
        if line.match(sent.text) is None:
            continue
        j = k - 1
        while j >= 0 and row.search(sents[j].text) and len(sents[j].text) < longest:
            out.add(j)
            j -= 1
    return out


# a caption under a chart's rows: a share of GDP and one year, a short line of no verb
_GDP_CAPTION = re.compile(
    r"\s*\(?(?:defen[cs]e spending,?\s*)?(?:as a )?(?:share of GDP|% of GDP|percent of GDP)"
    r"(?:\s+on\s+defen[cs]e)?[,;:]?\s*(?:in\s+)?((?:19|20)\d\d)e?\b[^.\d]{0,30}\.?\s*$",
    re.IGNORECASE,
)  # ("(% of GDP on defence, 2024e, NATO)" in brackets under a post's rows of flags)
# a chart's row: cells set apart by bars, or a flag and its bare figure ("🇩🇪 2.12")
_GDP_FOOTER = re.compile(
    r"\s*\(?(?:defen[cs]e spending,?\s*)?(?:as a )?(share of GDP|% of GDP|per ?cent of GDP)"
    r"(?:\s*(?:,|in)\s*(?:%|per ?cent))?\)?\s*\.?\s*$",
    re.IGNORECASE,
)  # ("Share of GDP, %." under a table's rows: the unit of its figures, and no year)
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_CHART_ROW = re.compile(r"\||^\s*[\U0001F1E6-\U0001F1FF]{2}\s*\d+(?:\.\d+)?\s*$")


# a footnote's mark right after a figure or its unit ('27.1%[a]', '1.49% of GDP[a]'), and a
# footnote's line under the text, led by its mark ('a. NATO estimate, June 2024.', '[b] Ibid.')
_MARK_AFTER = re.compile(r"(?:[ \t]*[^\W\d_]+){0,3}?[ \t]*\[([a-z\d])\]")
_NOTE_TEXT = re.compile(r"\s*(?:\[([a-z\d])\]|([a-z\d])[.)])\s+(\S.*)$", re.DOTALL)
_NOTE_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_MONTHS: dict[str, int] = {m: n for n, m in enumerate(patterns.load()["time"]["months"], start=1)}


def _footnoted(claims: list[Claim], sents: list[Sentence]) -> None:
    """A figure marked by a footnote ('Equipment share of budget: 27.1%[a]') whose note under
    the text names NATO's release by its date ('a. NATO estimate, June 2024.'; 'b. Ibid.' the
    note before it again): judged on that release, as a figure said to be from it is."""
    if not any("[" in s.text for s in sents):
        return
    lines: dict[int, list[Sentence]] = {}
    for s in sents:
        lines.setdefault(s.paragraph, []).append(s)
    notes: dict[str, tuple[int, int | None]] = {}
    last: tuple[int, int | None] | None = None
    for line in lines.values():
        text = " ".join(s.text for s in line)
        found = _NOTE_TEXT.match(text)
        if found is None:
            continue
        mark, note = found[1] or found[2], found[3].lower()
        if note.startswith("ibid") and last is not None:
            notes[mark] = last
            continue
        years = _NOTE_YEAR.findall(note)
        if "nato" not in note or not years:
            last = None
            continue
        month = next((n for m, n in _MONTHS.items() if re.search(rf"\b{m}\b", note)), None)
        last = notes[mark] = (int(years[-1]), month)
    if not notes:
        return
    by_index = {s.index: s for s in sents}
    for claim in claims:
        sent = by_index.get(claim.sentence)
        if sent is None or claim.named_edition is not None or claim.source != "NATO":
            continue
        marked = _MARK_AFTER.match(sent.text, claim.end - sent.start)  # ("1.49% of GDP[a]")
        if marked is not None and marked[1] in notes:
            claim.named_edition, claim.named_month = notes[marked[1]]


def _without_elisions(sents: list[Sentence]) -> list[Sentence]:
    """The sentences but the lines that only mark rows left out of a list ('...' between
    '#3 United States 3.38' and '#31 Spain 1.28'): the list goes on past them, its rows read
    as if one followed the other (the later sentences numbered again, as _captioned does)."""
    if not any(_ELISION.match(s.text) for s in sents):
        return sents
    out: list[Sentence] = []
    for sent in sents:
        if _ELISION.match(sent.text) and out:
            continue
        sent.index = len(out)
        out.append(sent)
    return out


def _split_captions(sents: list[Sentence]) -> list[Sentence]:
    """A chart's rows and the caption under them, joined as one sentence by a line break
    ('Poland 4.48 | ... | United States 3.22' then 'Share of GDP, 2025 estimates.'): split,
    the caption a sentence of its own (offsets kept)."""
    out: list[Sentence] = []
    for sent in sents:
        cut = sent.text.rfind("\n")
        if (cut > 0 and "|" in sent.text[:cut] and "|" not in sent.text[cut:]
                and _GDP_CAPTION.match(sent.text[cut + 1 :])):  # fmt: skip
            rows = sent.text[:cut].rstrip()
            out.append(Sentence(len(out), sent.start, sent.start + len(rows), rows, sent.paragraph))
            at = sent.start + cut + 1
            out.append(Sentence(len(out), at, sent.end, sent.text[cut + 1 :], sent.paragraph))
            continue
        sent.index = len(out)
        out.append(sent)
    return out


_AGO = re.compile(r"\bago\b|\blast year\b", re.IGNORECASE)


_REVISING: frozenset[str] = patterns.word_set("revising_verbs")
_REVISED_NOUNS: frozenset[str] = patterns.word_set("revised_figure_nouns")


def _figures_revised(ctx: Context) -> int | None:
    """The one year a sentence with no figure says the figures of were revised ("NATO's
    figures for 2024 were revised down", "the 2024 estimates have been updated"): a year that
    a noun of figures holds ('figures for 2024', '2024 figures') and a verb of revising; None
    when it names another time or none."""
    if _REVISING.isdisjoint(ctx.lows):
        return None
    years = [t for t in ctx.times if t.role not in ("price", "name")]
    if len(years) != 1 or years[0].kind != "year" or years[0].year is None:
        return None
    t, lows = years[0], ctx.lows
    held = lows[t.j : t.j + 1] != [] and lows[t.j] in _REVISED_NOUNS
    held = held or (lows[t.i - 1 : t.i] == ["for"] and lows[t.i - 2 : t.i - 1] != []
                    and lows[t.i - 2] in _REVISED_NOUNS)  # fmt: skip
    return t.year if held and t.year < ctx.today.year + 1 else None


def _past_year(times: list[timewords.TimeExpr], today: date) -> int | None:
    """The last past year a sentence names as the time of what it says ('In 2014, ...', 'A
    decade ago, ...'), for a sentence after it that speaks in the past tense with no time."""
    years = [
        t.year
        for t in times
        if t.year
        and t.year < today.year
        and (
            t.role == "in"
            and t.kind in ("year", "ago", "last")
            or t.role == "date"
            and t.kind == "year"
        )
    ]  # fmt: skip  ("in January 2017")
    return years[-1] if years else None


def _past_year_said(sent: Sentence, today: date) -> int | None:
    """_past_year of a sentence with no figure (read only when it has a time word)."""
    if not _AGO.search(sent.text):
        return None
    tokens = _tokens(sent)
    return _past_year(timewords.times([t.low for t in tokens], quantities(tokens), today), today)


def _alternation(name: str) -> str:
    """A vocabulary list as a regular expression's alternation, longest first, its spaces
    any run of spaces."""
    words = sorted(patterns.load()["words"][name], key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


# "How many allies meet the target?", "how many NATO countries spend 2% now?", "how many of
# them did so in 2014?", "How many allies will be at two percent this year?"; and with no noun,
# its verb (or an auxiliary standing for the verb before) right after "how many": "How many
# will reach 2% this year?", "How many did in 2024?" (not "How many billions did ...")
_HOW_MANY: re.Pattern[str] = re.compile(
    r"^\s*how many (?:(?:of (?:those|them|these)\b|"
    r"(?:of (?:the|its|nato's|our|their) (?:\d+ |[a-z]+-?[a-z]* )?)?(?:nato |allied )?"
    rf"(?:{_alternation('count_question_nouns')})\b)[^?]*"
    rf"\b(?:{_alternation('count_question_verbs')})\b|"
    rf"(?:(?:{_alternation('count_question_auxiliaries')})\s+)?"
    rf"(?:{_alternation('count_question_verbs')})\b|"
    rf"(?:{_alternation('count_question_auxiliaries')})(?=\s+(?:in|so|by)\b|\s*\?))"
    r"[^?]*\?\s*$",
    re.IGNORECASE,
)
# a question asking again, in other words, how many the question before asked ("Which is how
# many?", "How many is that?"): its answer counts as that one's would
_HOW_MANY_AGAIN: re.Pattern[str] = re.compile(
    rf"^\s*(?:{_alternation('count_question_again')})\s*\?\s*$", re.IGNORECASE
)
_ASKED_AGAIN_WITHIN: int = 3  # sentences from a count's question to one asking it again
# a question's or answer's one-letter label with a full stop: "Q. Who still falls short?"
_LETTER_LABEL: re.Pattern[str] = re.compile(r"^\s*[QA]\.\s+")
# a speaker's label opening a turn: "Q:", "INTERVIEWER:", "SECRETARY GENERAL STOLTENBERG:"
_TURN_LABEL = re.compile(r"^\s*(?:[^\s:?.!]+\s+){0,3}[^\s:?.!]+\s*:\s*")
# a speaker's label as transcripts write it: a time stamp perhaps, one to four words, a
# constituency or aside in brackets perhaps, a colon ("[00:14:02] SHEA:", "MINISTER
# McGUINTY:", "Senator:", "Mr Bezan (Selkirk—Interlake—Eastman):")
_SPOKEN_LABEL: re.Pattern[str] = re.compile(
    r"^(\s*(?:\[[0-9:.]{3,12}\]\s*|(?:[01]?\d|2[0-3]):[0-5]\d\s+)?)((?:[A-Za-z][\w'’.-]*\s+){0,3}"
    r"[A-Za-z][\w'’.-]*)\s*(?:\([^()]{1,60}\)\s*){0,2}:(?![0-9])\s*"
)
# a live blog's entry opening on its time stamp ("14:25 Where allies stand", "09:05 The target")
_LIVE_STAMP: re.Pattern[str] = re.compile(r"^\s*(?:[01]?\d|2[0-3]):[0-5]\d\s+(?=[^\s\d])")
_TURN_ROLES: frozenset[str] = patterns.word_set("turn_roles")
_PLACES: tuple[str, ...] = ("ally", "group", "foreign", "capital", "allies")
_DASHES: tuple[str, ...] = ("—", "–", "-")  # a turn broken off: "Spain at one point three—"


def _label_country(label: str, today: date) -> str | None:
    """The ally a speaker's label says its speaker speaks for ('Polish MP', 'MERZ'), if any."""
    words = _SPOKEN_LABEL.match(label)
    if words is None:
        return None
    lows = [t.low for t in tokenize(words.group(2))]
    return speaker_country(Quote(0, 0, words.group(2), " ".join(lows), lows), today)


_SIGNATURE = re.compile(r"\(([^()]{2,40})\)\s*")


def _signed_country(sents: list[Sentence]) -> str | None:
    """The ally a text is signed from at its end, a line of its own holding nothing but the
    ally's name in brackets ('... Maybe the Americans have a point. (Portugal)', as a reader's
    letter is signed), if any: the country 'we' and 'our country' of the writer's own words
    speak for. A bracket with anything else in it (a source, a date, two names) signs nothing."""
    if len(sents) < 2:
        return None
    m = _SIGNATURE.fullmatch(sents[-1].text.strip())
    if m is None:
        return None
    tokens = tokenize(m.group(1))
    lows = [t.low for t in tokens]
    found = ctxmod.subjects(tokens, lows)
    if len(found) != 1 or found[0].kind != "ally" or (found[0].i, found[0].j) != (0, len(lows)):
        return None
    return found[0].code


def _setting(before: list[Sentence]) -> str | None:
    """The one country of the parliament or seat of government named before a transcript's
    first turn ('Question time, Sejm.', 'Bundestag, 18 March.'), if any."""
    codes: set[str] = set()
    for sent in before:
        tokens = tokenize(sent.text)
        lows = [t.low for t in tokens]
        for m in ctxmod.subjects(tokens, lows):
            if m.kind == "institution" or (
                m.kind in ("ally", "demonym") and _chamber_of(lows, m.i, m.j)
            ):
                codes.add(m.code)
    return codes.pop() if len(codes) == 1 else None


# a chamber many allies have ("senate"): its members ("Senator Plett:") speak for the ally
# the text names it of ("the Canadian Senate", "Canada's Senate", "the Senate of Canada")
_SHARED_CHAMBERS: frozenset[str] = patterns.word_set("shared_chambers")


def _chamber_of(lows: list[str], i: int, j: int) -> bool:
    """Does the ally named at lows[i:j] own a chamber named next to it ('Canadian Senate',
    'Senate of Canada')?"""
    if lows[j : j + 1] != [] and lows[j] in _SHARED_CHAMBERS:
        return True
    k = i - (lows[i - 1 : i] == ["the"])
    return k >= 2 and lows[k - 1] == "of" and lows[k - 2] in _SHARED_CHAMBERS


def _spoken_label(text: str) -> int:
    """Where the words after a speaker's label opening the sentence begin (an offset in
    `text`), or -1: the label's words are a role ("GUEST", "Senator", "Mr Bezan") or a name in
    capitals ("RUTTE", "MINISTER DENDIAS"), never a place ("POLAND: 4.12", "Bottom: ESP")."""
    if ":" not in text:  # (the label ends in a colon: one test in C first)
        return -1
    m = _SPOKEN_LABEL.match(text)
    if m is None:
        return -1
    words = m.group(2).split()
    role = any(w.lower().strip(".") in _TURN_ROLES for w in words)
    if not role and not any(w.isupper() and w.replace("-", "").isalpha() and (len(w) > 1 or w == "Q")
                            for w in words):  # fmt: skip
        # (a capital alone is no name: "A quick note: Spain 1.28")
        return -1
    tokens = tokenize(m.group(2))
    lows = [t.low for t in tokens]
    places = [p for p in ctxmod.subjects(tokens, lows) if p.kind in _PLACES]
    if places and not (
        len(places) == 1
        and places[0].kind == "ally"
        and places[0].possessive
        and (lows[-1] in _TURN_ROLES or lows[-1] in _MINISTERS)
    ):
        return -1  # ("USA: 3.38", "NATO: 2.71": a row's label, not a speaker; but "Senator:",
        # "Polish MP:", "Latvia's president:" are speakers)
    return m.end()


_MINISTERS: frozenset[str] = patterns.word_set("ministerial_roles")


def _question_year(sent: Sentence, today: date) -> int | None:
    """The one year a question with no figure asks of ('How much did each big ally spend last
    year?', 'What about 2023?'), else None."""
    tokens = tokenize(sent.text, sent.start)
    found = quantities(tokens)
    if any(x.form != "year" for x in found):
        return None
    years = {t.year for t in timewords.times([t.low for t in tokens], found, today)
             if t.year and t.role == "in"}  # fmt: skip
    return years.pop() if len(years) == 1 else None


def _asked_count(text: str, guideline: float | None) -> float | None:
    """The level a question asks how many allies meet ('Q: How many allies now meet the
    target?': the guideline the article last named, else 2%; 'INTERVIEWER: Mr Secretary
    General, how many allies are at two percent this year?': 2%), or None for no such
    question."""
    if "?" not in text:  # (_HOW_MANY ends on the question mark: one test in C first)
        return None
    asked = _addressed().sub("", _TURN_LABEL.sub("", _LETTER_LABEL.sub("", text, count=1),
                                                 count=1), count=1)  # fmt: skip
    if not _HOW_MANY.match(asked):
        return None
    share = next((q.value for q in quantities(tokenize(asked)) if q.form == "percent"), None)
    return share if share is not None else guideline or 2.0


# "Who meets it this year?", "Which allies already meet the new 3.5% core goal?", "Who still
# falls short of 2%?": a question of which allies are at (or below) a level, whose answer,
# when it opens on a number ("Seven allies, ...", "Three: Poland, ..."), counts them
_WHO_MEETS: re.Pattern[str] = re.compile(
    r"^\s*(?:who|which (?:(?:nato|other) )?(?:"
    rf"{_alternation('count_question_nouns')}))\s+(?:[a-z]+\s+)?"
    rf"(?:(?P<short>{_alternation('count_question_short_verbs')})|"
    rf"{_alternation('count_question_verbs')})\b[^?]*\?\s*$",
    re.IGNORECASE,
)


def _asked_which(text: str, guideline: float | None) -> tuple[float, bool] | None:
    """The level a question asks which allies meet ('Who meets it?': the guideline the
    article last named, else 2%; 'Which allies meet the 3.5% core goal?': 3.5%) and whether
    it asks who is below it ('Who falls short?'), or None for no such question."""
    if "?" not in text:
        return None
    asked = _addressed().sub("", _TURN_LABEL.sub("", _LETTER_LABEL.sub("", text, count=1),
                                                 count=1), count=1)  # fmt: skip
    m = _WHO_MEETS.match(asked)
    if m is None:
        return None
    share = next((q.value for q in quantities(tokenize(asked)) if q.form == "percent"), None)
    return (share if share is not None else guideline or 2.0), m.group("short") is not None


def _interviewee(sents: list[Sentence]) -> str | None:
    """The ally of the person an interview's opening lines say it is with ('Interview with the
    Belgian prime minister.', 'Interview: Norway's prime minister', 'A conversation with
    Portugal's foreign minister.'): one of the first two lines, an interview's word and one
    ally's person (a nationality or an ally's possessive before a role) in it; else None."""
    for sent in sents[:2]:
        if '"' in sent.text or "\u201c" in sent.text or _spoken_label(sent.text) >= 0:
            return None  # (the interview has begun: no heading line after it)
        lows = [t.low for t in tokenize(sent.text)]
        if _INTERVIEW_WORDS.isdisjoint(lows):
            continue
        return person_of_ally(lows)
    return None


_INTERVIEW_WORDS: frozenset[str] = patterns.word_set("interview_words")


def _you_asked(sent: Sentence, interviewed: str | None, in_turn: bool) -> str | None:
    """The interviewee's ally when an interviewer's line with no figure speaks to 'you' ('You
    spend more than anyone else. How much exactly?'): what the answer after it is about."""
    if interviewed is None or in_turn or '"' in sent.text or "\u201c" in sent.text:
        return None
    lows = [t.low for t in tokenize(sent.text)]
    return None if _YOU_WORDS.isdisjoint(lows) else interviewed


_YOU_WORDS: frozenset[str] = patterns.word_set("second_person")


def _lead_in_ally(text: str) -> str | None:
    """The ally of the one a quotation is put in the mouth of by a lead-in ending in a colon
    right before it: a person of one ally ("Sweden's minister, asked what had changed: "We
    ..."") or a question about one ally ('Asked whether Romania would stay above the
    guideline, the minister said: "We ..."'); else None."""
    m = _QUOTE_AFTER_COLON.search(text)
    if m is None:
        return None
    tokens = tokenize(text[: m.start()])
    lows = [t.low for t in tokens]
    found = person_of_ally(lows)
    if found is not None or lows[:1] != ["asked"]:
        return found
    named = {m.code for m in ctxmod.subjects(tokens, lows) if m.kind in ("ally", "demonym")}
    return named.pop() if len(named) == 1 else None


_QUOTE_AFTER_COLON: re.Pattern[str] = re.compile(r':\s*["\u201c]')


def _asked_ally(question: Sentence | None) -> str | None:
    """The one ally a question that the paragraph after it answers names ('Is Hungary pulling
    its weight?', '— Critics say Italy reached the goal by counting ...' as an interviewer's
    dashed turn), if only one; else None."""
    if question is None:
        return None
    text = question.text.strip()
    if not (text.endswith("?") or text.startswith(_DASHES)):
        return None
    tokens = tokenize(text)
    found = {m.code for m in ctxmod.subjects(tokens, [t.low for t in tokens])
             if m.kind in ("ally", "demonym", "capital", "group", "foreign")}  # fmt: skip
    if len(found) != 1:
        return None
    code = found.pop()
    return code if len(code) == 3 else None


def _one_line(sents: list[Sentence], k: int) -> bool:
    """Is the sentence a line of its own (a paragraph of one sentence), as a list's row is?"""
    paragraph = sents[k].paragraph
    return (k == 0 or sents[k - 1].paragraph != paragraph) and (
        k + 1 == len(sents) or sents[k + 1].paragraph != paragraph
    )


def _row_label_end(ctx: Context) -> int:
    """Where the label of a row line ('Germany: 2.69%', '- Other regions: $62bn') ends: the
    index of the colon right before its first figure; -1 when the line is no such row."""
    lows = ctx.lows
    first = 1 if lows[:1] and lows[0] in ("-", "*", "\u2022", "\u2013") else 0
    if not ctx.quantities:
        return -1
    colon = ctx.quantities[0].i - 1
    if colon <= first or lows[colon] != ":" or ":" in lows[first:colon]:
        return -1
    return colon


def _row_label_owner(ctx: Context) -> str | None:
    """The one ally or group a row's label names, all of it ('Germany: 2.69%'), when the
    row's figures were read as its; else None."""
    colon = _row_label_end(ctx)
    first = 1 if ctx.lows[0] in ("-", "*", "\u2022", "\u2013") else 0
    named = [m for m in ctx.mentions if m.i < colon]
    if len(named) != 1 or (named[0].i, named[0].j) != (first, colon):
        return None
    code = named[0].code
    return code if any(c.subject_code == code for c in ctx.claims) else None


def _money_currency(ctx: Context) -> str | None:
    """The currency the sentence gives its last sum of money in ('693 billion dollars'), or
    that its words name for what follows ('In dollars the picture is different'), if any."""
    sums = [c.currency for c in ctx.claims if c.kind == "spending_amount" and c.currency
            and c.value * _SCALES.get(c.unit.split()[-1], 0.0) >= 1e6]  # fmt: skip
    if sums:  # (only money many allies' sums are given in: a later sum in zloty would be
        # Poland's, whatever ally it is said of)
        return sums[-1] if sums[-1] in _CARRIED_CURRENCIES else None
    return _currency_named(ctx.sentence.text, ctx.lows)


def _currency_named(text: str, lows: list[str] | None = None) -> str | None:
    """The one currency the words name for the sums after them ('In dollars, ...'), if any
    (`lows`: the text's words, when its Context has them already)."""
    low = text.lower()
    if "dollar" not in low and "euro" not in low:  # (a quick test first)
        return None
    if lows is None:
        lows = [t.low for t in tokenize(text)]
    found = _CURRENCY_PHRASES.find_all(lows)
    named = {str(hit[2]) for hit in found}
    return named.pop() if len(named) == 1 else None


_CARRIED_CURRENCIES: frozenset[str] = frozenset({"USD", "USD?", "EUR"})


_CURRENCY_PHRASES: patterns.Phrases = patterns.phrases("currency_phrases")
_SCALES: dict[str, float] = {"bn": 1e9, "tn": 1e12, "mn": 1e6}


def _releases_today(text: str) -> bool:
    """Does the sentence announce figures released on the article's own day ('Today I can
    share our latest figures', 'NATO publishes new estimates this morning')?"""
    low = text.lower()
    if not any(w in low for w in _DAY_WORDS):  # (a quick test first: most sentences have none)
        return False
    lows = [t.low for t in tokenize(text)]
    return _DAY_RELEASE_TIMES.any_in(lows) and _DAY_RELEASE_NOUNS.any_in(lows)


_DAY_RELEASE_NOUNS: patterns.Phrases = patterns.phrases("words", "day_release_nouns")
_DAY_RELEASE_TIMES: patterns.Phrases = patterns.phrases("words", "day_release_times")
_DAY_WORDS: tuple[str, ...] = ("today", "morning", "afternoon")


def _asked_of(text: str, asked_guideline: float | None) -> float | None:
    """The guideline a question's 'it' stands for ('How many allies meet it?' after 'What is
    the 2% target?'): the one a question before named, if any; None when the question says no
    'it' (its own words, or the guideline last named, then give the level)."""
    if asked_guideline is None or not _IT_ASKED.search(text):
        return None
    return asked_guideline


_IT_ASKED: re.Pattern[str] = re.compile(
    r"\b(?:meet|meets|met|reach|reached|hit|hits)\s+it\b", re.IGNORECASE
)


_FOLLOW_UP = re.compile(r"^\s*(?:q(?:uestion)?\s*:\s*)?(?:and|what about|how about)\b[^?]{0,40}\?\s*$",
                        re.IGNORECASE)  # fmt: skip


def _asked_again(text: str, counted: Claim | None, today: date) -> int | None:
    """The year a short follow-up question asks the count before again for ('And the year
    before?', 'What about 2023?'), when that count is of the allies at or above a level;
    else None."""
    if (
        counted is None
        or counted.threshold is None
        or counted.comparator != ">="
        or not _FOLLOW_UP.match(text[max(_spoken_label(text), 0) :])  # ("HOST: And in 2021?")
    ):
        return None
    tokens = tokenize(text)
    lows = [t.low for t in tokens]
    found = timewords.times(lows, quantities(tokens), today)
    if len(found) != 1:
        return None
    if found[0].year is not None and found[0].kind != "previous":
        return found[0].year
    if found[0].kind == "previous" and counted.year is not None:
        return counted.year - 1  # "the year before", "a year earlier": than the count's
    return None


_HEADING = 80  # characters: a paragraph this short, with no full stop at its end, is a heading


def _heading(last: Sentence | None, opened: int) -> bool:
    """Was the paragraph that ended with `last` (and began at offset `opened`) a heading?"""
    if last is None:
        return False
    text = last.text.rstrip()
    return bool(text) and text[-1] not in ".!?\"”'" and last.end - opened <= _HEADING


def _whole_article(
    claims: list[Claim], named: set[str], today: date, paragraphs: list[int]
) -> None:
    """What the article says once for all its figures: SIPRI as its only source ("SIPRI's
    yearly report ... The US spent $997bn"), constant prices for some of its money, or the
    latest year it gives a source's figures for when only a release milex lacks covers it.
    (SIPRI named first in a later paragraph, as the source of that paragraph's own figures
    ("Russia spent $149 billion, according to SIPRI"), is not the source of the figures of
    the paragraphs before it, after the headline's.)"""
    out = _years_out_named(claims, today)
    _complements(claims, today)
    _start_guesses(claims)
    _parallel_years(claims)
    attributed = [paragraphs[c.sentence] for c in claims if c.source == "SIPRI"
                  and c.source_text and ELSEWHERE not in c.source_text
                  and 0 <= c.sentence < len(paragraphs)]  # fmt: skip
    first_sipri = min(attributed) if attributed else -1
    for claim in claims:
        if claim.year_basis == "tense" and claim.source in out:
            claim.year_out_named = out[claim.source]
        if (
            named & {"SIPRI", "NATO"} == {"SIPRI"}
            and claim.source == "NATO"
            and not claim.source_text
            and not (0 < _paragraph_of(claim, paragraphs) < first_sipri)
        ):
            claim.source, claim.source_text = "SIPRI", f"SIPRI {ELSEWHERE}"
        if (
            "prices" in named
            and claim.kind == "spending_amount"
            and not claim.price_base
            and claim.measure_basis != "labelled"  # "$34.5bn in current dollars"
        ):
            claim.doubts.append("the article gives some money at constant prices without "
                                "saying which figures")  # fmt: skip


_TO_GAP: int = 6  # characters between a starting point and its end point (" to ")
# between an end point and its starting point after it: " from ", ", up from ", ", down
# from " (but not across the end point's noun: "to 4.12% of GDP from 3.26%")
_FROM_GAP: int = 12


def _start_guesses(claims: list[Claim]) -> None:
    """'Czechia dips from 2.08% to 2.00%', 'from 1.47% to 2.01%', no time said for the start:
    the year before the end point's is offered as its year (claim.start_guess), on which it
    may be supported; verify.py never contradicts it on that guess."""
    for k, claim in enumerate(claims):
        if claim.year is not None or claim.doubts != [START_UNSAID]:
            continue
        ends = [c for c in claims[k + 1 : k + 2] if 0 <= c.start - claim.end <= _TO_GAP]
        ends += [c for c in claims[k - 1 : k] if k > 0 and 0 <= claim.start - c.end <= _FROM_GAP]
        for end in ends:
            if (
                end.sentence == claim.sentence
                and end.subject_code == claim.subject_code
                and end.kind == claim.kind
                and end.measure == claim.measure
                and end.year is not None
                and not end.doubts
            ):
                claim.start_guess = end.year - 1
                break


def _span_starts(claims: list[Claim]) -> None:
    """A move 'from X to Y' whose start no words date, in a sentence that dates the start of
    another ally's move ('Latvia went from 0.94% (2014) to 3.15% (2024), and Lithuania from
    0.88% to 2.58% over the same period'; 'Canada spends 1.27% this year, down from 0.99% in
    2018; Norway 1.70%, up from 1.96%'): that start's year is a reading under which it may
    be supported (Claim.start_span), contradicted only when it is also the year before the
    end point's (verify._start_guessed)."""
    for claim in claims:
        if claim.year is not None or claim.doubts != [START_UNSAID]:
            continue
        same = [c for c in claims if c.sentence == claim.sentence and c is not claim
                and c.kind == claim.kind and c.measure == claim.measure]  # fmt: skip
        starts = {c.year for n, c in enumerate(claims) if c in same and c.year is not None
                  and c.year_basis == "stated" and c.subject_code != claim.subject_code
                  and (any(e.subject_code == c.subject_code and e.year is not None
                           and e.year > c.year and 0 <= e.start - c.end <= _SPAN_REACH
                           for e in claims[n + 1 : n + 2])
                       or any(e.subject_code == c.subject_code and e.year is not None
                              and e.year > c.year and 0 <= c.start - e.end <= _FROM_REACH
                              for e in claims[max(0, n - 1) : n]))}  # fmt: skip
        if len(starts) == 1:
            claim.start_span = starts.pop()
            claim.start_span_why = "the year of the other starting point the sentence dates"


_SPAN_REACH: int = 16  # characters from a dated start to its end point ("0.94% (2014) to ")
# and from an end point to its dated start after it ("1.27% this year, down from 0.99% in
# 2018", "3.38% of GDP this year, has fallen from 3.41% in 2014")
_FROM_REACH: int = 40


def _parallel_years(claims: list[Claim]) -> None:
    """'Norway: 3.65% this year, 2.27% last year and 1.24% in 2014. Sweden: 2.51%, 2.31% and
    1.07%.': a sentence of one subject's figures with no time of their own, as many as the
    sentence before gives another subject, each with its own year, of the same kind: the
    years go over by position."""
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    for index, now in by_sentence.items():
        before = by_sentence.get(index - 1, [])
        if len(now) < 2 or len(now) != len(before):
            continue
        subject, kind = now[0].subject_code, now[0].kind
        if (
            subject is None
            or any(c.subject_code != subject or c.kind != kind for c in now)
            or any(c.year_basis != "tense" for c in now)
        ):
            continue
        other = before[0].subject_code
        years = [c.year for c in before]
        if (
            other is None
            or other == subject
            or any(c.subject_code != other or c.kind != kind for c in before)
            or any(c.year_basis != "stated" for c in before)
            or None in years
            or len(set(years)) != len(years)
        ):
            continue
        for claim, was in zip(now, before, strict=True):
            claim.year, claim.year_basis = was.year, "loose"


def _paragraph_of(claim: Claim, paragraphs: list[int]) -> int:
    return paragraphs[claim.sentence] if 0 <= claim.sentence < len(paragraphs) else -1


def _complements(claims: list[Claim], today: date) -> None:
    """'23 member states would reach the target, with nine states failing to do so': the
    allies below are the rest of the alliance the count of those at the level leaves, as in
    NATO's own '23 of 32' (Iceland, with no figure, among them): the count is of that total."""
    counts = [c for c in claims if c.kind == "count_meeting" and c.year is not None]
    # (the values of the counts at or above each level and year, gathered once: a long article
    # makes many counts, and each below would otherwise scan them all)
    above: dict[tuple[float | None, int | None], set[float]] = {}
    for d in counts:
        if d.comparator in (">=", ">"):
            above.setdefault((d.threshold, d.year), set()).add(d.value)
    for c in counts:
        if c.comparator not in ("<", "<=") or c.total is not None:
            continue
        size = members_at(date(c.year, 12, 31) if c.year < today.year else today)
        if any(v + c.value == size for v in above.get((c.threshold, c.year), ())):
            c.total = size


def _unsure_of_gdp(claim: Claim) -> bool:
    """Was the figure read as a share of GDP though it may be a share of something else?"""
    return claim.kind == "share_of_gdp" and bool(_NOT_SURE_GDP.intersection(claim.doubts))


_NOT_SURE_GDP: frozenset[str] = frozenset({TOO_LARGE_FOR_GDP, AFTER_BUDGET_SHARES})
_OTHER_SHARES = frozenset({"share_of_gdp", "personnel_share", "share_of_government_spending",
                           "world_share", "real_change"})  # fmt: skip
_OF_DATA = frozenset({"share_of_gdp", "real_change", "spending_amount", "world_share",
                      "equipment_share", "personnel"})  # fmt: skip


def _years_out_named(claims: list[Claim], today: date) -> dict[str, int]:
    """source -> the latest past year the article attributes a figure of that source to, by
    name and with the year stated, when no release held by the date covers that year but a
    release milex does not hold does ("in 2025 ..., SIPRI said on Monday"): that release was
    out, whatever day the registry knows for it."""
    out: dict[str, int] = {}
    for c in claims:
        y, source = c.year, c.source
        if (c.kind not in _OF_DATA or c.year_basis != "stated" or y is None or y >= today.year
                or source not in ("NATO", "SIPRI") or not c.source_text
                or out.get(source, 0) >= y):  # fmt: skip
            continue
        held = [p for p in pubs.publications(source) if p.published <= today]
        if any(p.first_year <= y <= p.last_year for p in held):
            continue
        if any(not p.held and (p.first_year or 0) <= y <= (p.last_year or 0)
               and (p.published is None or p.published <= today)
               for p in pubs.registry(source)):  # fmt: skip
            out[source] = y
    return out


_GUIDELINE_WORDS = frozenset({"target", "goal", "guideline", "benchmark", "threshold", "gdp"})
# A sentence that opens by pointing back at the one before: "That means 2.4% of GDP".
_POINTING_BACK = re.compile(
    r"(that|this|which|it)\s+(means|equals|is equal|amounts|would be|"
    r"corresponds|represents|translates)|so\s+(was|were|did|had)\b|(that|this)\s+was\b",
    re.IGNORECASE,
)
_LOANS: frozenset[str] = patterns.word_set("loan_words") | patterns.word_set("loan_fund_names")


def _loans_header(text: str) -> bool:
    """Is the line a header ending in a colon that names a loan or a loan fund ('How the
    EUR 150bn SAFE pot is being shared out:', 'Who gets what from the EU's loans:')?"""
    return text.rstrip().endswith(":") and not _LOANS.isdisjoint(_LOWER_WORD.findall(text.lower()))


_LOWER_WORD: re.Pattern[str] = re.compile(r"[a-z]+")


# A sentence that opens on the pair (or none) of the allies the one before gave figures for:
# "Both trail Poland's 4.25%", "Neither comes close to Poland".
_BOTH_BACK: re.Pattern[str] = re.compile(
    r"(?:" + "|".join(sorted(patterns.word_set("pair_back_openers"), key=len, reverse=True))
    + r")\b(?!\s+(?:of\s+)?(?:in|by|this|next|last)\b)", re.IGNORECASE
)  # fmt: skip
_AMONG_COUNTED = re.compile(
    r"\b(?:" + "|".join(sorted(patterns.word_set("among_the_counted"), key=len, reverse=True))
    + r")\b", re.IGNORECASE
)  # fmt: skip


# "Back in 2014", "Leaders and laggards in 2025": the one year a heading of words says its
# section is in (not "What the 2025 report says": an edition's year)
_HEADING_YEAR = re.compile(
    r"\b(?:in|of|during)\s+((?:19|20)\d\d)\b(?!\s*(?:edition|report|tables|figures|data|estimates)\b)",
    re.IGNORECASE,
)
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _heading_year(text: str) -> int | None:
    """The year a heading of words names for its section ('Back in 2014'), when it names one
    year only."""
    found = _HEADING_YEAR.findall(text)
    if len(found) != 1 or len(_ANY_YEAR.findall(text)) != 1:
        return None
    return int(found[0])


def _subheading(sents: list[Sentence], k: int) -> bool:
    """Is sentence k a subheading: a short paragraph of its own with no full stop at its end,
    no list's header (ending in ':'), bullet or table row?"""
    sent = sents[k]
    if k + 1 < len(sents) and sents[k + 1].paragraph == sent.paragraph:
        return False
    text = sent.text.rstrip()
    return (
        _heading(sent, sent.start)
        and not text.endswith(":")
        and "|" not in text
        and not tables.is_bullet(text)
    )


def _heading_guideline(ctx: Context) -> float | None:
    """The guideline a subheading names by its level alone ('The new one: 3.5% core', 'The
    old yardstick: 2%'): one of the levels allies are counted against, no ally named, no
    change."""
    if any(m.kind in ("ally", "demonym", "capital") for m in ctx.mentions):
        return None
    if ctx.has("cues", "change"):
        return None
    shares = [q.value for q in ctx.quantities if q.form == "percent"]
    return shares[0] if len(shares) == 1 and shares[0] in GUIDELINE_SHARES else None


def _guideline_in(ctx: Context) -> float | None:
    """The guideline a sentence names: 2%, 3.5% or 5% beside words of commitment, asked of
    the allies ('How far are allies from 3.5%?'), or measured from ('Chart: how far each ally
    is from 3.5%', a line the text goes on to call 'the line')."""
    if (
        not ctx.has("cues", "policy")
        and not ctx.has("cues", "demand")
        and not ctx.has("cues", "gap_measure")
        and _GUIDELINE_WORDS.isdisjoint(ctx.lows)
        and not (
            ctx.sentence.text.rstrip().endswith("?")
            and patterns.phrases("count_nouns").any_in(ctx.lows)
        )
    ) and not any(_bare_line(ctx, q) for q in ctx.quantities):
        return None
    equipment = ctx.has("cues", "equipment")  # "20% of defence spending on equipment"
    shares = [
        q.value
        for q in ctx.quantities
        if (q.form == "percent" or _bare_line(ctx, q)) and q.value in GUIDELINE_SHARES
    ]
    if equipment and any(q.value == 20.0 and q.form == "percent" or q.value == 0.2
                         and q.form == "fraction" for q in ctx.quantities):  # fmt: skip
        shares.append(20.0)  # "20% of defence spending on equipment", "at least a fifth"
    return shares[-1] if shares else None


_LINE_NOUNS: frozenset[str] = frozenset(patterns.load()["guideline_nouns"])


def _bare_line(ctx: Context, q: Quantity) -> bool:
    """Is the figure a guideline's level named with no unit, right before a noun of a line
    ('over the 2.0 line', 'the 3.5 mark')?"""
    return (
        q.form == "plain"
        and q.value in GUIDELINE_SHARES
        and ctx.lows[q.j : q.j + 1] != []
        and ctx.lows[q.j] in _LINE_NOUNS
    )


def _guideline_claimed(ctx: Context) -> float | None:
    """The guideline a sentence was read to give the value of, in words _guideline_in does not
    know ('The Hague goal is 5% by 2035.' then '3.5% of that is core.'): the line the text
    speaks of next ('Today only five allies are there')."""
    values = [c.value for c in ctx.claims if c.kind == "guideline_value"
              and c.value in GUIDELINE_SHARES]  # fmt: skip
    return values[-1] if values else None


def _first_person_ally(ctx: Context) -> str | None:
    """The one ally a sentence's figures were read for when it names none but speaks in the
    first person ('Deputy: Our country spends over four percent of GDP', in the Sejm): the
    subject the next turn goes on with ('Minister: Four point one, to be precise')."""
    if not any(m.code == "WE" for m in ctx.mentions):
        return None
    codes = {c.subject_code for c in ctx.claims}
    if len(codes) != 1:
        return None
    code = codes.pop()
    return code if code is not None and len(code) == 3 else None


# the mentions that name one country: by its name, its capital or its people
_NAMED_COUNTRY: frozenset[str] = frozenset({"ally", "capital", "demonym"})


def _subjects_of(
    sent: Sentence, seen: list[Seen]
) -> tuple[str | None, tuple[str, ...], tuple[tuple[str, ...], ...], set[str], str | None]:
    """The main subject of a sentence without figures, every ally or group it names, their
    coordinated runs of two or more, the sources it names, and the ISO code of the main
    subject when it is a country outside NATO (what it names joins `seen`)."""
    tokens = tokenize(sent.text[:400], sent.start)
    lows = [t.low for t in tokens]
    mentions = ctxmod.subjects(tokens, lows)
    seen.append((lows, mentions, tokens))
    main = _main(mentions, lows, ("ally", "group", "foreign"))
    places = [m for m in mentions if m.kind in _COUNTRY_KINDS]
    if main is None and len(places) == 1 and places[0].kind == "capital" and places[0].i == 0:
        main = places[0]  # "Berlin is back. It will spend 2.12%": the one capital, opening the
        # sentence as its subject, stands for its government, as in a sentence with figures
        # (not "Rome has the bigger army, Madrid the smaller budget": which one 'it' is, unsaid)
    if main is None:  # "Latvian defence spending: what the NATO figures show" over its items
        main = next((m for m in mentions if m.kind == "demonym"
                     and lows[m.j : m.j + 1] and lows[m.j] in _DEMONYM_NOUNS), None)  # fmt: skip
    if main is None and sent.text.rstrip().endswith("?"):
        # "HOST: And the Czechs?": a question about one people asks about its country
        peoples = {m.code for m in mentions if m.kind == "demonym"}
        if len(peoples) == 1:
            main = next(m for m in mentions if m.kind == "demonym")
    named = tuple(m.code for m in mentions if m.kind in ("ally", "group"))
    bodies = {s.source for s in ctxmod.sources(lows)}
    foreign = foreign_iso(lows, main) if main is not None and main.kind == "foreign" else None
    return (main.code if main else None), named, _runs(mentions, lows), bodies, foreign


def _other_named(sent: Sentence) -> tuple[str, str] | None:
    """The one body other than NATO and SIPRI a sentence names, as a source to carry on to
    the figures after it, or None when it names it in a hypothetical ('RUSI reckons lifting
    it to 3.5% would cost ...')."""
    tokens = tokenize(sent.text[:400], sent.start)
    lows = [t.low for t in tokens]
    body = next((s for s in ctxmod.sources(lows) if s.source == "other"), None)
    if body is None or not _HYPOTHETICAL.isdisjoint(lows[body.j :]):
        return None
    if _pollster(lows, body.i, body.j):
        return None  # "A new ECFR survey is out.": a poll's author, no figures of spending
    return ("other", f"{body.text} {CARRIED}")


def _pollster(lows: list[str], i: int, j: int) -> bool:
    """Is the body named at tokens i..j the author of a poll or survey: the poll's noun a few
    words on either side of it ('an ECFR poll', 'a survey by ECFR', 'ECFR's new survey')?
    (Asked of bodies other than NATO and SIPRI: SIPRI's 'yearly survey' is its data.)"""
    return not _POLL_NOUNS.isdisjoint(lows[max(0, i - 3) : j + 4])


_POLL_NOUNS: frozenset[str] = patterns.word_set("poll_nouns")


def _runs(mentions: list[ctxmod.Mention], lows: list[str]) -> tuple[tuple[str, ...], ...]:
    """The coordinated runs of two or more allies or groups a sentence names."""
    return tuple(tuple(m.code for m in run) for run in coordinated_runs(mentions, lows)
                 if len(run) >= 2)  # fmt: skip


_DEMONYM_NOUNS: frozenset[str] = patterns.word_set(
    "demonym_spending_nouns"
)  # "Latvian defence spending"
_RELEASING = patterns.word_set("release_verbs")
_TOWARDS = patterns.word_set("movement_prepositions")
_SUBORDINATORS = frozenset({"while", "although", "though", "as", "where", "if", "whereas",
                            "because", "since", "when", "unless", "once"})  # fmt: skip


_BODY_ADVERBS: frozenset[str] = patterns.word_set("body_adverbs")
_BODY_ADVERB_VERBS: frozenset[str] = patterns.word_set("body_adverb_verbs")
# a fact box's title naming the alliance as what its rows describe ('NATO facts (2026)',
# 'Alliance facts', 'The alliance at a glance', 'NATO in numbers, 2024'), or its box's words
# first ('At a glance: the alliance in 2019', 'Key figures: NATO, 2024')
_ALLIANCE_TITLE = re.compile(
    r"\s*(?:(?:the\s+)?(?:nato|alliance)(?:'s|’s)?\s+(?:facts?|at a glance|in (?:numbers|figures|"
    r"brief)|key (?:facts|figures|numbers)|fact ?(?:sheet|box|file)|profile|snapshot|overview)\b|"
    r"(?:at a glance|in (?:numbers|figures|brief)|key (?:facts|figures|numbers)|fact ?(?:sheet|box|"
    r"file)|snapshot|overview)\s*:\s*(?:the\s+)?(?:nato|alliance)\b(?!['’]))"
    r"[^.!?\n]{0,30}$",
    re.IGNORECASE,
)


def _alliance_title(sent: Sentence) -> str | None:
    """'NATO' for a fact box's title naming the alliance ('Alliance facts (2026)'): the rows
    under it that name no one ('Combined defence spending: 2.86% of GDP') are the alliance's."""
    return "NATO" if _ALLIANCE_TITLE.match(sent.text) else None


def _main(mentions, lows: list[str], kinds: tuple[str, ...]):
    """The sentence's main subject: the first ally or group named that is not the object of a
    comparison, nor the alliance as the source of figures ("the alliance released ..."), nor
    the end of a movement while another is named ("the logic that drew many to Germany holds
    for Poland as well": Poland)."""
    found = [
        m
        for m in mentions
        if m.kind in kinds
        and not m.is_object
        and not (m.code == "NATO" and lows[m.j : m.j + 1] and lows[m.j] in _RELEASING)
        and not (
            m.code == "NATO"
            and lows[m.j : m.j + 2] != []
            and lows[m.j] in _BODY_ADVERBS
            and lows[m.j + 1 : m.j + 2] != []
            and lows[m.j + 1] in _BODY_ADVERB_VERBS
        )
    ]  # fmt: skip  (nor "the alliance now estimates ...": the source, an adverb, its verb)
    moved = [m for m in found if m.i and lows[m.i - 1] in _TOWARDS]
    # "While Spain lags, Poland races ahead", "Spain may talk, but Poland delivers": the main
    # clause's ally, not the one of the opening subordinate clause or before 'but'
    if any(m.kind != "foreign" for m in found):  # a country outside the alliance is the
        found = [m for m in found if m.kind != "foreign"]  # subject only of a sentence that
        # names no ally: "Ukraine's spending grew 2.9%. It spends 34% of GDP" (not Germany's)
    lead = _subordinate_end(lows)
    aside = [m for m in found if m.i < lead and any(n.i >= lead for n in found)]
    return next((m for m in found if m not in moved and m not in aside),
                found[0] if found else None)  # fmt: skip


def _rated_before(sents: list[Sentence], k: int) -> bool:
    """Is the sentence before, in the same paragraph, a fact-check's rating alone ('TRUE.',
    'Mostly false.'), after a claim: the figure on its own that follows is the rating's
    evidence, of the claim's subject ('"Norway is still below 2%." FALSE. 2.20%.')?"""
    if k < 2 or not sents[k - 2].paragraph == sents[k - 1].paragraph == sents[k].paragraph:
        return False
    return _RATING.match(sents[k - 1].text) is not None


_RATING: re.Pattern[str] = re.compile(
    r"^\s*(?:"
    + "|".join(re.escape(w) for w in sorted(patterns.word_set("rating_words"), key=len,
                                            reverse=True))
    + r")\s*[.!:]?\s*$",
    re.IGNORECASE,
)  # fmt: skip


def _seat_subject(ctx: Context):
    """The institution of one country that opens a sentence naming no ally as its subject
    ('Downing Street says ...', 'The Elysee insists ...'): a seat of government standing for
    its country, which the sentences after it go on speaking of."""
    first = next((m for m in ctx.mentions if m.kind == "institution" and not m.is_object), None)
    if first is None:
        return None
    lows = ctx.lows
    # (after a time that opens the sentence: "This year the Sejm ...")
    k = next((t.j for t in ctx.times if t.i == 0 and t.j <= first.i), 0)
    glossed = (
        lows[first.i - 1 : first.i] == ["("]
        and lows[k : k + 1] == ["the"]
        and first.i - k <= _GLOSSED_REACH
    )  # ("This year the defence ministry (MON) plans ...": the ministry its acronym glosses)
    if not glossed and (first.i > k + 1 or (first.i == k + 1 and lows[k] != "the")):
        return None
    return first if len(str(first.code)) == 3 else None


_GLOSSED_REACH: int = 5  # "the" to the acronym in brackets: "the national defence ministry ("


def _subordinate_end(lows: list[str]) -> int:
    """Where the main clause starts after an opening subordinate clause ('While Spain lags,')
    or a clause before ', but'; 0 when the sentence opens on its main clause."""
    if lows[:1] and (lows[0] in _SUBORDINATORS or lows[:2] == ["even", "though"]):
        return next((k + 1 for k, w in enumerate(lows) if w == ","), 0)
    if "but" not in lows:
        return 0  # (most sentences: one test in C)
    return next((k + 2 for k, w in enumerate(lows[:-1]) if w == "," and lows[k + 1] == "but"), 0)


_UNIT_TITLE_CHARS: int = 120  # a title line is short


def _unit_title(sent: Sentence, today: date, carry, decimal_commas: bool) -> tables.Header | None:
    """The header a title line with no figure gives by its unit alone ('Military personnel
    (thousands)', 'Defence spending, million US dollars, current prices'): the unit of money
    or persons the rows under it are in, whose years a header row or the rows name."""
    if len(sent.text) > _UNIT_TITLE_CHARS or sent.text.rstrip().endswith(("!", "?", ";")):
        return None  # (prose, not a title: read no further)
    _tokens(sent)
    return tables.unit_title(_context(sent, [], today, carry, decimal_commas))


def _context(
    sent: Sentence,
    quotes: list[Quote],
    today: date,
    carry,
    decimal_commas: bool = False,
    in_run: bool = False,
) -> Context:
    lows = [t.low for t in sent.tokens]
    qs = quantities(sent.tokens, decimal_commas)
    mentions = ctxmod.subjects(sent.tokens, lows)
    row = tables.row_code(sent.tokens, qs)  # "DEU 98bn" on a line of its own
    if row is not None and not any(m.i <= row.i < m.j for m in mentions):
        mentions = sorted([row, *mentions], key=lambda m: m.i)
    coded = [c for c in tables.coded_runs(sent.tokens, qs, in_run)  # "EST 5.10% · LVA 4.92%"
             if not any(m.i <= c.i < m.j and m.kind != "pronoun" for m in mentions)]  # fmt: skip
    if coded:  # (a code read as a word before: "IT 171" is Italy's, no 'it')
        kept = [m for m in mentions if not any(m.i <= c.i < m.j for c in coded)]
        mentions = sorted([*coded, *kept], key=lambda m: m.i)
    return Context(
        sentence=sent,
        lows=lows,
        quantities=qs,
        times=timewords.times(lows, qs, today),
        mentions=mentions,
        sources=ctxmod.sources(lows),
        quotes=quotes,
        today=today,
        carry=carry,
    )


def _with_forms(ctx: Context) -> list[tuple[Claim, str]]:
    """The sentence's claims, each with the form of the figure it was read from."""
    forms = {ctx.tokens[q.i].start: q.form for q in ctx.quantities}
    return [(c, forms[c.start]) for c in ctx.claims if c.start in forms]


_PAIR_BASES: frozenset[str] = frozenset({"stated", "loose"})


_DATA_NOUNS: frozenset[str] = patterns.word_set("year_figures_nouns")


def _own_time(ctx: Context) -> bool:
    """Does the sentence name a time of its own (not prices, an edition or a name)?"""
    return any(t.role not in ("price", "edition", "name") for t in ctx.times)


def _data_year(ctx: Context) -> int | None:
    """The one year of the sentence's times, when it dates figures ('SIPRI's figures for
    2023', 'NATO's 2023 data', 'the numbers for 2023'), not an event ('In 2014 three met
    it'), else None."""
    times = [t for t in ctx.times if t.role not in ("price", "edition", "name")]
    if len(times) != 1 or times[0].kind != "year" or times[0].year is None:
        return None
    t, lows = times[0], ctx.lows
    after = lows[t.j : t.j + 1]
    before = lows[max(0, t.i - 2) : t.i]
    if (after and after[0] in _DATA_NOUNS) or (len(before) == 2 and before[1] == "for"
                                               and before[0] in _DATA_NOUNS):  # fmt: skip
        return t.year
    return None


def _carried_starts(claims: list[Claim], year: int) -> None:
    """'When Russia invaded Ukraine in 2022, few in the east spent much.' (in this paragraph or
    the one before) then 'Poland's share has more than doubled, from 2.2% to 4.5%': a start no
    words date may be of the one past year the sentence before named (Claim.start_carried),
    a reading that may support it, never contradict it (verify.py)."""
    for claim in claims:
        if claim.year is None and claim.doubts == [START_UNSAID]:
            claim.start_carried = year


def _figureless_since(ctx: Context) -> int | None:
    """The year of the one 'since' of a sentence that gives no figure and names no other time
    ("The biggest climbers since 2014 sit on the eastern flank."), else None."""
    if ctx.claims or any(x.form != "year" for x in ctx.quantities):
        return None
    times = [t for t in ctx.times if t.role not in ("price", "edition", "name")]
    if len(times) != 1 or times[0].role != "since" or times[0].kind != "year":
        return None
    return times[0].year


def _compared_times(figured: list[tuple[Claim, str]]) -> tuple[str, int, int] | None:
    """(form, earlier year, later year) when the paragraph's last two figures are of one
    form, one kind and one subject, each dated by the text, the later one at a later year
    ("from 4.25% in 2025 to 4.68% this year", "In 2014, ... 1.43%. This year: 2.02%.")."""
    if len(figured) < 2:
        return None
    (first, form), (second, form2) = figured[-2], figured[-1]
    if (
        form != form2
        or first.kind != second.kind
        or first.subject_code is None
        or first.subject_code != second.subject_code
        or first.year is None
        or second.year is None
        or first.year >= second.year
        or first.year_basis not in _PAIR_BASES
        or second.year_basis not in _PAIR_BASES
    ):
        return None
    return form, first.year, second.year


def _of_gdp(c: Claim) -> bool:
    """Is the claim an ally's share of GDP, as a percentage?"""
    return c.measure == "share_of_gdp" and c.unit == "%" and c.kind == "share_of_gdp"


def _world_place(ctx: Context) -> bool:
    """Does the sentence place a country among the world's ('from 14th to 12th in the world',
    'sixth in SIPRI's table')?"""
    if any(c.kind == "ranking" and c.rank_scope == "world" for c in ctx.claims):
        return True
    return any(q.form == "ordinal" for q in ctx.quantities) and ctx.has("ranking", "world_scope")


_NAME_ASKED_WORDS: int = 4  # "Czechia?", "And Spain?", "What about the UK?"


def _answers_question(sents: list[Sentence], k: int) -> bool:
    """Is sentence k a figure answering the question right before it in its paragraph, a
    question that only names whom it asks about ('Czechia? 2.10%.', 'And Spain? 1.28%.')? It
    is of what the question names. (Not after a question with a verb of its own, 'Will Canada
    reach 2%? 3%?', 'What should Italy aim for? 3.5%.': its frame is the question's.)"""
    if k == 0 or sents[k].paragraph - sents[k - 1].paragraph not in (0, 1):
        return False  # (the question on a line of its own, the answer on the next: "And
        # Spain?" then "1.28%.")
    asked = sents[k - 1].text.rstrip()
    if not asked.endswith("?") or sents[k].text.rstrip().endswith("?") or _DIGIT.search(asked):
        return False
    if _STANDING_ASKED.match(asked):
        return True  # "Where does the UK stand? 2.56%.", "What share of GDP is that? 3.22%."
    words = [w.strip(",.?!:;").lower() for w in asked.split()]
    return len(words) <= _NAME_ASKED_WORDS and _questions().isdisjoint(set(words) - _NAME_ASKING)


# a question of where one stands, or of what share of GDP a figure just given is: what is
# measured now, not a goal, so a bare figure answering it is a measured value ("Where does the
# UK stand?", "And where does Italy sit now?", "What share of GDP is that?"), the question's
# label or a number before it ("Q:", "4.") aside
_STANDING_ASKED: re.Pattern[str] = re.compile(
    r"^\s*(?:[A-Za-z0-9]{1,3}[.:]\s+)?(?:and\s+|so\s+)?(?:"
    r"where (?:does|do) [^?,;:]{2,40}? "
    rf"(?:{_alternation('standing_question_verbs')})(?: now| today| at present)?|"
    rf"(?:{_alternation('measure_question_leads')})(?: that| it| this)(?: now| today)?)"
    r"\s*\?$",
    re.IGNORECASE,
)


_NAME_ASKING: frozenset[str] = frozenset({"what", "how"})  # ("What about Czechia?")


# the words of spending per head ("per capita", "per person"), in a sentence not read further
_PER_HEAD_WORDS: re.Pattern[str] = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in patterns.load()["ranking"]["per_head"]) + r")\b",
    re.IGNORECASE,
)


def _skip_sentence(ctx: Context) -> bool:
    """Questions that ask rather than state ("Will Germany reach 2%?", "Isn't Italy at 2%?")
    carry no claim, in a transcript's turn too ("HOST: Is it true Italy is at two percent?",
    "Q: Does Germany meet the 2% goal?", "GUEST: No. Is Italy at 2%?", "So, is ...?"); a
    speaker's turn that ends on '?' asks, whatever its words ("HOST: Estonia is at 3.5%?")."""
    if not ctx.sentence.text.rstrip().endswith("?"):
        return False
    lows = ctx.lows
    start = 0
    for k, low in enumerate(lows[:-1]):
        if low in (".", "!") or (low == ":" and k < _LABEL_WORDS):
            start = k + 1  # after a speaker's label or an answer ending before the question
    if start > 0 and lows[start - 1] == ":":
        return True  # "HOST: Estonia is at three and a half percent?": a turn that asks,
        # whatever its words
    openers = _question_openers()
    while start < len(lows) and lows[start] in openers:
        start += 1
    start = _past_vocative(ctx.sentence.tokens, start)
    while start < len(lows) and lows[start] in openers:
        start += 1
    if lows[start : start + 1] == ["why"] and lows[start + 1 : start + 2] not in (["not"], ["?"]):
        return False  # "Why does Spain spend only 1.28%?": what a 'why' asks about it takes
        # as given (but "Why not 3%?" proposes)
    if start < len(lows) and lows[start] in _questions() and _leading(ctx, start):
        return False  # "Is it not the case that Greece spends 3.08%?", "Can she confirm that
        # Canada, at 1.37%, lies below it?": the question takes its that-clause as given, as
        # the speaker's own statement (but "Is Italy at 2%?" and "Is it true that ...?" ask)
    return start < len(lows) and lows[start] in _questions()


def _leading(ctx: Context, start: int) -> bool:
    """Does a question open on a frame that asserts the clause after its 'that' ('is it not
    the case that', 'confirm that', 'does he not agree that'), within a few words of its
    start and before its first figure?"""
    first = min((q.i for q in ctx.quantities if q.i >= start), default=len(ctx.lows))
    return any(
        i - start <= _LEADING_WITHIN and j <= first
        for i, j, _ in ctx.find("cues", "leading_question", lo=start, hi=first)
    )


_LEADING_WITHIN: int = 5  # "Can the Minister confirm that": a frame opens the question


_VOCATIVE_WORDS = 3  # "Gemma, is ...?", "Prime Minister, how ...?": a name or title spoken to


def _past_vocative(tokens: list[Token], start: int) -> int:
    """Where a question starts after the name or title it is addressed to ('Gemma, is Britain
    anywhere near five percent?', 'Mr Secretary General, how many ...?'): a few capitalised
    words and a comma; start itself when there is none."""
    k = start
    while k < len(tokens) and k - start < _VOCATIVE_WORDS and tokens[k].kind == "word":
        if not tokens[k].text[:1].isupper():
            return start
        k += 1
    return k if k > start and k < len(tokens) and tokens[k].text == "," else start


_LABEL_WORDS = 8  # "Speaker 1 (00:12):", "JOHN SMITH:", "Q:": a turn's label, a few words


@cache
def _questions() -> frozenset[str]:
    return frozenset(patterns.load()["questions"])


@cache
def _addressed() -> re.Pattern[str]:
    """A question's opener and the name or title it is addressed to ('So, Mr Secretary
    General, ...')."""
    openers = "|".join(re.escape(w) for w in sorted(_question_openers()) if w.isalpha())
    return re.compile(
        rf"^\s*(?:(?i:{openers}),?\s+)?(?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’.-]*,\s*"
    )


@cache
def _question_openers() -> frozenset[str]:
    return frozenset(patterns.load()["words"]["question_openers"])


def _groups_counted(ctx: Context) -> list[int]:
    """The numbers the sentence counts states by ('for 15 states', 'Twelve member states'),
    but not those it reads as the alliance's size ('NATO has 32 member states')."""
    sizes = {int(c.value) for c in ctx.claims if c.kind == "membership_count"}
    lows = ctx.lows
    out: list[int] = []
    for q in ctx.quantities:
        if q.form != "plain" or q.precision or not 2 <= q.value <= 40:
            continue
        k = q.j + (lows[q.j : q.j + 1] == ["member"])
        if lows[k : k + 1] and lows[k] in _STATE_NOUNS and int(q.value) not in sizes:
            out.append(int(q.value))
    return out


_STATE_NOUNS: frozenset[str] = frozenset({"states", "countries", "nations", "members", "allies"})
