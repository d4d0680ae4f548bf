"""What each number in a sentence states: the readers behind interpret.read_article.

Readers run in a fixed order and consume the numbers they explain: counts of allies ("23 of
the 32 allies met 2%", which also uses up the 32 and the 2%), membership ("NATO has 32
members"), rankings ("second-largest spender"), then each remaining percentage or amount:
a commitment (policy.py), an equipment share, a real change, a share of GDP or a spending
amount (measures.py). Counts and membership live in counts.py, rankings in rankings.py.
A number that fits none of them (a vote count, a date, "three-day") is left alone.
"""

from __future__ import annotations

import bisect

from milex.claims import evidence as ev
from milex.claims import patterns, policy, timewords
from milex.claims.accession import read_accessions
from milex.claims.adoption import read_adoptions
from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.context import Mention
from milex.claims.count_changes import read_count_changes
from milex.claims.counts import read_counts
from milex.claims.eu_counts import read_eu_counts
from milex.claims.events import read_events
from milex.claims.figure_kinds import breakdown_category, change_words
from milex.claims.frames import (
    conditional_cost,
    conditional_relative,
    hypothetical,
    judged_level,
    measured_since,
    postposed_had,
)
from milex.claims.guidelines import level_of_a_class, polled_share
from milex.claims.measures import (
    aid_figure,
    changed_by,
    other_field_near,
    other_field_words,
    read_measure,
    set_aside,
)
from milex.claims.meets import read_meets
from milex.claims.model import Claim
from milex.claims.numbers import Quantity
from milex.claims.personnel import read_personnel
from milex.claims.rank_groups import read_rankings
from milex.claims.ratios import read_ratios
from milex.claims.streaks import read_first_time, read_streaks
from milex.claims.subjects import (
    coordinated_runs,
    country_outside,
    foreign_code,
    named_mover,
    subjects_for,
)
from milex.claims.tables import compared_yardstick
from milex.claims.unread import read_unread
from milex.reference import regions
from milex.reference.alliance import ALLIES


def read(ctx: Context) -> None:
    _elided_percent(ctx)
    _amount_series(ctx)
    _per_head_series(ctx)
    read_counts(ctx)
    read_count_changes(ctx)  # (of a count just read: '11 more than the year before')
    read_accessions(ctx)
    read_events(ctx)
    read_eu_counts(ctx)
    read_adoptions(ctx)
    read_personnel(ctx)
    read_rankings(ctx)
    read_ratios(ctx)  # before the figures: the base of "double the 2% threshold" is not one
    _hague_parts(ctx)
    for q in list(ctx.quantities):
        if id(q) not in ctx.consumed and q.form != "year":
            _quantity(ctx, q)
        elif id(q) in ctx.thresholds and _predicate_after(ctx, q):
            # "the only allies already at the 3.5% core level that leaders agreed ... by 2035"
            reading = policy.match(ctx, q, None)
            if reading is not None and reading.kind == "guideline_value":
                _policy_claim(ctx, q, reading)
    _ellipsis(ctx)
    _respectively(ctx)
    read_meets(ctx)
    read_streaks(ctx)
    read_first_time(ctx)
    read_unread(ctx)
    if ctx.bare_shares:
        _mark_bare(ctx)
    _loose_runs(ctx)
    ctx.claims.sort(key=lambda c: c.start)


_LOOSE_RUNS: patterns.Phrases = patterns.Phrases(patterns.load()["loose_runs"])
_LOOSE_FIRST: frozenset[str] = _LOOSE_RUNS.first_words
_COMPARED: frozenset[str] = frozenset({"more_than", "at_least", "less_than", "at_most"})
_PERIOD_DOUBT: str = "the figure is said of a period ("
_UNTIMED: frozenset[str] = frozenset({"price", "edition", "name"})


def _loose_runs(ctx: Context) -> None:
    """'for years it has fallen short of the 2% target', 'has spent under 1.5% for a decade': a
    share of GDP compared with a level over a run of years that ends now and has no number
    (patterns 'loose_runs'). It holds in every year of the run, at least as long as the words
    can mean: the claim is of now (the verifier settles the latest year), and since_words sends
    verify.py over the run. Not when the clause gives a time of its own, nor of a plain level
    ('for years it spent 1.2%': which year's is unsaid)."""
    if _LOOSE_FIRST.isdisjoint(ctx.lows):
        return
    found: list[tuple[int, int, int]] = []  # (first token, end, years)
    for k, low in enumerate(ctx.lows):
        if low in _LOOSE_FIRST and (hit := _LOOSE_RUNS.match_at(ctx.lows, k)) is not None:
            found.append((k, k + hit[0], int(str(hit[1]))))
    if not found:
        return
    for claim in ctx.claims:
        if (claim.kind != "share_of_gdp" or claim.measure != "share_of_gdp"
                or claim.hedge not in _COMPARED or claim.since is not None):  # fmt: skip
            continue
        period = len(claim.doubts) == 1 and claim.doubts[0].startswith(_PERIOD_DOUBT)
        now = claim.year == ctx.today.year and claim.year_basis == "tense" and not claim.doubts
        if (claim.year is not None and not now) or (claim.year is None and not period):
            continue
        at = next((k for k, t in enumerate(ctx.tokens) if t.end > claim.start), None)
        if at is None:
            continue
        lo, hi = ctx.clause_at(at)
        run = next(((i, j, n) for i, j, n in found if lo <= i < hi), None)
        if run is None:
            continue
        if any(lo <= t.i < hi and not (run[0] <= t.i < run[1]) and t.role not in _UNTIMED
               for t in ctx.times):  # fmt: skip
            continue  # ("for years it was under 2%, until 2024": a time of its own)
        claim.year, claim.year_basis, claim.doubts = ctx.today.year, "tense", []
        claim.since = ctx.today.year - run[2] + 1  # (verify.py counts back from the year settled)
        claim.since_words = " ".join(ctx.lows[run[0] : run[1]])


_PRONOUNS: frozenset[str] = frozenset({"it", "its"})


def _carried_pronoun(ctx: Context, q: Quantity, subject: str | None) -> bool:
    """Is the figure's subject the ally the sentence before spoke of, named here by 'it' or
    'its' in the figure's clause before it ('Denmark has transformed itself. This year it will
    reach 3.22%')? Then it is as named as the ally itself."""
    if subject is None or subject != ctx.carry or subject not in ALLY_CODES:
        return False
    lo, _hi = ctx.clause(q)
    return not _PRONOUNS.isdisjoint(ctx.lows[lo : q.i])


def _elided_percent(ctx: Context) -> None:
    """'Hungary spends 2.11 per cent; Czechia, 2.10; Türkiye, 2.09': a bare number with
    decimals right after an ally, after a percentage with decimals, is one too, however many
    decimals it has ('Montenegro, two point two': lists round some figures, not others)."""
    named = [q for q in ctx.quantities if q.form == "plain"
             and (_measure_named_before(ctx, q) or _of_gdp_after(ctx, q))]  # fmt: skip
    named += _under_closing_unit(ctx)
    for q in named:
        q.form = "percent"  # "The US share of GDP: 3.22 this year"
    shares = [q for q in ctx.quantities if q.form == "percent" and q.precision >= 1]
    if not shares:
        # ("some are still below two percent, Italy at 1.49 for example")
        spoken = [q for q in ctx.quantities if q.form == "percent" and q.value < MAX_SPOKEN_SHARE]
        if spoken:
            _parallel_bare(ctx, [], spoken[0].i)
        _after_shares(ctx)
        return
    ends = {m.j for m in ctx.mentions if m.kind == "ally"}
    # (and after the time of a share so named: "3.22 this year, 3.12 last year")
    ends |= {t.j for t in ctx.times for q in named if t.i == q.j}
    for q in ctx.quantities:
        if (q.form == "plain" and q.scale == 1 and q.value < 15 and q.i > shares[0].i
                and q.precision >= 1
                and (q.i in ends or ctx.lows[q.i - 1] in (",", "with") and q.i - 1 in ends)):  # fmt: skip
            q.form = "percent"  # ("ahead of Bulgaria with 2,18", "Luxembourg and Slovenia with
            # 1,29 each")
    _parallel_bare(ctx, [q.precision for q in shares if q.i < len(ctx.lows)], shares[0].i)
    _said_bare(ctx)  # (and in a turn, what a speaker says after: "..., and Spain got to two
    # point oh one", "and Belgium made it to exactly two")


def _parallel_bare(ctx: Context, precisions: list[int], after: int) -> None:
    """A number with decimals and no unit in the slot of a share of GDP said before it with
    its unit, in the sentence or the one before ('Spain is at 1.28 percent and Belgium at
    1.03', 'We are at 2.01 percent this year, against 1.50 in 2024', '2.08 percent last year,
    2.00 this year', "We are at 2.11 percent this year. In 2014 we spent 0.68."): a share of
    GDP too. The slot: right after an ally's name and 'at', after a word setting one figure
    against another ('against', 'from', 'to', 'up from'), after a verb of spending or a
    pronoun's 'are at', or followed by its own time as the share was; and the decimals
    written the same as the share's (or after an ally's name and 'at', any)."""
    lows = ctx.lows
    named = {m.j for m in ctx.mentions if m.kind in ("ally", "demonym", "group")}
    timed = {t.i for t in ctx.times} | {t.i - 1 for t in ctx.times if lows[t.i - 1] == "in"}
    for q in ctx.quantities:
        if not _bare_share(q) or id(q) in ctx.consumed:
            continue
        if q.i <= after:  # "from 2.80 in 2023 to 3.08 percent": the start of a move to a share
            if lows[q.i - 1 : q.i] == ["from"] and any(
                x.form == "percent" and x.i > q.j and lows[x.i - 1] == "to"
                and x.precision == q.precision for x in ctx.quantities
            ):  # fmt: skip
                q.form = "percent"
            continue
        k = _name_end(lows, q.i)[0]
        if lows[q.i - 1 : q.i] == ["at"] and k in named:
            q.form = "percent"  # "Belgium at 1.03", "Latvia at 3.15"
            continue
        if q.precision not in precisions:
            continue
        slot = lows[q.i - 1] in _PARALLEL_LINKS or (
            lows[q.i - 1] in (",", "and") and q.j in timed
        )  # fmt: skip
        if slot:
            q.form = "percent"


_PARALLEL_LINKS: frozenset[str] = patterns.word_set("parallel_share_links")


_SERIES_NAMES: frozenset[str] = frozenset({"ally", "demonym", "foreign"})
_SERIES_SPREAD: float = 10.0  # a sum of a series is within this factor of the one before it
_UNIT_SCALES: dict[str, float] = {"m": 1e6, "bn": 1e9, "tn": 1e12}


def _amount_series(ctx: Context) -> None:
    """'Germany eighty-eight billion. Britain around eighty-two, France sixty-five'; 'The US
    nine hundred ninety-seven billion. China about three hundred fourteen': a bare number
    right after a country's name, after a sum of money with its scale in the sentence or
    the sentence before, and of its size (within a factor of ten), is a sum in that scale
    and currency, as a speaker says a series of sums with its unit once."""
    sums = [q for q in ctx.quantities if q.form == "money" and q.scale >= 1e6]
    before = ctx.sentence.index - 1
    said = [c for c in ctx.earlier[-8:] if c.sentence == before and c.kind == "spending_amount"]
    model: tuple[float, float, str | None] | None = None
    if said:
        scale_name = said[-1].unit.split()[-1]
        if scale_name in _UNIT_SCALES:
            model = (float(said[-1].value), _UNIT_SCALES[scale_name], said[-1].currency)
    if model is None and not sums:
        return
    ends = {m.j for m in ctx.mentions if m.kind in _SERIES_NAMES}
    sum_ends = [x.j for x in sums]  # (in order: quantities are, and do not overlap)
    added: Quantity | None = None  # the last bare number read as a sum below
    for q in ctx.quantities:
        # the sum before the figure: the last one read as a sum, else the sentence's last one
        # ending before it
        at = bisect.bisect_right(sum_ends, q.i)
        last = added if added is not None else (sums[at - 1] if at else None)
        if last is not None:
            model = (last.value, last.scale, last.currency)
        if model is None or id(q) in ctx.consumed:
            continue
        if (q.form != "plain" or q.scale != 1 or q.currency or q.high is not None
                or _name_end(ctx.lows, q.i)[0] not in ends):  # fmt: skip
            continue
        if not model[0] / _SERIES_SPREAD <= q.value <= model[0] * _SERIES_SPREAD:
            continue
        q.form, q.scale, q.currency = "money", model[1], model[2]
        added = q


