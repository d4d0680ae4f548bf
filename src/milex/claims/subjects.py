"""Whose figure it is: the ally or group a number is about (subjects_for), the ally a
relative clause or a quoted speaker speaks for, and runs of allies named together."""

from __future__ import annotations

import bisect
from datetime import date

from milex.claims import context as ctxmod
from milex.claims import patterns
from milex.claims.clause import NAMED, SUBJECT_GUESS, Context, spender_named_after
from milex.claims.context import Mention
from milex.claims.extract import Quote, Token, speaker_of, speech_verbs
from milex.claims.numbers import Quantity
from milex.reference.alliance import ALLIES, name_of

_ALLY_NOUNS = patterns.word_set("ally_nouns")
_STATE_NAMES = ("ally", "capital")  # the mentions that name one ally as a state
_OWNER_NAMES = ("ally", "capital", "demonym")  # and those that may own its figures
_WHOLE_WORDS = patterns.word_set("whole_words")  # "NATO's total", "the allies' combined"
# (a tuple built here: mypyc cannot compile `x in (*NAMED, "foreign")` in a function)
_NAMED_OR_FOREIGN = (*NAMED, "foreign")


def speaker_country(quote: Quote | None, day: date | None = None) -> str | None:
    """The ally a quoted speaker speaks for, from their role ("Polish MP", "Senator"), or
    NATO for its Secretary General (by role, or by name while in office on `day`)."""
    if quote is None:
        return None
    subjects = patterns.load()["subjects"]
    surname = (quote.speaker or "").split()[-1:]
    role = " ".join(quote.role_tokens)
    if "secretary general" in role.replace("-", " ") and (
        "nato" in quote.role_tokens or "nato's" in quote.role_tokens
    ):
        return "NATO"  # "NATO Secretary General Mark Rutte" (not the UN's)
    term = subjects["nato_leaders"].get(surname[0].lower(), "") if surname else ""
    if term and day is not None:
        start, _, end = str(term).partition("..")
        if start <= day.isoformat() and (not end or day.isoformat() <= end):
            return "NATO"  # (before and after office the same person speaks for an ally)
    if surname and surname[0].lower() in subjects["people"]:  # "Trump said", "said Macron"
        return subjects["people"][surname[0].lower()]
    for word in quote.role_tokens:
        if word in subjects["demonyms"]:
            return subjects["demonyms"][word]
        if word in subjects["institutions"]:
            return subjects["institutions"][word]
        if word.endswith("'s") and (code := ctxmod.ally_named(word[:-2])):
            return code  # "Spain's defence minister"
    for phrase, code in subjects["institutions"].items():
        if " " in phrase and phrase in role:
            return code
    return None


_COMPARED = patterns.word_set("compared_objects")


def _compared_object(lows: list[str], i: int) -> bool:
    """Is the mention at i the ally a place is set against ('behind the United States with 1.3
    million', 'ahead of Italy with 1.49%'), whose figure a 'with' right after it gives?"""
    k = i - 1 if lows[i - 1 : i] != ["the"] else i - 2
    return k >= 0 and (
        lows[k] in _COMPARED or lows[k - 1 : k + 1] in (["ahead", "of"], ["followed", "by"])
    )


def _speaking_body(ctx: Context) -> str | None:
    """The ally whose government body speaks the sentence, named as such ("..., Italy's
    defence ministry said", "Estonia's defence ministry: this year we spend ..."): an ally's
    possessive, at most one word, then a national body, then a verb of saying or a colon
    (the country 'we' and 'our' speak for, when no quote or turn gave a speaker). None when
    the sentence has two such bodies of different allies."""
    lows = ctx.lows
    found: set[str] = set()
    for m in ctx.mentions:
        if m.kind != "ally" or not m.possessive:
            continue
        k = m.j + (m.j < len(lows) and lows[m.j] not in _BODIES)
        if (
            k < len(lows)
            and lows[k] in _BODIES
            and (
                lows[k + 1 : k + 2] == [":"]
                or lows[k + 1 : k + 2]
                and lows[k + 1] in speech_verbs()
            )
        ):
            found.add(m.code)
    return found.pop() if len(found) == 1 else None


_BODIES: frozenset[str] = patterns.word_set("national_agents")


_UP_DOWN: frozenset[str] = frozenset({"up", "down"})


def _up_by(ctx: Context, q: Quantity, before: list[Mention]) -> Mention | None:
    """The ally or country named right before 'up'/'down' and the figure ('with Israel up 65%
    and Saudi Arabia up 15%', 'Poland up by 31%'): that one's change, whatever the clause's
    subject; None otherwise."""
    k = q.i - 1 - (ctx.lows[q.i - 1 : q.i] == ["by"])
    if k < 1 or ctx.lows[k] not in _UP_DOWN:
        return None
    m = next((m for m in reversed(before) if m.j == k), None)
    return m if m is not None and m.kind in ("ally", "group", "foreign") else None


def _object_with(ctx: Context, q: Quantity, before: list[Mention]) -> Mention | None:
    """The ally or country a place is set against when its figure follows 'with' and words of
    estimate ('followed by China with an estimated $314 billion', 'behind France with about
    $64 billion'): that one's figure; None otherwise (the plain 'with' right before the
    figure is read by subjects_for)."""
    lows = ctx.lows
    k = q.i - 1
    while k > 0 and lows[k] in _FILLERS:
        k -= 1
    if k == q.i - 1 or lows[k] != "with":
        return None
    m = next((m for m in reversed(before) if m.j == k), None)
    if m is None or m.kind not in ("ally", "group", "foreign") or not _compared_object(lows, m.i):
        return None
    return m


def _with_before(lows: list[str], i: int) -> int | None:
    """Where the 'with' right before a figure is, past hedges ('with an estimated $314
    billion', 'with about 1.3 million'), or None."""
    k = i - 1
    while k >= 0 and lows[k] in _FILLERS:
        k -= 1
    return k if k >= 0 and lows[k] == "with" else None


_OWNER_ENDS: frozenset[str] = frozenset({",", ".", ";", ":", ")", "—", "–"})
_TOGETHER_AFTER: frozenset[str] = patterns.word_set("allies_together")


def _of_owner_after(ctx: Context, q: Quantity) -> Mention | None:
    """The ally or group named after 'of' right after a sum that 'the' makes a noun ('twice
    the $507 billion of European allies and Canada combined', 'against the $88 billion of
    Germany'): whose sum it is. Only when the name ends the phrase (a stop, the end, or
    'combined'/'together'): 'the $60 billion of US aid to Ukraine' is aid, not US spending."""
    lows = ctx.lows
    if q.form != "money" or lows[q.i - 1 : q.i] != ["the"] or lows[q.j : q.j + 1] != ["of"]:
        return None
    at = q.j + 1 + (lows[q.j + 1 : q.j + 2] == ["the"])
    m = next((m for m in ctx.mentions if m.i == at), None)
    if m is None or m.kind not in ("ally", "group", "foreign"):
        return None
    nxt = lows[m.j] if m.j < len(lows) else "."
    return m if nxt in _OWNER_ENDS or nxt in _TOGETHER_AFTER else None


_TOTAL_OPENERS: frozenset[str] = frozenset({"(", ":", ","})


def _run_total(ctx: Context, q: Quantity) -> bool:
    """Is the figure set right after a run of several countries and 'combined' or 'together'
    ('India, Japan and Australia combined ($223 billion)', 'Spain and Italy together: 2.9%'):
    the run's sum, no country's own figure?"""
    lows = ctx.lows
    if q.i < 3 or lows[q.i - 1] not in _TOTAL_OPENERS or lows[q.i - 2] not in _TOGETHER_AFTER:
        return False
    end, run = q.i - 2, 0
    for m in reversed([m for m in ctx.mentions if m.j <= end]):
        if m.kind not in ("ally", "foreign", "group") or not set(lows[m.j : end]) <= _RUN_JOINS:
            break
        run, end = run + 1, m.i
    return run > 1


_SUM_ARTICLES: frozenset[str] = frozenset({"a", "an", "the"})
SUM_WITH_OUTSIDERS: str = (
    "the figure is the sum of allies and countries outside NATO named together, which no "
    "table holds"
)
# a plural of allies that names none of them ("together the four Nordic allies spend $40bn")
GROUP_UNNAMED: str = "the text speaks of a group of allies it does not name"


def _combined_with_outsiders(ctx: Context, q: Quantity) -> bool:
    """Is the figure said 'combined' ('a combined $1,635 billion') in a sentence that names a
    run of several countries, allies and others ('the US, China, Russia, Germany and India,
    together accounted for ...')? Their sum, which no table holds, and no one country's."""
    lows = ctx.lows
    k = q.i - 1
    while k > 0 and lows[k] in _SUM_ARTICLES:
        k -= 1
    if k < 1 or lows[k] not in _TOGETHER_AFTER:
        return False
    mentions = [m for m in ctx.mentions if m.j <= k and m.kind in ("ally", "foreign", "group")]
    for n in range(len(mentions) - 1):
        run = [mentions[n]]
        for m in mentions[n + 1 :]:
            if not set(lows[run[-1].j : m.i]) <= _RUN_JOINS:
                break
            run.append(m)
        kinds = {m.kind for m in run}
        if len(run) > 1 and "foreign" in kinds and len(kinds) > 1:
            return True
    return False


_OF_GDP_WORDS: frozenset[str] = frozenset({"of", "its", "their", "the", "gdp"})


def _past_paired_unit(ctx: Context, q: Quantity, k: int) -> int:
    """Past the second figure of a pair that gives one level in two units, a sum and a share
    ('GBP 64.6 billion and 2.33% of GDP for the UK in 2024'): the words after that figure
    (and its 'of GDP') say whose both are; else k."""
    if ctx.lows[k : k + 1] != ["and"]:
        return k
    other = next((x for x in ctx.quantities if x.i == k + 1), None)
    if other is None or {q.form, other.form} != {"money", "percent"}:
        return k
    end = other.j
    while end < len(ctx.lows) and end < other.j + 3 and ctx.lows[end] in _OF_GDP_WORDS:
        end += 1
    return end if "gdp" in ctx.lows[other.j : end] or other.form == "money" else k


def _at_before(lows: list[str], i: int) -> int:
    """Where the word linking a name to the figure at i stands: the 'at' before words of
    estimate ('China at an estimated $314 billion', 'Russia at roughly $149 billion'), else
    the word right before the figure."""
    k = i - 1
    while k > 0 and lows[k] in _FILLERS:
        k -= 1
    return k if k < i - 1 and lows[k] == "at" else i - 1


def relative_subject(ctx: Context, q: Quantity) -> list[str]:
    """'..., behind the United States, which tops the list with 1.3 million personnel': the
    ally a relative clause holding the figure is about ("outspends Russia, whose spending rose
    to $149 billion": a country outside the alliance, FOREIGN)."""
    ally = _relative_mention(ctx, q)
    return [ally.code] if ally is not None else []


def _relative_mention(ctx: Context, q: Quantity) -> Mention | None:
    """The mention of the ally or country a relative clause holding the figure is about, if
    the figure is in one (see relative_subject)."""
    lows = ctx.lows
    if "figure_ends" not in ctx.memo:  # once per sentence, not once per figure and word
        ctx.memo["figure_ends"] = {x.j for x in ctx.quantities if x.form != "year"}
    ends = ctx.memo["figure_ends"]
    for k in range(q.i - 1, max(0, q.i - 16), -1):
        if lows[k] in (".", ";", "(") or (
            k + 1 in ends
            and not ("or" in lows[k + 1 : q.i] and q.i - k <= 6)
            and lows[q.i - 1 : q.i] != ["to"]
        ):
            return None  # (but "$149 billion in 2024, or 7% of GDP" restates the figure
            # before, and "rose from 1.9% in 2014 to 4.1%" ends the change it starts)
        if (
            lows[k] in _CLAUSE_JOINS
            and lows[k - 1] == ","
            and any(k < m.i < q.i and m.kind in _NAMED_OR_FOREIGN for m in ctx.mentions)
        ):
            return None  # "on Germany, whose 2025 spending NATO did not estimate, and on
            # Norway, forecast at 3.35%": the relative clause ended; the figure is Norway's
        if lows[k] in ("which", "who", "whose", "where") and lows[k - 1] == ",":
            ally = next((m for m in ctx.mentions if m.j == k - 1
                         and m.kind in _NAMED_OR_FOREIGN), None)  # fmt: skip
            if lows[k] == "where" and (ally is None or ally.code == "FOREIGN"):
                # "Poland, a frontline state bordering Russia and Belarus, where spending
                # rose ...": the place the apposition describes
                ally = next((m for m in reversed(ctx.mentions) if m.j < k and m.kind == "ally"
                             and lows[m.j : m.j + 2] in ([",", "a"], [",", "an"], [",", "the"])),
                            ally)  # fmt: skip
            return ally  # (FOREIGN: "Russia, whose ...")
    return None


# a comma and one of these end a relative clause when another country is named after them
_CLAUSE_JOINS: frozenset[str] = patterns.word_set("relative_clause_ends")


# words after which a country outside NATO is the object, not a subject
_FOREIGN_OBJECT = frozenset({"of", "with", "to", "from", "against", "near", "bordering", "toward",
                             "towards", "on", "than", "like", "by", "into", "in"})  # fmt: skip
_PLURAL_ALLIES = frozenset({"allies", "countries", "nations", "members", "states"})
_ALLY_ISO3: frozenset[str] = frozenset(a.iso3 for a in ALLIES)
_ONE_ALLY = frozenset({"ally", "country", "nation", "member", "state"})
_EVERY: frozenset[str] = frozenset({"every", "each"})  # (before one of _ONE_ALLY: "every ally")


_PAIRING = frozenset({"against", "vs", "vs.", "versus", "to", "and"})


def _listed_after_colon(ctx: Context, q: Quantity) -> list[str]:
    """The allies listed right after a figure and a colon, to the end of the sentence ('at
    2.01% each: Italy, Canada and Albania')."""
    lows = ctx.lows
    colon = q.j + (lows[q.j : q.j + 1] != [] and lows[q.j] in _EACH)
    if lows[colon : colon + 1] != [":"]:
        return []
    run = [m for m in ctx.mentions if m.i > colon]
    if not run or run[0].i != colon + 1 or any(m.kind != "ally" for m in run):
        return []
    for a, b in zip(run, run[1:], strict=False):
        if not joined(lows[a.j : b.i]):
            return []
    return [m.code for m in run] if set(lows[run[-1].j :]) <= {".", ";"} else []


_EACH: frozenset[str] = patterns.word_set("each_words")  # "2.01% each: ..."


def _paired(ctx: Context, q: Quantity) -> Mention | None:
    """The country of one of two figures set side by side after a comparison of two
    countries, in brackets or after a colon: '(3.43% against 1.28%)' after 'Estonia ... as
    Spain', 'Russia outspent Ukraine: $149bn against $64.7bn'."""
    lows = ctx.lows
    marks = ctx.memo.get("pair marks")  # where the brackets and colons are, found once a sentence
    if marks is None:
        marks = ctx.memo["pair marks"] = [k for k, w in enumerate(lows) if w in ("(", ")", ":")]
    at = bisect.bisect_left(marks, q.i)  # the last mark before the figure
    if at == 0 or lows[marks[at - 1]] == ")":
        return None
    opened = marks[at - 1]
    if lows[opened] == "(":
        closes = [k for k in marks[at:] if lows[k] == ")"]
        if not closes:
            return None
        close = closes[0]
    else:  # after a colon, to the end of the clause
        close = next((k for k in range(q.j, len(lows)) if lows[k] in (";", ".", "(")), len(lows))
    inside = [x for x in ctx.quantities if opened < x.i and x.j <= close]
    if len(inside) != 2 or q not in inside or not set(lows[inside[0].j : inside[1].i]) <= _PAIRING:
        return None
    named: dict[str, Mention] = {}
    for m in ctx.mentions:
        if m.j <= opened and m.kind in ("ally", "foreign"):
            words = " ".join(lows[m.i : m.j]).removesuffix("'s")
            named.setdefault(words if m.kind == "foreign" else m.code, m)
    if len(named) != 2:
        return None
    return _compared_order(ctx, list(named.values()), opened)[inside.index(q)]


