"""Article text -> sentences, quotations with their speakers, tokens, candidate claims.

Everything here is matching, not judging: where the sentences are, which spans are quoted
and who said them, and which numbers could be figures about defence spending. Each step is
a single left-to-right scan (no regex with nested overlapping quantifiers), so the time
grows linearly with the text; a "sentence" longer than MAX_SENTENCE characters is cut into
pieces so that no later step sees an unbounded span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from milex.claims import patterns

MAX_SENTENCE = 2_000  # characters; longer runs without a full stop are cut at a space

# One token per match; alternatives are tried in order. Abbreviations like "U.S." stay whole.
_TOKEN = re.compile(
    r"(?P<abbr>(?:[A-Za-z]\.){2,})"
    r"|(?P<cur>US\$|CA?\$|A\$|[$€£])"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:(?:['’]{1,2}|-)[^\W\d_]+)*)"
    r"|(?P<other>\S)"
)
_END = frozenset(".!?")
_CLOSERS = frozenset("\"'”’)]»")
_OPEN_QUOTES = {"“": "”", "«": "»", "„": "“", "‘": "’"}


@dataclass(slots=True)
class Token:
    text: str
    low: str
    start: int  # offset in the article text
    end: int
    kind: str  # "abbr", "cur", "num", "word", "other"


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    tokens: list[Token] = field(default_factory=list)

    @property
    def lows(self) -> list[str]:
        return [t.low for t in self.tokens]


@dataclass(slots=True)
class Quote:
    start: int  # offsets of the quoted text, inside the quote marks
    end: int
    speaker: str | None = None
    role: str = ""  # the words describing the speaker: "Polish MP", "Senator"
    role_tokens: list[str] = field(default_factory=list)


def tokenize(text: str, offset: int = 0, until: frozenset[str] = frozenset()) -> list[Token]:
    """The tokens of `text` (offsets from `offset`), stopping before the first whose text is
    in `until`, if any."""
    out = []
    curly = "’" in text
    for m in _TOKEN.finditer(text):
        raw = m.group()
        if raw in until:
            break
        low = raw.lower().replace("’", "'") if curly else raw.lower()
        if "''" in low:  # "NATO’’s": a doubled apostrophe left by page layout
            low = low.replace("''", "'")
        start, end = m.span()
        out.append(Token(raw, low, offset + start, offset + end, m.lastgroup or "other"))
    return out


def _abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at `dot` the end of an abbreviation or an initial, not of a sentence?"""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if len(word) == 1 and text[start].isupper():  # an initial: "J. Smith"
        return True
    return word in _abbreviations() or "." in word


_ABBREV: frozenset[str] | None = None


def _abbreviations() -> frozenset[str]:
    global _ABBREV
    if _ABBREV is None:
        _ABBREV = frozenset(patterns.load()["abbreviations"])
    return _ABBREV


def _paragraphs(text: str):
    """(start, end) of paragraphs: a blank line, or a line break after a finished line.

    A line that stops mid-sentence (hard-wrapped text) is joined with the next one.
    """
    start, pos, n = 0, 0, len(text)
    while True:
        nl = text.find("\n", pos)
        if nl == -1:
            break
        line = text[pos:nl].rstrip()
        nxt = text.find("\n", nl + 1)
        next_blank = not text[nl + 1 : nxt if nxt != -1 else n].strip()
        if not line or line[-1] in ".!?:\"”'" or len(line) < 60 or next_blank:
            if text[start:nl].strip():
                yield start, nl
            start = nl + 1
        pos = nl + 1
    if text[start:n].strip():
        yield start, n


# A full stop, question or exclamation mark, with any closing quotes or brackets after it.
_STOP = re.compile(r"[.!?]+[\"'”’)\]»]*")


def sentences(text: str) -> list[Sentence]:
    """Split text into sentences (offsets kept), paragraph by paragraph."""
    out: list[Sentence] = []
    for para, (p_start, p_end) in enumerate(_paragraphs(text)):
        start = p_start
        for m in _STOP.finditer(text, p_start, p_end):
            j = m.end()
            if j < p_end and not (text[j].isspace() and _starts_sentence(text, j, p_end)):
                continue
            if (
                text[m.start()] == "."
                and m.end() - m.start() == 1
                and _abbreviation(text, m.start())
            ):
                continue
            _emit(text, start, j, para, out)
            start = j
        _emit(text, start, p_end, para, out)
    return out