_PER_HEAD_SPREAD: float = 20.0  # a sum per head of a series is within this factor of the one said
# with its unit (NATO's Table 6: from about USD 100 to 3,000 a head)
_POSSESSIVES: tuple[str, ...] = ("'s", "\u2019s", "'")
_PER_HEAD_LINKS: frozenset[str] = patterns.word_set("per_head_series_links")
# "Greece sits at 648": the verb between an ally and the 'at' of its place in a list
_STANDING: frozenset[str] = patterns.word_set("standing_at_verbs")


def _per_head_series(ctx: Context) -> None:
    """'The per-head table is led by Norway at USD 3,412, with the US at 2,438 and Denmark at
    2,380'; 'Canada's spending per head was USD 690 - less than France's 801': a bare whole
    number in the slot of an ally's sum (after its name and 'at', after its possessive, or
    after a word setting one sum against another, 'up from'), in a sentence naming a sum per
    head and giving one such sum in US dollars before it, of its size, is a sum per head in
    that money too, as a writer gives the unit once for a list."""
    if not ctx.has("ranking", "per_head"):
        return
    sums = [q for q in ctx.quantities if q.form == "money" and q.scale == 1
            and q.currency in ("USD", "USD?") and q.high is None and 10 <= q.value < 1e5]  # fmt: skip
    if not sums:
        return
    lows = ctx.lows
    ends = {m.j for m in ctx.mentions if m.kind in ("ally", "demonym")}
    model = sums[0]
    for q in ctx.quantities:
        if (q.i <= model.i or id(q) in ctx.consumed or q.form != "plain" or q.scale != 1
                or q.currency or q.high is not None or q.precision):  # fmt: skip
            continue
        if not model.value / _PER_HEAD_SPREAD <= q.value <= model.value * _PER_HEAD_SPREAD:
            continue
        if lows[q.j : q.j + 1] != [] and lows[q.j] in ("%", "percent", "per", "years", "allies"):
            continue
        before = lows[q.i - 1] if q.i else ""
        slot = (
            (
                before == "at"
                and (
                    _name_end(lows, q.i)[0] in ends
                    or q.i - 1 in ends
                    or lows[q.i - 2] in _STANDING
                    and q.i - 2 in ends
                )
            )
            or (q.i in ends and before.endswith(_POSSESSIVES))  # ("France's 801")
            or (before in _POSSESSIVES and q.i - 1 in ends)
            or before in _PER_HEAD_LINKS
        )
        if slot:
            q.form, q.currency = "money", model.currency


_SHARE_HEADS: list[list[str]] = [h.split() for h in patterns.load()["words"]["share_measure_heads"]]
_SHARE_LINKS: list[list[str]] = [h.split() for h in patterns.load()["words"]["share_measure_links"]]


def _measure_named_before(ctx: Context, q: Quantity) -> bool:
    """Is a bare number with decimals said right after the measure it is ('The US share of
    GDP: 3.22 this year', "Germany's share of GDP is 2.40")? A share of GDP, with its unit
    said in words."""
    if q.scale != 1 or q.precision < 1 or not 0 < q.value < MAX_SPOKEN_SHARE or q.high is not None:
        return False
    lows = ctx.lows
    for link in _SHARE_LINKS:
        end = q.i - len(link)
        if end < 1 or lows[end : q.i] != link:
            continue
        if any(lows[max(0, end - len(head)) : end] == head for head in _SHARE_HEADS):
            return True
    return False


_OF_GDP: patterns.Phrases = patterns.Phrases(
    [c for c in patterns.load()["cues"]["gdp"] if c.startswith("of ")], True
)


def _of_gdp_after(ctx: Context, q: Quantity) -> bool:
    """Is a bare number said with 'of GDP' right after it and no percent between ('NATO as
    a whole, two point seven one of GDP last year')? A speaker leaves 'percent' out; 'of GDP'
    says what the number is (but not 'one of GDP's parts')."""
    if q.scale != 1 or q.currency or not 0 < q.value < MAX_SPOKEN_SHARE or q.high is not None:
        return False
    hit = _OF_GDP.match_at(ctx.lows, q.j) if q.j < len(ctx.lows) else None
    return hit is not None and ctx.lows[q.j + hit[0] : q.j + hit[0] + 1] != ["'s"]


_SENTENCE_ENDS: frozenset[str] = frozenset({".", ";", "!"})


def _under_closing_unit(ctx: Context) -> list[Quantity]:
    """The bare numbers with decimals, each right after an ally's name, of a sentence that
    closes on a bracket giving their unit as a share of GDP ('Spain 1.28, Slovenia and
    Luxembourg 1.29 each, Belgium 1.30 (per cent of GDP).', '... (% of GDP)'): the unit of
    the whole list, said once at its end, as a table's footer says it."""
    lows = ctx.lows
    end = len(lows)
    while end > 0 and lows[end - 1] in _SENTENCE_ENDS:
        end -= 1
    if end < 4 or lows[end - 1] != ")" or "(" not in lows[:end]:
        return []
    opened = max(k for k in range(end) if lows[k] == "(")
    unit = _PERCENT_WORDS.match_at(lows, opened + 1)
    if unit is None:
        return []
    gdp = _OF_GDP.match_at(lows, opened + 1 + unit[0])
    if gdp is None or opened + 1 + unit[0] + gdp[0] != end - 1:
        return []
    names = {m.j for m in ctx.mentions if m.kind == "ally"}
    return [q for q in ctx.quantities if q.j <= opened and _bare_share(q)
            and not q.currency and _name_end(lows, q.i)[0] in names]  # fmt: skip


def _after_shares(ctx: Context) -> None:
    """'23/32 allies at 2% GDP this yr. Laggards: Spain 1.28, Belgium 1.30'; '18 allies hit 2%
    in 2024, not 23. Poland was at 3.79, not 4.12': right after a sentence of shares of GDP, a
    number with decimals right after an ally ('Spain 1.28', 'Spain: 1.28', 'Poland was at
    3.79'), or after 'not' or 'vs' right after such a number, is a share of GDP too."""
    if ctx.asked_share:  # "HOST: The US spends what, four percent?" then "GUEST: No. It's
        # three point three eight this year": a bare number with decimals in the answer is
        # a share of GDP too (the measure asked about)
        for q in ctx.quantities:
            if q.form == "plain" and q.scale == 1 and q.value < 15 and q.precision >= 1:
                q.form = "percent"
        return
    before = ctx.sentence.index - 1
    shares = [c for c in ctx.earlier[-8:] if c.sentence == before
              and c.measure == "share_of_gdp" and c.unit in ("%", "allies")]  # fmt: skip
    if not shares:
        _said_bare(ctx)
        return
    # ("... 2.11 percent this year. In 2014 we spent 0.68.")
    _parallel_bare(ctx, [c.precision for c in shares if c.unit == "%"], -1)
    lows = ctx.lows
    ends = {m.j for m in ctx.mentions if m.kind == "ally" or _share_group(m)}
    # (or a pronoun standing for one: "Asked about Germany, he said: 'They are at 1.36'")
    pronouns = {m.j for m in ctx.mentions if m.kind == "pronoun"}
    pronouns |= {k + 1 for k, w in enumerate(lows) if w == "they"}
    made: list[Quantity] = []
    for q in ctx.quantities:
        if q.form != "plain" or q.scale != 1 or q.value >= 15 or q.precision < 1:
            continue
        k, said = _name_end(lows, q.i)
        restated = any(p.j == q.i - 1 or p.j == q.i - 2 and lows[p.j] == ","
                       for p in made) and lows[q.i - 1] in _SET_AGAINST  # fmt: skip
        if k in ends or restated or (said and k in pronouns):
            q.form = "percent"
            made.append(q)
    years = {c.year for c in shares}
    said = all(c.year_basis in ("stated", "loose") for c in shares)
    if made and ctx.carry_year is None and len(years) == 1 and said:
        ctx.carry_year = years.pop()  # (and of its year, when the sentence gives none; not
        # a year read from the tense alone, which each figure reads for itself)
    _said_bare(ctx)


# the groups of allies whose shares of GDP NATO's tables give ("NATO as a whole", "Europe and
# Canada"): a bare number right after one is its share as after an ally's name
_SHARE_GROUPS: frozenset[str] = frozenset({"NATO", "NATO_EC"})


def _share_group(m: Mention) -> bool:
    return m.kind == "group" and m.code in _SHARE_GROUPS


_OPENING_QUOTES: frozenset[str] = frozenset({'"', "\u201c", "'", "\u2018"})


def _name_end(lows: list[str], i: int) -> tuple[int, bool]:
    """Where the ally's name before a bare number at i ends ("Spain 1.28", "Spain: 1.28",
    "Poland was at 3.79"), and whether a verb stands between ("They are at 1.36")."""
    if lows[i - 1 : i] in ([","], [":"]):
        return i - 1, False
    if lows[i - 1 : i] == ["at"]:
        v = i - 2 - (lows[i - 2 : i - 1] != [] and lows[i - 2] in _OPENING_QUOTES)
        if v >= 0 and lows[v] in ("was", "is", "stood", "stands", "are", "were"):
            return v, True  # (and 'Latvia was "at 2.2"': the quotation opens at 'at')
        return i - 1, False
    return i, False


def _bare_share(q: Quantity) -> bool:
    """Could the number be a share of GDP said without its unit ('two point three seven')?"""
    return (q.form == "plain" and q.scale == 1 and q.precision >= 1 and 0.5 <= q.value < 15
            and q.high is None)  # fmt: skip


def _said_bare(ctx: Context) -> None:
    """In a speaker's turn, a number with decimals and no unit right after an ally ('GUEST:
    Norway two point two', 'Latvia, three point seven three', 'the Germans are at one point
    three six'), or opening the answer to a question ('HOST: Denmark?' then 'GUEST: Two point
    three seven this year'), is that ally's share of GDP: spoken figures of that size are
    shares. The measure is a guess, so its claim agrees or is unverifiable, never
    contradicted (measure_unstated), unless the conversation has said its shares were
    percentages of GDP."""
    if not ctx.in_turn:
        return
    lows = ctx.lows
    ends = {m.j for m in ctx.mentions if m.kind in ("ally", "demonym") or _share_group(m)}
    for q in ctx.quantities:
        if id(q) in ctx.consumed:
            continue
        if (
            _exactly_whole(q)
            and _said_last(ctx, q)
            and (_after_spoken(ctx, q) or _name_end(lows, q.i)[0] in ends)
        ):  # ("Lithuania four flat, Latvia three point seven three")
            q.form = "percent"  # "Poland's at four point four eight, and Belgium made it to
            ctx.bare_shares.append(q.i)  # exactly two": said to two decimals
            continue
        if _whole_after_share(ctx, q, ends):  # "...; France at just over two"
            q.form = "percent"
            ctx.bare_shares.append(q.i)
            continue
        if not _bare_share(q):
            continue
        k = _name_end(lows, q.i)[0]
        opening = ctx.answer_at >= 0 and ctx.tokens[q.i].start == ctx.answer_at
        if lows[k - 1 : k] and lows[k - 1] in _EMPHASIS and k - 1 in ends:
            k -= 1  # "The US itself is at three point three eight"
        if (k in ends or opening or _moved(ctx, q) or _refined(ctx, q) or _after_spoken(ctx, q)
                or _spoken_on(ctx, q)):  # fmt: skip
            q.form = "percent"
            ctx.bare_shares.append(q.i)