def _set_against_rival(ctx: Context, q: Quantity) -> tuple[list[str], str] | None:
    """The owner of the second of two figures set against each other after a colon or in
    brackets ('4.12% versus 2.33%') when the sentence names one country only: the figure set
    against the first is another's, the one other ally the sentence before named ('Poland
    spends more than the UK.'), else nobody the text names here (its owner unsaid); None when
    the figure is not such a second one."""
    lows = ctx.lows
    marks = ctx.memo.get("pair marks")
    if marks is None:
        marks = ctx.memo["pair marks"] = [k for k, w in enumerate(lows) if w in ("(", ")", ":")]
    at = bisect.bisect_left(marks, q.i)
    if at == 0 or lows[marks[at - 1]] == ")":
        return None
    opened = marks[at - 1]
    if lows[opened] == "(":
        close = next((k for k in marks[at:] if lows[k] == ")"), None)
        if close is None:
            return None
    else:
        close = next((k for k in range(q.j, len(lows)) if lows[k] in (";", ".", "(")), len(lows))
    inside = [x for x in ctx.quantities if opened < x.i and x.j <= close]
    if len(inside) != 2 or inside[1] is not q or lows[inside[0].j : q.i] not in _SET_AGAINST:
        return None
    before = [m for m in ctx.mentions if m.j <= opened]
    named = {m.code for m in before if m.kind in ("ally", "foreign")}
    if (
        len(named) != 1
        or any(m.kind == "pronoun" for m in before)
        or any(lows[m.i - 1 : m.i] != [] and lows[m.i - 1] in _COMPARED_WITH for m in before)
    ):  # ("it now spends about as much as Turkey: ... against ...": the pronoun's first, the
        return None  # ally it is compared with second, both in the sentence)
    others = [c for c in dict.fromkeys(ctx.carry_all) if c not in named and c in _ALLY_ISO3]
    if len(others) == 1:
        return [others[0]], ""
    return [], (f"the figure is set against {name_of(next(iter(named)))}'s, so it is another's, "
                "and the text does not say whose")  # fmt: skip


_SET_AGAINST: list[list[str]] = [["versus"], ["vs"], ["vs."], ["against"]]
_COMPARED_WITH: frozenset[str] = frozenset({"as", "than", "with", "against", "beside", "behind"})


def _compared_order(ctx: Context, named: list[Mention], opened: int) -> list[Mention]:
    """The two countries of a comparison in the order of the clause that compares them, right
    before the pair's bracket or colon ('the UK spends $82 billion against Poland's $35
    billion, though Poland spends a larger share: 4.12% versus 2.33%': Poland first, the one
    it is set against second); in the order first named when that clause names neither."""
    c_lo = ctx.clause_at(opened - 1)[0] if opened > 0 else 0
    first_in: dict[int, int] = {}
    for m in ctx.mentions:
        for n, one in enumerate(named):
            if c_lo <= m.i < opened and m.kind == one.kind and m.code == one.code:
                first_in.setdefault(n, m.i)
    if not first_in:
        return named
    return sorted(named, key=lambda one: first_in.get(named.index(one), len(ctx.lows)))


def _foreign_objects(ctx: Context) -> set[int]:
    """ids of the mentions of countries outside NATO that are a preposition's object, not a
    subject: "The Baltic nation, a neighbour of Belarus and Russia, is set to spend 3%"."""
    if "foreign objects" in ctx.memo:
        return ctx.memo["foreign objects"]
    out: set[int] = set()
    ctx.memo["foreign objects"] = out
    last = None
    for m in ctx.mentions:
        if m.kind != "foreign":
            continue
        before = ctx.lows[m.i - 1 : m.i]
        listed = last is not None and set(ctx.lows[last.j : m.i]) <= {",", "and", "or"}
        if before == ["in"] and _place_of_figure(ctx, m.i - 1):
            pass  # "In India the share was 7.6%", "5.1% in China": the country whose figure
        elif any(_with_before(ctx.lows, q.i) == m.j for q in ctx.quantities
                 if q.form == "money" and q.i > m.j):  # fmt: skip
            pass  # "followed by China with an estimated $314 billion": China's sum
        elif ctx.lows[m.j : m.j + 1] and ctx.lows[m.j] in _OWNED_WHOLES:
            pass  # "the share of Russian GDP going to the military": whose economy it is
        elif before and before[0] in _FOREIGN_OBJECT or listed and id(last) in out:
            out.add(id(m))
        last = m
    return out


# what a country's name or adjective before it owns, the whole a share is of ("Russian GDP")
_OWNED_WHOLES: frozenset[str] = frozenset({"gdp", "economy", "output"})


def placed_after(ctx: Context, q: Quantity) -> Mention | None:
    """The country a share is placed in right after it ('5.1% in China'), or after what it is
    a share of ('8.5% of all government spending in Poland', '9.1% of US government
    spending', '8.5% of Polish government expenditure'), with no other figure or clause
    between."""
    lows = ctx.lows
    elided = elided_owner(ctx, q)
    if elided is not None:
        return elided  # ("19% of Russia's government budget, 54% of Ukraine's")
    end = min(len(lows), q.j + _PLACED_REACH)
    stop = next((k for k in range(q.j, end) if lows[k] in (",", ";", ".", "(")
                 or lows[k] in _SUBORDINATE
                 or any(x.i == k for x in ctx.quantities)), end)  # fmt: skip
    # ("swallowing 7.1% of the economy as the war in Ukraine entered its third year": the
    # place a clause of its own names is that clause's)
    if lows[q.j : q.j + 1] == ["of"]:
        # "of US government spending": the owner inside the whole the share is of
        inside = next((m for m in ctx.mentions if q.j < m.i < stop
                       and (m.kind in _OWNERS or m.kind == "demonym")
                       and ctx.has("cues", "government_spending", lo=m.j, hi=m.j + 3)
                       and set(lows[q.j + 1 : m.i]) <= {"the", "all"}), None)  # fmt: skip
        if inside is not None:
            return inside
    elif lows[q.j : q.j + 1] != ["in"]:
        return None
    at = next((k for k in range(q.j, stop) if lows[k] == "in"), None)
    if at is None:
        return None
    return next((m for m in ctx.mentions if m.i == at + 1 and m.kind in _OWNERS), None)


_PLURAL_PRONOUNS: frozenset[str] = patterns.word_set("plural_pronouns")


def _counted_back(ctx: Context, c_lo: int, q: Quantity) -> bool:
    """Does the clause point back to allies named before by a plural noun that counts them,
    its figures paired 'respectively' ('the two countries were at 2.13% and 2.74%
    respectively', 'both countries')? Then the noun is no group it does not name: the
    pairing (readings._respectively) gives each figure its ally."""
    lows = ctx.lows
    if "respectively" not in lows[q.j :]:
        return False
    for k in range(c_lo + 1, q.i):
        if lows[k] not in _PLURAL_ALLIES:
            continue
        if lows[k - 1] == "both":
            return True
        if any(x.j == k and x.form == "plain" and x.value > 1 and not x.precision
               and lows[x.i - 1 : x.i] in (["the"], ["these"], ["those"])
               for x in ctx.quantities):  # fmt: skip
            return True
    return False


def _they_respectively(ctx: Context, q: Quantity, c_lo: int) -> list[str]:
    """The allies a plural pronoun of the figure's clause stands for when the sentence pairs
    its figures 'respectively': the distinct allies named before the pronoun in the sentence
    (two or more, and nothing but allies), else []."""
    lows = ctx.lows
    if "respectively" not in lows[q.j :]:
        return []
    pronoun = next((k for k in range(q.i - 1, c_lo - 1, -1) if lows[k] in _PLURAL_PRONOUNS), None)
    if pronoun is None:
        return []
    named = [m for m in ctx.mentions if m.j <= pronoun and m.kind in NAMED]
    codes = list(dict.fromkeys(m.code for m in named))
    if len(codes) < 2 or any(m.kind != "ally" for m in named):
        return []
    end = lows.index("respectively", q.j)
    paired = [x for x in ctx.quantities if pronoun < x.i < end and x.form == q.form]
    return codes if len(paired) == len(codes) else []  # (as many figures as allies, in order)


_ELIDED_ENDS: frozenset[str] = frozenset({",", ";", ".", ")", "and", "but", "while", "against"})


def elided_owner(ctx: Context, q: Quantity) -> Mention | None:
    """The country whose whole a share is of when the whole's noun is left out after it, as
    said already of a figure before in the sentence ('19% of Russia's government budget, 54%
    of Ukraine's and 8.5% of Poland's'): 'of' and a possessive right after the figure, then
    the clause goes on or ends."""
    lows = ctx.lows
    if lows[q.j : q.j + 1] != ["of"]:
        return None
    m = next((m for m in ctx.mentions if m.i == q.j + 1), None)
    if m is None or not m.possessive or m.kind not in _OWNERS:
        return None
    if m.j < len(lows) and lows[m.j] not in _ELIDED_ENDS:
        return None  # ("of Russia's GDP": the noun said; read as before)
    if not any(x.j < q.i and x.form == q.form and lows[x.j : x.j + 1] == ["of"]
               for x in ctx.quantities):  # fmt: skip
        return None  # (no share of a whole before it whose noun it leaves out)
    return m


_PLACED_REACH: int = 8  # words after a share where the country it is placed in may be named
_SUBORDINATE: frozenset[str] = patterns.word_set("subordinate_openers")  # "as", "while", ...
_OWNERS: tuple[str, ...] = ("ally", "foreign")


def _place_of_figure(ctx: Context, k: int) -> bool:
    """Is the 'in' at k the place a figure is of: right after the figure ('5.1% in China'), or
    opening the sentence or a clause the figure is in ('In India the share was 7.6%')?"""
    if "figure_ends" not in ctx.memo:
        ctx.memo["figure_ends"] = {x.j for x in ctx.quantities if x.form != "year"}
    if k in ctx.memo["figure_ends"]:
        return True
    if any(q.form == "percent" and (m := placed_after(ctx, q)) is not None and m.i == k + 1
           for q in ctx.quantities):  # fmt: skip
        return True  # ("5.1% of government spending in China")
    if k > 0 and ctx.lows[k - 1] not in (";", ":"):
        return False
    lo, hi = ctx.clause_at(k)
    return any(lo <= x.i < hi and x.form in ("percent", "money") for x in ctx.quantities)


_CONCESSIVE: frozenset[str] = patterns.word_set("contrast_clause_openers")


def _concession_goes_on(ctx: Context, c_lo: int, q: Quantity) -> bool:
    """Does the figure's clause open with ', though' (', but', ', yet') and go on with no verb
    or subject of its own before the figure ('Hungary's 2.09% is up from 2.06%, though below
    the 2.12% of 2024'): the same subject, set against another level?"""
    lows = ctx.lows
    k = ctx.first_word_at(_CONCESSIVE, max(0, c_lo - 1), q.i)
    if (
        k is not None
        and lows[k - 1 : k] == [","]
        and all(not w[:1].isalpha() or w in _SIDE_WORDS for w in lows[k + 1 : q.i])
    ):
        return True
    return _defence_goes_on(ctx, c_lo, q)


_SHARING: frozenset[str] = patterns.word_set("owner_sharing_openers")
_DEFENCE_REACH: int = 4  # words from the opener to the figure: "while defence spending takes"


def _defence_goes_on(ctx: Context, c_lo: int, q: Quantity) -> bool:
    """Does the figure's clause open with ', while' (', whereas', ', but') and name defence as
    its subject, with no owner of its own, right before the figure ('Poland's deficit is 6.5%
    of GDP, while defence takes 4.68%'): the defence of the ally the sentence speaks of?"""
    lows = ctx.lows
    k = ctx.first_word_at(_SHARING, max(0, c_lo - 1), q.i)
    if k is None or lows[k - 1 : k] != [","] or q.i - k > _DEFENCE_REACH + 1:
        return False
    # (or a part of the defence budget: "Spain's pay takes 28% of the defence budget, while
    # equipment has risen to 32.3%": the same ally's budget)
    part = ctx.has("cues", "equipment", lo=k + 1, hi=q.i) and ctx.has("cues", "defence", hi=k)
    return (ctx.has("cues", "defence", lo=k + 1, hi=q.i) or part) and not any(
        w.endswith(("'s", "’s")) or w in ("its", "their") for w in lows[k + 1 : q.i]
    )


_SIDE_WORDS: frozenset[str] = frozenset({"below", "above", "under", "over", "short", "of",
                                         "the", "still", "well", "just", "far", "less", "more",
                                         "than", "behind", "ahead"})  # fmt: skip


def _compared_after_comma(ctx: Context, q: Quantity):
    """The claim whose figure a comparison set off by a comma speaks of: '1.8% among European
    members, below NATO's 2.0% target' (the 1.8% is below it, not the subject's own figure)."""
    if q.hedge not in ("more_than", "less_than") or ctx.lows[q.i - 1 : q.i] != [","]:
        return None
    x = next((x for x in reversed(ctx.quantities) if x.j < q.i and x.form != "year"), None)
    if x is None or x.j < q.i - 7:
        return None
    start = ctx.tokens[x.i].start
    return next((c for c in reversed(ctx.claims) if c.start == start), None)


_NATO_NAMES: frozenset[str] = frozenset({"nato", "nato's", "alliance's"})
_SPENT_WHOLES: frozenset[str] = patterns.word_set("spent_whole_nouns")


def _of_nato_spending(ctx: Context, q: Quantity) -> bool:
    """Does the sentence name NATO's spending as a whole, before the figure ('of NATO defence
    spending', "of the alliance's military budget"), the whole a sum of a sum stands for?"""
    lows = ctx.lows
    for k in range(q.i - 1):
        if lows[k] != "of":
            continue
        n = k + 1 + (lows[k + 1] == "the")
        if n < q.i and lows[n] in _NATO_NAMES and not _SPENT_WHOLES.isdisjoint(lows[n + 1 : n + 4]):
            return True
    return False


def _part_of_whole(ctx: Context, q: Quantity) -> bool:
    """Is a sum of money a part of the sum right after it ('$968bn of $1.47 trillion', '$968bn
    out of the allies' $1.47 trillion')? The whole's owner is not the part's."""
    p = ctx.quantity_after(q.j)
    return p is not None and _part_and_whole(ctx, q, p)


def _whole_of_part(ctx: Context, q: Quantity) -> bool:
    """Is a sum of money the whole of the sum right before it ('$968bn of $1.47 trillion',
    '$968bn of the $1.47 trillion', '$968bn of an estimated $1.47 trillion', "$968bn of the
    allies' $1.47 trillion")?"""
    p = ctx.quantity_before(q.i)
    return p is not None and _part_and_whole(ctx, p, q)


def _part_and_whole(ctx: Context, part: Quantity, whole: Quantity) -> bool:
    """Are two sums of money a part and its whole, linked by 'of' ('out of', 'of the allies'')?"""
    if part.form != "money" or whole.form != "money":
        return False
    between = ctx.lows[part.j : whole.i]
    return "of" in between and set(between) <= _PART_LINKS


# what may stand between a part and its whole: "$968bn of the allies' $1.47 trillion"
_PART_LINKS: frozenset[str] = patterns.word_set("part_of_whole_links")


_RELATIVE = patterns.word_set("relative_openers")
_SPENDING = patterns.word_set("spending_verbs")
_BARE_ALLIES = patterns.word_set("allies_bare_words")
_TOGETHER_WORDS = patterns.word_set("together_words")


def _spenders_after(ctx: Context, q: Quantity) -> tuple[list[str], str] | None:
    """The spenders of a sum a relative clause right after it names: 'of the $1.47 trillion
    (that) allies spent', 'the $1.47 trillion spent by NATO members', 'the $507 billion
    European allies and Canada spent': theirs (the allies, unqualified: all of them), never
    the ally the sentence goes on to (or the one before) speak of. None when no such clause
    follows."""
    lows = ctx.lows
    if q.form != "money" or lows[q.i - 1 : q.i] not in (["the"], ["of"]):
        return None
    k = q.j + (lows[q.j : q.j + 1] != [] and lows[q.j] in _RELATIVE)
    by = lows[k : k + 2] in (["spent", "by"], ["devoted", "by"], ["invested", "by"])
    if by:
        k += 2
    mention = next((m for m in ctx.mentions if m.i == k or (m.i == k + 1 and lows[k] == "the")),
                   None)  # fmt: skip
    if mention is not None and mention.kind in ("ally", "group"):
        end = mention.j
    else:
        mention = None
        end = next((n + 1 for n in range(k, min(k + 4, len(lows))) if lows[n] in _PLURAL_ALLIES),
                   -1)  # fmt: skip
        if end < 0:
            return None
    if not by:
        verb = end
        while verb < len(lows) and lows[verb] in _TOGETHER_WORDS:
            verb += 1
        if verb >= len(lows) or lows[verb] not in _SPENDING:
            return None
    if mention is not None:
        return mention.code.split(","), ""
    if set(lows[k : end - 1]) <= _BARE_ALLIES:
        return ["NATO"], ""  # "the $1.47 trillion allies spent": all of them together
    return [], GROUP_UNNAMED


_ITEM_MARKS: frozenset[str] = frozenset({"-", "*", "\u2022", "\u2013"})


