"""The claim checker's vocabulary (patterns.json): loaded once, checked against a small schema.

Every word list the extractor matches lives in the JSON file, so that adding a hedge, a
currency or a capital city is a data change. `Phrases` matches such lists on token sequences:
whole words, longest phrase first, in time linear in the number of tokens.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from milex.errors import CorruptDataError

PATH = Path(__file__).with_name("patterns.json")

# key -> expected shape: "map" (phrase -> scalar), "list" (of phrases), or a nested dict of these.
SCHEMA: dict = {
    "version": int,
    "number_words": "map",
    "ordinal_words": "map",
    "fraction_words": "map",
    "multiplier_words": "map",
    "scale_words": "map",
    "scale_phrases": "map",  # scales of two words: "thousand million", "mil milhões" (1e9)
    "currency_before": "map",
    "currency_after": "map",
    "currency_codes_upper": "map",  # codes read only in capitals before a figure ("ALL 49.8 bn")
    "currency_allies": "map",
    # the money of a country outside NATO whose spending SIPRI gives in it ("13.8 trillion
    # roubles"): the currency's code -> the country's ISO code
    "currency_countries": "map",
    "shared_currencies": {"*": "list"},
    "currency_clarifiers": "map",
    "canadian_datelines": "list",  # cities whose dateline makes an article's '$' Canadian
    "currency_bracketed": "map",  # "$35.0 billion (U.S.)": the money a bracket after a sum names
    "percent_words": "list",
    "short_forms": "map",  # informal short forms of words -> the word ("yr" -> "year")
    "point_words": "list",
    "hedges": {"*": "list"},
    "hedge_after": "map",
    "hedge_fillers": "list",
    "meeting_verbs": "list",
    "guideline_nouns": "list",
    "count_nouns": "list",
    "eu_in_nato": "list",  # what says EU member states are allies: "23 are also NATO allies"
    "membership_context": "list",
    "not_nato_groups": "list",
    "header_measures": "map",  # words of a list's header -> the measure of its items
    "source_labels": {"*": "list"},  # bare names that label a figure beside another body's
    "cues": {"*": "list"},
    "words": {"*": "list"},
    "ranking": {"*": "list"},
    "subjects": {
        "groups": "map",
        "group_names": "map",
        "demonyms": "map",
        # the people of an ally, one or many ("Canadians", "per Briton"): whose sum per head
        "residents": "map",
        # the people of a group of allies ("Europeans and Canadians"): whose sum per head
        "resident_groups": "map",
        "capitals": "map",
        "institutions": "map",
        "people": "map",  # surnames of leaders and ministers -> the ally they speak for
        "nato_leaders": "map",  # surnames of NATO's secretaries general -> "start..end" of office
        "first_person": "list",
        "third_person": "list",
        "object_markers": "list",
        "object_marker_pairs": "list",
        "scope_words": "list",
        "foreign": "list",
        "flag_codes": "map",  # the two letters of an ally's flag emoji -> its ISO alpha-3 code
        "foreign_flag_codes": "map",  # the two letters of a flag outside NATO -> ISO alpha-3
        "foreign_codes": "map",  # a country outside NATO -> its ISO code, for SIPRI's figures
        "foreign_names": "map",
        # what the press calls an ally instead of its name ("the Federal Republic", "the Grand
        # Duchy"): read only when no "of" follows ("the Federal Republic of Yugoslavia")
        "epithets": "map",
        # a ministry's acronym, read in its own case and only in brackets after the words it
        # stands for ("the defence ministry (MON)")
        "institution_acronyms": "map",
        # allies' names in French ("l'Italie", "Royaume-Uni", "Allemagne")
        "other_language_names": "map",
    },
    "sources": {"*": "list"},
    "speakers": {"*": "list"},
    "time": {"*": "list"},
    "events": "map",
    "since_events": "map",  # "since Wales": the year a span of years starts
    "count_fold_words": "map",  # "a fourfold rise" of a count of allies: the multiple
    # "its average over the past decade": the years an average of yearly figures spans
    "average_spans": "map",
    # a run of years that ends now, said with no number ("for years", "for a decade") -> the
    # fewest years the words can mean: a comparison said over it holds in each of them
    "loose_runs": "map",
    "after_events": "map",  # "(ten years) after Wales": the year a time is counted from
    "policy": {
        "families": {"*": "list"},
        "family_of": "map",
        "summit_family": "map",  # a summit's name -> the family of what it agreed
        "family_ally": "map",
        "figures": {"*": "list"},
        # a pledge whose time is words, not a year ("3% in the next parliament"): those words
        "figure_times": {"*": "list"},
        "selectors": {"*": "list"},
        "unheld": "list",
    },
    "questions": "list",
    "abbreviations": "list",
    "common_words": "list",
}

# the shares of defence spending NATO breaks down (Tables 8a/8b)
BUDGET_SHARES = ("equipment_share", "personnel_share", "infrastructure_share", "other_share")
HEDGES = ("about", "nearly", "barely", "more_than", "at_least", "less_than", "at_most", "exactly")


def _check(node, schema, where: str, problems: list[str]) -> None:
    if schema is int:
        if not isinstance(node, int):
            problems.append(f"{where}: expected an integer")
    elif schema == "list":
        if not isinstance(node, list) or not all(isinstance(x, str) and x for x in node):
            problems.append(f"{where}: expected a list of non-empty strings")
    elif schema == "map":
        if not isinstance(node, dict) or not all(
            isinstance(k, str) and isinstance(v, str | int | float) for k, v in node.items()
        ):
            problems.append(f"{where}: expected an object of phrase -> string or number")
    elif isinstance(schema, dict):
        if not isinstance(node, dict):
            problems.append(f"{where}: expected an object")
            return
        if "*" in schema:
            for key, value in node.items():
                _check(value, schema["*"], f"{where}.{key}", problems)
            return
        for key, sub in schema.items():
            if key not in node:
                problems.append(f"{where}: missing key {key!r}")
            else:
                _check(node[key], sub, f"{where}.{key}", problems)


def validate(data: dict) -> list[str]:
    """Problems with a patterns document (empty when it is well formed)."""
    problems: list[str] = []
    _check(data, SCHEMA, "patterns", problems)
    if not problems:
        unknown = set(data["hedges"]) - set(HEDGES)
        if unknown:
            problems.append(f"patterns.hedges: unknown hedge kinds {sorted(unknown)}")
        for phrase, kind in data["hedge_after"].items():
            if kind not in HEDGES:
                problems.append(f"patterns.hedge_after.{phrase}: unknown hedge {kind!r}")
        for phrase, measure in data["header_measures"].items():
            if measure not in BUDGET_SHARES:
                problems.append(f"patterns.header_measures.{phrase}: unknown measure {measure!r}")
    return problems


@cache
def load(path: str | None = None) -> dict:
    """The vocabulary, validated; a damaged file raises CorruptDataError naming the problems."""
    file = Path(path) if path else PATH
    twice: list[str] = []

    def pairs(items):  # a key written twice would silently keep only its last value
        twice.extend(sorted(k for k, n in Counter(k for k, _v in items).items() if n > 1))
        return dict(items)

    try:
        data = json.loads(file.read_text(encoding="utf-8"), object_pairs_hook=pairs)
    except (OSError, ValueError) as exc:
        raise CorruptDataError(f"cannot read claim patterns {file}: {exc}") from None
    problems = validate(data) + [f"{k!r} is written twice" for k in twice]
    if problems:
        raise CorruptDataError(f"claim patterns {file} are malformed: " + "; ".join(problems))
    return data


# Words are split the way the tokenizer splits article text, so phrases and text line up.
_WORD = re.compile(
    r"(?:[a-z]\.){2,}|us\$|ca?\$|[$€£₺%~+]|\d+(?:[.,]\d+)*|[^\W\d_]+(?:['\-][^\W\d_]+)*|'"
)  # a lone "'" as the tokenizer leaves it after a plural: "allies' combined"


def words(phrase: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(phrase.lower().replace("’", "'")))


_FEW = 3  # phrases sharing a first word, tried one by one


def _telling(key: tuple[str, ...]) -> str:
    """The word of a phrase least likely in any sentence: its longest word that is not a
    common one (load()["common_words"]), else its longest word."""
    common = _common()
    return max(key, key=lambda w: (w not in common, len(w)))


@cache
def _common() -> frozenset[str]:
    return frozenset(load()["common_words"])


class Phrases:
    """A set of phrases (optionally with payloads) matched on lower-cased token lists."""

    def __init__(self, phrases, payload=None):
        items = phrases.items() if isinstance(phrases, dict) else ((p, payload) for p in phrases)
        # first word -> (length, the words after the first, payload), longest phrase first
        self._by_first: dict[str, list[tuple[int, list[str], object]]] = {}
        keys = []
        for phrase, value in items:
            key = words(phrase)
            if key:
                keys.append(key)
                self._by_first.setdefault(key[0], []).append((len(key), list(key[1:]), value))
        # where many phrases share a first word ("the ..."), they are found by the second too
        self._by_two: dict[tuple[str, str], list[tuple[int, list[str], object]]] = {}
        self._single: dict[str, object] = {}
        self._many = frozenset(f for f, group in self._by_first.items() if len(group) > _FEW)
        # One word of each phrase, its least common: a stretch holding none of them holds no
        # phrase (every word of a match is in the stretch), however common the first words
        # ("the", "more", "than") are. None when these are just the first words.
        needed = frozenset(_telling(key) for key in keys)
        self._needed = None if needed == frozenset(self._by_first) else needed
        for first, group in self._by_first.items():
            group.sort(key=lambda entry: -entry[0])
            for n, rest, value in group:
                if n == 1:
                    self._single.setdefault(first, value)
                elif len(group) > _FEW:
                    self._by_two.setdefault((first, rest[0]), []).append((n, rest, value))

    def _lacks(self, stretch: list[str]) -> bool:
        """Does the stretch miss a word every phrase needs, so that no phrase is in it?"""
        return self._needed is not None and self._needed.isdisjoint(stretch)

    @property
    def first_words(self) -> frozenset[str]:
        return frozenset(self._by_first)

    def match_at(self, lows: list[str], i: int) -> tuple[int, object] | None:
        """(length, payload) of the longest phrase starting at token i, or None."""
        first = lows[i]
        group = self._by_first.get(first)
        if group is None:
            return None  # no phrase starts with the word: most calls, answered by one lookup
        if first in self._many:
            second = lows[i + 1] if i + 1 < len(lows) else ""
            for n, rest, value in self._by_two.get((first, second), ()):
                if _follows(lows, i + 1, rest):
                    return n, value
            return (1, self._single[first]) if first in self._single else None
        for n, rest, value in group:
            if n == 1 or _follows(lows, i + 1, rest):
                return n, value
        return None

    def find_all(self, lows: list[str], lo: int = 0, hi: int | None = None):
        """Non-overlapping matches, longest first at each position: (start, end, payload)."""
        hi = len(lows) if hi is None else min(hi, len(lows))
        by_first = self._by_first
        stretch = lows[lo:hi]
        if by_first.keys().isdisjoint(stretch) or self._lacks(stretch):
            return []  # no phrase starts in the stretch: the common case, tested in C
        out, free = [], lo
        # only where a phrase starts is a match tried (this runs on every sentence)
        for i in [k for k, w in enumerate(stretch, lo) if w in by_first]:
            if i < free:
                continue  # inside the match before
            hit = self.match_at(lows, i)
            if hit and i + hit[0] <= hi:
                out.append((i, i + hit[0], hit[1]))
                free = i + hit[0]
        return out

    def any_in(self, lows: list[str], lo: int = 0, hi: int | None = None) -> bool:
        hi = len(lows) if hi is None else min(hi, len(lows))
        lo = max(lo, 0)
        by_first = self._by_first
        if lo >= hi:
            return False
        stretch = lows[lo:hi]
        if by_first.keys().isdisjoint(stretch) or self._lacks(stretch):
            return False
        for i in [k for k, w in enumerate(stretch, lo) if w in by_first]:
            for n, rest, _ in by_first[lows[i]]:
                if i + n <= hi and (n == 1 or _follows(lows, i + 1, rest)):
                    return True
        return False

    def matches(self, lows: list[str]) -> list[tuple[int, int, int, object]]:
        """Every position of `lows` where a phrase starts, in order: (start, end of the shortest
        phrase there, end of the longest, the longest's payload). A sentence's matches,
        found once, answer any_in() and find_all() on each stretch of it (any_within(),
        all_within())."""
        if self._by_first.keys().isdisjoint(lows) or self._lacks(lows):
            return []
        return self.scan(lows)

    def scan(self, lows: list[str]) -> list[tuple[int, int, int, object]]:
        """matches(lows), for lows that hold a first word and a needed word of the phrases
        (Catalog.present() says so): the words are not looked for again."""
        by_first = self._by_first
        out: list[tuple[int, int, int, object]] = []
        for i in [k for k, w in enumerate(lows) if w in by_first]:
            longest = self.match_at(lows, i)
            if longest is not None:  # (the group is longest first)
                shortest = next(n for n, rest, _ in reversed(by_first[lows[i]])
                                if n == 1 or _follows(lows, i + 1, rest))  # fmt: skip
                out.append((i, i + shortest, i + longest[0], longest[1]))
        return out

    def ending_at(self, lows: list[str], end: int, reach: int = 6):
        """The longest phrase ending exactly at token `end` (exclusive): (start, payload)."""
        best = None
        near = lows[max(0, end - reach) : end]
        if self._by_first.keys().isdisjoint(near) or self._lacks(near):
            return None  # no phrase starts in reach: the common case, tested in C
        for start in range(max(0, end - reach), end):
            hit = self.match_at(lows, start)
            if hit and start + hit[0] == end and (best is None or start < best[0]):
                best = (start, hit[1])
        return best


def _follows(lows: list[str], start: int, rest: list[str]) -> bool:
    """lows[start : start + len(rest)] == rest, without the slice (0 <= start)."""
    if start < 0:
        return lows[start : start + len(rest)] == rest
    if start + len(rest) > len(lows):
        return not rest
    for k, word in enumerate(rest):
        if lows[start + k] != word:
            return False
    return True


def any_within(found: list[tuple[int, int, int, object]], lo: int, hi: int) -> bool:
    """Phrases.any_in(lows, lo, hi), from found = matches(lows)."""
    return any(lo <= i and shortest <= hi for i, shortest, _, _ in found)


def all_within(found: list[tuple[int, int, int, object]], lo: int, hi: int) -> list:
    """Phrases.find_all(lows, lo, hi) for 0 <= lo, from found = matches(lows)."""
    out, free = [], lo
    for i, _, end, payload in found:
        if i >= free and end <= hi:
            out.append((i, end, payload))
            free = end
    return out


def index(found: list[tuple[int, int, int, object]]) -> tuple[list[int], list[int]]:
    """The starts of a sentence's matches (in order) and, from each match on, the least end
    of a shortest phrase: any_within() and all_within() of a stretch by bisection, not by a
    scan of every match (a long sentence asks it for each of its many figures)."""
    starts = [m[0] for m in found]
    least = [m[1] for m in found]
    for k in range(len(least) - 2, -1, -1):
        if least[k + 1] < least[k]:
            least[k] = least[k + 1]
    return starts, least


def any_within_indexed(starts: list[int], least: list[int], lo: int, hi: int) -> bool:
    """any_within(found, lo, hi), from (starts, least) = index(found)."""
    at = bisect.bisect_left(starts, lo)
    return at < len(least) and least[at] <= hi


def all_within_indexed(found: list[tuple[int, int, int, object]], starts: list[int], lo: int,
                       hi: int) -> list:  # fmt: skip
    """all_within(found, lo, hi), from starts = index(found)[0]: only the matches starting in
    the stretch can be in it."""
    return all_within(found[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)],
                      lo, hi)  # fmt: skip


class Catalog:
    """Phrase lists tried on a sentence together: one pass over its tokens says which of the
    lists may hold a phrase in it (a bit a list), and only their matches are looked for
    (Phrases.scan(), which does not look for the words again). The others' matches are empty:
    none of their first words, or none of the words each of their phrases needs
    (Phrases._lacks), is in the sentence. The lists are fixed when the catalog is built,
    whatever is asked of it after."""

    def __init__(self, keys: list[tuple[str, ...]]) -> None:
        self.lists: dict[tuple[str, ...], tuple[int, Phrases]] = {}
        # word -> (the lists it is a first word of, the lists it is a needed word of)
        self.words: dict[str, tuple[int, int]] = {}
        self.always = 0  # the lists that need no word besides a first word
        firsts: dict[str, int] = {}
        needs: dict[str, int] = {}
        for k, key in enumerate(keys):
            bit = 1 << k
            found = phrases(*key)
            self.lists[key] = (bit, found)
            for word in found._by_first:
                firsts[word] = firsts.get(word, 0) | bit
            if found._needed is None:
                self.always |= bit
            else:
                for word in found._needed:
                    needs[word] = needs.get(word, 0) | bit
        for word in firsts.keys() | needs.keys():
            self.words[word] = (firsts.get(word, 0), needs.get(word, 0))

    def present(self, lows: list[str]) -> int:
        """The lists (bits) whose matches(lows) may be non-empty: every other's is empty."""
        first, needed = 0, self.always
        words = self.words
        for w in lows:
            hit = words.get(w)
            if hit is not None:
                first |= hit[0]
                needed |= hit[1]
        return first & needed


@cache
def catalog() -> Catalog:
    """The lists a sentence's Context is asked about (clause.Context.has() and find()): every
    list of the cues, ranking and policy families, and four more."""
    data = load()
    keys: list[tuple[str, ...]] = [("cues", name) for name in data["cues"]]
    keys += [("ranking", name) for name in data["ranking"]]
    keys += [("policy", "families", name) for name in data["policy"]["families"]]
    keys += [(name,) for name in ("not_nato_groups", "membership_context", "spending_target")]
    return Catalog(keys)


@cache
def word_set(name: str) -> frozenset[str]:
    """One single-word list of the vocabulary's "words" section, e.g. word_set("personnel")."""
    return frozenset(load()["words"][name])


@cache
def as_set(*path: str) -> frozenset[str]:
    """One list of the vocabulary as a set, built once, e.g. as_set("ranking", "superlatives")."""
    node: Any = load()
    for key in path:
        node = node[key]
    return frozenset(node)


@cache
def phrases(*path: str) -> Phrases:
    """Phrases of one list or map of the vocabulary, e.g. phrases("cues", "gdp")."""
    node: Any = load()
    for key in path:
        node = node[key]
    return Phrases(node, payload=True)