def _spoken_on(ctx: Context, q: Quantity) -> bool:
    """Does the number, said in words, open a sentence of an answer whose sentence before gave
    a share of GDP in words ('They pay one percent. One point two, maybe.')? The speaker goes
    on with the unit said once: a share too."""
    if not q.in_words or ctx.turn_at < 0 or q.i > 0:
        return False
    before = ctx.sentence.index - 1
    return any(c.sentence == before and c.start >= ctx.turn_at and c.measure == "share_of_gdp"
               and c.unit == "%" and not c.measure_unstated and _unit_in_words(c.text)
               for c in ctx.earlier[-4:])  # fmt: skip


_PERCENT_WORDS: patterns.Phrases = patterns.Phrases(patterns.load()["percent_words"], True)


def _unit_in_words(text: str) -> bool:
    """Is the figure said in words with its unit ('one percent', 'one point five per cent'),
    not in digits nor a bare number read as a share ('two point three seven')?"""
    words = text.lower().split()
    return not any(ch.isdigit() for ch in text) and any(
        _PERCENT_WORDS.match_at(words, k) is not None for k in range(len(words))
    )


# words that stress the subject between it and its figure: "The US itself is at ..."
_EMPHASIS: frozenset[str] = patterns.word_set("subject_emphasis")


def _exactly_whole(q: Quantity) -> bool:
    """Is the number a whole one said in words with 'exactly' ('exactly two'), as a share
    of GDP could be: a figure to two decimals, as precise as 'two point oh oh'?"""
    return (q.form == "plain" and q.in_words and q.hedge == "exactly" and q.precision == 0
            and q.scale == 1 and q.high is None and 0 < q.value < MAX_SPOKEN_SHARE)  # fmt: skip


def _whole_after_share(ctx: Context, q: Quantity, ends: set[int]) -> bool:
    """'Germany is at 2.2 per cent this year; France at just over two', 'Poland, on nearly
    four and a half per cent. Lithuania is on four': in a speaker's turn, a whole number in
    words that ends its clause right after an ally's name and 'at' or 'on' ('is at', 'is
    on'), after a share of GDP said with its unit in the sentence or the one before, is a
    share too: the speaker gave the unit once."""
    if not (q.form == "plain" and q.in_words and q.precision == 0 and q.scale == 1
            and q.high is None and 0 < q.value < MAX_SPOKEN_SHARE):  # fmt: skip
        return False
    lows = ctx.lows
    if not _said_last(ctx, q) or lows[q.i - 1 : q.i] not in (["at"], ["on"]):
        return False
    k = q.i - 1 - (lows[q.i - 2 : q.i - 1] in (["is"], ["was"], ["'s"], ["’s"]))
    if k not in ends:
        return False
    if any(x.j <= q.i and x.form == "percent" and x.value < MAX_SPOKEN_SHARE
           for x in ctx.quantities):  # fmt: skip
        return True
    before = ctx.sentence.index - 1
    return any(c.sentence == before and c.measure == "share_of_gdp" and c.unit == "%"
               and not c.measure_unstated for c in ctx.earlier[-4:])  # fmt: skip


def _said_last(ctx: Context, q: Quantity) -> bool:
    """Does the number end its clause, with no noun or 'of' after it ('made it to exactly two.';
    not 'exactly two of them')?"""
    return q.j >= len(ctx.tokens) or ctx.tokens[q.j].kind not in ("word", "num")


def _after_spoken(ctx: Context, q: Quantity) -> bool:
    """Is the number said in words after a share said in words earlier in the sentence, with
    its unit or read as one ('We're at two percent this year, two point oh one to be exact,
    and it was one point four seven last year'; 'Latvia's at three point one five - hang on,
    that's this year; last year was two point eight seven')? A speaker who gave the unit once
    leaves it off after: a share too (a clause of another field is set aside later)."""
    return q.in_words and any(
        x.j <= q.i and x.form == "percent" and x.in_words and x.value < MAX_SPOKEN_SHARE
        for x in ctx.quantities
    )


MAX_SPOKEN_SHARE: float = 15.0  # a share of GDP said in words: "two percent", not "fifty percent"


_REFINING_MARKS: frozenset[str] = frozenset({"—", "–", "-", ","})


def _refined(ctx: Context, q: Quantity) -> bool:
    """Is the number a speaker's closer statement of the round one said just before it, set
    off by a dash or comma ('north of four - four point one', 'just over two - two point
    one'): both said in words, the same whole part, the round one a whole number said close
    after an ally's name, or at the start of an answer? It is that ally's share too."""
    lows = ctx.lows
    if q.i < 2 or lows[q.i - 1] not in _REFINING_MARKS:
        return False
    rough = next((x for x in ctx.quantities if x.j == q.i - 1), None)
    if rough is None or rough.precision or rough.value != int(q.value) or rough.scale != 1:
        return False
    if rough.form not in ("plain", "percent") or q.value - rough.value >= 1:
        return False
    if not (rough.in_words and q.in_words):
        return False  # (spoken, both: written "2 - 2.5" is a range)
    # the round one said of an ally: its name, or its verb, before it ("Poland is already
    # north of four", "the Czechs? Just over two" in an answer)
    opening = ctx.answer_at >= 0 and ctx.tokens[rough.i].start <= ctx.answer_at + _OPENING_SPAN
    return opening or any(m.kind in ("ally", "demonym") and m.j <= rough.i
                          and rough.i - m.j <= _NAME_TO_ROUGH for m in ctx.mentions)  # fmt: skip


_OPENING_SPAN: int = 12  # the round figure near the answer's start: "Just over two"
_NAME_TO_ROUGH: int = 5  # words from the ally's name to the round figure: "is already north of"


def _moved(ctx: Context, q: Quantity) -> bool:
    """Is the number one end of a move said without units ('from one point six in 2023 to two
    point two five', 'up from two point oh five', 'one point five zero to two point zero one')?
    Both ends of a 'from ... to' are bare numbers with decimals; 'up from' or 'down from' needs
    no other end."""
    lows = ctx.lows
    before = lows[max(0, q.i - 2) : q.i]
    if before in (["up", "from"], ["down", "from"]):
        return True
    ends = [x for x in ctx.quantities if _bare_share(x) or x.i in ctx.bare_shares]
    if before[-1:] == ["from"]:
        return any(x.i > q.j and lows[x.i - 1] == "to" for x in ends)
    if before[-1:] == ["to"]:
        return any(x.j < q.i and lows[x.i - 1 : x.i] == ["from"] or x.i in ctx.bare_shares
                   and x.j == q.i - 1 for x in ends)  # fmt: skip
    return False


def _mark_bare(ctx: Context) -> None:
    """The claims of numbers _said_bare() read as shares of GDP keep their measure as a guess
    (unverifiable when the data disagree), unless the conversation before, or the sentence,
    gave a share of GDP with its unit."""
    said = any(c.measure == "share_of_gdp" and c.unit == "%" and not c.measure_unstated
               for c in ctx.earlier) or any(q.form == "percent" and q.i not in ctx.bare_shares
                                            for q in ctx.quantities)  # fmt: skip
    if said:
        return
    starts = {ctx.tokens[i].start for i in ctx.bare_shares}
    for c in ctx.claims:
        if c.start in starts and c.measure == "share_of_gdp":
            c.measure_unstated = True


_SET_AGAINST = frozenset({"not", "vs", "versus", "from", "to"})


# The Hague's parts by value (milex.reference.commitments ids), and the words that frame a
# percentage as one of them rather than as an ally's spending
_HAGUE = {5.0: "hague-total", 3.5: "hague-core", 1.5: "hague-related"}
_PART_NOUNS = patterns.word_set("hague_part_nouns")
_PART_AFTER = patterns.word_set("hague_part_words")
_AGREEING = patterns.word_set("agreeing_words")
_HAGUE_WORDS = frozenset({"summit", "2035", "hague"})
_SPENDING = patterns.word_set("spending_or_meeting_verbs")
_PART_VERBS = (["is", "to", "be"], ["is", "for"], ["is", "earmarked"], ["is", "reserved"],
               ["goes", "to"], ["will", "go"])  # fmt: skip


def _hague_parts(ctx: Context) -> None:
    """'a new 5% benchmark', '3.5% of it for core defence', 'allies agreed ... 1.5% for wider
    security': The Hague's figures stated as such, not as anyone's spending."""
    if not any(q.form == "percent" and q.value in _HAGUE for q in ctx.quantities):
        return  # none of The Hague's three figures
    lows = ctx.lows
    hague = (
        ctx.has("policy", "families", "hague")
        or not _HAGUE_WORDS.isdisjoint(lows)
        or (ctx.carry_guideline or 0) >= 3.5  # the sentence before spoke of The Hague's 5%
    )
    agreeing = not _AGREEING.isdisjoint(lows)
    for q in ctx.quantities:
        if id(q) in ctx.consumed or q.form != "percent" or q.value not in _HAGUE:
            continue
        before, after = lows[max(0, q.i - 3) : q.i], lows[q.j : q.j + 4]
        if any(w in _SPENDING for w in before + lows[q.i : q.ni]):
            continue  # "Poland spends 5%", "on course to hit 3.5%": a figure or a threshold
            # (also when the verb is read as the figure's hedge: "has cleared the 3.5% ...")
        hague = (
            hague
            or any(  # "the goal is 5% of GDP, of which 3.5% is reserved for ..."
                x.form == "percent" and x.value == 5.0 and lows[x.j : q.i][-2:] == ["of", "which"]
                for x in ctx.quantities
            )
        )
        part = (
            any(w in _PART_NOUNS for w in after[:3])
            or after[:2] == ["of", "it"]
            or (hague and any(after[: len(words)] == words for words in _PART_VERBS))
            or (
                hague
                and any(
                    w in ("remaining", "further", "additional", "another", "other") for w in before
                )
            )
            or any(w in _PART_AFTER for w in after[1:4] if after[:1] in (["for"], ["on"], ["to"]))
            or (hague and agreeing and q.value != 5.0 and after[:1] in (["for"], ["on"]))
        )
        if not part or not (hague or agreeing or any(w in _PART_NOUNS for w in after)):
            continue
        _policy_claim(ctx, q, policy.PolicyReading("guideline_value", [_HAGUE[q.value]], "NATO"))
        ctx.consumed.add(id(q))


_PAIRED_KINDS: tuple[str, ...] = ("share_of_gdp", "spending_amount", "equipment_share",
                                  "real_change")  # fmt: skip


def _respectively(ctx: Context) -> None:
    """'Italy and Spain ... spending 1.49% and 1.28% respectively': figures to allies in order;
    so too without the word when as many figures as allies are joined the same way ('Germany
    and France spent 2.12% and 2.06%'); then the sentence's other clauses that join their own
    allies to their own figures (_clause_pairs)."""
    stated = "respectively" in ctx.lows
    if not stated and "and" not in ctx.lows:
        return
    paired = _respectively_run(ctx, stated)
    _clause_pairs(ctx, stated, paired)