def _another_bodys_figure(ctx: Context, c_lo: int, q: Quantity) -> bool:
    """Does a clause set against the one before open on another body's figure for the same
    ally ('SIPRI reckons Germany spent 1.9% in 2024, while NATO's figure was 2.21%')?"""
    return (
        ctx.lows[c_lo - 1 : c_lo] in (["while"], ["whereas"], ["but"])
        and any(c_lo <= s.i < q.i for s in ctx.sources)
        and any(w in _FIGURE_NOUNS for w in ctx.lows[c_lo : q.i])
    )


_FIGURE_NOUNS: frozenset[str] = patterns.word_set("source_label_nouns")


def _aside_of(ctx: Context, q: Quantity, before: list[Mention]) -> Mention | None:
    """The ally an aside holding the figure follows: 'Poland, at 4.48%, comfortably outspent
    Lithuania, at 3.09%, in 2024', '..., ahead of Spain (at 1.28%) and ...' ('<ally>, at N%,'
    or '<ally> (at N%)'), whether the ally is the clause's subject or its object; at the end of
    the sentence, only an ally compared with after the subject's own figure ('spent 2.12%, less
    than Poland, at 4.12%.')."""
    lows = ctx.lows
    if not before or before[-1].kind not in ("ally", "capital"):
        return None
    m = before[-1]
    opened, closing = lows[m.j : q.i], lows[q.j : q.j + 1]
    if opened == [",", "at"] and closing in (
        [","],
        ["–"],
        ["—"],
    ):  # (not "... Lithuania, at 3.79%.")
        return m
    if (
        opened == [",", "at"]
        and closing in ([], ["."], [";"])
        and lows[m.i - 1 : m.i] in (["than"], ["above"], ["below"], ["behind"])
        and any(x.j <= m.i and x.form == q.form for x in ctx.quantities)
    ):  # "France spent 2.06%, more than Italy, at 1.49%.": the subject's figure given, this
        return m  # one is the ally compared with (but "Lithuania comes second, behind Poland,
        # at 4.00%." is Lithuania's own)
    if opened == ["(", "at"] and closing == [")"]:
        return m
    return None


def _totalled(ctx: Context, m: Mention) -> bool:
    """Is a group named as a whole ('of NATO's total', 'of the alliance's combined budget'),
    not as the part ('Europe and Canada spend $507bn of $1.47 trillion')?"""
    before = [w for w in ctx.lows[max(0, m.i - 3) : m.i] if w != "the"]
    # ("Of what the allies together spend, the US accounts for $968bn of $1.47tn": what they
    # spend is the whole)
    return (
        before[-1:] == ["of"]
        or before[-2:] == ["of", "what"]
        or not _WHOLE_WORDS.isdisjoint(ctx.lows[m.j : m.j + 2])
    )


def _mention_bounds(ctx: Context) -> tuple[list[int], list[int]] | None:
    """The starts and ends of the sentence's mentions, found once: mentions are in order and
    do not overlap, so those before a token or at one are found by bisection. None for a
    sentence of a few mentions (a scan of them is cheaper)."""
    if len(ctx.mentions) <= 8:
        return None
    found = ctx.memo.get("mention_bounds")
    if found is None:
        found = ctx.memo["mention_bounds"] = ([m.i for m in ctx.mentions],
                                              [m.j for m in ctx.mentions])  # fmt: skip
    return found


# the words pointing back to one of the allies listed ("the latter", "the last of them")
_POINTERS: frozenset[str] = frozenset({"latter", "former", "last"})


_OPENING_WORDS: frozenset[str] = frozenset({"the", "and", "but", "so", "yet"})
_EPITHETS: frozenset[str] = patterns.word_set("name_epithets")  # "Neighbouring Belarus"


_POINTER_LINKS: frozenset[str] = patterns.word_set("pointer_links")


def _pointing(ctx: Context, k: int) -> bool:
    """Does 'the former'/'the latter' at k stand alone for a country, possessive or before a
    verb, a figure or a mark ('the latter is at 3.08%', 'the former's $22.8 billion'), not as
    an adjective ('the former defence minister')?"""
    word, after = ctx.lows[k], ctx.lows[k + 1 : k + 2]
    if _bare(word) != word or not after:
        return True
    nxt = ctx.tokens[k + 1]
    return after[0] in _POINTER_LINKS or nxt.kind in ("num", "cur") or not after[0][:1].isalpha()


def _bare(word: str) -> str:
    """The word without a possessive ending ("former's" -> "former")."""
    return word.removesuffix("'s").removesuffix("\u2019s")


def _country_before(ctx: Context, q: Quantity, lo: int) -> str | None:
    """The ally 'the country' (or 'the nation') before the figure in its clause points back to
    when the subject carried is a group, not one state: the ally of the article's last claim
    read for one ally, else None."""
    lows = ctx.lows
    if ctx.carry is None or ctx.carry in _ALLY_ISO3:
        return None
    if not any(lows[k] == "the" and lows[k + 1] in ("country", "nation", "country's",
               "nation's") for k in range(lo, q.i - 1)):  # fmt: skip
        return None
    here = ctx.sentence.index
    allies = {c.subject_code for c in ctx.earlier if c.subject_code in _ALLY_ISO3
              and here - _COUNTRY_REACH <= c.sentence < here}  # fmt: skip
    return allies.pop() if len(allies) == 1 else None  # (one ally only: else unsure)


_COUNTRY_REACH: int = 2  # how many sentences back 'the country' may point


def _apposed_owner(ctx: Context, m: Mention, q: Quantity) -> bool:
    """'The United States, Kyiv's biggest donor, spends 3.38%', 'Poland, Ukraine's neighbour,
    spends 4.12%': a possessive in an aside set off by commas right after an ally or group
    that opens its clause, the aside holding no figure and no name but possessives, names whose the aside's noun
    is, not whose the figure after the aside is."""
    lows = ctx.lows
    if not m.possessive:
        return False
    start = next((k for k in range(m.i - 1, -1, -1) if lows[k] == ","), -1)
    close = next((k for k in range(m.j, q.i) if lows[k] == ","), -1)
    if (
        start < 1
        or close < 0
        or not any(
            n.j == start
            and (n.kind in NAMED or n.kind == "foreign")
            and not n.possessive
            and _OPENING_WORDS.issuperset(
                w for w in lows[ctx.clause_at(n.i)[0] : n.i] if w not in _EPITHETS
            )
            for n in ctx.mentions
        )
    ):  # (the ally opens its clause: not "Unlike Poland, Germany's share, at 2.12%, ...";
        # but "Neighbouring Belarus, Russia's ally, spent 2.1%": a word that only describes it)
        return False
    return not any(start < n.i < close and not n.possessive for n in ctx.mentions) and not any(
        start < x.i < close for x in ctx.quantities if x.form != "year"
    )


def subjects_for(ctx: Context, q: Quantity, allow_after: bool = True) -> tuple[list[str], str]:
    """The allies or groups a figure is about, and a doubt when that is unclear (see
    _subjects_for); a part of a whole is never the alliance's ('$968bn of $1.47 trillion':
    the alliance's figure is the whole)."""
    codes, doubt = _subjects_for(ctx, q, allow_after)
    if codes == ["NATO"] and _part_of_whole(ctx, q):
        return [], PART_OF_WHOLE
    return codes, doubt


PART_OF_WHOLE: str = "the figure is a part of the whole after it, and the text does not say whose"
WE_UNTIED: str = "'we' could not be tied to an ally"


