"""The words around the numbers: times, subjects (allies, groups, pronouns) and sources.

Matching only: each finder returns spans over a sentence's tokens; interpret.py decides
which of them a number belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from milex.claims import patterns
from milex.claims.extract import Token
from milex.claims.numbers import Quantity

_PARTITIVE = frozenset(
    "some several many most few other these those certain two three four five six seven eight "
    "nine ten eleven twelve only just all".split()
)
# verbs that date the making of a rule, not a figure: "the target adopted in 2014"
_AGREEING = patterns.word_set("rule_making_verbs")
WALES_YEAR = 2014  # the Defence Investment Pledge, Wales summit of 5 September 2014
CLAUSE_BREAKS = frozenset({";", "while", "whereas", "but", "although", "though", "however"})


@dataclass(slots=True)
class TimeExpr:
    i: int
    j: int
    kind: str  # "year", "this", "last", "next", "previous", "that", "decade", "ago", "day"
    role: str = "in"  # "in", "since", "deadline", "from", "price", "edition", "date", "base"
    year: int | None = None
    day: date | None = None


# Mentions of a sentence never share a position: one is equal only to itself (list.index
# and `in` then compare identities, not every field)
@dataclass(slots=True, eq=False)
class Mention:
    i: int
    j: int
    code: str  # ISO3, "NATO", "NATO_EC", "EU", "EUROPE", or "WE" / "IT" for pronouns
    kind: str  # "ally", "group", "demonym", "capital", "institution", "pronoun"
    possessive: bool = False
    is_object: bool = False


@dataclass(slots=True)
class SourceMention:
    i: int
    j: int
    source: str  # "NATO", "SIPRI", "other"
    text: str


@cache
def _vocab():
    p = patterns.load()
    from milex.reference.alliance import ALLIES

    names = {}
    for a in ALLIES:
        for spelling in (a.name, *a.aliases):
            if spelling.upper() != spelling or len(spelling) > 4:  # codes handled by case
                names[spelling.lower()] = a.iso3
    subjects = p["subjects"]
    time = p["time"]
    groups = patterns.Phrases(subjects["groups"])
    institutions = patterns.Phrases(subjects["institutions"])
    names_phrases = patterns.Phrases(names)
    time_phrases = patterns.Phrases(
        # later kinds win a phrase listed twice: "the previous year" is relative to the text
        {phrase: kind for kind, key in (("decade", "decade_words"), ("that", "that_year"),
                                        ("next", "next_year"), ("last", "last_year"),
                                        ("this", "this_year"), ("previous", "relative_previous"),
                                        ("following", "relative_following"),
                                        ("wales", "wales_year"), ("period", "period_words"),
                                        ("decade_end", "decade_end"))
         for phrase in time[key]} | {phrase: "event" for phrase in p["events"]}
    )  # fmt: skip
    foreign = patterns.Phrases(subjects["foreign"], "FOREIGN")
    first = (groups.first_words | foreign.first_words | institutions.first_words | names_phrases.first_words
             | set(subjects["demonyms"]) | set(subjects["capitals"])
             | set(subjects["first_person"]) | set(subjects["third_person"]))  # fmt: skip
    return {
        "first": frozenset(first),
        "times": time_phrases,
        "time_first": time_phrases.first_words
        | set(time["weekdays"])
        | {"years", "year", "decade", "decades"},
        "names": names_phrases,
        "codes": {
            "US": "USA",
            "U.S.": "USA",
            "USA": "USA",
            "U.S.A.": "USA",
            "UK": "GBR",
            "U.K.": "GBR",
        },  # fmt: skip
        "groups": groups,
        "foreign": foreign,
        "demonyms": subjects["demonyms"],
        "capitals": subjects["capitals"],
        "institutions": institutions,
        "first_person": frozenset(subjects["first_person"]),
        "third_person": frozenset(subjects["third_person"]),
        "objects": frozenset(subjects["object_markers"]),
        "pressing": frozenset(p["words"]["pressing_participles"]),
        "deadline": frozenset(time["deadline"]),
        "events": {patterns.words(phrase): year for phrase, year in p["events"].items()},
        "weekdays": time["weekdays"],
        "months": frozenset(time["months"]),
        "sources": patterns.Phrases(
            {phrase: name for name, phrases in p["sources"].items() for phrase in phrases}
        ),
    }


_RISES = frozenset({"increase", "rise", "rises", "growth", "jump", "up", "higher", "down",
                    "lower", "fall", "drop", "decrease", "cut"})  # fmt: skip

# Verbs of saying after which a time dates the saying, not a figure: "NATO estimated last year".
_REPORTED_AT = patterns.word_set("saying_verbs_past")


def times(lows: list[str], quantities: list[Quantity], today: date | None) -> list[TimeExpr]:
    """Year mentions and relative times ("last year", "the year before", "on Thursday")."""
    v = _vocab()
    out: list[TimeExpr] = []
    for q in quantities:
        if q.form != "year":
            continue
        k, year = q.i, int(q.value)
        prev = lows[k - 1] if k > 0 else ""
        prev2 = " ".join(lows[k - 2 : k]) if k > 1 else ""
        nxt = lows[q.j] if q.j < len(lows) else ""
        role = "in"
        before3 = lows[max(0, k - 3) : k]
        if prev in ("readiness", "vision", "agenda", "strategy", "horizon"):
            role = "name"  # "Readiness 2030": a plan's name, not a time
        elif any(w in _AGREEING for w in before3):
            role = "agreement"  # "the obligation it took on in 2014": when a rule was made
        elif prev == "since" or (prev == "in" and _since_event(lows, k - 1)):
            role = "since"  # "since 2022", "since the full-scale invasion in 2022"
        elif prev == "on" and not _RISES.isdisjoint(lows[max(0, k - 6) : k]):
            role = "base"  # "a real increase of 18% on 2023": the change's base year
        elif (prev2 in _COMPARED_WITH or prev in ("than", "versus", "vs", "vs.")) and lows[
            q.j : q.j + 2
        ] != [",", "when"]:  # (but "compared to 2021, when only six met it": 2021's six)
            role = "base"  # "2.41%, compared with 2014", "more than in 2014": what it is set
            # against, not the figure's year
        elif prev in v["deadline"] or prev2 in ("no later", "due in"):
            role = "deadline"
        elif prev in ("from", "starting") or prev2 in ("starting in", "from april", "as of"):
            role = "from"
        elif nxt in ("prices", "price", "dollars", "euros", "constant", "exchange") or prev2 in (
            "at constant",
        ):
            role = "price"
        elif nxt in ("edition", "report", "release", "tables", "figures", "data") or prev == "the":
            role = "edition" if nxt in ("edition", "report", "release") else "in"
        elif prev in _REPORTED_AT or (
            prev == "in" and prev2.split()[:1] and prev2.split()[0] in _REPORTED_AT
        ):
            role = "date"  # "as NATO reported in 2023": the report's year, not the figure's
        elif prev in v["months"]:
            role = "date"
            before_month = lows[k - 2] if k > 1 else ""
            if before_month in v["deadline"]:
                role = "deadline"  # "by April 2027"
            elif before_month in ("from", "starting"):
                role = "from"
        end = q.j
        if nxt in ("/", "-", "–") and q.j + 1 < len(lows) and lows[q.j + 1].isdigit():
            end = q.j + 2  # a fiscal year "2024/25" carries the label of its first year
        out.append(TimeExpr(q.i, end, "year", role, year))
    i = 0
    first = v["time_first"]
    for k in [k for k, w in enumerate(lows) if w in first]:  # where a time can start
        if k < i:
            continue  # inside the time before
        i = k
        hit = v["times"].match_at(lows, i)
        if hit:
            kind = str(hit[1])
            span = TimeExpr(i, i + hit[0], kind)
            prev = lows[i - 1] if i > 0 else ""
            if kind == "that" and prev in v["deadline"]:
                span.role, span.i = "deadline", i - 1
            if today is not None:
                span.year = {"this": today.year, "last": today.year - 1,
                             "next": today.year + 1}.get(kind)  # fmt: skip
            if prev in _REPORTED_AT:
                span.role = "date"  # "NATO estimated last year": when it said so, not the figure's
            elif kind == "last" and (prev in ("on", "over", "than") or " ".join(lows[max(0, i - 2) : i])
                                     in ("compared with", "compared to", "relative to", "up from",
                                         "down from")):  # fmt: skip
                span.role = "base"  # "should grow 15.9% on last year", "2.1%, up from last year":
                # the comparison's base year, not the figure's
            if kind == "period" and (
                prev in ("since", "after", "before") or lows[max(0, i - 2) : i] == ["end", "of"]
            ):
                span.role = "since"  # "its fastest pace since the Cold War ended": no period
            if kind == "wales":
                span.year = WALES_YEAR  # "when the pledge was made": the Wales summit
            if kind == "decade_end" and today is not None:  # "by the end of the decade"
                span.kind, span.year = "year", today.year // 10 * 10 + 10
                if prev in v["deadline"]:
                    span.role, span.i = "deadline", i - 1
            if kind == "event":  # "before Russia's invasion of Ukraine": 2021
                span.kind, span.year = "year", v["events"][tuple(lows[i : i + hit[0]])]
            out.append(span)
            i += hit[0]
            continue
        low = lows[i]
        if (
            low in ("years", "year", "decade", "decades")
            and i + 1 < len(lows)
            and lows[i + 1] == "ago"
        ):
            back = _count_word(lows[i - 1]) if i > 0 else None
            if low.startswith("decade"):
                back = 10 * (back or 1)
            span = TimeExpr(max(0, i - 1), i + 2, "ago")
            if back is not None and today is not None:
                span.year = today.year - int(back)
            out.append(span)
        elif low in v["weekdays"] and i > 0 and lows[i - 1] == "on" and today is not None:
            back = (today.weekday() - v["weekdays"].index(low)) % 7
            out.append(TimeExpr(i - 1, i + 1, "day", "date", day=today - timedelta(days=back)))
        i += 1
    out.sort(key=lambda t: t.i)
    return out


_COMPARED_WITH = frozenset({"compared with", "compared to", "relative to", "than in",
                            "up from", "down from", "as against"})  # fmt: skip


def _since_event(lows: list[str], k: int) -> bool:
    """Is the 'in' at k part of 'since <an event> in <year>' ('since Russia invaded in
    2022', 'since the war began in 2022'), with no figure or break between? (Not after 'the
    first time': 'the first time since the series began in 2014' dates no span of figures.)"""
    for n in range(k - 1, max(-1, k - 6), -1):
        if lows[n] == "since":
            return "first" not in lows[max(0, n - 6) : n]
        if lows[n] in (",", ";", ":") or any(ch.isdigit() for ch in lows[n]):
            return False
    return False


def _count_word(low: str) -> float | None:
    if low in ("a", "one", "an"):
        return 1
    if low.isascii() and low.isdigit():  # "²" and "³" are digits to str, not to float
        return float(low)
    return {k: float(v) for k, v in patterns.load()["number_words"].items()}.get(low)


def subjects(tokens: list[Token], lows: list[str]) -> list[Mention]:
    """Allies, groups and pronouns mentioned, in order; objects of comparisons are marked."""
    v = _vocab()
    out: list[Mention] = []
    bare = [w.removesuffix("'s") for w in lows]
    n = len(lows)
    first, codes = v["first"], v["codes"]
    # the tokens a mention can start at, found in one pass (most tokens start none)
    starts = [
        k
        for k, t in enumerate(tokens)
        if lows[k] in first
        or bare[k] in first
        or t.text in codes
        or (t.text[:1].isupper() and k + 1 < n and lows[k + 1].endswith("'s"))
    ]
    i = 0
    for k in starts:
        if k < i:
            continue  # inside the mention before
        i = k
        t = tokens[i]
        found: Mention | None = None
        hit = v["groups"].match_at(lows, i)
        if hit:
            found = Mention(i, i + hit[0], str(hit[1]), "group")
            if str(hit[1]) == "NATO" and lows[i : i + 2] == ["the", "alliance"] and hit[0] == 2:
                found = _alliance(lows, i)
        elif t.text in v["codes"] or t.text.rstrip("'s").rstrip("’") in v["codes"]:
            found = Mention(i, i + 1, v["codes"][t.text.removesuffix("'s").removesuffix("’s")],
                            "ally")  # fmt: skip
        elif hit := v["names"].match_at(lows, i) or _possessive_name(lows, i, v):
            found = Mention(i, i + hit[0], str(hit[1]), "ally")
        elif t.text[:1].isupper() and lows[i] in v["demonyms"]:
            found = Mention(i, i + 1, v["demonyms"][lows[i]], "demonym")
        elif t.text[:1].isupper() and lows[i].removesuffix("'s") in v["capitals"]:
            nxt = lows[i + 1] if i + 1 < n else ""
            if not (
                i > 0 and lows[i - 1] in ("in", "at", "to", "from", "near", "of")
            ) and nxt not in (
                "research",
                "institute",
                "summit",
                "declaration",
                "talks",
                "conference",
                "university",
                "process",
                "format",
                "treaty",
                "agreement",
                "international",
                "-based",
                "based",
            ):  # "the Stockholm research institute" is not Sweden
                found = Mention(i, i + 1, v["capitals"][lows[i].removesuffix("'s")], "capital")
        elif t.text[:1].isupper() and (hit := v["foreign"].match_at(lows, i)):
            found = Mention(i, i + hit[0], "FOREIGN", "foreign")
        elif hit := v["institutions"].match_at(bare, i):
            found = Mention(i, i + hit[0], str(hit[1]), "institution")
        elif lows[i] in v["first_person"] and not (lows[i] == "us" and t.text == "US"):
            found = Mention(i, i + 1, "WE", "pronoun")
        elif lows[i] in v["third_person"]:
            found = Mention(i, i + 1, "IT", "pronoun")
        if found is None:
            i += 1
            continue
        if "," in found.code:
            found.kind = "allies"
        if (
            found.code == "NATO"
            and found.kind == "group"
            and i > 0
            and (lows[i - 1] in _PARTITIVE or lows[i - 1].isdigit())
            and not _together(lows, found.j)
        ):
            i = found.j  # "some NATO members", "23 NATO allies": allies, not the alliance's total
            continue
        last = lows[found.j - 1]
        found.possessive = last.endswith("'s") or (found.j < n and lows[found.j] in ("'s", "'"))
        found.possessive = found.possessive or last in ("its", "our")
        found.is_object = _is_object(lows, found.i, v) or (
            found.kind == "group" and _whole_of(lows, found.i)
        )
        out.append(found)
        i = found.j
    _objects_in_runs(out, lows)
    return out


# Words that make the allies listed after them the objects of a comparison (not examples:
# "such as Italy and Spain, are below 2%" names the subjects).
_COMPARING = patterns.word_set("comparing_words")


def _objects_in_runs(mentions: list[Mention], lows: list[str]) -> None:
    """'Along with the USA, Poland, Latvia and Estonia, Greece spent ...': every ally listed
    after 'along with' is an object, up to the one after 'and' (Greece is the subject)."""
    ended, compared = False, False
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.is_object and not compared:  # a run opens: after a comparison, not an example
            before = [w for w in lows[max(0, a.i - 3) : a.i] if w != "the"]
            compared = bool(before) and (
                before[-1] in _COMPARING or " ".join(before[-2:]) in _COMPARING
            )
        between = [w for w in lows[a.j : b.i] if w != "the"]
        if not (a.is_object and compared) or b.is_object:
            ended = compared = False
            continue
        if between == [","] and not ended and lows[b.j : b.j + 1] in ([","], ["and"], ["or"]):
            b.is_object = True  # (but "Unlike Germany, Poland took ...": Poland is the subject)
        elif between in (["and"], [",", "and"], ["or"], [",", "or"]) and not ended:
            b.is_object, ended = True, True
        else:
            ended = compared = False


def _together(lows: list[str], j: int) -> bool:
    """'all NATO countries' combined budget', 'NATO members together': their total."""
    return any(w in ("combined", "together", "collectively") for w in lows[j : j + 2])


def _alliance(lows: list[str], i: int) -> Mention | None:
    """'the alliance' is a subject only when it spends; 'in the alliance' is a scope."""
    prev = lows[i - 1] if i > 0 else ""
    if prev in ("in", "of", "within", "across", "joined", "join", "to", "among", "from", "by"):
        return None
    return Mention(i, i + 2, "NATO", "group")


def _possessive_name(lows: list[str], i: int, v) -> tuple[int, str] | None:
    low = lows[i]
    if low.endswith("'s") or low.endswith("'"):
        hit = v["names"].match_at([low.removesuffix("'s").removesuffix("'")], 0)
        if hit:
            return 1, str(hit[1])
    if i + 1 < len(lows):  # "North Macedonia's": the possessive sits on the last word
        for n in (2, 3):
            if i + n <= len(lows) and lows[i + n - 1].endswith("'s"):
                trial = lows[i : i + n - 1] + [lows[i + n - 1].removesuffix("'s")]
                hit = v["names"].match_at(trial, 0)
                if hit and hit[0] == n:
                    return n, str(hit[1])
    return None


def _whole_of(lows: list[str], i: int) -> bool:
    """'two-thirds of allied defence spending': the group is the whole a part is taken of."""
    return (
        i > 1
        and lows[i - 1] == "of"
        and lows[i - 2]
        in (
            "%",
            "thirds",
            "third",
            "half",
            "quarter",
            "fifth",
            "share",
            "two-thirds",
            "three-quarters",
        )
    )


def _is_object(lows: list[str], i: int, v) -> bool:
    prev = lows[i - 1] if i > 0 else ""
    prev2 = " ".join(lows[max(0, i - 2) : i])
    if prev == "the" and i > 1:
        prev, prev2 = lows[i - 2], " ".join(lows[max(0, i - 3) : i - 1])
    if prev in (
        "than",
        "behind",
        "overtaken",
        "overtook",
        "overtaking",
        "like",
        "unlike",
        "beat",
        "beating",
        "surpassed",
        "outspent",
        "outspends",
        "outspend",
        "outspending",
        "outpaces",
        "outpaced",
        "after",
        "including",
        "against",
        "alongside",
        "among",
        "between",
        "besides",
        "leads",
        "led",
        "tops",
        "topped",
        "heads",
        "headed",
    ):  # fmt: skip ("Poland leads the alliance with 4.48%": Poland's)
        return True
    at = i - 2 if lows[i - 1 : i] == ["the"] else i - 1  # where prev sits
    if prev == "by" and at > 0 and lows[at - 1] in v["pressing"]:
        # "pushed by the US, the goal is 5%", "Germany, long criticised by Washington, ...": the
        # agent of a pressing verb (but "topped by the USA, which puts 3.5%": that one's)
        return True
    return prev2 in ("ahead of", "such as", "only to", "second to", "compared to",
                     "compared with", "next to", "as well", "along with", "together with",
                     "alongside")  # fmt: skip


def ally_named(word: str) -> str | None:
    """The ally a one-word name names ('spain' -> 'ESP'), or None."""
    hit = _vocab()["names"].match_at([word], 0)
    return str(hit[1]) if hit else None


def sources(lows: list[str]) -> list[SourceMention]:
    v = _vocab()
    return [SourceMention(i, j, str(name), " ".join(lows[i:j]))
            for i, j, name in v["sources"].find_all(lows) if not _addressed(lows, i)]  # fmt: skip


def _addressed(lows: list[str], i: int) -> bool:
    """'In remarks to the Wilson Center think tank': a body spoken to, not a source."""
    before = lows[max(0, i - 4) : i]
    return "to" in before and "according" not in before


def clause_breaks(lows: list[str]) -> list[int]:
    """Token indexes that end a clause: ';', 'while', 'but', 'although', 'even though'..."""
    out = []
    for k, low in enumerate(lows):
        if low in CLAUSE_BREAKS or (low == "even" and lows[k + 1 : k + 2] == ["though"]):
            out.append(k)
    return out