def _respectively_run(ctx: Context, stated: bool) -> set[int]:
    """The one run of figures the sentence pairs by 'respectively' or, without the word, its
    last run of joined figures: the starts of the figures paired (none when not)."""
    k = ctx.lows.index("respectively") if stated else len(ctx.lows)
    kinds = _PAIRED_KINDS
    figures = []  # one claim a figure: a shared subject read twice is undone below
    taken: set[int] = set()  # (the figures' starts)
    for c in ctx.claims:
        if (
            c.kind in kinds
            and (k == len(ctx.lows) or c.end <= ctx.tokens[k].start)
            and c.start not in taken
        ):
            figures.append(c)
            taken.add(c.start)
    if not stated:
        figures = _joined_figures(ctx, figures)
        if len(figures) < 2:
            return set()
        if _of_plural_group(ctx, figures):
            _unpaired(ctx, figures, _GROUP_SPLIT)
            return set()
        k = next(i for i, t in enumerate(ctx.tokens) if t.start >= figures[0].start)
    years = [t for t in ctx.times if t.kind == "year" and t.j <= k and t.role == "in"]
    if stated and len(figures) >= 2 and len(years) == len(figures):
        # "0.88% and 2.85% in 2014 and 2024 respectively": figures to years in order
        for claim, t in zip(figures, years, strict=True):
            claim.year, claim.year_basis = t.year, "stated"
            claim.doubts = [d for d in claim.doubts if "year" not in d]
        return set()
    named = [m for m in ctx.mentions if m.kind in ("ally", "group") and m.j <= k]
    # coordinated runs: "Italy and Spain", "Spain, Belgium and Luxembourg"
    runs = [g for g in coordinated_runs(named, ctx.lows) if len(g) >= 2]
    before = [
        c for c in ctx.carry_all if len(c) == 3 or (c in _PAIRED_GROUPS and _RESPECTIVE in ctx.lows)
    ]
    # ("... European allies and Canada 2.72%. A year earlier the respective figures were 2.61%
    # and 1.99%": the alliance's and the group's, as the sentence before gave them)
    if stated and not named:
        # "Estonia, Latvia and Lithuania follow Poland. Their shares are ...": of the run the
        # sentence before listed, as many as the figures
        allies = [r for r in ctx.carry_runs if all(len(code) == 3 for code in r)]
        fitting = [r for r in allies if len(r) == len(figures)]
        if len(fitting) == 1:
            before = list(fitting[0])
    if (stated and not named and len(before) == len(figures) >= 2
            and (not _THEY.isdisjoint(ctx.lows[:k]) or _as_many_back(ctx, k, len(figures)))):  # fmt: skip
        # "... Estonia, Latvia and Lithuania. This year they will spend 3.43%, 3.15% and 2.85%
        # respectively": the allies the sentence before listed
        codes, tail = before, figures
    elif (
        stated
        and not runs
        and len(figures) >= 2
        and len(outside := _foreign_run(ctx, k)) == len(figures)
    ):
        # "only Israel, Pakistan and South Korea spent more than 2.5% - 8.8%, 2.7% and 2.6%
        # respectively": countries outside NATO, each its figure in order (SIPRI's to judge)
        codes, tail = outside, figures
    elif stated and (paired := _pronoun_pairs(ctx, named, figures)) is not None:
        # "Norway's spending jumped 49.9% and Denmark's 45.3%, taking them to 3.35% and 3.22%
        # respectively": the allies the pronoun stands for, in the order named
        codes, tail = paired
    elif not stated and not named and (prior := _prior_pairs(ctx, figures, before)) is not None:
        # "Canada spent 1.1% last year, he said, and Belgium 1.0%. The NATO estimates are
        # 1.37% and 1.30%": as many figures as the sentence before gave its allies, in order
        codes, tail = prior
    elif not runs or len(figures) < len(runs[-1]) or (not stated and len(figures) != len(runs[-1])):
        after = _allies_after(ctx, k, figures) if stated else None
        if after is None and stated and not named:
            # "- Estonia: 3.04%" ... "This year the three are expected to reach 3.43%, 3.15%
            # and 2.85% respectively": the allies of the sentences just before, one each
            after = _counted_before(ctx, k, figures)
        if after is None:
            if stated and not named:
                _unpaired(ctx, figures)
            return set()
        # "... spend 2.1%, 2.4% and 2.2% respectively this year: Sweden, Finland and Norway":
        # the allies named after the word, as many as the figures, in order
        codes, tail = after
    else:
        run = runs[-1]
        tail = figures[-len(run) :]
        if len({c.kind for c in tail}) != 1 or tail[0].start < ctx.tokens[run[-1].j - 1].end:
            return set()
        codes = [m.code for m in run]
    _assign(ctx, tail, codes)
    return {c.start for c in tail}


def _as_many_back(ctx: Context, k: int, n: int) -> bool:
    """Does the clause point back by a noun phrase counting as many as its figures ('the two
    neighbours were at 2.13 and 2.74 percent respectively', 'the three Baltic states')? Like a
    plural pronoun, it stands for the allies the sentence before named."""
    lows = ctx.lows
    return any(
        q.form == "plain" and q.value == n and not q.precision and q.j < k
        and lows[q.i - 1 : q.i] in (["the"], ["these"], ["those"])
        and lows[q.j : q.j + 1] != [] and lows[q.j].isalpha()
        for q in ctx.quantities
    )  # fmt: skip


def _foreign_run(ctx: Context, k: int) -> list[str]:
    """The ISO codes of the last coordinated run of two or more countries outside NATO named
    before token k ('Israel (if counted in Asia), Pakistan and South Korea'; an aside in
    brackets skipped), when milex knows each; else []."""
    named = [m for m in ctx.mentions if m.j <= k and m.kind in _RUN_KINDS]
    if not named or named[-1].kind != "foreign":
        return []
    run = [named[-1]]
    for m in reversed(named[:-1]):
        if not _run_joined(ctx.lows[m.j : run[0].i]):
            break
        run.insert(0, m)
    codes = [foreign_code(ctx, m) for m in run]
    if len(run) < 2 or any(m.kind != "foreign" for m in run) or not all(codes):
        return []
    return [c for c in codes if c]


def _foreign_run_before(ctx: Context, k: int, code: str) -> bool:
    """Is the country outside NATO whose figure starts at token k (its ISO `code`) the last of
    a coordinated run of such countries named before the figure in its
    clause, the figure not its own possessive's ('Pakistan's 2.7%')?"""
    lo, _hi = ctx.clause_at(k)
    named = [m for m in ctx.mentions if lo <= m.i and m.j <= k and m.kind in _RUN_KINDS
             and not m.is_object]  # fmt: skip
    if not named or named[-1].kind != "foreign" or named[-1].possessive:
        return False
    if all(w in ("(", ":", "-", "–") for w in ctx.lows[named[-1].j : k]):
        return False  # "China ($314bn), Russia ($149bn)": each its own figure, right after it
    if foreign_code(ctx, named[-1]) != code:
        return False
    return (
        len(named) >= 2
        and named[-2].kind == "foreign"
        and _run_joined(ctx.lows[named[-2].j : named[-1].i])
    )  # (not "France and Ukraine level at $74.7bn each": an ally's and the country's)


_RUN_KINDS: tuple[str, ...] = ("ally", "foreign")


def _yardstick(ctx: Context, q: Quantity) -> bool:
    """Is a percentage said beside a country outside NATO a yardstick, not its figure: a
    guideline it is set against or far from ('against a NATO-style benchmark of 2%'), which
    the allies' commitments name?"""
    if q.form != "percent":
        return False
    if policy.far_from(ctx.lows, q.i) or policy.set_against(ctx.lows, q.i):
        return True
    reading = policy.match(ctx, q, None)
    return reading is not None and reading.kind == "guideline_value"


def _respective_figure(ctx: Context, q: Quantity) -> bool:
    """Is q one of the run of figures said 'respectively' ('8.8%, 2.7% and 2.6% respectively'):
    'respectively' after it, and nothing but commas and 'and' between it and the next figure
    before that word (not 'more than 2.5% - 8.8%, 2.7% and 2.6% respectively')?"""
    if "respectively" not in ctx.lows[q.j :]:
        return False
    end = q.j + ctx.lows[q.j :].index("respectively")
    after = [x for x in ctx.quantities if q.j <= x.i < end]
    return not after or all(w in (",", "and") for w in ctx.lows[q.j : after[0].i])


def _run_joined(words: list[str]) -> bool:
    """Words between two countries of one list: commas and 'and', an aside in brackets."""
    depth, seen = 0, False
    for w in words:
        if w == "(":
            depth += 1
        elif w == ")":
            depth -= 1
        elif depth == 0:
            if w not in (",", "and", "the"):
                return False
            seen = True
    return seen and depth == 0


def _assign(ctx: Context, tail: list, codes: list[str]) -> None:
    """Each figure of the run to its ally, in order, and no other reading of it."""
    fiscal = any(t.fiscal for t in ctx.times)
    for claim, code in zip(tail, codes, strict=True):
        if fiscal:  # "Canada and Germany spent 1.31% and 2.12% last fiscal year": the year as
            # read for that ally, its own fiscal year
            claim.year = next((c.year for c in ctx.claims if c.start == claim.start
                               and c.subject_code == code), claim.year)  # fmt: skip
        set_subject(claim, code)
        claim.own_subjects = [code]  # the order settles whose: no other ally's reading
        claim.doubts = [d for d in claim.doubts if "whose" not in d and "may mean" not in d]
    starts = {c.start for c in tail}
    ctx.claims[:] = [c for c in ctx.claims if c.start not in starts or any(c is t for t in tail)]


def _clause_pairs(ctx: Context, stated: bool, paired: set[int]) -> None:
    """The sentence's other runs of joined figures, each right after a coordinated run of as
    many allies in its own clause ('Denmark and Norway spend 3.22% and 3.35% respectively,
    while Sweden and Finland stand at 2.51% and 2.77%'): each figure to its ally in order. Only
    the runs the pairing by 'respectively' (or by the last run) did not take; when the word's
    own run was left unpaired, only those after the word."""
    figures: list = []
    taken: set[int] = set()
    for c in ctx.claims:
        if c.kind in _PAIRED_KINDS and c.start not in taken:
            figures.append(c)
            taken.add(c.start)
    figures.sort(key=lambda c: c.start)
    runs = _figure_runs(ctx, figures)
    if not stated:
        if runs and runs[-1][-1] is figures[-1]:
            runs = runs[:-1]  # (the last is _respectively_run's)
    elif not paired:  # (the word's run unpaired: only the runs after it are surely others')
        word = ctx.tokens[ctx.lows.index("respectively")].end
        runs = [r for r in runs if r[0].start >= word]
    allies = [m for m in ctx.mentions if m.kind in ("ally", "group")]
    for run in runs:
        if any(c.start in paired for c in run) or len({c.kind for c in run}) != 1:
            continue
        first = next(i for i, t in enumerate(ctx.tokens) if t.start >= run[0].start)
        # the clause's own allies: after any number before the run (another clause's figure)
        floor = max((x.j for x in ctx.quantities if x.j <= first and x.form != "year"
                     and ctx.tokens[x.i].start < run[0].start), default=0)  # fmt: skip
        own = [g for g in coordinated_runs(allies, ctx.lows)
               if g[0].i >= floor and g[-1].j <= first]  # fmt: skip
        if len(own) != 1 or len(own[0]) != len(run) or any(m.kind != "ally" for m in own[0]):
            continue
        codes = [m.code for m in own[0]]
        if len(set(codes)) != len(codes):
            continue
        _assign(ctx, run, codes)


_THEY = patterns.word_set("plural_pronouns")
_UNPAIRED: str = "the figures are said 'respectively' but the text does not say whose each is"


def _allies_after(ctx: Context, k: int, figures: list) -> tuple[list[str], list] | None:
    """The allies of the one coordinated run named after 'respectively', when it has as many
    allies as the last run of figures has ('spend 2.1%, 2.4% and 2.2% respectively: Sweden, Finland and Norway'), or None."""
    tail = _joined_figures(ctx, figures)
    after = [m for m in ctx.mentions if m.i > k and m.kind in ("ally", "group")]
    runs = coordinated_runs(after, ctx.lows)
    if len(tail) < 2 or len(runs) != 1 or len(runs[0]) != len(tail):
        return None
    if any(x.i > runs[0][0].i and x.form != "year" for x in ctx.quantities):
        return None  # ("..., while Sweden and Finland stand at 2.51% and 2.77%": their own)
    if any(m.kind != "ally" for m in runs[0]) or len({m.code for m in runs[0]}) != len(tail):
        return None
    return [m.code for m in runs[0]], tail


_NUMBER_WORDS: dict[str, int] = patterns.load()["number_words"]
_COUNTED_OPENERS: frozenset[str] = frozenset({"the", "all", "these", "those"})