def _subjects_for(ctx: Context, q: Quantity, allow_after: bool = True) -> tuple[list[str], str]:
    """The allies or groups a figure is about, and a doubt when that is unclear.

    Order of preference: a possessive right before the figure ("Germany's $73 billion"),
    "in/for <ally>" right after it, then the nearest ally or group before it that is not
    the object of a comparison; "we" in a quotation is the speaker's country, "it" the
    nearest ally before or the previous sentence's subject. Coordinated subjects ("North
    Macedonia and Montenegro both") each get the claim.
    """
    bounds = _mention_bounds(ctx)
    if bounds is None:
        before = [m for m in ctx.mentions if m.j <= q.i]
    else:
        before = ctx.mentions[: bisect.bisect_right(bounds[1], q.i)]  # (those with m.j <= q.i)
    label = ctx.memo.get("check_label_end")
    if label is None:  # (the sentence's, found once for all its figures)
        label = ctx.memo["check_label_end"] = _check_label_end(ctx.lows)
    if label and any(m.i < label for m in before):
        before = [m for m in before if m.i >= label]  # "What we found: That was true of 2024
        # (1.37%)": the label's 'we' is the fact-checker, not the figure's subject
    if _combined_with_outsiders(ctx, q):  # "the US, China, Russia, Germany and India together
        return [], SUM_WITH_OUTSIDERS  # accounted for ..., a combined $1,635 billion"
    if _run_total(ctx, q):  # "more than India, Japan, South Korea and Australia combined ($223
        # billion)": the several countries' sum, which no table holds as a row
        return [], "the figure is the sum of several countries named together, which no table holds"
    if any(m.possessive for m in before):
        before = [m for m in before if not _apposed_owner(ctx, m, q)]
    left_out = _left_out_of_comparison(ctx)
    if left_out and any(m.kind in ("ally", "capital") and m.i not in left_out for m in before):
        before = [m for m in before if m.i not in left_out]  # "Greece spends more than any
        # other EU country except Poland and Denmark, at 2.85%": Greece's, not theirs
    both = _both_at(ctx, q, before)
    if both:  # "just behind Slovenia and Luxembourg, both at 1.29%": each of the pair's
        return both, ""
    outspent = _outspent_pair(ctx, q, before)
    if outspent is not None:  # "more than all other allies combined: $968 billion against
        return outspent  # $507 billion": the first the ally's, the second the others'
    paired = _paired(ctx, q)
    if paired is not None:  # "Estonia spends nearly three times as much as Spain (3.43% against
        return [paired.code], ""  # 1.28%)": the two figures in the order of the two countries
    rival = _set_against_rival(ctx, q)
    if rival is not None:  # "Poland spends more than the UK. It spends a larger share: 4.12%
        return rival  # versus 2.33%": the second is the other's, named before, or nobody's
    elided = elided_owner(ctx, q)
    if elided is not None:  # "... of Russia's government budget, 54% of Ukraine's": the
        return [elided.code], ""  # possessive after 'of' owns the share (FOREIGN: its country
        # is country_outside's to find, through placed_after)
    owner = _of_owner_after(ctx, q)
    if owner is not None:  # "nearly twice the $507 billion of European allies and Canada
        return [owner.code], ""  # combined": theirs, not the sentence's subject's
    listed = _listed_after_colon(ctx, q)
    if listed:  # "Three more edged just ahead with 2.01%: Italy, Canada and Albania"
        return listed, ""
    compared = _compared_after_comma(ctx, q)
    if compared is not None:
        return (
            ([compared.subject_code], "")
            if compared.subject_code
            else ([], "the text does not say whose figure this is")
        )
    if ctx.lows[q.j : q.j + 2] == [",", "like"] and (owner := _ally_at(ctx, q.j + 2)):
        return [owner.code], ""  # "1.28%, like Spain, ...": that ally's figure
    # the six words before the figure, where the scans below look for words that most
    # sentences lack ("the rest", "the other 22", "rest of the", "the latter")
    window = ctx.lows[max(0, q.i - 6) : q.i]
    if "the" in window and any(
        ctx.lows[k : k + 2] in (["the", "rest"], ["the", "others"]) and ctx.lows[k + 2 : k + 3]
        != ["of"] and not any(k < m.i < q.i for m in before if m.kind in NAMED)
        for k in range(max(0, q.i - 6), q.i)):  # fmt: skip
        return [], "the text speaks of the other allies, which it does not name"  # "Most of the
        # rest sit around 2%"
    c_lo = ctx.clause(q)[0]
    if "the" in window and any(
        _the_others(ctx, k) and not any(c_lo <= m.i < q.i for m in before if m.kind in NAMED)
        for k in range(max(0, q.i - 6), q.i)):  # fmt: skip
        # (not "Estonia and Norway are among the other members putting more than 3% into it")
        return [], "the text speaks of the other allies, which it does not name"  # "The other
        # 22 average 1.1%", "the remaining members spend less"
    rest = None if "rest" not in window else next((k for k in range(max(0, q.i - 6), q.i) if (
        ctx.lows[k : k + 3] in (["rest", "of", "the"], ["rest", "of", "nato"]))), None)  # fmt: skip
    if rest is not None and not any(m.kind in NAMED for m in ctx.mentions if rest < m.i < q.i):
        if any(m.code == "USA" for m in ctx.mentions if m.i < rest):
            return ["NATO_EC"], ""  # "the United States $755 billion and the rest of the alliance
            # $430 billion": Europe and Canada
        return [], "the rest of the alliance beside one ally is not a group NATO publishes"
    bare_window = [_bare(w) for w in window]
    pointer = (
        None
        if _POINTERS.isdisjoint(bare_window)
        else next(
            (
                k
                for k in range(max(1, q.i - 6), q.i)
                if _bare(ctx.lows[k]) in ("latter", "former")
                and ctx.lows[k - 1] == "the"
                or ctx.lows[k : k + 3] == ["last", "of", "them"]
            ),
            None,
        )
    )  # fmt: skip  ("the latter coming in at 1.43%", "the last of them at")
    allies = [m for m in before if m.kind == "ally" and pointer is not None and m.j <= pointer]
    if allies:  # "Croatia, Portugal, ... and Spain, the latter at 1.28%": Spain's alone
        return [(allies[-1] if _bare(ctx.lows[pointer]) in ("latter", "last") else
                 allies[-2] if len(allies) > 1 else allies[0]).code], ""  # fmt: skip
    if (
        pointer is not None
        and _bare(ctx.lows[pointer]) in ("latter", "former")
        and not any(m.kind in NAMED and m.i < pointer for m in ctx.mentions)
        and _pointing(ctx, pointer)
    ):  # "Ankara spends most in cash, Athens most relative to its economy. The latter is at
        # 3.08%": the second of the two countries the sentence before named (more, or one,
        # and what it points to is unsure)
        if len(ctx.carry_named) != 2 or ctx.carry_named[0] == ctx.carry_named[1]:
            return [], "the text does not say which of the countries named before is meant"
        return [ctx.carry_named[1 if _bare(ctx.lows[pointer]) == "latter" else 0]], ""
    if q.form == "money" and ctx.lows[q.i - 1 : q.i] in (
        ["alliance's"],
        ["nato's"],
        ["alliance’s"],
        ["nato’s"],
    ):
        return ["NATO"], ""  # "about two-thirds of the alliance's $1.47 trillion total"
    if q.form == "money" and (
        ctx.lows[q.i - 2 : q.i] in (["the", "global"], ["the", "world"], ["a", "global"])
        or ctx.lows[q.i - 1 : q.i] in (["world's"], ["world’s"])
    ):
        return ["SIPRI:WORLD"], ""  # "60% of the global $2,718bn": the world's total
    if alliance_total_line(ctx, q) or alliance_total_said(ctx, q):
        return ["NATO"], ""  # "Four things from NATO's new report ... 4. Total: $1.8tn"
    spenders = _spenders_after(ctx, q)
    if spenders is not None:  # "of the $1.47 trillion allies spent, the US accounted for ..."
        return spenders
    if _whole_of_part(ctx, q):  # "$968bn of $1.47 trillion", "$968bn out of $1.47tn": the
        groups = [m for m in before if m.kind == "group" and _totalled(ctx, m)]  # whole, the
        # group the text totals ("of NATO's total defence spending")
        if groups:
            return [groups[-1].code], ""
        if _of_nato_spending(ctx, q):
            return ["NATO"], ""  # "two-thirds of NATO defence spending ($968bn of $1.47tn)"
        if ctx.lows[q.j : q.j + 1] in (["total"], ["overall"]) and (
            "allied" in ctx.lows or any(m.code == "NATO" for m in ctx.mentions)
        ):  # "the bulk of allied spending, $968bn of the $1.47 trillion total": the allies'
            return ["NATO"], ""
        return [], "the figure is the whole of another, and the text does not name the whole"
    part = _part_of_whole(ctx, q)
    if part:  # "$968bn of $1.47 trillion": the part is not the whole's, nor of what it is of
        before = [m for m in before if not (m.kind == "group" and _totalled(ctx, m))]
    if (
        before
        and before[-1].possessive
        and before[-1].j >= q.i - 1
        and before[-1].code not in ("WE", "IT")
    ):
        return [before[-1].code], ""
    if allow_after:
        k = q.j
        if ctx.lows[k : k + 1] == ["of"]:
            for m in ctx.mentions:  # "3% of Greek GDP", "2.1% of the Spanish economy"
                if (m.kind == "demonym" and m.i in (k + 1, k + 2)
                        and ctx.lows[m.j : m.j + 1] in (["gdp"], ["economy"], ["output"])):  # fmt: skip
                    return [m.code], ""
        gdp_owner = _economy_owner_after(ctx, q)
        if gdp_owner is not None:  # "That is about 1.7% of China's GDP": China's
            return [gdp_owner.code], ""
        if k + 2 < len(ctx.lows) and ctx.lows[k] == "of" and ctx.lows[k + 1] in ("gdp", "its"):
            k += 2 if ctx.lows[k + 1] == "gdp" else 3
        at_k = ctx.mentions if bounds is None else ctx.mentions[
            bisect.bisect_left(bounds[0], k) : bisect.bisect_right(bounds[0], k)]  # fmt: skip
        owner = next((m for m in at_k if m.i == k and m.kind in ("ally", "capital")
                      and _spent_after(ctx.lows, m.j)), None)  # fmt: skip
        if owner is not None:  # "a rise from the 3.26% of GDP Poland spent last year": Poland's
            # (and "of the 4.12% Poland is set to spend this year")
            return [owner.code], ""
        spender = spender_named_after(ctx, q)
        if spender is not None:  # "the 2.27% NATO's European members and Canada plan this
            return [spender.code], ""  # year", "the $149 billion SIPRI says Russia spent"
        if k < len(ctx.lows) and _WHOLE_ALLIANCE.match_at(ctx.lows, k):
            return ["NATO"], ""  # "2.71% of GDP across the alliance": the allies together
        if ctx.lows[k : k + 2] == ["of", "it"]:
            k += 2  # "$968 billion of it from the United States"
        if ctx.lows[k : k + 2] in ([",", "was"], [",", "is"], [",", "came"]) and (
            owner := _ally_at(ctx, k + 2)
        ):
            return [owner.code], ""  # "Trailing far behind, at just 1.2% of GDP, was Germany"
        if ctx.lows[k : k + 2] == [",", "or"] and "," in ctx.lows[k + 2 : k + 7]:
            k = ctx.lows.index(",", k + 2) + 1  # "$997 billion, or 66%, for the United States"
        k = _past_paired_unit(ctx, q, k)  # ("GBP 64.6 billion and 2.33% of GDP for the UK")
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
        if k < len(ctx.lows) and ctx.lows[k] in ("in", "for", "by", "of", "from", "across",
                                                 "among") and not part:  # fmt: skip
            for m in ctx.mentions:  # "54% in Poland", "a third of the UK's defence budget",
                # "an average of 1.8% among European members"
                if (
                    m.i in (k + 1, k + 2)
                    and m.kind in ("ally", "group", "demonym", "foreign")
                    and (ctx.lows[k] != "of" or m.possessive or _demonym_budget(ctx, m))
                ):
                    return [m.code], ""
        lo, hi = ctx.clause(q)
        listed = _listed_after(ctx, q, lo, hi)
        if listed:  # "Other members spending more than 3% this year include Estonia, Norway ..."
            return listed, ""
        first = lo + (ctx.lows[lo] in ("yet", "but", "and", "still", "so", "now"))
        if first == 0 and ctx.lows[:1] and ctx.lows[0] in _ITEM_MARKS:
            first = 1  # "- 2.1% - UK defence spending ...": a list item's mark opens the line
        opening = q.i == first or (ctx.lows[first] in ("at", "with", "on", "from")
                                   and set(ctx.lows[first + 1 : q.i]) <= _FILLERS)  # fmt: skip
        # ("At an estimated 1.28% of GDP, Spain had ...")
        opening = opening or _fronted_pair_end(ctx, q, first)  # ("From 1.64% to 2.12%: ...")
        opening = opening or _fronted_start_after(ctx, q, first)  # ("At EUR 59.6 billion this
        # year, up from EUR 54.9 billion in 2023, French spending ...")
        opening = opening or _participle_opening(ctx, q, first)  # ("Having spent just 1.49%
        # of GDP on defence last year, Italy says ...")
        if opening and not before:
            if _line_label_after(ctx, q) is not None:
                # "• $314bn — China": a line that opens with its figure is its own line's
                # country's, outside NATO too, not the one the line before named
                return ["FOREIGN"], ""
            after = [m for m in ctx.mentions if m.i >= q.j and m.i < hi and not m.is_object
                     and (m.kind in ("ally", "group", "demonym", "capital")
                          or ctx.lows[m.i : m.j] == ["it"])]  # fmt: skip
            if after and ctx.lows[after[0].i : after[0].j] == ["it"]:
                # "At 2.40% of GDP this year it trails Sweden (2.51%)": the ally 'it' stands
                # for, not the one it trails
                carried = ctx.carry or ctx.carry_far
                if carried:
                    return [carried], ""
                return [], "'it' could not be tied to an ally"
            if after:
                return [after[0].code], ""
    stranger = _unknown_head(ctx, q)
    if stranger and stranger.isupper():  # "Europe and Canada spend 2.02%, NATO 2.71%", "USA
        # $997bn, CHN $314bn": initials or a code heading the item, no ally milex reads there
        return [], (f"'{stranger}' heads the figure and names no ally milex reads: the figure "
                    "is not the one named before it")  # fmt: skip
    if stranger:  # "... Austria at around 1%, Andorra at 0.1%": a country milex does not know
        return [], f"'{stranger}' is no country milex knows: the figure is not {stranger}'s ally"
    if _whole_alliance_label(ctx, q):  # "All allies: $1.81 trillion" under the rows of groups
        return ["NATO"], ""  # and allies: the alliance's total, the label names it
    row_label = _unnamed_row_label(ctx, q)
    if row_label:  # "Germany: 2.69%" then "Whole alliance: 2.86%": each row's label owns it
        return [], (f"the row's label '{row_label}' names no ally or group milex reads: the figure "
                    "is not the one the row before named")  # fmt: skip
    aside = _aside_of(ctx, q, before)
    if aside is not None:  # "... outspent Lithuania, at 3.09%, in 2024": Lithuania's
        return [aside.code], ""
    if ctx.lows[q.i - 1 : q.i] in (["against"], ["versus"], ["vs"], ["vs."]) and (
        objects := [m for m in before if m.is_object and m.kind in ("ally", "group")]
    ):  # "Poland outspends France, at 4.12% against 2.06%": the second is the one compared
        return [objects[-1].code], ""
    if (moved := _up_by(ctx, q, before)) is not None:
        return [moved.code], ""  # ("..., with Israel up 65% and Saudi Arabia up 15%")
    if (with_object := _object_with(ctx, q, before)) is not None:
        return [with_object.code], ""  # ("followed by China with an estimated $314 billion")
    link = _at_before(ctx.lows, q.i)  # ("followed by China at an estimated $314 billion")
    if (before and before[-1].j == link and (ctx.lows[link] in ("at", "on", "of", "(")
            or ctx.lows[link] == "with" and _compared_object(ctx.lows, before[-1].i))
            and before[-1].code not in ("WE", "IT")
            and not (before[-1].kind == "group"
                     and _LEADING & set(ctx.lows[max(0, before[-1].i - 2) : before[-1].i]))):  # fmt: skip
        # (not "Lithuania leads the alliance at 5.33%": the alliance is what it leads)
        # "ahead of Lithuania at 4%", "the allied total of $1.47 trillion", "behind Poland
        # (4.12%)": that one's figure; "with Italy, Canada and Albania at 2.01%": the run's
        allies = [m for m in before if m.kind == "ally"]
        if (
            ctx.lows[link] == "at"
            and allies
            and allies[-1] is before[-1]
            and not (before[-1].is_object)
        ):
            start = run_start(ctx, allies, allies[-1])
            return [m.code for m in allies if m.i >= start], ""
        return [before[-1].code], ""
    relative = relative_subject(ctx, q)
    if relative:  # "behind Poland, which spent 4.12%": the relative clause's own ally
        return relative, ""
    c_lo, _c_hi = ctx.clause(q)
    whole_sentence = before
    # "...demanded that Europe do more; allies...": those with m.i >= c_lo
    if bounds is None:
        before = [m for m in before if m.i >= c_lo]
    else:
        before = before[bisect.bisect_left(bounds[0], c_lo, 0, len(before)) :]
    asides = _asides(ctx)
    head = _head_of_relative(ctx, q, c_lo, asides)
    if head is not None:
        return [head.code], ""
    candidates = [m for m in before if not m.is_object and m.kind != "institution"
                  and not any(i < m.i < j <= q.i for i, j in asides)
                  and id(m) not in _foreign_objects(ctx)]  # fmt: skip
    # "Bucharest expects 2.25% this year, the alliance says, up from 1.6%": the body that says
    # it is not what the figure is of, when the clause names someone else
    said = [m for m in candidates if not _in_attribution(ctx, m)]
    if said and len(said) < len(candidates):
        candidates = said
    elif candidates and not said:
        # "Germany met the guideline, though only just: the alliance now records 2.00%": the
        # clause names only the body that says it; the one ally the sentence names before is
        # what the figure is of
        owners = {m.code for m in whole_sentence if m.kind in _STATE_NAMES and not m.is_object
                  and m.i < c_lo and not _in_attribution(ctx, m)}  # fmt: skip
        if len(owners) == 1 and not _WHOLE_ALLIANCE.any_in(ctx.lows, c_lo, len(ctx.lows)):
            return [next(iter(owners))], ""
    if any(m.code == "IT" for m in candidates):
        # "The alliance now estimates it spent 2.17%. For this year it projects 2.38%": 'it'
        # doing the body's estimating is the body, not the ally the figure is of
        candidates = [m for m in candidates if not _body_pronoun(ctx, m)]
    if not candidates:  # "the White House says ...": its country's (but not "the White
        # House says allies have failed to spend 2%": the allies are the subject)
        candidates = [m for m in before if m.kind == "institution"
                      and not _ALLY_NOUNS & set(ctx.lows[m.j : q.i])]  # fmt: skip
        if not candidates and any(m.kind == "institution" for m in before):
            return [], "the text speaks of allies in general"
    if not candidates and (shared := _shared_subject(ctx, c_lo, asides)):
        return [shared.code], ""
    if not candidates and (pointed_back := _run_pointed_back(ctx, c_lo, q, whole_sentence)):
        # "Portugal, Slovenia and Belgium use the clause; all three were under 1.6%": the
        # allies the run before the semicolon named, as many as the pointing words count
        return pointed_back, ""
    if not candidates and (
        ";" in ctx.lows[max(0, c_lo - 1) : c_lo + 1]
        or _another_bodys_figure(ctx, c_lo, q)
        or _concession_goes_on(ctx, c_lo, q)
    ):
        # "Spain spent barely €10 billion a decade ago; this year the estimate is €20 billion":
        # a clause with no subject after a semicolon, the sentence's one ally before it
        named = [m for m in whole_sentence if m.kind in NAMED
                 and not any(i < m.i < j for i, j in asides)]  # fmt: skip
        # ("Brazil, Latin America's largest spender, put ...; that is 0.97%": the name before
        # the aside, not the one in it)
        # (an ally named by its capital as much as by its name: "Rome insists it spends 2%;
        # NATO's estimate for last year was 1.49%")
        # (named twice, the same ally: "Why Poland fell: the report had Poland at 4.48%; the
        # new series puts the same year at 4.25%")
        if (len({m.code for m in named}) == 1 and all(m.kind in _OWNER_NAMES
                                                      and not m.is_object for m in named)):  # fmt: skip
            return [named[0].code], ""  # "Slovakia spent 1.96% last year but is estimated at 2.04%"
            # ("Spanish pay takes 28% of the budget, while equipment has risen to 32.3%")
        outside = [m for m in whole_sentence if m.kind == "foreign"
                   and not any(i < m.i < j for i, j in asides)]  # fmt: skip
        if (not named and outside and not any(m.is_object for m in outside)
                and len({foreign_code(ctx, m) for m in outside}) == 1
                and foreign_code(ctx, outside[0]) is not None):  # fmt: skip
            return ["FOREIGN"], ""  # "Brazil put just under 1% into it; that is 0.97%": the one
            # country outside NATO named, whose figure SIPRI's series hold
        start = ctx.tokens[q.i].start
        owners = {c.subject_code for c in ctx.claims if c.end <= start}
        if (len(named) == 1 and named[0].kind == "group" and not named[0].is_object
                and owners == {named[0].code}):  # fmt: skip
            # "the European allies and Canada were at 2.27% in 2025; the core figure is
            # 2.31%": the one group named, whose figure the one before was read as
            return [named[0].code], ""
        if not named and len(owners) == 1 and len(code := str(next(iter(owners)))) == 3:
            # "The MoD's budget for 2025-26 is GBP 62.2bn; the NATO-qualifying total comes to
            # 2.40% of GDP": the ally the figure before was read as (here by its currency)
            return [code], ""
    if not candidates and (said_of := said_of_country(ctx, q)) is not None:
        return [said_of.code], ""  # '"They spend over seven percent," the minister said of
        # Russia': the country the quotation is said of
    if not candidates:
        if any(ctx.lows[k + 1] in _ONE_ALLY for k in ctx.words_at(_EVERY, 0, q.i - 1)):
            # "Almost every ally now meets the guideline - to put at least a fifth ...": of
            # every ally, not of the one the sentence before spoke of
            return [], "the text speaks of every ally, not of one"
        if ctx.word_in(_PLURAL_ALLIES, c_lo, q.i) and not _counted_back(ctx, c_lo, q):
            if _all_allies(ctx, q, c_lo, _c_hi):
                return ["NATO"], ""  # "Allies spent 3.5% of their combined GDP": all of them
            # "Together the four Nordic allies spend $40bn": a group it does not name, not the
            # ally the sentence before spoke of
            return [], GROUP_UNNAMED
        spoken_to = _you_addressed(ctx, q, c_lo)
        if spoken_to:  # '... blunt with the Portuguese minister. "You are at 1.5 percent," he
            return [spoken_to], ""  # said': the ally spoken to
        if spoken_to is not None:  # (not the subject the sentence before spoke of)
            return [], "'you' could not be tied to an ally"
        speaker = reported_speaker(ctx, c_lo, q.i)
        if speaker is not None:  # "Starmer told MPs that defence spending would rise from
            return [speaker], ""  # 2.3%": the speaker's country's
        if ctx.carry_person is not None and _own_country_pointed(ctx.lows, c_lo, q.i):
            return [ctx.carry_person], ""  # "President Andrzej Duda wants ... His own country
            # is already at 4.1%": the country of the person the sentence before named
        pointed = [m for m in whole_sentence if m.kind in _STATE_NAMES and not m.is_object]
        if pointed and {"country", "nation"} & set(ctx.lows[c_lo : q.i]):
            # "The study does not cover the US, but notes that the country accounts for 66%"
            return [pointed[-1].code], ""
        owners_before = [m for m in pointed if m.j <= c_lo]
        if len({m.code for m in owners_before}) == 1 and _figure_restated(ctx, q, c_lo):
            # "Finland spends about 2 percent of GDP, but counting the jets, the figure rises
            # to 2.4 percent": the figure of the one ally the clauses before named
            return [owners_before[-1].code], ""
        mover = _named_mover(ctx, q, c_lo)
        if mover:  # "... Germany would spend 2.12% of GDP. Hensoldt climbed 5.3%.": a share price
            return [], f"'{mover}' is not an ally: its move is no ally's figure"
        people = _unread_people(ctx, c_lo, q, ctx.carry)
        if people:  # "Poles pump 4.7% into defence. Brits trail on 2.6%.": another people's
            return [], _people_doubt(people, ctx.carry)  # figure, not the ally carried
        stranger = _stranger_owner(ctx, q, c_lo)
        if stranger:  # "South Africa spent $2.8bn. Ghana's spending fell to $1.1bn.": a country
            # (or anyone) milex does not know owns the figure, not the one spoken of before
            return [], f"'{stranger}' is not a country milex holds figures for"
        if ctx.carry and ctx.carry_rival not in (None, ctx.carry):
            return [ctx.carry], (f"the sentence before ranked {name_of(ctx.carry)} beside "
                                 f"{name_of(ctx.carry_rival)}: the text does not say whose figure "
                                 "this is")  # fmt: skip
        if _bare_average(ctx, q, ctx.clause(q)[0]):
            return ["NATO"], ""  # "NATO's tables put the average at 2.86% of GDP": the allies'
        country = _country_before(ctx, q, c_lo)
        if country is not None:  # "North Macedonia foresees 2.22%. 23 of NATO's 32 members
            return [country], ""  # reach 2%. The country ranks 11th": the one ally, not NATO
        if ctx.carry:  # "Poland leads the table. Spending is at 4% of GDP."
            return [ctx.carry], ""
        respective = _they_respectively(ctx, q, c_lo)
        if respective:  # "Finland ... and Sweden ...; in 2014 they spent 1.45% and 1.06%,
            return respective, ""  # respectively": each of them, paired in order (readings.py)
        home = _home_of_speaker(ctx, q)
        if home is not None:  # 'Defence minister Crosetto at question time: "In 2020
            return [home], ""  # spending was 1.59%"': no ally named nor carried, the speaker's
        return [], "the text does not say whose figure this is"
    m = candidates[-1]
    people = _unread_people(ctx, m.j, q, m.code)
    if people:  # "Germans splash out $147bn, leaving Brits at $110bn": another people's figure
        return [], _people_doubt(people, m.code)
    if m.code == "WE":
        if _WHOLE_ALLIANCE.any_in(ctx.lows, c_lo, _c_hi):
            return ["NATO"], ""  # "across the alliance, we are at 2.71%": the allies together
        quote = ctx.quote_at(ctx.tokens[q.i].start)
        country = speaker_country(quote, ctx.today)
        if (
            country is None
            and quote is not None
            and not _SHARED_SEATS.isdisjoint(quote.role_tokens)
        ):
            country = _seat_country(ctx)  # '"We spend 3.3%," Senator Calloway said,
            # defending the Pentagon budget': the senate of the one country whose body it names
        if country is None and (quote is None or (quote.speaker is None and not quote.role)):
            country = ctx.turn_country  # "Deputy: Our country spends ..." in the Sejm (and
            # "Latvia's president: 'We are at 3.15%'": a quote no one else is said to speak)
        if country is None and (quote is None or quote.speaker is None):
            # "Interview with Poland's defence minister." then '"We are at 4.12 percent."'
            country = ctx.interviewee
        if country is None:
            country = _speaking_body(ctx)
        if (
            country is None
            and quote is None
            and ctx.sole_ally is not None
            and (ctx.carry in (None, ctx.sole_ally))
        ):  # "Constituency newsletter: The UK has met NATO's 2% target every year since it was
            # set. This year we are at 2.33%.": the writer's, of the one ally the text named;
            # but a writer may set their own country against it ("Poland spends 4.12%. We
            # are at 2.33%."): a guess, judged only to support (Claim.subject_guess)
            country = ctx.sole_ally
            ctx.memo[(SUBJECT_GUESS, q.i)] = (
                f"'we' was read as {name_of(country)}, the one ally the text names; the writer "
                "may speak for another country"
            )
        if country is None:
            return [], WE_UNTIED
        return [country], ""
    if m.code == "IT" and any(ctx.lows[k] in _PLURAL_ALLIES
                              and {"among", "across"} & set(ctx.lows[max(0, k - 3) : k])
                              for k in range(m.j, q.i)):  # fmt: skip
        # "NATO set its targets in 2014; average spending among the members rose from 1.4%"
        return [], GROUP_UNNAMED
    if m.code == "IT" and (fronted := _fronted_owner(ctx, whole_sentence, m)) is not None:
        return [fronted.code], ""  # "For European allies and Canada it is 2.27%": theirs
    if m.code == "IT":
        earlier = [x for x in whole_sentence[: whole_sentence.index(m)] if not x.is_object
                   if x.kind in ("ally", "group", "capital", "demonym", "foreign")
                   and id(x) not in _foreign_objects(ctx) and not _in_attribution(ctx, x)
                   and (x.kind != "group" or _PLURAL_ALLIES.isdisjoint(ctx.lows[x.i : x.j]))]  # fmt: skip
        # ("when the allies made their pledge, it was barely 1%": 'it' is no plural's; "This
        # year, the alliance estimates, it will reach 3.22%": nor the body that says so)
        heads = [x for x in earlier if ctx.lows[x.i - 1 : x.i] not in _SCOPE_BEFORE]
        if heads:  # "Germany is the wealthiest country in Europe and it spends only 1.38%":
            earlier = heads  # the subject, not the place a superlative ranks it in
        if earlier:
            return [earlier[-1].code], ""
        country = _country_before(ctx, q, 0)
        if country is not None:  # "... 23 of NATO's 32 members reach 2%. The country ranks
            return [country], ""  # 11th; 29.3% of its spending ...": the one ally's
        if ctx.carry or ctx.carry_far:  # "..., though it still ranked only eighth"
            return [ctx.carry or ctx.carry_far], ""
        home = _home_of_speaker(ctx, q)
        if home is not None:  # 'Minister Crosetto: "In 2022 it fell to 1.51%"': 'it' with
            return [home], ""  # nothing before it to point to, in the speaker's mouth
        return [], "'it' could not be tied to an ally"
    if "," in m.code:  # a group of allies: "the Baltic states" (and the allies listed with it:
        # "the US, Poland and the Baltic states")
        return _listed_with(ctx, candidates, m), ""
    if (m.code == "NATO" and ctx.carry not in (None, "NATO", "FOREIGN") and len(ctx.carry) > 3
            and not _PLURAL_ALLIES.isdisjoint(ctx.lows[m.i : m.j])
            and "all" not in ctx.lows[max(0, m.i - 1) : m.j]):  # fmt: skip
        # "... European allies and Canada carry more. 'NATO allies will raise spending by
        # 18%', he said": the group just spoken of, or the whole alliance? (A country outside
        # NATO spoken of before is no group of allies: "58% of South Koreans ... NATO allies
        # averaged 2.71%")
        return ["NATO"], (f"the sentence before spoke of {name_of(ctx.carry)}: the text does "
                          "not say whether 'allies' are they or the whole alliance")  # fmt: skip
    if ctx.lows[q.j : q.j + 1] != [] and ctx.lows[q.j] in _EACH:
        mixed = _allies_with_foreign(ctx, candidates, m)
        if mixed:  # "France and Ukraine level at $74.7bn each": each one's figure
            return mixed, ""
    return _listed_with(ctx, candidates, m), ""