def _starts_sentence(text: str, j: int, end: int) -> bool:
    while j < end and text[j].isspace():
        j += 1
    if j >= end:
        return True
    c = text[j]
    return c.isupper() or c.isdigit() or c in "\"“'‘«(" or not c.isalpha()


def _emit(text: str, start: int, end: int, para: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append(Sentence(len(out), start, cut, text[start:cut], para))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end], para))


_QUOTE_MARK = re.compile(r'["“”«»„‘’]')


def quotations(text: str) -> list[Quote]:
    """Quoted spans with the person they are attributed to, when the text names one.

    Quotes pair up within a paragraph: straight ones in order, curly ones by kind. A quote
    nested in another stays inside its parent and is not reported twice; an unclosed one is
    dropped.
    """
    spans: list[tuple[int, int]] = []
    for p_start, p_end in _paragraphs(text):
        open_straight = -1
        open_curly: list[tuple[int, str]] = []
        for m in _QUOTE_MARK.finditer(text, p_start, p_end):
            ch, i = m.group(), m.start()
            if ch in "‘’" and _apostrophe(text, i):
                continue  # "NATO’s", "allies’ spending": not a quotation mark
            if ch == '"':
                if open_straight < 0:
                    open_straight = i + 1
                else:
                    spans.append((open_straight, i))
                    open_straight = -1
            elif open_curly and ch == open_curly[-1][1]:
                begin, _ = open_curly.pop()
                if not open_curly:
                    spans.append((begin, i))
            elif ch in _OPEN_QUOTES:
                open_curly.append((i + 1, _OPEN_QUOTES[ch]))
    spans.sort()
    out: list[Quote] = []
    last_end = -1
    for begin, end in spans:
        if begin < last_end:
            continue
        last_end = end
        quote = Quote(begin, end)
        # an empty or one-character "quote" ('""', stray marks) says nothing anyone said
        out.append(_attribute(text, quote) if end - begin > 1 else quote)
    return out