def _counted_before(ctx: Context, k: int, figures: list) -> tuple[list[str], list] | None:
    """The allies a counted phrase before 'respectively' stands for ('the three', 'all
    three'), as many as the last run of figures: when each of the sentences right before gave
    exactly one figure of the same kind, each to a different ally (a list's items), those
    allies in order; else None."""
    tail = _joined_figures(ctx, figures)
    n = len(tail)
    if n < 2 or not any(ctx.lows[i] in _COUNTED_OPENERS and _NUMBER_WORDS.get(ctx.lows[i + 1]) == n
                        for i in range(min(k, len(ctx.lows) - 1))):  # fmt: skip
        return None
    here = ctx.sentence.index
    codes: list[str] = []
    for index in range(here - n, here):
        own = ctx.claims_of(index)
        if len(own) != 1 or own[0].kind != tail[0].kind or own[0].subject_code is None:
            return None
        codes.append(str(own[0].subject_code))
    if len(set(codes)) != n or any(len(code) != 3 for code in codes):
        return None
    return codes, tail


_GROUP_SPLIT: str = (
    "the figures are said of allies the text does not name, one figure to "
    "each, not of the alliance as a whole"
)
_GROUP_NOUNS: frozenset[str] = patterns.word_set("title_count_nouns")


def _of_plural_group(ctx: Context, figures: list) -> bool:
    """Are two or more joined figures of one kind and one year said of a group named by a
    plural noun ('The allies spent 1.28% and 1.65% of GDP'), no ally named in the sentence?
    Each is some ally's, not the alliance's (which has one figure a year)."""
    if len({c.kind for c in figures}) != 1 or len({c.year for c in figures}) != 1:
        return False
    codes = {c.subject_code for c in figures}
    if len(codes) != 1 or any(m.kind == "ally" for m in ctx.mentions):
        return False
    code = codes.pop()
    k = next((i for i, t in enumerate(ctx.tokens) if t.start >= figures[0].start), 0)
    return any(m.kind == "group" and m.code == code and ctx.lows[m.j - 1] in _GROUP_NOUNS
               for m in ctx.mentions if m.j <= k)  # fmt: skip


def _unpaired(ctx: Context, figures: list, why: str = _UNPAIRED) -> None:
    """Figures said 'respectively' in a sentence naming no ally, that no run of allies pairs
    ('This year the three are expected to reach 3.43%, 3.15% and 2.85% respectively' after a
    list): each is some ally's, not the one ally the reading would otherwise carry, so no
    one's (unverifiable)."""
    tail = _joined_figures(ctx, figures)
    if len(tail) < 2:
        return
    for claim in tail:
        set_subject(claim, None)
        claim.own_subjects = []
        claim.doubts = [d for d in claim.doubts if "whose" not in d and "may mean" not in d]
        claim.doubts.append(why)
    starts = {c.start for c in tail}
    ctx.claims[:] = [c for c in ctx.claims if c.start not in starts or any(c is t for t in tail)]


def _pronoun_pairs(ctx: Context, named: list, figures: list) -> tuple[list[str], list] | None:
    """The allies a plural pronoun before figures said 'respectively' stands for, and those
    figures: the last figures of one kind, as many as the distinct allies the sentence named
    before the pronoun, with no other ally between ('... and Denmark's 45.3%, taking them to
    3.35% and 3.22% of GDP respectively')."""
    if len(figures) < 2:
        return None
    kind = figures[-1].kind
    n = len(figures)
    while n > 0 and figures[n - 1].kind == kind:
        n -= 1
    tail = figures[n:]
    first = next(i for i, t in enumerate(ctx.tokens) if t.start >= tail[0].start)
    pronoun = next((k for k in range(first - 1, -1, -1) if ctx.lows[k] in _THEY), None)
    if pronoun is None:
        # "Finland will spend 2.41% and Sweden 2.14%; in 2014 they spent 1.45% and 1.06%,
        # respectively": the figures after the pronoun, the ones before being the allies' own
        last = max((k for k in range(len(ctx.lows)) if ctx.lows[k] in _THEY), default=None)
        if last is None:
            return None
        tail = [c for c in figures if c.start >= ctx.tokens[last].end]
        pronoun = last
    if any(m.j > pronoun for m in named):
        return None
    codes = list(dict.fromkeys(m.code for m in named if m.kind == "ally"))
    if len(codes) != len(tail) or len(tail) < 2 or any(m.kind != "ally" for m in named):
        return None
    return codes, tail


_PAIRED_GROUPS: frozenset[str] = frozenset({"NATO", "NATO_EC"})  # the alliance, Europe and Canada
_RESPECTIVE: str = "respective"


def _prior_pairs(ctx: Context, figures: list, before: list[str]) -> tuple[list[str], list] | None:
    """The allies of the sentence before, in order, for joined figures of a sentence that
    names no one, when that sentence gave each of exactly those allies one figure of the same
    kind and unit ('Canada spent 1.1% ..., and Belgium 1.0%.' then 'The NATO estimates are
    1.37% and 1.30%.'), or None."""
    kind, unit = figures[0].kind, figures[0].unit
    if any(c.kind != kind or c.unit != unit for c in figures):
        return None
    prior = ctx.claims_of(ctx.sentence.index - 1)
    if any(c.kind not in (kind, "unread") for c in prior):
        return None  # (a rank or a count among them: not a plain list of the allies' figures)
    prior = [c for c in prior if c.kind == kind and c.unit == unit]
    codes = [str(c.subject_code) for c in prior]
    if len(prior) != len(figures) or codes != before or len(set(codes)) != len(codes):
        return None
    return codes, figures


def _figure_runs(ctx: Context, figures: list) -> list[list]:
    """Every run of figures written 'X% and Y%' or 'X%, Y% and Z%' (one kind), in order."""
    text, at = ctx.sentence.text, ctx.sentence.start
    runs: list[list] = []
    run: list = []
    for c in figures:
        if (
            run
            and c.kind == run[-1].kind
            and text[run[-1].end - at : c.start - at].strip() in (",", "and", ", and")
        ):
            run.append(c)
        else:
            if len(run) >= 2:
                runs.append(run)
            run = [c]
    if len(run) >= 2:
        runs.append(run)
    return runs


def _joined_figures(ctx: Context, figures: list) -> list:
    """The last run of figures written 'X% and Y%' or 'X%, Y% and Z%' (one kind), when it ends
    the figures, or []."""
    runs = _figure_runs(ctx, figures)
    return runs[-1] if runs and runs[-1][-1] is figures[-1] else []


ALLY_CODES = frozenset(a.iso3 for a in ALLIES)
_NAMING_NATO = frozenset({"nato", "nato's", "alliance", "alliance's", "allies"})
_PLEDGE_NOUNS = patterns.word_set("commitment_nouns")
_PASSING = patterns.word_set("passing_verbs")
_PUTTING: frozenset[str] = patterns.word_set("putting_verbs") - {"has", "had"}
_RESTATED: frozenset[str] = patterns.word_set("restated_nouns")


def _put_at(ctx: Context, q: Quantity) -> bool:
    """Is the figure the level a body puts a figure at ('NATO puts last year's figure at
    4.25%', 'the alliance puts it at 2%'): a verb of putting, then what it puts (a pronoun, a
    time's possessive or a noun of a figure), then 'at' right before the figure?"""
    lows = ctx.lows
    at = q.ni - 1
    if at < 2 or lows[at] != "at":
        return False
    lo, _hi = ctx.clause(q)
    verb = next((k for k in range(at - 1, max(lo, at - 6) - 1, -1) if lows[k] in _PUTTING), None)
    if verb is None:
        return False
    between = lows[verb + 1 : at]
    return bool(between) and (
        between[-1] in _RESTATED or between in (["it"], ["that"], ["them"]) or
        between[-1].endswith("'s")
    )  # fmt: skip


_LEVEL_NOUNS: frozenset[str] = patterns.word_set("measured_level_nouns")
_PAST_COPULAS: tuple[list[str], ...] = (["was"], ["were"], ["stood", "at"], ["was", "at"],
                                        ["came", "to"], ["reached"])  # fmt: skip


def _measured_past(ctx: Context, q: Quantity) -> bool:
    """'Spain's core share last year was 2.1%', 'its spending in 2025 stood at 2%': a noun of a
    measured level, a year not to come and a verb of being in the past before the figure: what
    was spent that year, said by whoever says it, not the value of a commitment."""
    lows = ctx.lows
    lo, _hi = ctx.clause(q)
    verb = next((q.ni - len(w) for w in _PAST_COPULAS if lows[q.ni - len(w) : q.ni] == w), None)
    if verb is None:
        return False
    if not any(t.year and t.year <= ctx.today.year and lo <= t.i and t.j <= verb
               for t in ctx.times):  # fmt: skip
        return False  # (the year under way too: "Core spending in 2026 was 3.22%" in 2026)
    return not _LEVEL_NOUNS.isdisjoint(lows[max(lo, verb - 6) : verb])


def _dated_label(ctx: Context, q: Quantity) -> bool:
    """'Core spending 2026: 3.22% of GDP', 'Spending in 2025: 2.85%': the figure right after the
    colon of a label that names a measured level and the year it was spent in (this year or
    before, not a deadline): that year's level, not the value of a commitment."""
    lows = ctx.lows
    if lows[q.i - 1 : q.i] != [":"]:
        return False
    colon = q.i - 1
    lo = max((k + 1 for k in range(colon) if lows[k] in (".", ";", ":")), default=0)
    years = [t for t in ctx.times if lo <= t.i and t.j <= colon and t.year]
    if len(years) != 1 or years[0].year > ctx.today.year or years[0].role != "in":
        return False
    return not _LEVEL_NOUNS.isdisjoint(lows[lo:colon])


_DATED_REACH: int = 4  # tokens from a figure to the year beside it ('2.86% of GDP this year')


def _estimated_level(ctx: Context, q: Quantity) -> bool:
    """'Core spending will reach 2.86% of GDP this year, NATO estimates': a figure dated right
    after it to this year or before, in a sentence that names the body whose figures it
    gives: that body's estimate of the year's level, not the value of a commitment (whose
    words, 'core defence', it may share)."""
    if not ctx.sources:
        return False
    lo, hi = ctx.clause(q)
    return any(
        q.j <= t.i <= q.j + _DATED_REACH
        and t.i < hi
        and t.role == "in"
        and t.kind in ("this", "last", "year")
        and t.year is not None
        and t.year <= ctx.today.year
        and _GDP_OF.issuperset(ctx.lows[q.j : t.i])
        for t in ctx.times
    )


_GDP_OF: frozenset[str] = frozenset({"of", "gdp", "its", "their", "the"})


_EXPECTING: frozenset[str] = patterns.word_set("expecting_verbs")
_EXPECTED_BY = (
    "the figure is what someone expects, of an ally the sentence does not name: an expectation, "
    "not a measured value"
)


def _expected_by_others(ctx: Context, q: Quantity) -> bool:
    """'Officials expect a figure north of 3%' after a sentence on the United States: a verb of
    expecting in the active voice, its subject no ally (the sentence names none), and the
    figure its object: what they expect, of a subject carried from before."""
    if any(m.kind in ("ally", "group", "demonym", "capital") for m in ctx.mentions):
        return False
    lo, _hi = ctx.clause(q)
    verb = next((k for k in range(max(lo, q.i - 6), q.i) if ctx.lows[k] in _EXPECTING
                 and (k == 0 or ctx.lows[k - 1] not in _BEING)), None)  # fmt: skip
    if verb is None or verb == 0 or any(m.i < q.i for m in ctx.mentions):
        return False  # ("NATO expects it to spend 1.36%": the ally it speaks of, NATO's estimate)
    if ctx.lows[verb - 1] in _SHARED_SUBJECT:
        return False  # ("The country spent 3.2% ..., and expects to spend 3.4%": its own plan)
    return not any(s.i < verb for s in ctx.sources)