# what a body does with a figure: "it projects", "it had estimated", "it now records"
_BODY_DOING: frozenset[str] = patterns.word_set("body_adverb_verbs") | patterns.word_set(
    "estimating_verbs"
)
_BODY_AUXILIARIES: frozenset[str] = patterns.word_set("body_adverbs") | frozenset({"had", "has"})


def _body_pronoun(ctx: Context, m: Mention) -> bool:
    """Is 'it' the subject of a verb of estimating or reporting ('it projects 2.38%', 'the
    2.12% it had projected') after the text has named a source saying so, in the sentence
    before it or earlier in the paragraph: the body, not an ally?"""
    lows = ctx.lows
    k = m.j
    while k < len(lows) and lows[k] in _BODY_AUXILIARIES:
        k += 1
    if k >= len(lows) or lows[k] not in _BODY_DOING:
        return False
    return ctx.carry_source is not None or any(s.j <= m.i for s in ctx.sources)


_RESIDENTS: dict[str, str] = patterns.load()["subjects"]["residents"]
_PEOPLE_WORDS: frozenset[str] = frozenset(_RESIDENTS) | patterns.word_set("foreign_peoples")


def _unread_people(ctx: Context, lo: int, q: Quantity, ally: str | None) -> str:
    """The name of a people (an ally's or another country's: 'Brits', 'Aussies') standing in
    the figure's clause between lo and the figure, with no mention read there or nearer the
    figure, when it is not the people of `ally` (the ally named or carried before): the
    figure is that people's country's, never that ally's ('Poles pump 4.7% into defence.
    Brits trail on 2.6%.'); '' when there is none."""
    if ally is None or ally not in _ALLY_ISO3:
        return ""
    covered = [(m.i, m.j) for m in ctx.mentions if m.j > lo and m.i < q.i]
    for k in range(q.i - 1, lo - 1, -1):
        if any(i <= k < j for i, j in covered):
            return ""
        low = ctx.lows[k]
        if (low in _PEOPLE_WORDS and ctx.tokens[k].text[:1].isupper()
                and (k == 0 or ctx.lows[k - 1] not in _PEOPLE_NOT_OWNERS)):  # fmt: skip
            return ctx.tokens[k].text if _RESIDENTS.get(low, "") != ally else ""
    return ""


# what before a people makes it no owner of the figure ("outspends the Russians at", "per head
# of Canadians", "more than Australians")
_PEOPLE_NOT_OWNERS: frozenset[str] = frozenset({"the", "of", "among", "than", "to", "for", "by",
                                                "per", "with", "against", "like"})  # fmt: skip


def _people_doubt(people: str, other: str | None) -> str:
    """Why a figure a people stands before is given no ally."""
    whose = f", not {name_of(other)}'s" if other is not None else ""
    return f"'{people}' names the people the figure is of, which milex does not read here{whose}"


# a seat in a chamber many allies have ("senator"): its holder speaks for the country whose
# institutions the sentence names, if one (interpret._setting reads a transcript's)
_SHARED_SEATS: frozenset[str] = patterns.word_set("shared_chamber_seats")


def _seat_country(ctx: Context) -> str | None:
    """The one country whose institutions the sentence names ('the Pentagon budget'), if one."""
    codes = {m.code for m in ctx.mentions if m.kind == "institution"}
    return codes.pop() if len(codes) == 1 else None


def _home_of_speaker(ctx: Context, q: Quantity) -> str | None:
    """The ally whose minister speaks the quotation the figure is in, by role ('Defence
    minister Crosetto'), else None: a minister's 'spending' is their ministry's (a leader's
    words often weigh other allies': '"They're going to have to pay 5%," Trump said')."""
    quote = ctx.quote_at(ctx.tokens[q.i].start)
    if quote is None or _MINISTERS.isdisjoint(quote.role_tokens):
        return None
    home = speaker_country(quote, ctx.today)
    return home if home is not None and home in _ALLY_ISO3 else None


_MINISTERS: frozenset[str] = patterns.word_set("ministerial_roles")


def _allies_with_foreign(ctx: Context, candidates: list[Mention], m: Mention) -> list[str]:
    """Allies and one country outside NATO listed together, joined by commas and 'and' and
    ending at m ('France and Ukraine', 'Ukraine and France'), when a figure said of each
    follows: the allies' codes and FOREIGN (the outside country's, found by readings), else
    []."""
    k = candidates.index(m)
    run = [m]
    while k > 0 and joined(ctx.lows[candidates[k - 1].j : candidates[k].i]):
        k -= 1
        run.insert(0, candidates[k])
    if len(run) < 2 or any(x.kind not in ("ally", "foreign") for x in run):
        return []
    if sum(x.kind == "foreign" for x in run) != 1:
        return []
    return [*(c for x in run if x.kind == "ally" for c in _members(x)), "FOREIGN"]


def _unknown_head(ctx: Context, q: Quantity) -> str:
    """The name that heads the figure as an item of a run ('..., Andorra at 0.1%', 'and San
    Marino (0.2%)'), when it is a capitalised name no mention covers: a country (or anything
    else) milex does not know, whose figure no ally before it may take; else ''."""
    lows, tokens = ctx.lows, ctx.tokens
    end = q.i - (lows[q.i - 1 : q.i] in (["at"], ["("]))
    label = end
    while label > 0 and lows[label - 1] in _LEADER_DOTS:
        label -= 1  # "Algeria .......... 8.0%": a row's name, dotted to its figure
    leader = end - label >= 3
    if leader:
        end = label
    owned = not leader and end == q.i and end > 1 and lows[end - 1] in _POSSESSIVE_MARKS
    if owned:  # "and the Philippines' 1.3%": a possessive, its mark split off
        end -= 1
    k = end
    while k > 0 and _a_stranger(ctx, k - 1):
        k -= 1
    opened = k - (k > 0 and lows[k - 1] == "the")  # ("..., Australia's 1.9% and the
    # Philippines' 1.3%")
    owned = owned or (k < end and k + 1 == end == q.i and lows[k].endswith(("'s", "’s")))
    if (
        k == end
        or (opened == 0 and not leader and not owned)
        or (opened > 0 and lows[opened - 1] not in _RUN_JOINS and not owned)
    ):
        return ""  # (not a field's label, "Troops: 23,050", "Correct: 3.38%": no row's name)
    return " ".join(t.text for t in tokens[k:end]).removesuffix("'s").removesuffix("’s")


def _unnamed_row_label(ctx: Context, q: Quantity) -> str:
    """The words of a row's label right before its figure ('Other regions: $62bn'), when they
    name no ally, group, source or time, on a line of its own after a row whose own label
    named the ally its figure was read for ('Germany: 2.69%', ctx.row_owner): in such a list
    each row's label owns its figure, so a label milex cannot read leaves the figure without
    a subject; else ''."""
    lows = ctx.lows
    first = 1 if lows[:1] and lows[0] in _ITEM_MARKS else 0
    colon = q.i - 1
    if colon - first < 1 or colon - first > _ROW_LABEL_WORDS or lows[colon] != ":":
        return ""
    if ":" in lows[first:colon] or not ctx.tokens[first].text[:1].isupper():
        return ""
    covered = [*((m.i, m.j) for m in ctx.mentions), *((s.i, s.j) for s in ctx.sources),
               *((t.i, t.j) for t in ctx.times)]  # fmt: skip
    if any(i < colon and j > first for i, j in covered):
        return ""
    if ctx.row_owner is None or ctx.row_owner != ctx.carry:
        return ""
    return " ".join(t.text for t in ctx.tokens[first:colon])


_ROW_LABEL_WORDS: int = 5  # "Alliance as a whole", "Other regions": a row's name, a few words
_WHOLE_LABELS: frozenset[str] = patterns.word_set("whole_alliance_labels")


def _whole_alliance_label(ctx: Context, q: Quantity) -> bool:
    """Is the figure a row's, whose label before a colon names the whole alliance ('All
    allies: $1.81 trillion', '- Alliance as a whole: 2.86%', 'NATO total: 2.71%')?"""
    lows = ctx.lows
    first = 1 if lows[:1] and lows[0] in _ITEM_MARKS else 0
    if lows[q.i - 1 : q.i] != [":"] or q.i - 1 - first > _ROW_LABEL_WORDS:
        return False
    return " ".join(lows[first : q.i - 1]) in _WHOLE_LABELS


_LEADER_DOTS: frozenset[str] = frozenset({".", "…"})


_POSSESSIVE_MARKS: frozenset[str] = frozenset({"'", "’"})


def _a_stranger(ctx: Context, k: int) -> bool:
    """Is the word at k a capitalised name no mention, source or time covers (right before a
    figure, a possessive: 'Vietnam's 2.3%')?"""
    text = ctx.tokens[k].text
    if text.endswith(("'s", "’s")) and any(x.i == k + 1 and x.form in ("percent", "money")
                                            for x in ctx.quantities):  # fmt: skip
        # (a share or a sum a name owns: "Vietnam's 2.3%", not "NATO's three biggest")
        text = text[:-2]
    return (
        (
            len(text) > 2
            and text[:1].isupper()
            and text[1:].islower()
            and ctx.lows[k] not in _COMMON
            or _initials(text)
        )
        and text.isalpha()
        and not any(m.i <= k < m.j for m in ctx.mentions)
        and not any(s.i <= k < s.j for s in ctx.sources)
        and not any(t.i <= k < t.j for t in ctx.times)
    )


_RUN_JOINS: frozenset[str] = frozenset({",", "and", ";"})
_INITIALS: tuple[int, int] = (2, 5)  # the letters of a body's initials or a country's code
_CURRENCY_CODES: frozenset[str] = patterns.as_set("currency_before")


def _initials(text: str) -> bool:
    """Is a word all capitals, as a body's initials or a country's code are ('NATO', 'CHN'),
    and no currency's code ('USD 314bn')?"""
    return (_INITIALS[0] <= len(text) <= _INITIALS[1] and text.isupper()
            and text.lower() not in _CURRENCY_CODES)  # fmt: skip


_COMMON: frozenset[str] = patterns.as_set("common_words")


_FRONTED_PREPS: frozenset[str] = patterns.word_set("fronted_subject_preps")


def _fronted_owner(ctx: Context, before: list[Mention], it: Mention) -> Mention | None:
    """The one ally or group a phrase opening the clause names right before 'it' ('For
    European allies and Canada it is 2.27%', 'and for Canada, it is 1.37%'): what 'it' is
    the figure of, plural or not; None when no such phrase is there."""
    k = it.i - (ctx.lows[it.i - 1 : it.i] == [","])
    if k > 0 and ctx.lows[k - 1] in _TOGETHER_AFTER:
        k -= 1  # ("For European allies and Canada together, it is 2.02%": the group's sum)
    owners = [x for x in before if x.j == k and x.kind in ("ally", "group")]
    if len(owners) != 1:
        return None
    p = owners[0].i - 1 - (ctx.lows[owners[0].i - 1 : owners[0].i] == ["the"])
    if p < 0 or ctx.lows[p] not in _FRONTED_PREPS:
        return None
    if p > 0 and ctx.lows[p - 1] not in (",", ";", "and", "but", ":"):
        return None  # ("spending for the allies it leads": no phrase opening a clause)
    return owners[0]