def _apostrophe(text: str, i: int) -> bool:
    """A ’ between letters or after a plural ('allies’ spending') is an apostrophe."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True
    return (
        text[i] == "’"
        and before == "s"
        and after == " "
        and not text[i + 1 : i + 3].strip(" ")[:1].isupper()
    )


def _attribute(text: str, quote: Quote) -> Quote:
    """Find who is quoted: '"...," said X' / '"...," X said' / 'X said: "..."'."""
    verbs = _speech()["verbs"]
    after = tokenize(text[quote.end + 1 : quote.end + 160], quote.end + 1, until=_CLAUSE_END)
    for k, t in enumerate(after[:14]):
        if t.low in verbs:
            found = _speaker(list(reversed(after[:k]))) or _speaker(after[k + 1 :], forward=True)
            if found:
                return _set(quote, *found)
            if [w.low for w in after[:k]] in (["he"], ["she"]):
                return _named_before(text, quote)  # '"...," he said' of a leader named before
            break
    before = _since_last_stop(text, max(0, quote.start - 160), quote.start - 1)
    for k in range(len(before) - 1, max(len(before) - 6, -1), -1):
        if before[k].low in verbs:
            found = _speaker(list(reversed(before[:k])))
            if found:
                return _set(quote, *found)
            break
    return quote


_CLAUSE_END = frozenset({".", "!", "?", '"', "“", "”", ";"})
_STOPS = frozenset({".", "!", "?", '"', "”"})


def _since_last_stop(text: str, lo: int, hi: int) -> list[Token]:
    """The tokens of text[lo:hi] after the last full stop or quotation mark in it.

    The last stretch before `hi` is tokenized first: tokens after a space in it are those of
    the whole window (no token holds a space), so when a stop is among them the rest of the
    window is not read (a text of many short quotations would otherwise be read many times).
    """
    near = max(lo, hi - 48)
    space = text.find(" ", near, hi) if near > lo else lo
    tokens = tokenize(text[near:hi], near)
    if space >= 0:
        cut = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].text in _STOPS), -1)
        if cut >= 0 and tokens[cut].start >= space:
            return tokens[cut + 1 :]
    if near > lo:
        tokens = tokenize(text[lo:hi], lo)
    cut = max((k for k, t in enumerate(tokens) if t.text in _STOPS), default=-1)
    return tokens[cut + 1 :]


def _named_before(text: str, quote: Quote) -> Quote:
    """The one leader or minister named in the 400 characters before a quote that ends
    '..., he said' (only people whose ally is known: 'we' then means that ally)."""
    people = patterns.load()["subjects"]["people"]
    window = text[max(0, quote.start - 400) : quote.start]
    if not _people().search(window.lower()):
        return quote  # no name in it (a token's lower case is in the text's lower case)
    before = tokenize(window)
    named = {t.low: t.text for t in before if t.text[:1].isupper() and t.low in people}
    # two leaders named before ("Macron met Trump. '...,' he said"): which one is unclear
    return _set(quote, next(iter(named.values())), []) if len(named) == 1 else quote


@cache
def _people() -> re.Pattern:
    """Any leader's or minister's name (patterns.json subjects.people), in lower case."""
    names = patterns.load()["subjects"]["people"]
    return re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))


def _speaker(tokens: list[Token], forward: bool = False):
    """(name, role words) from the words next to a speech verb, nearest word first.

    The name is the capitalised run (particles such as "de" allowed inside), without the
    titles and nationalities in front of it; the other words are the speaker's role.
    """
    vocab = _speech()
    particles = vocab["particles"]
    words: list[Token] = []
    for k, t in enumerate(tokens):
        if t.kind in ("word", "abbr"):
            words.append(t)
        elif t.text == "," and not words and k == 0:
            continue
        else:
            break
    if not forward:
        words.reverse()
    apposition: list[str] = []
    if forward and len(words) < len(tokens) and tokens[len(words)].text == ",":
        for t in tokens[len(words) + 1 :]:
            if t.kind != "word":
                break
            apposition.append(t.low)
    # the trailing capitalised run is the name
    k = len(words)
    while k > 0 and (words[k - 1].text[0].isupper() or words[k - 1].low in particles):
        k -= 1
    name = words[k:]
    titles, demonyms = vocab["titles"], vocab["demonyms"]
    while name and (name[0].low.rstrip(".") in titles or name[0].low in demonyms
                    or name[0].low in particles):  # fmt: skip
        name = name[1:]
    not_names = _not_names()
    role = [t.low for t in words[: len(words) - len(name)]] + apposition
    if not name or any(t.low in not_names for t in name):
        # "the French minister said", "Spain's defence minister admitted": no name, but the
        # role still tells whose 'we' it is
        if any(w in demonyms or w.endswith("'s") for w in role):
            return None, role
        return None
    return " ".join(t.text for t in name), role


@cache
def _speech() -> dict[str, frozenset[str]]:
    """The word lists speaker attribution looks up, as sets, built once (not per quote)."""
    vocab = patterns.load()
    return {
        "verbs": frozenset(vocab["speakers"]["verbs"]),
        "particles": frozenset(vocab["speakers"]["particles"]),
        "titles": frozenset(vocab["speakers"]["titles"]),
        "demonyms": frozenset(vocab["subjects"]["demonyms"]),
    }


_NOT_NAMES: frozenset[str] | None = None


def _not_names() -> frozenset[str]:
    """Capitalised words that are never a person: weekdays, months, places, institutions."""
    global _NOT_NAMES
    if _NOT_NAMES is None:
        vocab = patterns.load()
        from milex.reference.alliance import ALLIES

        words = set(vocab["time"]["weekdays"]) | set(vocab["time"]["months"])
        words |= set(vocab["subjects"]["capitals"]) | {"brussels", "the", "hague", "nato"}
        words |= {a.name.lower() for a in ALLIES} | {"reporters", "parliament"}
        words |= {w for a in ALLIES for alias in a.aliases for w in alias.lower().split()}
        _NOT_NAMES = frozenset(words)
    return _NOT_NAMES


def _set(quote: Quote, name: str | None, role: list[str]) -> Quote:
    quote.speaker = name
    quote.role_tokens = role
    quote.role = " ".join(role)
    return quote