_SHARED_SUBJECT: frozenset[str] = frozenset(
    {"and", "but", "also", "then", "now", "still", ",", "it", "country", "nation", "government"}
)


_BEING: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _quantity(ctx: Context, q: Quantity) -> None:
    if q.form not in ("percent", "money", "fraction", "multiplier", "plain", "points"):
        return
    if ctx.lows[max(0, q.i - 2) : q.i] in (["the", "top"], ["the", "bottom"]):
        return  # "in the top 5% of spenders": a share of the ranked, no figure of spending
    if level_of_a_class(ctx, q):
        ctx.consumed.add(id(q))  # "Count ≥2% in 2024: 18", "the 2%+ club": a threshold, no
        return  # ally's figure (not the ally carried from the sentence before)
    if compared_yardstick(ctx, q):
        ctx.consumed.add(id(q))  # "Dashboard: how each of the allies compares with 2%": the
        return  # level the title sets them against, no one's figure
    if polled_share(ctx, q):
        set_aside(ctx, q)  # "a poll found support at 70% in Poland", "47% back higher
        ctx.consumed.add(id(q))  # spending": a share of people polled, no figure of spending
        return
    conditional = hypothetical(ctx, q)
    if (conditional and (conditional_relative(ctx, q) or postposed_had(ctx, q))) or (
        q.form == "money" and conditional_cost(ctx, q)  # ("would cost Estonia 400 million")
    ):
        set_aside(ctx, q)  # "the 39 billion the 2% threshold would require": what a level
        return  # would cost, no figure of spending at all (nor "EUR 90bn had budgets stayed
        # at 2%": what would have been)
    if conditional == "demand" and judged_level(ctx, q):
        set_aside(ctx, q)  # "Madrid says 5% would be excessive": the level on the table,
        return  # judged by someone, no figure of spending to list (not even unread)
    codes, doubt = subjects_for(ctx, q)
    sipri = None
    if "FOREIGN" in codes:  # Russia's or China's spending: no ally's, but SIPRI may give it
        sipri = country_outside(ctx, q) or ctx.carry_foreign
        if sipri is None or q.form not in ("percent", "money"):
            return
        respective = _respective_figure(ctx, q)
        if not respective and _foreign_run_before(ctx, q.i, sipri):
            return  # "only Israel, Pakistan and South Korea spent more than 2.5%": a figure said
            # of each of a run of countries outside NATO, not of its last one alone
        codes, doubt = [sipri, *(c for c in codes if c != "FOREIGN")], ""  # (and the allies
        # given the same figure each: "France and Ukraine level at $74.7bn each")
        if respective:
            doubt = _UNPAIRED  # "..., 7.3% and 2.7% respectively": whose each is, the pairing
            # says (_respectively), else no one can
    # "which would have corresponded to a quota of 2.1%": what was not the case, no
    # commitment's value either
    # (reported or not: "he said it would have reached 2.1%" did not happen either)
    counterfactual = _would_have(ctx, q)
    if counterfactual and not conditional:
        conditional = "projection"
    if conditional and q.form != "money":
        if conditional == "demand" or not codes or not all(c in ALLY_CODES for c in codes):
            return
        # "the new budget would lift Poland's spending to 4.8% of GDP": a plan, said so
        doubt = "the figure is a projection or a plan, not a measured value"
        conditional = ""
    if codes and not doubt and _expected_by_others(ctx, q):
        doubt = _EXPECTED_BY
    subject = codes[0] if codes else None
    lo, hi = ctx.neighbours(q)
    quoted = _quoted_move(ctx, q)  # ("Hensoldt -4%": a market's quote)
    # "Hungary, at 2.11% of GDP last year, has refused joint borrowing": another field named
    # only in the main clause, past the aside that holds the figure, is what the subject does,
    # not what the aside's figure measures; its measure is then a guess (measure_unstated)
    beyond = _beyond_aside(ctx, q)
    c_lo, c_hi = ctx.clause(q)
    other_field = quoted or (other_field_near(ctx, q, lo, hi) or (
        not ctx.has("cues", "defence")
        and other_field_words(ctx, q, c_lo, beyond if beyond >= 0 else c_hi)
    ) or _end_of_other(ctx, q) or _elided_other(ctx, q) or _restated_other(ctx, q)
    ) and not breakdown_category(ctx, q)  # fmt: skip
    if not other_field and aid_figure(ctx, q):
        # "committed 2.75% of its GDP in military aid to Kyiv": a donor's aid, measured against
        other_field = True  # its GDP; no figure of its defence, nor one left unread
        set_aside(ctx, q)
        ctx.consumed.add(id(q))
    guessed = (
        beyond >= 0
        and not other_field
        and not ctx.has("cues", "defence")
        and bool(other_field_words(ctx, q, c_lo, c_hi))
    )
    # (another field's words in another clause are that clause's: "Spain is last at 1.28%, even
    # though the Spanish economy grew 2.5%")
    if quoted or (other_field and _elided_other(ctx, q)):
        ctx.consumed.add(id(q))  # (no figure left unread: its field is another's)
    # "interest on the loans is 3%", "the S&P 500 shed 2%": not a defence figure (but "3.9% on
    # infrastructure" of a defence budget is NATO's category)
    if other_field:
        ctx.memo["another field"] = q.j  # (what an elliptical clause after it measures too)
    if (
        other_field
        and q.form != "money"
        and (
            not policy.family_hits(ctx)
            or change_words(ctx, q, lo) is not None
            or bool(other_field_words(ctx, q, max(lo, q.i - 4), q.i))
        )
    ):  # (but a programme's amount or a commitment's part may name another field: "a EUR 500
        return  # billion infrastructure fund", "1.5% on items such as infrastructure"; not
        # "after the Hague summit, defence shares rose 5%": a change is no commitment's value,
        # nor "SAFE loans carry a borrowing cost of around 3%": the figure is said of the
        # cost named right before it, not of the scheme)
    if sipri is not None:
        if not conditional and not other_field and not _yardstick(ctx, q):
            _outside_nato(ctx, q, codes, doubt)
        return
    if q.form == "percent" and policy.far_from(ctx.lows, q.i):
        ctx.consumed.add(id(q))  # "Germany remains far from the 2% target": a yardstick, the
        return  # distance to it unstated; no figure of the ally (nor a commitment's claim)
    if q.form == "percent" and policy.set_against(ctx.lows, q.i):
        ctx.consumed.add(id(q))  # "51.1% on equipment, against a guideline of 20%": the level
        return  # a figure is set against, named as a yardstick; no figure of the ally
    if q.form in ("percent", "money"):
        # an ally carried from an earlier sentence does not make "the target is 5%" its own
        named = any(
            m.kind in ("ally", "allies", "group", "demonym", "capital", "institution")
            for m in ctx.mentions
        ) or _carried_pronoun(ctx, q, subject)
        reading = policy.match(ctx, q, subject if named else None)
        if reading is not None and (
            _guideline_of_ally(ctx, q, reading) or _national_plan(ctx, q, reading)
        ):
            reading = None
        if reading is not None and changed_by(ctx, q):
            reading = None  # "raised its budget by 43% to hit the target": a change
        if reading is not None and q.hedge == "more_than" and q.hedge_text in _PASSING:
            reading = None  # "Frontline allies pass 5%": a level passed, not a pledge's value
        if reading is not None and (
            _measured_past(ctx, q) or _dated_label(ctx, q) or _estimated_level(ctx, q)
        ):
            reading = None  # "ministers say Spain's core share last year was 2.1%": a level
            # said to have been spent, whatever commitment has the same value
        if reading is not None and (counterfactual or conditional == "demand"):
            reading = None  # ("calls to raise the fund to EUR 300 billion": no programme's size)
        if reading is not None and _put_at(ctx, q):
            reading = None  # "NATO now puts last year's figure at 4.25% on the core basis": a
            # measured figure, whatever words of a commitment follow it
        if reading is not None and reading.unowned:
            reading = policy.PolicyReading("policy_amount", [], "")  # whose plan: unsaid
        if reading is not None:
            # "a plan that would marshal EUR 800 billion": the plan's own size, stated
            _policy_claim(ctx, q, reading)
            if not _on_the_line(ctx, q):
                return
    if conditional or other_field:
        return
    before = len(ctx.claims)
    read_measure(ctx, q, codes, doubt)
    if guessed:
        for c in ctx.claims[before:]:
            c.measure_unstated = True


def _beyond_aside(ctx: Context, q: Quantity) -> int:
    """Where the aside that sets a figure right after its ally ('Hungary, at 2.11% of GDP last
    year, has ...') closes on its comma, -1 when the figure is in no such aside."""
    hi = ctx.clause(q)[1]
    if q.i < 3 or ctx.lows[q.i - 2 : q.i] != [",", "at"]:
        return -1
    if not any(m.j == q.i - 2 and m.kind == "ally" for m in ctx.mentions):
        return -1
    return next((k for k in range(q.j, min(hi, q.j + _ASIDE_REACH)) if ctx.lows[k] == ","), -1)


_ASIDE_REACH: int = 8  # tokens from an aside's figure to the comma that closes it


_WOULD_HAVE: frozenset[str] = patterns.word_set("counterfactual_modals")


def _would_have(ctx: Context, q: Quantity) -> bool:
    """Is the figure under a modal of the past that did not happen ('would have corresponded
    to 2.1%', 'could have reached')?"""
    lo, _hi = ctx.clause(q)
    lows = ctx.lows
    return ctx.word_in(_WOULD_HAVE, lo, q.i - 1) and any(
        lows[k] in _WOULD_HAVE and lows[k + 1] == "have" and not measured_since(ctx, k, q)
        for k in range(lo, q.i - 1)
    )  # (not "would have been unthinkable in 2014, when it spent 1.07%": measured after 'when')


def _end_of_other(ctx: Context, q: Quantity) -> bool:
    """'cutting aid from 0.5% of GDP to 0.3%': the end point of a change whose start is a
    figure of another field measures that field too."""
    end = ctx.memo.get("another field")
    if not isinstance(end, int) or end >= q.i or q.i - end > 6:
        return False
    if ctx.lows[q.i - 1] != "to":
        return False
    return not any(x.i >= end and x.j <= q.i and x.form != "year" for x in ctx.quantities)


_ELIDED_VERBS = patterns.word_set("elided_head_verbs")
_RESTATED_NOUNS: frozenset[str] = patterns.word_set("restated_measure_nouns")
_RESTATED_GAPS: frozenset[str] = patterns.word_set("restated_gap_nouns")
_POINTERS: frozenset[str] = frozenset({"the", "that", "this", "its", "their"})


def _restated_other(ctx: Context, q: Quantity) -> bool:
    """'Denmark's aid was worth 118% of its military budget. For the United States the ratio
    was 8%': a measure named before the figure, in its clause, only by a noun that points back
    ('the ratio', 'the figure', 'the share'), right after a sentence that gave a figure of
    another field, and with no word of defence or GDP of its own: that field's figure too.
    So is one named by a noun of a shortfall ('The pact caps deficits at 3%. France expects a
    gap of about 6%'), whatever its article: a gap after another field's figure is that
    field's."""
    if not ctx.carry_other_field:
        return False
    lo, hi = ctx.clause(q)
    noun = next((k for k in range(q.i - 1, lo, -1) if ctx.lows[k] in _RESTATED_NOUNS
                 and ctx.lows[k - 1] in _POINTERS
                 or ctx.lows[k] in _RESTATED_GAPS), None)  # fmt: skip
    return (
        noun is not None
        and not ctx.has("cues", "defence", lo=lo, hi=hi)
        and not ctx.has("cues", "gdp", lo=lo, hi=hi)
    )