def _listed_with(ctx: Context, candidates: list[Mention], m: Mention) -> list[str]:
    """The codes of m and of the mentions listed before it, joined by commas and 'and': one
    kind ('Italy and Spain'), or allies beside a group of allies that names its members ('the
    US, Poland and the Baltic states', 'the Nordics and Poland')."""
    codes = _members(m)
    k = candidates.index(m)
    while k > 0:
        prev = candidates[k - 1]
        between = ctx.lows[prev.j : candidates[k].i]
        if joined(between) and (prev.kind == m.kind or _of_allies(prev) and _of_allies(m)):
            codes[:0] = _members(prev)
            k -= 1
        else:
            break
    return codes


def _members(m: Mention) -> list[str]:
    return m.code.split(",") if "," in m.code else [m.code]


def _of_allies(m: Mention) -> bool:
    """An ally, or a group of allies that names its members ('the Baltic states')."""
    return m.kind == "ally" or (m.kind in ("group", "allies") and "," in m.code)


_MOVES = patterns.word_set("price_move_verbs")
_NOT_NAMES = (patterns.word_set("unnamed_movers") | patterns.word_set("caption_nouns")
              | patterns.as_set("cues", "defence"))  # fmt: skip


def named_mover(ctx: Context, q: Quantity) -> str:
    """_named_mover of the figure's own clause, for readers outside this module."""
    return _named_mover(ctx, q, ctx.clause(q)[0])


_REMAINING: frozenset[str] = patterns.word_set("remaining_words")  # "the other 22", "the remaining"


_AGAINST: frozenset[str] = frozenset({"against", "versus", "vs", "vs."})


_BOTH_AT: tuple[list[str], ...] = (["both", "at"], ["each", "at"], ["all", "at"], ["both", "on"])


def _both_at(ctx: Context, q: Quantity, before: list[Mention]) -> list[str]:
    """The allies of a coordinated run right before the comma of "..., both at 1.29%" ('behind
    Slovenia and Luxembourg, both at 1.29%', 'Italy, Canada and Belgium, all at'): the figure
    is each one's; none when the words before the comma are no such run."""
    lows = ctx.lows
    if q.i < 4 or lows[q.i - 2 : q.i] not in _BOTH_AT or lows[q.i - 3] != ",":
        return []
    run: list[Mention] = []
    end = q.i - 3
    for m in reversed(before):
        if m.j != end or m.kind != "ally":
            break
        run.append(m)
        if m.i > 0 and lows[m.i - 1] in ("and", ","):
            end = m.i - 1
            continue
        break
    if len(run) < 2 or lows[run[-1].i - 1 : run[-1].i] in (["and"], [","]):
        return []  # (one ally, or a run whose start is unsure)
    return [m.code for m in reversed(run)]


def _outspent_pair(
    ctx: Context, q: Quantity, before: list[Mention]
) -> tuple[list[str], str] | None:
    """After an ally said to outspend all the others together ('The United States will spend
    more than all other allies combined', '... than the other 31 allies combined': the number
    in a list of its own, as a share of GDP may be what is compared), a pair of figures 'A against B': A is the ally's, B
    the others' (Europe and Canada beside the United States; beside any other ally a sum NATO
    does not publish, so no one's); None when the figure is not in such a pair."""
    lows = ctx.lows
    found = sorted((i, j) for key in ("outspend_phrases", "outspend_numbered_phrases")
                   for i, j, _ in ctx.find("ranking", key) if j <= q.i)  # fmt: skip
    if not found:
        return None
    i, j = found[-1]
    figures = [x for x in ctx.quantities if x.i >= j and x.form == q.form and x.form != "year"]
    pair = next((k for k in range(len(figures) - 1) if figures[k].j + 1 == figures[k + 1].i
                 and lows[figures[k].j] in _AGAINST), None)  # fmt: skip
    if pair is None or q not in (figures[pair], figures[pair + 1]):
        return None
    owner = next((m for m in reversed(before) if m.i < i and not m.is_object
                  and m.kind in ("ally", "group")), None)  # fmt: skip
    if owner is None or len(owner.code) != 3:
        return [], "the text compares the figures of an ally and the others, without saying whose"
    if q is figures[pair]:
        return [owner.code], ""
    if owner.code == "USA":
        return ["NATO_EC"], ""
    return [], "the other allies beside one ally are not a group NATO publishes"


def _the_others(ctx: Context, k: int) -> bool:
    """Does 'the other'/'the remaining' at k open a group of allies by their number or a noun
    ('the other 22', 'the remaining members'), not one named ('the other Baltic state')?"""
    lows = ctx.lows
    if lows[k : k + 1] != ["the"] or lows[k + 1 : k + 2] == [] or lows[k + 1] not in _REMAINING:
        return False
    if lows[k - 1 : k] in (["than"], ["all"], ["with"]) or ":" in lows[k:]:
        return False  # ("spends more than all the other allies combined: $968bn"; a colon
        # opens the figure's own statement)
    after = lows[k + 2 : k + 3]
    return after != [] and (
        after[0] in _ALLY_NOUNS
        or any(x.i == k + 2 and x.form not in ("year", "percent") for x in ctx.quantities)
    )


def _named_mover(ctx: Context, q: Quantity, c_lo: int) -> str:
    """The name of a company (or anything else that is not an ally, group or institution)
    that moved by the bare percent q, as subject of its clause: "Hensoldt climbed 5.3%",
    "Saab shares jumped by 4%"; else ''. ('Spending rose 5.3%' names no one: the ally of the
    sentence before keeps it.)"""
    if q.form != "percent" or q.hedge:
        return ""
    verb = q.i - 1 - (ctx.lows[q.i - 1 : q.i] == ["by"])
    if verb <= c_lo or ctx.lows[verb] not in _MOVES:
        return ""
    k = verb - 1
    if ctx.lows[k] in ("shares", "stock", "stocks") and k > c_lo:
        k -= 1  # "Saab shares jumped 4%"
    name = ctx.tokens[k].text
    if not name[:1].isupper() or ctx.lows[k] in _NOT_NAMES:
        return ""
    if any(m.i <= k < m.j for m in ctx.mentions):
        return ""  # "Greece's fell by 26.3%": an ally's spending, its noun left out
    return name


def _stranger_owner(ctx: Context, q: Quantity, c_lo: int) -> str:
    """The capitalised name no mention covers that opens the figure's clause as its owner,
    by a possessive of spending ('Ghana's spending fell to $1.1bn', 'Sri Lanka's military
    spending') or as the subject of a verb of spending ('Ghana spent $0.2bn'); else ''. Its
    figure is nobody's milex knows, least of all the ally the sentence before spoke of."""
    lows, tokens = ctx.lows, ctx.tokens
    k = c_lo
    while k < q.i and lows[k] in _OPENING_LINKS:
        k += 1  # ("And Ghana's ...", "Meanwhile, Ghana's ...")
    first = k
    while k < q.i and _a_stranger(ctx, k) and not lows[k].endswith(("'s", "’s")):
        k += 1
    if k >= q.i:
        return ""
    owned = lows[k].endswith(("'s", "’s")) and _a_stranger_word(ctx, k)
    if owned and lows[k + 1 : k + 2] and lows[k + 1] in _STRANGER_OWNED:
        return " ".join(t.text for t in tokens[first : k + 1])[:-2]
    if k == first or lows[k] not in _STRANGER_VERBS:
        return ""
    return " ".join(t.text for t in tokens[first:k])


def _a_stranger_word(ctx: Context, k: int) -> bool:
    """Is the possessive word at k ('Ghana's') a capitalised name no mention, source or time
    covers?"""
    text = ctx.tokens[k].text[:-2]
    return (
        len(text) > 2
        and text.isalpha()
        and text[:1].isupper()
        and text[1:].islower()
        and text.lower() not in _COMMON
        and not any(m.i <= k < m.j for m in ctx.mentions)
        and not any(s.i <= k < s.j for s in ctx.sources)
        and not any(t.i <= k < t.j for t in ctx.times)
    )


_OPENING_LINKS: frozenset[str] = frozenset({"and", "but", "meanwhile", "while", ","})
# what a country owns in "Ghana's military spending" (not "Golob's government", "Merz's
# budget": a leader's, of the country spoken of)
_STRANGER_OWNED: frozenset[str] = frozenset(
    {"military", "spending", "defence", "defense", "expenditure", "outlays", "armed", "arms"}
)
# finite verbs of spending only: "Ghana spent", not "Real spending" (a capital opening a
# sentence is no name)
_STRANGER_VERBS: frozenset[str] = frozenset({"spent", "spends", "devoted", "devotes"})


_WHOLE_ALLIANCE = patterns.phrases("words", "whole_alliance")
_TOGETHER = patterns.phrases("words", "allies_together")
_BARE = frozenset({"the", "all", "nato", "nato's", "fellow"})  # (before 'allies': all of them)
# spending by or of the allies that follow ("spending by all members", "expenditure of all")
_SPENT_BY: tuple[list[str], ...] = tuple(
    [noun, by] for noun in patterns.load()["words"]["spending_nouns_of_all"] for by in ("by", "of")
)


def _all_allies(ctx: Context, q: Quantity, lo: int, hi: int) -> bool:
    """'Allies spent 3.5% of their combined GDP', 'NATO members together spend 2.7%': the
    plural opens the clause with no word that picks some allies ('the four Nordic allies'),
    and the clause adds them up; not after a sentence about another group ('European allies
    and Canada ... The allies together ...': which allies is unclear)."""
    lows = ctx.lows
    noun = next((k for k in range(lo, q.i) if lows[k] in _PLURAL_ALLIES), None)
    if noun is None:
        return False
    timed = {k for t in ctx.times for k in range(t.i, t.j)}  # ("This year allies spent ...")
    if lows[noun] == "allies":  # (a label before a colon opens nothing: "Numbers to keep in
        # mind: allies spent 2.71% of GDP combined"; but "PRESENTER: Countries spent ..." may
        # be the world's countries)
        lo = max([lo] + [k + 1 for k in range(lo, noun) if lows[k] == ":"])
    spent_by_all = lows[noun - 3 : noun - 1] in _SPENT_BY and lows[noun - 1] == "all"
    if (
        not spent_by_all
        and not {w for k, w in enumerate(lows[lo:noun], lo) if k not in timed and w != ","} <= _BARE
    ):  # (but "Combined spending by all members is put at $1.47 trillion": all of
        return False  # them are its spenders)
    if ctx.carry is not None and (ctx.carry.startswith("NATO_") or "," in ctx.carry):
        return False
    if q.form == "money" and q.value * q.scale >= _ALLIANCE_SCALE and q.currency in _DOLLARS:
        return True  # "Allies' core spending reaches $1.81tn": only all of them spend trillions
    return _TOGETHER.any_in(lows, lo, hi) or _WHOLE_ALLIANCE.any_in(lows, lo, hi)


def alliance_total_line(ctx: Context, q: Quantity) -> bool:
    """Is the line a bare total and a sum of dollars only the whole alliance spends, and
    nothing else ('Total: $1.8tn'), in an article that has named NATO and no other source:
    the allies' total of NATO's tables?"""
    lows = ctx.lows
    if not ctx.article_nato or q.form != "money" or q.currency not in _DOLLARS:
        return False
    if q.value * q.scale < _ALLIANCE_SCALE or lows[q.j :] not in ([], ["."]):
        return False
    first = 1 if lows[:1] and lows[0] in _ITEM_MARKS else 0  # ("- Total: $1.8tn")
    return lows[first : q.i] in (["total", ":"], ["total"], ["overall", ":"])


def alliance_total_said(ctx: Context, q: Quantity) -> bool:
    """Is a sum of dollars only the whole alliance spends said of a total that names no owner
    ('Total defence spending reached some $1.47 trillion') right after a sentence on the allies
    (or in an article naming NATO and no other source)? The allies' total, as a bare 'Total:'
    line is (alliance_total_line)."""
    if q.form != "money" or q.currency not in _DOLLARS or q.value * q.scale < _ALLIANCE_SCALE:
        return False
    if ctx.article_sipri or not (ctx.article_nato or ctx.carry_ally_noun):
        return False
    lo = ctx.clause(q)[0]
    words = ctx.lows[lo : q.i]
    if words[:1] == ["the"]:
        words = words[1:]
    if words[:1] != ["total"] or any(lo <= m.i < q.i for m in ctx.mentions):
        return False
    return set(words[1:]) <= _TOTAL_SAID and bool(_SPENDING_NOUNS.intersection(words))


_TOTAL_SAID: frozenset[str] = frozenset({"defence", "defense", "military", "spending",
                                         "expenditure", "reached", "was", "is", "came", "to",
                                         "stood", "at", "hit", "rose", "climbed", "totalled",
                                         "totaled", "amounted"})  # fmt: skip
_SPENDING_NOUNS: frozenset[str] = frozenset({"spending", "expenditure"})


# a sum of dollars no ally, nor a group of them short of the whole alliance, spends in a year
# (the United States, the largest, spent under $1.1tn in every edition to 2026)
_ALLIANCE_SCALE: float = 1.2e12
_DOLLARS: frozenset[str] = frozenset({"USD", "USD?"})


_YOU: frozenset[str] = patterns.word_set("second_person")
_ADDRESSING: frozenset[str] = patterns.word_set("address_words")
_ADDRESSEES: frozenset[str] = patterns.word_set("addressee_nouns")
_BEFORE_ADDRESSEE: frozenset[str] = frozenset({"the", "his", "her", "their", "its"})


def _you_addressed(ctx: Context, q: Quantity, lo: int) -> str | None:
    """The ally 'you' stands for in a quotation ('"You are at 1.5 percent," he said'): the one
    ally the text says is spoken to (ctx.addressee), when it is not the speaker's own; "" when
    'you' is there but no such ally; None when the figure is no 'you' in a quotation. Outside
    quotations, an interview's 'you' is the interviewer's to the interviewee ('Interview with
    Portugal's foreign minister.' then 'You were at 1.48 percent last year.')."""
    if _YOU.isdisjoint(ctx.lows[lo : q.i]):
        return None
    quote = ctx.quote_at(ctx.tokens[q.i].start)
    if quote is None:
        return ctx.interviewee if ctx.interviewee and ctx.turn_country is None else None
    if ctx.addressee is None or speaker_country(quote, ctx.today) == ctx.addressee:
        return ""
    return ctx.addressee


def addressee(lows: list[str]) -> str | None:
    """The one ally whose person the words speak to: 'blunt with the Portuguese minister',
    "told Spain's prime minister" (a nationality or an ally's possessive, then a person's
    role); None when there is none, or more than one."""
    demonyms = patterns.load()["subjects"]["demonyms"]
    found: set[str] = set()
    run_end = -1  # where the last person spoken to ends: 'and the Italian one' goes on with it
    for k, w in enumerate(lows):
        if w not in _ADDRESSING and not (k == run_end and w in ("and", ",", "or")):
            continue
        j = k + 1
        while j < len(lows) and lows[j] in _BEFORE_ADDRESSEE:
            j += 1
        if j + 1 >= len(lows) or lows[j + 1] not in _ADDRESSEES:
            continue
        word = lows[j]
        code = demonyms.get(word)
        if code is None and word.endswith(("'s", "\u2019s")):
            code = ctxmod.ally_named(word[:-2])
        if code:
            found.add(str(code))
            run_end = j + 2
            while run_end < len(lows) and lows[run_end] in _ADDRESSEES:
                run_end += 1  # ("the Spanish defence minister")
    return next(iter(found)) if len(found) == 1 else None


def person_of_ally(lows: list[str]) -> str | None:
    """The one ally whose person the words name: a nationality or an ally's possessive, then
    within two words a person's role ('the Belgian prime minister', "Norway's prime
    minister", "Poland's defence minister"); None when there is none, or more than one."""
    demonyms = patterns.load()["subjects"]["demonyms"]
    found: set[str] = set()
    for k, word in enumerate(lows):
        code = demonyms.get(word)
        if code is None and word.endswith(("'s", "\u2019s")):
            code = ctxmod.ally_named(word[:-2])
        if code and not _ADDRESSEES.isdisjoint(lows[k + 1 : k + 3]):
            found.add(str(code))
    return next(iter(found)) if len(found) == 1 else None


def person_named(tokens: list[Token]) -> str | None:
    """The ally of the known leaders or ministers (patterns' subjects.people) the words name by
    surname, written with a capital ('President Andrzej Duda'); None when they name none, or
    people of more than one ally."""
    people = patterns.load()["subjects"]["people"]
    found = {str(people[t.low]) for t in tokens if t.low in people and t.text[:1].isupper()}
    return next(iter(found)) if len(found) == 1 else None