def _elided_other(ctx: Context, q: Quantity) -> bool:
    """'Eleven countries ran deficits above 3%. Poland's topped 5%': an ally's possessive
    right before a verb has its noun left out, the noun of the sentence before; when that
    sentence gave a figure of another field, the figure measures that field too."""
    if not ctx.carry_other_field:
        return False
    lo, _ = ctx.clause(q)
    owner = next((m for m in reversed(ctx.mentions) if lo <= m.i and m.j <= q.i), None)
    return (
        owner is not None
        and owner.kind in ("ally", "group", "demonym", "capital")
        and ctx.lows[owner.j - 1].endswith(("'s", "\u2019s"))
        and ctx.lows[owner.j : owner.j + 1] != []
        and ctx.lows[owner.j] in _ELIDED_VERBS
    )


_SIGNS = frozenset({"+", "-", "\u2212", "\u2013"})


def _quoted_move(ctx: Context, q: Quantity) -> bool:
    """'Hensoldt -4%, Renk -5%', 'Rheinmetall +7%': a signed percentage right after a name
    that is no ally, group or institution is a quote of a market (a share, an index, a
    currency), not a figure of spending."""
    k = q.i - 1
    if q.form != "percent" or k < 1:
        return False
    if ctx.lows[k] in _SIGNS:
        found = _a_name(ctx, k - 1, k)
    else:  # "Renk rallied 5%", and a figure sharing its verb: "Leonardo added 16% and Dassault
        # Aviation 15%", "Hensoldt and Renk rallied 4% and 5%"
        last = ctx.memo.get("market move")
        between = ctx.lows[last : k + 1] if isinstance(last, int) else []
        found = bool(named_mover(ctx, q)) and not any(m.i <= k - 1 < m.j for m in ctx.mentions)
        found = found or (between[:1] in (["and"], [","]) and (
            len(between) == 1 or _a_name(ctx, last + 1, k + 1)))  # fmt: skip
    if found:
        ctx.memo["market move"] = q.j
    return found


def _a_name(ctx: Context, lo: int, hi: int) -> bool:
    """Are the tokens lo..hi a name that is no ally, group or institution ('Renk', 'Dassault
    Aviation')?"""
    return hi > lo and all(
        ctx.tokens[x].text[:1].isupper()
        and ctx.lows[x] not in _NOT_MOVERS
        and not any(m.i <= x < m.j for m in ctx.mentions)
        for x in range(lo, hi)
    )


_NOT_MOVERS = patterns.word_set("caption_nouns") | patterns.as_set("cues", "defence")


def _outside_nato(ctx: Context, q: Quantity, codes: list[str], doubt: str) -> None:
    """A share or an amount of a country outside NATO that the sentence or its paragraph gives
    as SIPRI's, or the article when SIPRI is the only source it has named so far: SIPRI's
    figure to judge it by ('Russia spent $149 billion in 2024, SIPRI said').
    Given as no one's, it may be another body's (a government's budget, the IISS's), and is
    left alone, as outside the scorecard's allies; but in the days after SIPRI's yearly release
    it is read unattributed, and judged as such (verify.py: supported when SIPRI's figure
    agrees, else unverifiable, for it may still be another body's). So it is, too, at any date,
    when the text names no body but NATO, whose tables do not hold the country: SIPRI is then
    the only source held with a figure for it (verify.py, _sipri_sole_holder); a body other
    than NATO and SIPRI named in the sentence or carried to it ('the IISS', 'the government')
    leaves the figure alone."""
    named = (
        any(s.source == "SIPRI" for s in ctx.sources)
        or (ctx.carry_source is not None and ctx.carry_source[0] == "SIPRI")
        or ctx.article_sipri
        or any(regions.is_region(m.code) for m in ctx.mentions)
    )  # ("Russia's $149bn is 5.5% of global military spending": SIPRI alone totals the world
    # and its regions)
    if not named and (
        any(s.source not in _HOLDERS for s in ctx.sources)
        or (ctx.carry_source is not None and ctx.carry_source[0] not in _HOLDERS)
    ):
        # "Russian defence spending rose 42% ... to 13.1 trillion roubles, the IISS said": that
        # body's figure, read as such and left unjudged (milex holds no other body's data);
        # not a government's own budget ("Russia's draft budget ... 12.6 trillion roubles")
        body = next((s.text for s in ctx.sources if s.source not in _HOLDERS), None)
        if body is None and ctx.carry_source is not None:
            body = ctx.carry_source[1]
        if body is None or not _NATIONAL_BODY.isdisjoint(body.split()):
            return
        before = len(ctx.claims)
        read_measure(ctx, q, codes, doubt)
        for claim in ctx.claims[before:]:
            if claim.source in _HOLDERS:
                claim.source, claim.source_text = "other", body or "another body"
        return
    if (
        not named
        and not ev.sipri_news(ctx.today)
        and (
            (q.form == "money" and q.currency not in _DOLLARS and q.currency not in _HELD_MONEY)
            or not _BUDGET_NOUNS.isdisjoint(ctx.lows[: q.j])
        )
    ):
        return  # ("the current 61.2 trillion" won of Seoul's, "Russia, whose military budget
        # rose to $149 billion": the country's own budget, most likely; but "Russia spent
        # roughly 13.8 trillion roubles in 2024" is judged on SIPRI's series in roubles, and
        # only to support, as any figure of a source unsaid)
    before = len(ctx.claims)
    read_measure(ctx, q, codes, doubt)
    if named:
        for claim in ctx.claims[before:]:
            claim.source = "SIPRI"
    elif any(c.other_body for c in ctx.claims[before:]):
        del ctx.claims[before:]  # "Taiwan's cabinet said ... would reach 3.32%": the country's
        # own voice gives it, no SIPRI's figure


_HOLDERS: frozenset[str] = frozenset({"NATO", "SIPRI"})  # the bodies whose tables milex holds
_DOLLARS: frozenset[str] = frozenset({"USD", "USD?"})
# what names a government's own figures among other bodies' ("draft budget", "the ministry says")
_NATIONAL_BODY: frozenset[str] = patterns.word_set("national_body_words")
# the money of a country outside NATO whose spending SIPRI gives in it (roubles, yuan)
_HELD_MONEY: frozenset[str] = frozenset(patterns.load()["currency_countries"])
_BUDGET_NOUNS: frozenset[str] = patterns.word_set("budget_nouns")


def _guideline_of_ally(ctx: Context, q: Quantity, reading) -> bool:
    """'Canada reached the 2% mark', 'Iceland spends 0.1% on defence-related items': a figure
    about an ally that merely names a guideline, not a statement of the guideline."""
    if reading.kind != "guideline_value":
        return False
    before = [m for m in ctx.mentions if m.j <= q.i and not m.is_object]
    if not before or before[-1].code in ("WE", "NATO", "EU", "EUROPE", "EUROPE_AREA"):
        return False
    if before[-1].code == "IT" and not (ctx.carry and len(ctx.carry) == 3):
        return False  # ("In 2014, when the allies made their Wales pledge, it was barely 1 per
        # cent": 'it' is the ally the sentence before spoke of)
    if _predicate_after(ctx, q) or _on_the_line(ctx, q):
        return False
    lo, _ = ctx.clause(q)
    # words of policy between the ally and its figure ("Spain committed to 2.1%") make it the
    # guideline's; before the ally ("Ten years on from the Wales summit, Spain spends 1.28%")
    # they do not
    return not ctx.has("cues", "policy", lo=max(lo, q.i - 6, before[-1].j), hi=q.i)


_INTENDING = patterns.word_set("intending_words")
_OWNERS = ("ally", "demonym", "capital")
_GOVERNMENTS = frozenset({"government", "government's", "administration", "administration's",
                          "cabinet", "cabinet's"})  # fmt: skip


def _national_plan(ctx: Context, q: Quantity, reading) -> bool:
    """'The Trudeau government's 2017 plan foresaw about 1.4% of GDP by 2024-25', 'Vilnius set
    itself a goal of 2.5%': an ally (or its leader) named in the clause before words of a plan
    or a pledge, with a level no guideline it could be has: the ally's own plan, not NATO's
    guideline stated wrong."""
    if reading.kind != "guideline_value":
        return False
    table = policy.figure_table()
    same = [table[f][0] for f in reading.figures
            if f in table and abs(table[f][0].value - q.value) < 1e-9]  # fmt: skip
    if same:
        _year, due = _stated_year(ctx, q)
        if due is None or any((f.deadline is None and f.year is None) or policy.due_agrees(due, f)
                              for f in same):  # fmt: skip
            return False  # ("Canada's plan to reach 2%": the guideline's own level; but "1.5%
            # by 2024" is no guideline's: The Hague's 1.5% is due by 2035)
    lo, _ = ctx.clause(q)
    owner = next((m.j for m in ctx.mentions if lo <= m.i < q.i and m.kind in _OWNERS
                  and len(m.code) == 3), None)  # fmt: skip
    if owner is None:  # "the Trudeau government's plan", "Trudeau's plan" (not "Trump hailed")
        people = patterns.load()["subjects"]["people"]
        owner = next((k + 1 for k in range(lo, q.i) if ctx.lows[k].removesuffix("'s") in people
                      and (ctx.lows[k].endswith("'s") or ctx.lows[k + 1] in _GOVERNMENTS)),
                     None)  # fmt: skip
    if owner is None and ctx.carry in ALLY_CODES:
        # "Germany's budget ... By NATO's count that is 1.36%, and the government has promised
        # 1.5% by 2024": the government of the ally the text speaks of
        owner = next((k + 1 for k in range(max(lo, 1), q.i) if ctx.lows[k] in _GOVERNMENTS
                      and ctx.lows[k - 1] in ("the", "its")), None)  # fmt: skip
    if owner is None or any(owner <= m.i < q.i and m.kind in ("group", "allies")
                            for m in ctx.mentions):  # fmt: skip
        return False  # ("Canada hailed the allies' pledge of ...": theirs)
    return ctx.has("cues", "pledged_level", lo=owner, hi=q.i) or not _INTENDING.isdisjoint(
        ctx.lows[owner : q.i]
    )


def _predicate_after(ctx: Context, q: Quantity) -> bool:
    return policy.predicated_after(ctx, q)


def _on_the_line(ctx: Context, q: Quantity) -> bool:
    """'exactly 20% this year, right on the Wales line': the figure and the guideline at once."""
    after = ctx.lows[q.j : q.j + 8]
    return (
        "on" in after
        and any(w in ("line", "mark", "target") for w in after)
        and ctx.has("policy", "families", "wales")
        or ("on" in after and ctx.has("policy", "families", "hague") and "line" in after)
    )


# the pledges whose time is words, not a year ("in the next parliament"), by figure id
_FIGURE_TIMES: frozenset[str] = frozenset(patterns.load()["policy"]["figure_times"])


def _timed_in_words(ctx: Context, q: Quantity, figures: list[str]) -> bool:
    """Do the words right after the figure give the time of a pledge of that value whose time
    is words, not a year ('3% in the next parliament')?"""
    table = policy.figure_table()
    hi = min(ctx.neighbours(q)[1], q.j + 10)  # (up to the next figure)
    return any(
        fid in _FIGURE_TIMES and fid in table and abs(table[fid][0].value - q.value) < 1e-9
        and ctx.has("policy", "figure_times", fid, lo=q.j, hi=hi)
        for fid in figures
    )  # fmt: skip


def _policy_claim(ctx: Context, q: Quantity, reading) -> None:
    unit = policy.unit_of(ctx, q) or q.form
    value = q.value
    if q.form == "money" and q.scale != 1e9:
        value = q.amount / 1e9
    shown = {"billion EUR": "EUR bn", "billion GBP a year": "GBP bn"}.get(unit, "%")
    if q.form == "money" and q.scale == 1e12:
        value, shown = q.value, shown.replace("bn", "tn")
    year, deadline = _stated_year(ctx, q)
    if (year is not None or deadline is not None) and _timed_in_words(ctx, q, reading.figures):
        year = deadline = None  # "3% during the following parliament, which begins in
        # 2029": the pledge's own time, in its words; the year dates that time, not the figure
    if reading.kind == "guideline_value" and deadline is not None and _deadline_beyond(ctx, q):
        deadline = None  # "the 3.5% core benchmark - a shortfall Berlin says it will close by
        # 2029": a deadline past a dash or another's words of saying is theirs, not the guideline's
    if q.hedge in ("more_than", "at_least", "less_than", "at_most"):
        # "above 1%", "at least 3.5%": the comparison is the commitment's own wording
        q.hedge = None
    decade = next((t for t in ctx.times if t.kind == "decade" and t.i >= q.j), None)
    claim = new_claim(ctx, q, reading.kind, value, shown, figures=reading.figures,
                      deadline=deadline, year=year)  # fmt: skip
    if decade is not None:
        claim.within = 10  # "within a decade" of the commitment's own date
    lo, _hi = ctx.clause(q)
    span = next((x for x in ctx.quantities if lo <= x.i < q.i and x.form == "plain"
                 and ctx.lows[x.j : x.j + 1] in (["years"], ["year"])
                 and ctx.lows[x.j + 1 : x.j + 2] != ["ago"]
                 and "to" in ctx.lows[x.j : q.i]), None)  # fmt: skip
    if span is not None and span.value <= 30:
        claim.within = int(span.value)  # "gave themselves fifteen years to reach 2%"
    if reading.kind == "guideline_value":
        start = _start_year(ctx, q)
        table = policy.figure_table()
        figs = [table[f][0] for f in reading.figures if f in table]
        figs = [f for f in figs if abs(f.value - q.value) < 1e-9] or figs
        dated = [f for f in figs if f.deadline is not None or f.year is not None]
        if (
            start is not None
            and len(dated) == len(figs) > 0
            and not any(policy.due_agrees(start, f) for f in figs)
        ):
            # "the three governments have promised 5% or more from 2026": a level promised
            # from a year no such guideline starts from is perhaps a national pledge
            claim.doubts.append(f"the text has the level apply from {start}, which the "
                                "guideline does not: it may be a national pledge")  # fmt: skip
        claim.year = None
    elif claim.year is None:
        claim.year = deadline
    claim.measure = None
    # "the alliance's goal", "the core target", "London's new pledge"; not "aimed to lift", and
    # "the goal of 3.5% by 2029" may be a national plan beside The Hague's 3.5% by 2035
    naming = _NAMING_NATO | (_PLEDGE_NOUNS if reading.kind == "policy_amount" else frozenset())
    lows = ctx.lows
    ours = ("our" in lows or "my" in lows) and any(
        lows[k] in ("our", "my") and _PLEDGE_NOUNS & set(lows[k + 1 : k + 4])
        for k in range(len(lows)))  # "our cast-iron pledge": the speaker's country's  # fmt: skip
    # "we need to spend 1.5% by 2024 and 2% by 2031", in a minister's quote: a plan of the
    # speaker's country, which the guideline's figure does not make NATO's
    we_plan = any(m.code == "WE" and lo <= m.i < q.i and not _PLANNING.isdisjoint(lows[m.j : q.i])
                  for m in ctx.mentions)  # fmt: skip
    # "the prime minister pledged to lift spending to 2% by 2029, in line with NATO
    # obligations": a national leader's plan, whatever it is said to be in line with
    we_plan = we_plan or ctx.word_in(_LEADERS, lo, q.i) and any(
        lows[k] in _LEADERS and not (_PLANNING | _PLEDGED).isdisjoint(lows[k : q.i])
        for k in range(lo, q.i))  # fmt: skip
    # "Germany's core defence spending will reach 3.5% by 2029", "Germany promised to reach
    # 3.5% by 2029", "Germany, which promised to reach 3.5% ...": the ally's own plan
    we_plan = we_plan or any(m.kind in ("ally", "demonym", "capital") and not m.is_object
                             and (lo <= m.i or _antecedent(ctx, m, lo)) and m.i < q.i
                             and not (_PLANNING | _PLEDGED).isdisjoint(lows[m.j : q.i])
                             for m in ctx.mentions)  # fmt: skip
    claim.commitment_named = not ((ours or we_plan) and reading.kind == "guideline_value") and (
        bool(policy.family_hits(ctx)) or _names_commitment(lows, naming)
    )
    set_subject(claim, reading.subject_code or None)
    if reading.unheld:
        claim.doubts.append("a programme milex holds no figures for")
    elif (deadline is not None and claim.within is None and claim.commitment_named
          and (reading.kind != "guideline_value" or _shared_deadline(ctx, q, deadline))):  # fmt: skip
        _deadline_claim(ctx, q, claim, deadline)  # (unnamed, "3.5% by 2029" may be a plan)
        # (a guideline's deadline in its clause is part of the one claim about the guideline:
        # "the 2% level set at Wales, to be attained by 2014" states the commitment wrongly;
        # but one after several figures is the list's: "3.5% on defence and 1.5% on
        # infrastructure by 2032" may date both or the last, a statement of its own)
    if q.form == "money" and q.scale == 1e12:
        claim.unit = shown


def _shared_deadline(ctx: Context, q: Quantity, deadline: int) -> bool:
    """Does the deadline come after several percentages of its clause ('3.5% on defence and
    1.5% on infrastructure by 2032'), so that it is the list's, not the figure's own?"""
    lo, _hi = ctx.clause(q)
    t = min((t for t in ctx.times if t.role == "deadline" and t.year == deadline),
            key=lambda t: abs(t.i - q.i), default=None)  # fmt: skip
    if t is None:
        return False
    return any(x is not q and x.form == "percent" and lo <= x.i < t.i for x in ctx.quantities)


def _deadline_claim(ctx: Context, q: Quantity, figure: Claim, deadline: int) -> None:
    """'the UK's pledge of 2.5% by 2030': the figure of an ally's pledge and its deadline are
    two statements, each judged on the pledge (the figure right, the deadline wrong), not one
    wrong claim. A deadline some figure of the pledge has stays with the figure, one claim.
    (A NATO guideline's deadline stays with its figure, one claim about the commitment,
    unless it follows several figures: _shared_deadline.)"""
    table = policy.figure_table()
    figs = [table[f][0] for f in figure.figures if f in table]
    if not any(abs(f.value - figure.value) < 1e-9 for f in figs) or any(
        policy.due_agrees(deadline, f) for f in figs
    ):
        return  # (a figure no commitment has is wrong whatever its deadline: "3% by 2027")
    t = min((t for t in ctx.times if t.role == "deadline" and t.year == deadline),
            key=lambda t: abs(t.i - q.i), default=None)  # fmt: skip
    if t is None:
        return
    start = t.i - 1 if t.i > 0 and ctx.lows[t.i - 1] in timewords.DEADLINE_WORDS else t.i
    anchor = Quantity(start, t.j, t.i, t.j, float(deadline), form="year")
    claim = new_claim(ctx, anchor, "commitment_year", float(deadline), "year", year=deadline,
                      figures=figure.figures, milestone="deadline", threshold=figure.value)  # fmt: skip
    set_subject(claim, figure.subject_code)
    figure.deadline_apart = True


def _names_commitment(lows: list[str], naming: frozenset[str]) -> bool:
    """Does a word of the sentence name the alliance's commitment: not the alliance as the
    owner of figures quoted ('quoted the alliance's 2025 estimates and pledged to reach 3.5%
    by 2030' is no NATO pledge)?"""
    for k, w in enumerate(lows):
        if w not in naming:
            continue
        after = [x for x in lows[k + 1 : k + 4] if not x.isdigit() and x not in _SOURCE_FILLERS]
        if not (after and after[0] in _SOURCE_NOUNS):
            return True
    return False


_SOURCE_NOUNS: frozenset[str] = patterns.word_set("naming_source_nouns")
_SOURCE_FILLERS: frozenset[str] = patterns.word_set("reporting_noun_fillers")


_PLANNING = frozenset({"need", "will", "want", "plan", "aim", "intend", "must", "hope",
                       "going", "shall", "expect", "'ll"})  # fmt: skip


_RELATIVES: frozenset[str] = frozenset({"which", "who"})


def _antecedent(ctx: Context, m: Mention, lo: int) -> bool:
    """Is the mention what the relative clause starting at `lo` speaks of ('Germany, which
    promised ...'): right before it, a comma between or none?"""
    if not 0 < lo < len(ctx.lows) or ctx.lows[lo] not in _RELATIVES:
        return False
    return m.j == lo or (m.j == lo - 1 and ctx.lows[lo - 1] == ",")


_LEADERS = frozenset({"minister", "premier", "chancellor", "president"})  # (not "heads of
# state and government", who speak for the alliance)
_PLEDGED = frozenset({"pledged", "promised", "vowed", "pledges", "promises", "vows"})


def _start_year(ctx: Context, q: Quantity) -> int | None:
    """The year a figure is said to apply from, right after it ('5% from 2026'), if any."""
    _lo, hi = ctx.neighbours(q)
    return next((t.year for t in ctx.times if q.j <= t.i < hi and t.role == "from"
                 and t.kind == "year"), None)  # fmt: skip


_DEADLINE_BREAKS: frozenset[str] = frozenset({"—", "–", "-", ";"}) | patterns.word_set(
    "own_view_verbs"
)


def _deadline_beyond(ctx: Context, q: Quantity) -> bool:
    """Is the first deadline after the figure set off from it by a dash, a semicolon or a verb
    of saying ('3.5% - a gap Berlin says it will close by 2029')?"""
    t = next((t for t in ctx.times if t.i >= q.j and t.role == "deadline"), None)
    return t is not None and not _DEADLINE_BREAKS.isdisjoint(ctx.lows[q.j : t.i])


def _stated_year(ctx: Context, q: Quantity) -> tuple[int | None, int | None]:
    """(year, deadline) a commitment figure is tied to in the text: 'from 2027', 'by 2035'.

    Only words next to the figure count (up to the next figure, or the previous one for a
    year written before it); the article's own year is never assumed for a commitment.
    """
    lo, hi = ctx.neighbours(q)
    for t in ctx.times:
        if q.j <= t.i < hi and t.role in ("deadline", "from", "in") and t.kind in ("year", "that"):
            year = t.year
            if t.kind == "that":
                earlier = [x.year for x in ctx.times if x.kind == "year" and x.i < t.i]
                year = earlier[-1] if earlier else None
            return (None, year) if t.role == "deadline" else (year, None)
    first_figure = min((x.i for x in ctx.quantities if x.form != "year"), default=q.i)
    for t in reversed(ctx.times):
        if lo <= t.i < q.i and t.kind == "year" and t.role in ("from", "in", "deadline"):
            if t.role == "deadline" and first_figure < t.i:
                continue  # "2.5% by 2028 and 3%": a deadline binds the figure before it
            return (None, t.year) if t.role == "deadline" else (t.year, None)
    return None, None


def _ellipsis(ctx: Context) -> None:
    """'..., even though NATO's estimate put it just above': the same figure, another source."""
    lows = ctx.lows
    if "it" not in lows:
        return  # no "put it", "has it": one scan in C instead of one step a word
    for k in range(len(lows) - 2):
        if lows[k] in ("put", "puts", "has", "shows", "showed") and lows[k + 1] == "it":
            rest = lows[k + 2 : k + 4]
            word = (
                rest[1]
                if rest[:1] in (["just"], ["slightly"], ["well"])
                else rest[0]
                if rest
                else ""
            )
            if word not in ("above", "below", "over", "under"):
                continue
            if any(q.i > k for q in ctx.quantities):
                continue
            prev = [
                c
                for c in ctx.claims
                if c.kind in ("share_of_gdp",) and c.start < ctx.tokens[k].start
            ]
            if not prev:
                continue
            base = prev[-1]
            anchor = Quantity(k, min(len(lows), k + 4), k, k + 1, base.value, form="percent")
            claim = new_claim(ctx, anchor, base.kind, base.value, base.unit, measure=base.measure,
                              year=base.year)  # fmt: skip
            claim.hedge = "more_than" if word in ("above", "over") else "less_than"
            claim.precision = base.precision
            set_subject(claim, base.subject_code)