def _own_country_pointed(lows: list[str], lo: int, i: int) -> bool:
    """Do the words of the clause before i say a person's country ('his own country', 'her
    nation')?"""
    return any(
        lows[k] in _PERSON_POSSESSIVES
        and (lows[k + 1] in _COUNTRY_NOUNS or lows[k + 1] == "own" and lows[k + 2 : k + 3] != []
             and lows[k + 2] in _COUNTRY_NOUNS)
        for k in range(lo, i - 1)
    )  # fmt: skip


def _figure_restated(ctx: Context, q: Quantity, lo: int) -> bool:
    """Does the clause of q speak of the figure before as 'the figure' ('the figure rises
    to 2.4 percent', 'that share climbs to'), a figure of the sentence before it, and no
    figure between?"""
    lows = ctx.lows
    k = next((k for k in range(lo, q.i - 1) if lows[k] in _RESTATING
              and lows[k + 1] in _RESTATED_NOUNS), -1)  # fmt: skip
    return (
        k >= 0
        and any(x.j <= lo for x in ctx.quantities if x.form != "year")
        and not any(k < x.i < q.i for x in ctx.quantities)
    )


_RESTATING: frozenset[str] = frozenset({"the", "that", "this"})
_RESTATED_NOUNS: frozenset[str] = patterns.word_set("restated_figure_nouns")
_PERSON_POSSESSIVES: frozenset[str] = frozenset({"his", "her"})
_COUNTRY_NOUNS: frozenset[str] = frozenset({"country", "nation", "country's", "nation's"})


def reported_speaker(ctx: Context, lo: int, hi: int) -> str | None:
    """'Starmer told MPs that defence spending would rise ...', 'Poland's president said
    spending ...': the ally of the person whose words the clause reports, named right before
    its speech verb (a leader or minister of patterns' subjects.people, or a role naming the
    ally); None when the clause names no one."""
    k = ctx.first_word_at(speech_verbs(), lo, hi)
    if k is None or k == lo:
        return None
    found = speaker_of(ctx.tokens[lo:k])
    if found is None:
        return None
    code = speaker_country(Quote(0, 0, found[0], " ".join(found[1]), found[1]))
    return code if code != "NATO" else None  # (what NATO's chief reports is not the total)


_CLOSING = {"(": (")",), "–": ("–", "—"), "—": ("–", "—"), ",": (",",)}
_ASIDE_MARKS: frozenset[str] = frozenset({*_CLOSING, *(w for ws in _CLOSING.values() for w in ws)})


_COORDINATORS = frozenset({"but", "and", "yet", "while", "whereas"})
_ESTIMATING = frozenset({"estimated", "estimates", "put", "puts", "gave", "gives", "reckoned",
                         "reckons", "reported", "reports", "said", "says", "showed", "shows"})  # fmt: skip


def _another_source(ctx: Context, k: int) -> bool:
    """Does the clause open with a source and its verb ('..., while NATO had estimated 2.85%
    for the same year'): another estimate of the same figure?"""
    at = next((x.j for x in ctx.sources if x.i == k), None)
    if at is not None and ctx.lows[at - 1] in _ESTIMATING:
        return True  # ("while NATO had estimated": the verb is in the source's words)
    if at is None and ctx.lows[k] in ("sipri", "nato"):
        at = k + 1
    while at is not None and ctx.lows[at : at + 1] in (["had"], ["has"], ["have"], ["itself"]):
        at += 1
    return at is not None and ctx.lows[at : at + 1] != [] and ctx.lows[at] in _ESTIMATING


_FINITE = frozenset(
    {
        "is",
        "was",
        "has",
        "had",
        "will",
        "would",
        "remains",
        "remained",
        "stands",
        "stood",
        "spent",
        "spends",
        "reached",
        "reaches",
        "rose",
        "fell",
        "plans",
        "expects",
        "aims",
        "sits",
        "sat",
        "came",
        "comes",
        "put",
        "puts",
    }
) | (patterns.word_set("level_moving_verbs"))  # fmt: skip  ("... but slips to 2.06% this year")
# what may stand between the coordinator and the verb: "but now slips to 2.06%"
_VERB_ADVERBS: frozenset[str] = frozenset({"still", "now", "then", "also", "only", "just"})


def _in_attribution(ctx: Context, m: Mention) -> bool:
    """Is the mention the body of an attribution with its verb ('the alliance says', 'NATO
    estimates show')?"""
    return any(s.i <= m.i and m.j < s.j for s in ctx.sources)


# the words before a place that scopes a phrase ('the richest in Europe'), not a subject
_SCOPE_BEFORE: tuple[list[str], ...] = (["in"], ["across"], ["among"], ["throughout"])


_CHECK_LABELS: tuple[list[str], ...] = tuple(
    p.split() for p in sorted(patterns.word_set("fact_check_labels"), key=len, reverse=True)
)


def _check_label_end(lows: list[str]) -> int:
    """Where the words of a fact-check's label opening the sentence end ('What we found:',
    'Verdict:'), after its colon; 0 when it opens on none."""
    if ":" not in lows and "|" not in lows:
        return 0  # (no label's end: most sentences, one test in C)
    for words in _CHECK_LABELS:
        n = len(words)
        if lows[:n] == words and lows[n : n + 1] in ([":"], ["|"]):
            return n + 1
    return 0


def _head_of_relative(
    ctx: Context, q: Quantity, c_lo: int, asides: list[tuple[int, int]]
) -> Mention | None:
    """The ally a relative clause set off by commas describes, when the figure's clause opens
    inside that relative clause and the figure comes after it ('Canada, which hosted no
    summit but faces the most pressure, is at 1.37%': 'but' splits the relative clause, and
    the figure is the main clause's, Canada's), with no subject of its own in between."""
    for i, j in asides:
        if not (ctx.lows[i] == "," and i < c_lo <= j < q.i):
            continue
        if any(j < m.i < q.i and not m.is_object and m.kind in NAMED for m in ctx.mentions):
            return None
        return next((m for m in ctx.mentions if m.j == i and m.kind in NAMED), None)
    return None


_PARTICIPLES: frozenset[str] = patterns.word_set("spending_participles")


# a comparison whose verb the clause leaves out ('... from 3.21% in 2024 but well below the
# 3.71% of 2014'), with the adverbs that may come before it
_ELIDED_COMPARISONS: frozenset[str] = patterns.word_set("elided_comparison_heads")
_COMPARISON_ADVERBS: frozenset[str] = patterns.word_set("elided_comparison_adverbs")


def _elided_comparison(lows: list[str], k: int) -> bool:
    """Does the clause after 'but' or 'and' open on a comparison with no verb of its own ('but
    well below the 3.71% of 2014', 'but still above ...'): the verb and the subject are the
    clause before's?"""
    while k < len(lows) and lows[k] in _COMPARISON_ADVERBS:
        k += 1
    return k < len(lows) and lows[k] in _ELIDED_COMPARISONS and lows[k + 1 : k + 2] == ["the"]


def _shared_subject(ctx: Context, c_lo: int, asides: list[tuple[int, int]]):
    """The subject a clause shares with the one before when it opens with 'but' or 'and' and a
    verb ('Slovakia fell short last year but is estimated at 2.04% this year'), or with a
    source and its verb ('..., while NATO had estimated 2.85%'): the first ally or group of
    the clause before that is not an object nor inside an aside."""
    lows = ctx.lows
    k = c_lo + (lows[c_lo : c_lo + 1] != [] and lows[c_lo] in _COORDINATORS)
    if not (k > 1 and lows[k - 1] in _COORDINATORS and lows[k : k + 1]):
        return None
    v = k + (lows[k] in _VERB_ADVERBS)
    participle = lows[k - 1] in ("while", "whilst") and lows[k] in _PARTICIPLES
    # ("Romania ran a deficit while spending 2.25% on defence": the participle's subject is
    # the clause before's)
    if lows[v : v + 1] == [] or (
        lows[v] not in _FINITE
        and not participle
        and not _another_source(ctx, k)
        and not _elided_comparison(lows, k)
    ):
        return None
    p_lo, _p_hi = ctx.clause_at(k - 2)
    return next((m for m in ctx.mentions if p_lo <= m.i < k - 1 and m.kind in NAMED
                 and not m.is_object and not any(i < m.i < j for i, j in asides)), None)  # fmt: skip


def _listed_after(ctx: Context, q: Quantity, lo: int, hi: int) -> list[str]:
    """The allies a sentence lists after 'include', when the figure describes them ('members
    spending more than 3% include Estonia, Norway and Denmark')."""
    lows = ctx.lows
    verbs = _INCLUDE
    if "among" in lows[max(lo, q.i - 5) : q.i]:
        verbs = _INCLUDE | _BEING  # "Among the allies at 2% are Spain, Belgium and ..."
    verb = next((k for k in range(q.j, min(hi, q.j + 6)) if lows[k] in verbs), None)
    if verb is None or _ALLY_NOUNS.isdisjoint(lows[max(lo, q.i - 5) : q.i]):
        return []
    allies = [m for m in ctx.mentions if m.kind == "ally"]
    first = next((m for m in allies if verb < m.i <= verb + 2), None)
    if first is None or any(m.i < q.i and m.i >= lo for m in allies):
        return []
    last = run_end(ctx, allies, first)
    return [m.code for m in allies if first.i <= m.i <= last]


def _ally_at(ctx: Context, k: int):
    """The ally named at token k or, after 'the', at k + 1."""
    return next((m for m in ctx.mentions if m.i in (k, k + 1) and m.kind == "ally"), None)


_INCLUDE = frozenset({"include", "includes", "included"})
_BEING: frozenset[str] = frozenset({"are", "were"})


def _fronted_pair_end(ctx: Context, q: Quantity, first: int) -> bool:
    """Is the figure the end of a 'from X to Y' that opens its clause ('From 1.64% to 2.12%:
    Germany's leap in a year'), both of the one subject named after them?"""
    lows = ctx.lows
    if lows[first : first + 1] != ["from"] or lows[q.i - 1 : q.i] != ["to"]:
        return False
    start = next((x for x in ctx.quantities if x.j == q.i - 1 and x.form == q.form), None)
    return start is not None and set(lows[first + 1 : start.i]) <= _FILLERS


_MOVED_FROM: tuple[list[str], ...] = (["up", "from"], ["down", "from"], ["from"])
_PERFECT_OPENERS: frozenset[str] = patterns.word_set("perfect_participle_openers")  # "having"


def _participle_opening(ctx: Context, q: Quantity, first: int) -> bool:
    """Is the figure the object of a perfect participle of spending that opens the sentence
    ('Having spent just 1.49% of GDP on defence last year, Italy says ...')? The participle's
    subject is the main clause's, named after the comma that closes the phrase."""
    lows = ctx.lows
    if first != 0 or lows[:1] == [] or lows[0] not in _PERFECT_OPENERS:
        return False
    if lows[1:2] == [] or lows[1] not in _SPENT_AFTER:
        return False
    return set(lows[2 : q.i]) <= _FILLERS and "," in lows[q.j :]


def _fronted_start_after(ctx: Context, q: Quantity, first: int) -> bool:
    """Is the figure the start a fronted figure is set against, right after it in the phrase
    that opens the clause ('At EUR 59.6 billion this year, up from EUR 54.9 billion in 2023,
    French spending ...'), only its time and a comma between? Then both are the one subject's
    named after them."""
    lows = ctx.lows
    link = next((len(w) for w in _MOVED_FROM if lows[q.i - len(w) : q.i] == w), 0)
    if not link or lows[first : first + 1] not in (["at"], ["with"]):
        return False
    lead = next((x for x in ctx.quantities if x.form == q.form and x.j <= q.i - link), None)
    if lead is None or not set(lows[first + 1 : lead.i]) <= _FILLERS:
        return False
    between = set(range(lead.j, q.i - link))
    for t in ctx.times:
        between -= set(range(t.i, t.j))
    return all(lows[k] in _LEAD_TAILS for k in between) and lows[q.i - link - 1] == ","


_LEAD_TAILS: frozenset[str] = frozenset({",", "of", "gdp"})  # ("At 2.06% of GDP this year, up")


_FILLERS = frozenset({"an", "a", "estimated", "about", "around", "roughly", "nearly", "just",
                      "some", "approximately", "almost", "only", "barely"})  # fmt: skip
_LEADING = frozenset({"leads", "led", "tops", "topped", "heads", "headed"})
_SPENT_AFTER = frozenset({"spent", "spends", "devoted", "devotes", "put", "puts", "invested",
                          "allocated", "allocates", "earmarked"})  # fmt: skip
_TO_SPEND: frozenset[str] = frozenset({"spend", "devote", "put", "invest", "allocate"})
_EXPECTED_TO: frozenset[str] = patterns.word_set("expected_to_spend_words")
_EXPECTED_REACH: int = 4  # "is now expected to spend": the words before the verb


def _spent_after(lows: list[str], j: int) -> bool:
    """Does a verb of spending follow the ally right after a figure ('the 3.26% Poland spent
    last year'), perhaps as what it is set or expected to spend ('the 4.12% Poland is set to
    spend this year', 'will spend')?"""
    if lows[j : j + 1] != [] and lows[j] in _SPENT_AFTER:
        return True
    k = j
    while k < min(len(lows), j + _EXPECTED_REACH) and lows[k] in _EXPECTED_TO:
        k += 1
    return k > j and lows[k : k + 1] != [] and lows[k] in _TO_SPEND


def _asides(ctx: Context) -> list[tuple[int, int]]:
    """Stretches set off by a pair of dashes or brackets ('The former government – a firm
    backer of Kyiv – had aimed ...') or by commas round a relative clause ('France, which is
    among the leading members of the alliance, spent 1.79%'): what is named there is not the
    subject after them."""
    if "asides" not in ctx.memo:
        spans, opened = [], None
        lows = ctx.lows
        for k in [k for k, w in enumerate(lows) if w in _ASIDE_MARKS]:  # (no other word acts)
            w = lows[k]
            if opened is None and w == "," and (end := _appositive_end(ctx, k)) > k:
                spans.append((k, end))  # "South Korea, a close US partner in Asia, spends
                # 2.6%": the description set off after the name names no subject
            elif opened is None and (w in ("–", "—", "(") or (
                    w == "," and lows[k + 1 : k + 2] in (["which"], ["who"], ["whose"]))):  # fmt: skip
                opened = k
            elif (opened is not None and w in _CLOSING[lows[opened]] and lows[opened] != "("
                  and ";" in lows[opened + 1 : k]):  # fmt: skip
                opened = k  # "Greece – 2.85%; Türkiye – 2.33%": a semicolon ends the clause a
                # dash opened, so the next dash is a new item's, not the aside's close
            elif opened is not None and w in _CLOSING[lows[opened]]:
                named = [m for m in ctx.mentions if opened < m.i < k]
                if not (
                    lows[opened] != ","
                    and len(named) == 1
                    and set(lows[opened + 1 : named[0].i]) <= {"the"}
                    and named[0].j == k
                ) and not _counted_named(ctx, opened, k, named):
                    spans.append((opened, k))  # (but "a neighbour of Russia – Norway –": the
                opened = None  # name of the subject, set off)  # fmt: skip
        ctx.memo["asides"] = spans
    return ctx.memo["asides"]


_APPOSITIVE_REACH: int = 12  # words an appositive set off after a name may run to
_APPOSITIVE_BREAKS: frozenset[str] = frozenset({";", ":", "and", "or", "(", ")", "–", "—"})


def _appositive_end(ctx: Context, k: int) -> int:
    """Where a description set off by commas right after a country's name ends ('South Korea,
    a close US partner in Asia, spends', 'Brazil, Latin America's largest spender, put'): the
    comma closing it when a verb of the name's clause follows; -1 when the comma at k opens no
    such description (a run of names, 'Poland, Lithuania and Latvia', opens with a name)."""
    lows = ctx.lows
    if not any(m.j == k and m.kind in _OWNERS and not m.possessive for m in ctx.mentions):
        return -1
    if any(m.i == k + 1 for m in ctx.mentions):
        return -1
    end = next((e for e in range(k + 2, min(len(lows), k + 2 + _APPOSITIVE_REACH))
                if lows[e] == "," or lows[e] in _APPOSITIVE_BREAKS), -1)  # fmt: skip
    if end < 0 or lows[end] != ",":
        return -1
    if any(k < x.i < end for x in ctx.quantities):
        return -1
    verb = end + 1
    while lows[verb : verb + 1] and lows[verb] in _VERB_ADVERBS:
        verb += 1
    if lows[verb : verb + 1] == [] or lows[verb] not in _FINITE | _SPENDING:
        return -1
    return end


def _counted_named(ctx: Context, opened: int, k: int, named: list[Mention]) -> bool:
    """Is the stretch between dashes (or brackets) from opened to k only the allies a plural
    noun right before it stands for ('only three allies - Poland, Lithuania and Latvia - are
    there'): the subject's own names, set off, not an aside?"""
    lows = ctx.lows
    if lows[opened] == "," or opened < 1 or lows[opened - 1] not in _PLURAL_ALLIES:
        return False
    if len(named) < 2 or any(m.kind != "ally" for m in named):
        return False
    if named[0].i != opened + 1 + (lows[opened + 1] == "the") or named[-1].j != k:
        return False
    return all(joined(lows[a.j : b.i]) for a, b in zip(named, named[1:], strict=False))


def joined(words: list[str], brackets: bool = False) -> bool:
    """Words between two allies of one list: ', ', 'and' ('the'), and with `brackets` a
    figure in brackets too ('Poland (4.48%), Lithuania (4.00%) and Latvia')."""
    return bool(words) and all(
        w in (",", "and", "the")
        or (brackets and (w in ("(", ")", "%", "percent") or w.replace(".", "", 1).isdigit()))
        for w in words
    )


_PLURAL_POINTERS: frozenset[str] = patterns.word_set("plural_pronouns")
_COUNT_POINTERS: frozenset[str] = patterns.word_set("counted_run_openers")
_RUN_COUNTS: dict[str, int] = patterns.load()["number_words"]
_CLAUSE_OPENERS: frozenset[str] = frozenset({"and", "but", "yet", "so", "while"})


def _run_pointed_back(ctx: Context, c_lo: int, q: Quantity, named: list[Mention]) -> list[str]:
    """The allies of the one coordinated run of two or more that a clause after a semicolon
    points back to with its opening words ('; they were', '; all three were', '; both
    spent'), the count, when said, as long as the run: [] when there is no such run."""
    lows = ctx.lows
    if ";" not in lows[max(0, c_lo - 1) : c_lo + 1]:
        return []
    k = c_lo + (lows[c_lo : c_lo + 1] == [";"])
    k += lows[k : k + 1] != [] and lows[k] in _CLAUSE_OPENERS
    if k >= q.i:
        return []
    count = 0  # the number the opening words say (0: none said)
    if lows[k] in _COUNT_POINTERS and k + 1 < q.i and _RUN_COUNTS.get(lows[k + 1], 0) > 1:
        count = _RUN_COUNTS[lows[k + 1]]  # "all three", "the two"
    elif lows[k] in _PLURAL_POINTERS and lows[k] not in ("their", "them", "those", "these"):
        count = 2 if lows[k] == "both" else 0  # "they", "both"
    else:
        return []
    runs = [r for r in coordinated_runs([m for m in named if m.j <= c_lo], lows) if len(r) > 1]
    if not runs:  # "Lithuania spends 4.00%, Latvia 3.73%; both were under 1% in 2014": the
        return _owners_pointed_back(ctx, c_lo, named, count)  # owners of the figures before
    if len(runs) != 1 or any(m.kind != "ally" or m.is_object for m in runs[0]):
        return []
    codes = list(dict.fromkeys(m.code for m in runs[0]))
    if len(codes) != len(runs[0]) or (count and count != len(codes)):
        return []
    return codes


def _owners_pointed_back(ctx: Context, c_lo: int, named: list[Mention], count: int) -> list[str]:
    """The allies a clause after a semicolon points back to when the clause before gave each
    of them a figure of its own, in a gapped list ('Lithuania spends 4.00%, Latvia 3.73%;
    both ...'): every ally named before the semicolon, each the owner of a figure read there,
    as many as the opening words say; [] otherwise."""
    before = [m for m in named if m.j <= c_lo]
    if len(before) < 2 or any(m.kind != "ally" or m.is_object for m in before):
        return []
    codes = list(dict.fromkeys(m.code for m in before))
    edge = ctx.tokens[max(0, c_lo - 1)].start
    owners = {c.subject_code for c in ctx.claims if c.end <= edge}
    if len(codes) != len(before) or not owners.issuperset(codes) or (count and count != len(codes)):
        return []
    return codes


def coordinated_runs(mentions: list[Mention], lows: list[str]) -> list[list[Mention]]:
    """The allies and groups a sentence names, in coordinated runs ('Italy and Spain', 'Spain,
    Belgium and Luxembourg'); an ally named alone is a run of one."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if m.kind not in ("ally", "group"):
            continue
        between = lows[groups[-1][-1].j : m.i] if groups else None
        if groups and between and joined(between):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


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


_FOREIGN_CODES = patterns.load()["subjects"]["foreign_codes"]
_FOREIGN_FLAGS: dict[str, str] = {
    str(k): str(v) for k, v in patterns.load()["subjects"]["foreign_flag_codes"].items()
}


def _economy_owner_after(ctx: Context, q: Quantity) -> Mention | None:
    """The country whose economy a share is of, by the possessive right after its 'of' ('1.7%
    of China's GDP', '2.1% of Germany's economy'), else None."""
    lows, k = ctx.lows, q.j
    if lows[k : k + 1] != ["of"]:
        return None
    return next((m for m in ctx.mentions if m.i == k + 1 and m.possessive
                 and m.kind in ("ally", "capital", "foreign")
                 and lows[m.j : m.j + 1] in (["gdp"], ["economy"], ["output"])), None)  # fmt: skip


def country_outside(ctx: Context, q: Quantity) -> str | None:
    """The ISO code of the country outside NATO whose figure q is ('Russia spent $149 billion',
    'China is the world's second-largest spender'), for SIPRI's series, which hold every
    country's: the last one named before the figure, in its clause if there is one there,
    or the one whose possessive the figure follows ('... against Ukraine's $64.7 billion')."""
    lo, _hi = ctx.clause(q)
    # ("Brazil, Latin America's largest spender, put 1% ...": Brazil's, the aside's
    # possessive owning only its noun)
    named = [
        m
        for m in ctx.mentions
        if m.kind == "foreign" and m.j <= q.i and not _apposed_owner(ctx, m, q)
    ]
    paired = _paired(ctx, q)
    relative = _relative_mention(ctx, q)
    gdp_owner = _economy_owner_after(ctx, q)
    if gdp_owner is not None and gdp_owner.kind == "foreign":
        return foreign_code(ctx, gdp_owner)  # "about 1.7% of China's GDP"
    placed = (placed_after(ctx, q) or _share_for(ctx, q) or spender_named_after(ctx, q)
              or _bracketed_after_name(ctx, q) or said_of_country(ctx, q))  # fmt: skip
    placed = placed if placed is not None and placed.kind == "foreign" else None
    with_object = _object_with(ctx, q, [m for m in ctx.mentions if m.j <= q.i])
    moved = _up_by(ctx, q, [m for m in ctx.mentions if m.j <= q.i])
    if moved is not None and moved.kind == "foreign":
        named = [moved]  # "with Israel up 65%"
    elif with_object is not None and with_object.kind == "foreign":
        named = [with_object]  # "followed by China with an estimated $314 billion"
    elif placed is not None:
        named = [placed]  # "5.1% in China and 3.3% in Japan": the country the figure is of
    elif relative is not None and relative.kind == "foreign":
        named = [relative]  # "overtaking India, which spent $86 billion": the clause's country
    elif paired is not None:
        named = [paired]
    elif (labelled := _line_label_after(ctx, q)) is not None:
        named = [labelled]  # "• $314bn — China": the line opens with its figure, then its name
    elif not (named and named[-1].possessive and named[-1].j >= q.i - 1):
        named = [m for m in named if not m.is_object]
        named = [m for m in named if m.i >= lo] or named[-1:]
    if not named:
        return None
    return foreign_code(ctx, named[-1])


def _bracketed_after_name(ctx: Context, q: Quantity) -> Mention | None:
    """The country named right before the bracket a figure opens ('overtook India ($65.1bn)',
    'its lead over Russia ($62.2bn)'): its figure, object of the clause or not."""
    if ctx.lows[q.i - 1 : q.i] != ["("]:
        return None
    return next((m for m in ctx.mentions if m.j == q.i - 1 and not m.possessive), None)


_QUOTE_CLOSERS: frozenset[str] = frozenset({'"', "\u201d"})
_SAID_OF_REACH: int = 6  # tokens from a quotation's close to 'said of'


def said_of_country(ctx: Context, q: Quantity) -> Mention | None:
    """The country a quotation holding the figure is said of, right after it closes ('"They
    spend over seven percent of GDP," the minister said of Russia'), when the quotation names
    no country before the figure; None otherwise."""
    lows = ctx.lows
    if any(m.kind in NAMED or m.kind == "foreign" for m in ctx.mentions if m.j <= q.i):
        return None
    close = next((k for k in range(q.j, len(lows)) if lows[k] in _QUOTE_CLOSERS), None)
    if close is None:
        return None
    verbs = speech_verbs()
    for k in range(close + 1, min(len(lows) - 1, close + _SAID_OF_REACH)):
        if lows[k] in verbs and lows[k + 1] == "of":
            at = k + 2 + (lows[k + 2 : k + 3] == ["the"])
            return next((m for m in ctx.mentions if m.i == at and not m.possessive
                         and (m.kind in NAMED or m.kind == "foreign")), None)  # fmt: skip
    return None


def _share_for(ctx: Context, q: Quantity) -> Mention | None:
    """The country a share is given for right after it ('against 3.7% for the United States
    and 7.1% for Russia'): a percentage, then 'for' and the country's name (not a sum: "$61bn
    for Ukraine" is money given to it)."""
    if q.form != "percent" or ctx.lows[q.j : q.j + 1] != ["for"]:
        return None
    at = q.j + 2 if ctx.lows[q.j + 1 : q.j + 2] == ["the"] else q.j + 1
    return next((m for m in ctx.mentions if m.i == at and m.kind in _OWNERS), None)


_LABEL_LINKS: frozenset[str] = frozenset({"-", "\u2013", "\u2014", ":", "="})


def _line_label_after(ctx: Context, q: Quantity) -> Mention | None:
    """The country outside NATO that labels a line opening with its figure ('• $314bn — China',
    '$149bn: Russia'): named right after the figure and a dash or colon, none before it."""
    first = 1 if ctx.lows[:1] and ctx.lows[0] in _ITEM_MARKS else 0
    if q.i != first or ctx.lows[q.j : q.j + 1] == [] or ctx.lows[q.j] not in _LABEL_LINKS:
        return None
    m = next((m for m in ctx.mentions if m.i == q.j + 1), None)
    return m if m is not None and m.kind == "foreign" and foreign_code(ctx, m) else None


def foreign_code(ctx: Context, m: Mention) -> str | None:
    """The ISO code of the country outside NATO a mention names, if milex knows it."""
    return foreign_iso(ctx.lows, m)


def foreign_iso(lows: list[str], m: Mention) -> str | None:
    letters = ctxmod.flag_letters(lows, m.i) if m.j - m.i in (2, 3) else ""
    if letters:  # "🇨🇳 $314bn": China, by its flag
        return _FOREIGN_FLAGS.get(letters)
    words = " ".join(lows[m.i : m.j])
    return _FOREIGN_CODES.get(words) or _FOREIGN_CODES.get(words.removesuffix("'s"))


_DEMONYM_NOUNS: frozenset[str] = patterns.word_set("demonym_spending_nouns")


def _demonym_budget(ctx: Context, m: Mention) -> bool:
    """Is the mention a demonym, or an ally's name used as one, before a noun of spending
    ('25.68% of the Italian budget', 'of the Polish defence budget', '36% of UK defence
    spending'): that ally's, as 'of Italy's budget' is?"""
    return (
        m.kind in ("demonym", "ally")
        and ctx.lows[m.j : m.j + 1] != []
        and ctx.lows[m.j] in _DEMONYM_NOUNS
    )


_AVERAGE_LINKS: frozenset[str] = frozenset({"at", "is", "was", "stands", "stood", "of", ":"})


def _bare_average(ctx: Context, q: Quantity, lo: int) -> bool:
    """Is the figure 'the average' of no group named, set by NATO as the body saying it
    ('NATO puts the average at 2.86% of GDP', 'the alliance's tables put the average at ...'):
    the average of NATO's allies, the alliance's own combined figure?"""
    lows = ctx.lows
    k = q.i - 1
    if k < 1 or lows[k] not in _AVERAGE_LINKS or lows[k - 1] != "average":
        return False
    if lows[k - 2 : k - 1] != ["the"]:
        return False  # ("an average of 1.8% among European members": a group's, said after)
    return any(s.source == "NATO" and lo <= s.i < q.i for s in ctx.sources) and not any(
        m.kind in ("ally", "group", "demonym", "foreign") for m in ctx.mentions
    )


_ANY_OPENERS: frozenset[str] = frozenset({"any", "every", "all", "each"})


def _left_out_of_comparison(ctx: Context) -> frozenset[int]:
    """The starts of the countries named after an exception in a comparison with all the
    others ('more than any other EU country except Poland, Lithuania and Denmark', '... but
    Poland and Denmark'): those left out of what is compared, never the subject of a figure
    after them."""
    if "left out" in ctx.memo:
        return ctx.memo["left out"]
    lows, out = ctx.lows, set()
    for k in range(1, len(lows) - 2):
        if lows[k] not in _ANY_OPENERS or lows[k - 1] != "than":
            continue
        n = k + 1
        while n < len(lows) and (lows[n] in _EVERY_FILLERS or lows[n] == "other"
                                 or lows[n] == "eu"):  # fmt: skip
            n += 1
        if n >= len(lows) or lows[n] not in _EVERY_NOUNS:
            continue
        hit = _EVERY_EXCEPTS.match_at(lows, n + 1)
        if hit is None:
            continue
        at = n + 1 + hit[0]
        for m in ctx.mentions:  # the run of names right after the exception
            if m.i < at:
                continue
            if m.i > at and not all(w in (",", "and") for w in lows[at : m.i]):
                break
            out.add(m.i)
            at = m.j
    found = frozenset(out)
    ctx.memo["left out"] = found
    return found


_EVERY_OPENERS: frozenset[str] = patterns.word_set("every_other_openers")
_EVERY_FILLERS: frozenset[str] = patterns.word_set("every_other_fillers")
_EVERY_NOUNS: frozenset[str] = patterns.word_set("every_other_nouns")
_EVERY_EXCEPTS = patterns.phrases("words", "every_other_excepts")
_EVERY_SUMS = patterns.phrases("words", "every_other_sums")


def every_other(ctx: Context, q: Quantity) -> tuple[bool, str | None]:
    """'Every other member will spend less than $100 billion', 'every ally except the United
    States spends less than $100 billion': the figure is said of each ally but one, one by one
    (not of the one left out, and not of their sum: 'more than all other allies combined').
    (True, the ally left out) when the words say so, (True, None) when the one left out is
    not named in the sentence or the one before, (False, None) when the figure is not so said."""
    lows = ctx.lows
    lo, hi = ctx.clause(q)
    for k in range(lo, q.i):
        if lows[k] not in _EVERY_OPENERS or lows[k - 1 : k] == ["than"]:
            continue
        n = k + 1
        while n < q.i and lows[n] in _EVERY_FILLERS:
            n += 1
        other = lows[n : n + 1] == ["other"]
        n += other
        while n < q.i and lows[n] in _EVERY_FILLERS:
            n += 1
        if n >= q.i or lows[n] not in _EVERY_NOUNS:
            continue
        if _EVERY_SUMS.any_in(lows, n + 1, hi):
            return False, None  # "more than all the other allies combined": their sum
        allies = [m for m in ctx.mentions if m.kind in ("ally", "group", "pronoun")]
        if any(lo <= m.i < k for m in allies):
            return False, None  # "Estonia outspends every other ally": the object of a verb
        excepted = _EVERY_EXCEPTS.match_at(lows, n + 1) if n + 1 < len(lows) else None
        left = None
        if excepted is not None:
            left = next((m for m in ctx.mentions if m.kind == "ally"
                         and n + 1 + int(excepted[0]) <= m.i <= n + 3 + int(excepted[0])), None)  # fmt: skip
        if any(n < m.i < q.i and m is not left for m in allies):
            return False, None  # "... every other ally, including the US (3.38%)": its figure
        if excepted is not None:
            return True, left.code if left is not None else None
        if not other:
            continue
        before = [m for m in ctx.mentions if m.kind == "ally" and m.j <= k and not m.is_object]
        if before:
            return True, before[-1].code  # "The US spends $968bn; every other ally, less
            # than $100bn"
        carried = ctx.carry if ctx.carry is not None and len(ctx.carry) == 3 else None
        return True, carried  # (the subject of the sentence before, or no one said)
    return False, None
