"""Tokens -> quantities: the numbers of a sentence with their unit, scale, currency and hedge.

"$968bn", "nearly 35 billion dollars", "EUR 1.2 trillion", "2.5 percent", "twenty-three",
"a third", "more than quadrupled", "between 2.1 and 2.3 percent", "32nd". A quantity records
how precisely the text states it (decimals written) so that the verifier can compare at
that precision. Years are recognised here too, so that no year is ever read as a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from milex.claims import patterns
from milex.claims.extract import Token
from milex.claims.model import field_values

MAX_DIGITS = 16  # a longer run of digits is not a figure anyone states
# the marks that may lead a fact box's line before its figure ("► 23: allies at 2%")
_FACT_MARKS: frozenset[str] = patterns.word_set("fact_line_marks")
_DIGIT_GROUPS = re.compile(r"[0-9]+(?:[.,][0-9]+)*")  # as the tokenizer cuts them, ASCII digits
# "4.290,6", "1.234.567,89": thousands by dots with a decimal comma after them
_DOTS_THEN_COMMA: re.Pattern[str] = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+,[0-9]{1,2}")
_THOUSANDS_SPACES: dict[int, None] = dict.fromkeys(map(ord, "\u00a0\u2009\u202f"))


@dataclass(slots=True)
class Quantity:
    i: int  # first token (hedge and currency included)
    j: int  # end token (exclusive)
    ni: int  # the number's own first token
    nj: int  # the number's own end token (exclusive)
    value: float
    high: float | None = None  # upper end of a range
    precision: int = 0  # decimals written
    form: str = "plain"  # percent, money, plain, ordinal, fraction, multiplier, points, year
    currency: str | None = None  # ISO code; "USD?" when "$" could be another dollar
    scale: float = 1.0
    hedge: str | None = None
    hedge_text: str = ""
    in_words: bool = False
    superlative: str | None = None  # "largest" in "second-largest"
    unit_word: str = ""  # the noun right after the number ("allies", "days", ...)

    # written out for mypyc, as Token's (extract.py): every number of a sentence is built here
    def __init__(
        self,
        i: int,
        j: int,
        ni: int,
        nj: int,
        value: float,
        high: float | None = None,
        precision: int = 0,
        form: str = "plain",
        currency: str | None = None,
        scale: float = 1.0,
        hedge: str | None = None,
        hedge_text: str = "",
        in_words: bool = False,
        superlative: str | None = None,
        unit_word: str = "",
    ) -> None:
        self.i = i
        self.j = j
        self.ni = ni
        self.nj = nj
        self.value = value
        self.high = high
        self.precision = precision
        self.form = form
        self.currency = currency
        self.scale = scale
        self.hedge = hedge
        self.hedge_text = hedge_text
        self.in_words = in_words
        self.superlative = superlative
        self.unit_word = unit_word

    def __reduce__(self) -> tuple:  # (see model.field_values)
        return type(self), field_values(self)

    @property
    def amount(self) -> float:
        return self.value * self.scale


@cache
def _vocab():
    p = patterns.load()
    return {
        "numbers": {k: float(v) for k, v in p["number_words"].items() if " " not in k},
        "number_phrases": patterns.Phrases(
            {k: float(v) for k, v in p["number_words"].items() if " " in k}
        ),  # "two dozen", "half a dozen"
        "ordinals": {k: int(v) for k, v in p["ordinal_words"].items()},
        "fractions": patterns.Phrases({k: float(v) for k, v in p["fraction_words"].items()}),
        "multipliers": {k: float(v) for k, v in p["multiplier_words"].items()},
        "scales": {k: float(v) for k, v in p["scale_words"].items()},
        "scale_phrases": patterns.Phrases({k: float(v) for k, v in p["scale_phrases"].items()}),
        "cur_before": patterns.Phrases(p["currency_before"]),
        "cur_after": patterns.Phrases(p["currency_after"]),
        "cur_upper": {str(k): str(c) for k, c in p["currency_codes_upper"].items()},
        "percent": patterns.Phrases(p["percent_words"], True),
        "points": patterns.Phrases(p["point_words"], True),
        "hedges": patterns.Phrases(
            {phrase: kind for kind, items in p["hedges"].items() for phrase in items}
        ),
        "hedge_after": patterns.Phrases(p["hedge_after"]),
        "fillers": frozenset(p["hedge_fillers"]),
        "about_verbs": frozenset(p["words"]["about_as_preposition_after"]),
        "ratio_nouns": frozenset(p["words"]["guideline_nouns_ratio"]),
        "per_mille": patterns.Phrases(p["words"]["per_mille_words"]),
        "per_mille_signs": frozenset(w for w in p["words"]["per_mille_words"] if " " not in w),
        "guideline_nouns": frozenset(p["guideline_nouns"])
        | frozenset(p["words"]["guideline_nouns_ratio"]),
        "decimal_share_cues": frozenset(p["words"]["decimal_share_cues"]),
        "dot_scales": frozenset(p["words"]["thousands_dot_scales"]),
        "people_counted": frozenset(p["words"]["thousands_dot_people"]),
        "scale_abbreviations": frozenset(p["words"]["scale_abbreviations"]),
        "currency_links": frozenset(p["words"]["currency_links"]),
        "clipped_year_leads": frozenset(p["words"]["clipped_year_leads"]),
        "superlatives": frozenset(
            p["ranking"]["superlatives"] + p["ranking"]["bottom_superlatives"]
        ),
        # words a number written in words can start with (hyphenated forms by their head)
        "starts": frozenset(
            {w.split("-")[0] for w in p["number_words"]}
            | {w.split()[0].split("-")[0] for w in p["fraction_words"]}
            | set(p["multiplier_words"])
            | set(p["ordinal_words"])
            | set(p["scale_words"])
            | {"a"}
        ),
    }


@cache
def any_number() -> re.Pattern:
    """Every number the reader reads, in digits (as the tokenizer cuts them: '1,234.5' is
    one) or in words ('twenty-three', 'a third', 'doubled'), to count a text's numbers
    before reading it. A fraction in two words ('two thirds') may count twice."""
    p = patterns.load()
    words = set(p["number_words"]) | set(p["ordinal_words"]) | set(p["multiplier_words"])
    words |= set(p["fraction_words"])
    parts = {part for phrase in words for part in re.split(r"[\s-]+", phrase)} - {"a"}
    alternation = "|".join(sorted(map(re.escape, parts), key=len, reverse=True))
    firsts = "".join(sorted({part[0] for part in parts}))  # a quick test before the words
    return re.compile(
        rf"(?=[\d{firsts}])(?:\d+(?:[.,]\d+)*|\b(?:{alternation})(?:-[^\W\d_]+)*\b)",
        re.IGNORECASE,
    )


@cache
def _decimal_comma() -> re.Pattern:
    units = "|".join(sorted(map(re.escape, patterns.load()["words"]["decimal_comma_units"]),
                            key=len, reverse=True))  # fmt: skip
    return re.compile(rf"(?<![\d.,])\d{{1,3}},\d{{1,2}}\s?(?:{units})(?![^\W\d_])", re.IGNORECASE)


# what every decimal comma has: a quick test before the pattern with its look-behind
_DIGIT_COMMA_DIGIT: re.Pattern[str] = re.compile(r"\d,\d")


def uses_decimal_commas(text: str) -> bool:
    """Does the text write decimals with a comma ('1,28%', '2,5 billion')? Then a dot between
    digits separates thousands ('19.723 million euros' is 19,723 million)."""
    return bool(_DIGIT_COMMA_DIGIT.search(text)) and bool(_decimal_comma().search(text))


_THOUSANDS_DOT = re.compile(r"[1-9][0-9]{0,2}\.[0-9]{3}")
_DOT_IN_TEXT = re.compile(r"(?<![\d.,])[1-9][0-9]{0,2}\.[0-9]{3}(?![\d.,])")


def dot_may_be_thousands(text: str) -> bool:
    """Is a number of the text written with one dot before exactly three digits ('21.270')?"""
    return bool(_DOT_IN_TEXT.search(text))


def _thousands_dot(tokens: list[Token], lows: list[str], q: Quantity, decimal_commas: bool,
                   v) -> bool:  # fmt: skip
    """'19.723 million euros', '31.300 millones': a dot before exactly three digits separates
    thousands in a text that writes decimal commas, and before 'million' in an amount (a
    million written to three decimals is rare; 'billion' is not, and keeps its decimals: 21,270
    billion is no one's budget)."""
    if q.in_words or q.nj != q.ni + 1 or q.form == "percent":
        return False
    if not _THOUSANDS_DOT.fullmatch(tokens[q.ni].text):
        return False
    scale_word = lows[q.nj] if q.nj < len(lows) else ""
    if (
        (decimal_commas and q.scale < 1e9)
        or (q.form == "money" and scale_word in v["dot_scales"])
        or (q.scale == 1 and q.form != "money" and scale_word in v["people_counted"])
    ):  # ("118.250 troops": no one counts people to three decimals)
        q.value, q.precision = float(tokens[q.ni].text.replace(".", "")), 0
        return True
    return False


def parse_digits(text: str) -> tuple[float, int] | None:
    """'1,474,399' -> (1474399, 0); '4.12' -> (4.12, 2); '2,5' (decimal comma) -> (2.5, 1);
    '185 640' (a narrow or no-break space between thousands) -> (185640, 0)."""
    if not text.isascii():
        text = text.translate(_THOUSANDS_SPACES)
    if len(text) > MAX_DIGITS or not _DIGIT_GROUPS.fullmatch(text):
        return None
    groups = text.replace(".", ",").split(",")
    if _DOTS_THEN_COMMA.fullmatch(text):  # "4.290,6": dots between thousands, then a
        whole, _, frac = text.rpartition(",")  # decimal comma (no other writing has both)
        return float(whole.replace(".", "") + "." + frac), len(frac)
    if "." in text:
        whole, _, frac = text.rpartition(".")
        # two dots ("127.0.0.1", "12.03.2024", "1.000.000") are an address, a date or a
        # foreign thousands separator: not a figure read with confidence
        if "." in whole or "," in frac or any(len(g) != 3 for g in whole.split(",")[1:]):
            return None
        return float(whole.replace(",", "") + "." + frac), len(frac)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
        return float(text.replace(",", "")), 0
    if len(groups) == 2 and len(groups[1]) <= 2:
        return float(groups[0] + "." + groups[1]), len(groups[1])
    if len(groups) == 1:
        return float(text), 0
    return None


def _word_number(low: str) -> float | None:
    numbers = _vocab()["numbers"]
    if low in numbers:
        return numbers[low]
    parts = low.split("-")
    if len(parts) == 2 and parts[0] in numbers and parts[1] in numbers:
        tens, units = numbers[parts[0]], numbers[parts[1]]
        if tens >= 20 and tens % 10 == 0 and 0 < units < 10:
            return tens + units
    if len(parts) == 4 and parts[0] in numbers and tuple(parts[1:]) in _PARTS:
        return numbers[parts[0]] + _PARTS[tuple(parts[1:])]  # "three-and-a-half"
    return None


_DIGIT_WORDS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9}  # fmt: skip


def _spoken(lows: list[str], i: int, first: float) -> tuple[int, float, int] | None:
    """A number said in words over several of them (a transcript's 'one point three seven',
    'four point four eight', 'one hundred and forty-nine', 'two hundred'): (end, value,
    decimal places), or None when the word at i stands alone."""
    k, value = i + 1, first
    if lows[k : k + 1] == ["hundred"] and 0 < first < 10:
        value, k = first * 100, k + 1
        at = k + 1 if lows[k : k + 1] == ["and"] else k
        rest = _tens_and_units(lows, at)
        if rest is not None and 0 < rest[1] < 100:
            value, k = value + rest[1], rest[0]
    else:
        pair = _tens_and_units(lows, i)
        if pair is not None and pair[0] == i + 2:  # "twenty three" in two words: 23
            k, value = pair
    if lows[k : k + 1] == ["point"] and value < 100:
        digits = []
        while k + 1 + len(digits) < len(lows) and lows[k + 1 + len(digits)] in _DIGIT_WORDS:
            digits.append(_DIGIT_WORDS[lows[k + 1 + len(digits)]])
        if digits:
            value += sum(d / 10 ** (n + 1) for n, d in enumerate(digits))
            return k + 1 + len(digits), round(value, len(digits)), len(digits)
    return (k, value, 0) if k > i + 1 else None


def _tens_and_units(lows: list[str], i: int) -> tuple[int, float] | None:
    """A number under a hundred said in words at i, its tens and units hyphenated or two
    words apart, as transcripts write them ('ninety-seven', 'ninety seven', 'fourteen'):
    (end, value), or None."""
    first = _word_number(lows[i]) if i < len(lows) else None
    if first is None or not 0 < first < 100 or first != int(first):
        return None
    units = _DIGIT_WORDS.get(lows[i + 1], 0) if i + 1 < len(lows) else 0
    if first >= 20 and first % 10 == 0 and 0 < units < 10 and lows[i + 1] != "oh":
        return i + 2, first + units
    return i + 1, first


def _spoken_year(lows: list[str], i: int) -> tuple[int, int] | None:
    """A year said in words, as a transcript writes it: 'twenty nineteen', 'twenty
    twenty-four', 'two thousand and nineteen' -> (end, year), for 2010-2050 (not 'twenty
    allies', nor 'twenty-three', one word)."""
    if lows[i] == "twenty" and i + 1 < len(lows):
        rest = _word_number(lows[i + 1])
        if rest is not None and 10 <= rest <= 50 and rest == int(rest):
            return i + 2, 2000 + int(rest)
    if lows[i].startswith("twenty-"):  # "twenty-fourteen", "twenty-twenty-four": one word
        tail = _word_number(lows[i][len("twenty-") :])
        if tail is not None and 10 <= tail <= 50 and tail == int(tail):
            return i + 1, 2000 + int(tail)
    if lows[i : i + 2] == ["two", "thousand"]:
        k = i + 2 + (lows[i + 2 : i + 3] == ["and"])
        rest = _word_number(lows[k]) if k < len(lows) else None
        if rest is not None and 1 <= rest <= 50 and rest == int(rest):
            return k + 1, 2000 + int(rest)
    return None


_SPACED_DECIMAL = re.compile(r"[0-9]{3},[0-9]{1,2}")


def _spaced_thousands(tokens: list[Token], lows: list[str], i: int, v) -> int:
    """End of a number written with spaces between its thousands ('2 157 966 637'): groups
    of three digits one space apart, at least two of them or one before a currency or scale
    word (so that '2 157' alone is left as two numbers)."""
    k = i + 1
    while (k < len(tokens) and tokens[k].kind == "num" and len(tokens[k].text) == 3
           and tokens[k].text.isdigit() and tokens[k].start == tokens[k - 1].end + 1):  # fmt: skip
        k += 1
    if (k < len(tokens) and tokens[k].kind == "num" and _SPACED_DECIMAL.fullmatch(tokens[k].text)
            and tokens[k].start == tokens[k - 1].end + 1):  # fmt: skip
        k += 1  # "HUF 1 730,7 billion": the last group with its decimal comma
    groups = k - i - 1
    unit_after = k < len(lows) and (lows[k] in v["scales"] or v["cur_after"].match_at(lows, k))
    if groups > 5:  # more than a quintillion: not an amount anyone spends, so no number
        return i + 1
    return k if groups >= 2 or (groups == 1 and unit_after) else i + 1


def quantities(tokens: list[Token], decimal_commas: bool = False) -> list[Quantity]:
    """Every quantity in a sentence's tokens, left to right, non-overlapping (decimal_commas:
    the text writes decimals with a comma, so a dot separates thousands)."""
    v = _vocab()
    lows, rough = _roughly_said([t.low for t in tokens])
    out: list[Quantity] = []
    starts = v["starts"]
    i = 0
    dotted = False  # a dot read between thousands
    # the tokens a number can start at (what _number_at passes over at once), in one pass
    for k in [k for k, t in enumerate(tokens) if t.kind == "num"
              or (t.kind == "word" and lows[k].partition("-")[0] in starts)]:  # fmt: skip
        if k < i:
            continue  # inside the quantity before
        i = k
        q = _number_at(tokens, lows, i, v)
        if q is None:
            continue
        _and_a_part(lows, q)
        _units(tokens, lows, q, v)
        _range(tokens, lows, q, v, out)
        _currency_before(lows, q, v)
        _currency_code(tokens, q, v)
        _hedge(lows, q, v)
        if q.hedge is None and q.nj - 1 in rough:  # "three point four-ish": about 3.4
            q.hedge, q.hedge_text = "about", tokens[q.nj - 1].text
        dotted = _thousands_dot(tokens, lows, q, decimal_commas, v) or dotted
        out.append(q)
        i = max(q.j, i + 1)
    if dotted and not decimal_commas:  # "118.250 troops this year, against 117.380 last
        for q in out:  # year": a sentence that writes one dot between thousands writes all so
            _thousands_dot(tokens, lows, q, True, v)
    out = [q for q in out if not (q.form == "fraction" and lows[q.i - 1 : q.i] in _POSITIONS)]
    # ("slipped into the lower half of the table": a place, not a figure)
    for q in out:  # "by half a point", "by a quarter of a percentage point": a change in points
        if q.form == "fraction":
            after = lows[q.j : q.j + 4]
            n = next(
                (k for k in (2, 3) if after[:k] in (["a", "point"], ["a", "percentage", "point"])),
                0,
            )
            if n:
                q.form, q.j, q.nj = "points", q.j + n, q.nj + n
    for q in out:  # "half a percent", "a quarter of a per cent": a share in a fraction's words
        if q.form == "fraction":
            _fraction_of_percent(lows, q, v)
    if not v["decimal_share_cues"].isdisjoint(lows):
        for q in out:
            _decimal_share(lows, q, v)
    for q in out:  # "above the 2.0 threshold": a guideline's share written without its unit
        if (q.form == "plain" and q.precision >= 1 and q.value < 15
                and lows[q.ni - 1 : q.ni] == ["the"] and lows[q.nj : q.nj + 1]
                and lows[q.nj] in v["ratio_nouns"]):  # fmt: skip
            q.form = "percent"
    return _shared_percent(lows, _compounds(out))


def _decimal_share(lows: list[str], q: Quantity, v) -> None:
    """A share of GDP written per mille ('33.8‰', '13 per thousand of its GDP') or as a
    decimal fraction ('a burden of 0.0412', '0.02 of GDP'), in a sentence that speaks of GDP,
    output, a burden or a ratio: read as the percentage it is (3.38%, 1.3%, 4.12%, 2%), to the
    decimals its digits give. A fraction is one only below 0.1 (no ally spends under 0.1% of
    GDP), written to three decimals or more, or set right before 'of GDP' or a guideline's
    noun ('the 0.02 benchmark')."""
    if q.form != "plain" or q.in_words or q.currency is not None or q.value <= 0:
        return
    hit = v["per_mille"].match_at(lows, q.j) if q.j < len(lows) else None
    width = 1 if lows[q.j : q.j + 1] and lows[q.j] in v["per_mille_signs"] else 0
    if hit is not None or width:
        if q.value < 100:
            q.precision += 1
            q.value = round(q.value / 10.0, q.precision)
            q.form, q.j = "percent", q.j + (hit[0] if hit is not None else width)
        return
    if q.value >= 0.1:
        return
    after = lows[q.j : q.j + 2]
    if (
        q.precision >= 3
        or after == ["of", "gdp"]
        or (after[:1] and after[0] in v["guideline_nouns"])
    ):
        q.precision = max(0, q.precision - 2)
        q.value = round(q.value * 100.0, q.precision)
        q.form = "percent"


# the words after 'a third', 'a tenth' that make it an ordinal, not a fraction ("a tenth
# consecutive annual rise", "a third straight year", "a fifth successive increase")
_ORDINAL_AFTER: frozenset[str] = frozenset({"consecutive", "straight", "successive", "year",
                                            "annual", "yearly", "time", "place"})  # fmt: skip


def _fraction_of_percent(lows: list[str], q: Quantity, v) -> None:
    """'roughly half a percent', 'a quarter of a per cent': a share of a percent said by a
    fraction whose decimals end ('half' 0.5, 'a quarter' 0.25; not 'a third', 0.333...),
    read as that percentage to its decimals. A fraction is a round figure, so one said with no
    hedge is read as about that much, as 'two thirds' of the allies' spending is."""
    places = next((n for n in (1, 2) if abs(q.value * 10**n - round(q.value * 10**n)) < 1e-9), 0)
    if not places or not 0 < q.value < 1:
        return
    k = q.j + (lows[q.j : q.j + 1] == ["of"])
    if lows[k : k + 1] != ["a"] or k + 1 >= len(lows):
        return
    hit = v["percent"].match_at(lows, k + 1)
    if hit is None:
        return
    q.form, q.precision = "percent", places
    q.j = q.nj = k + 1 + hit[0]
    if q.hedge is None:
        q.hedge = "about"


_POSITIONS = (["lower"], ["upper"], ["top"], ["bottom"], ["first"], ["second"], ["other"])
# what a speaker adds to a number said in words to round it: "three point four-ish", "two-ish"
_ROUGH_SUFFIXES: tuple[str, ...] = tuple(patterns.word_set("rough_number_suffixes"))


def _roughly_said(lows: list[str]) -> tuple[list[str], set[int]]:
    """The tokens with a rounding suffix cut off the number words that carry it ('four-ish'
    read as 'four'), and the indexes of those words (their numbers are hedged 'about')."""
    rough: set[int] = set()
    out = list(lows)
    joined = " ".join(lows)
    if not any(x in joined for x in _ROUGH_SUFFIXES):
        return out, rough  # (no token can end on one: most sentences, tested in C)
    for k, low in enumerate(lows):
        if not low.endswith(_ROUGH_SUFFIXES):
            continue  # (most tokens: one test of all the suffixes)
        cut = next(low[: -len(x)] for x in _ROUGH_SUFFIXES if low.endswith(x))
        if cut and (_word_number(cut) is not None or cut in _DIGIT_WORDS):
            rough.add(k)
            out[k] = cut
    return out, rough


_PARTS: dict[tuple[str, ...], float] = {("and", "a", "half"): 0.5, ("and", "a", "quarter"): 0.25,
          ("and", "three", "quarters"): 0.75, ("and", "a", "third"): 1 / 3,
          ("and", "two", "thirds"): 2 / 3}  # fmt: skip


def _and_a_part(lows: list[str], q: Quantity) -> None:
    """'two and a half percent', 'one and a half trillion dollars': the part is the number's
    ('one and a third', to two decimals: 1.33)."""
    if q.form not in ("plain",) or q.value != int(q.value):
        return
    part = _PARTS.get(tuple(lows[q.j : q.j + 3]))
    if part is not None and lows[q.j + 3 : q.j + 4] != ["of"]:  # (not "France's 801 and a
        # quarter of America's 2,239": a fraction of the figure after it)
        q.precision = max(q.precision, 1 if part == 0.5 else 2)
        q.value = round(q.value + part, q.precision)
        q.j = q.nj = q.j + 3


_LARGEST_SHARED: float = 1000.0  # the largest bare number a later '%' can be the unit of


def _shared_percent(lows: list[str], found: list[Quantity]) -> list[Quantity]:
    """'2.34, 2.10 and 2.36 percent': the unit written once is every listed number's; in a
    sentence of percentages, '(2.47)' after a name is one too."""
    percent = [q for q in found if q.form == "percent"]
    if not percent:
        return found
    for n in range(len(found) - 1, 0, -1):
        q, prev = found[n], found[n - 1]
        between = lows[prev.j : q.ni]
        same = (
            prev.precision == q.precision
            or (  # "4.5 and 4 per cent ... respectively"
                prev.value < 15 and "respectively" in lows[q.j : q.j + 8]
            )
        )
        if (q.form == "percent" and prev.form == "plain" and same
                and prev.value * prev.scale < _LARGEST_SHARED
                and between and all(w in (",", "and", "or") for w in between)):  # fmt: skip
            # (not "will number 28,400, and 18% of the budget": a count, then a share)
            prev.form = "percent"
    for q in found:
        if (q.form == "plain" and q.precision >= 1 and q.value < 15
                and lows[q.i - 1 : q.i] == ["("] and lows[q.j : q.j + 1] == [")"]):  # fmt: skip
            q.form = "percent"
    return found


def _compounds(found: list[Quantity]) -> list[Quantity]:
    """'USD 943 billion 218 million', '1 million 300 thousand': one figure, precise to the
    last part written (943.218 billion, to the million)."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and q.i == prev.j
            and prev.scale > q.scale >= 1e3
            and not q.currency
            and not q.hedge
            and q.form in ("plain", "money")
            and prev.form in ("plain", "money")
            and q.value < prev.scale / q.scale
        ):
            digits = len(str(int(round(prev.scale / q.scale)))) - 1
            prev.value += q.value * q.scale / prev.scale
            prev.precision = digits + q.precision
            prev.j = prev.nj = q.j
            prev.unit_word = q.unit_word
            continue
        out.append(q)
    return out


def _clipped_year(tokens: list[Token], lows: list[str], i: int, v) -> bool:
    """Is the two-digit number at i a year written with an apostrophe for its century ('in
    '22', 'since ’14'): the apostrophe glued to it, after a word that leads a time, and no
    closing quotation mark after it?"""
    if i < 2 or tokens[i - 1].text not in ("'", "’") or tokens[i - 1].end != tokens[i].start:
        return False
    if tokens[i - 2].end == tokens[i - 1].start or lows[i - 2] not in v["clipped_year_leads"]:
        return False
    return not (i + 1 < len(tokens) and tokens[i + 1].text in ("'", "’"))


_CENTURY_TURN: float = 50.0  # "'49" is 1949, "'26" 2026


def _comma_space_decimal(tokens: list[Token], lows: list[str], i: int, v) -> float | None:
    """'1, 72 percent', '2, 03 %': a share written with a decimal comma and a space after it,
    read as one figure (1.72) only in that unambiguous shape: one digit, a comma right after
    it, one space, two digits, then a percent word, and no number listed before it ('1, 2, 72
    percent' is a list). Any other spacing stays two numbers."""
    if i + 3 >= len(tokens) or not v["percent"].match_at(lows, i + 3):
        return None
    first, comma, second = tokens[i], tokens[i + 1], tokens[i + 2]
    if not (len(first.text) == 1 and first.text.isdigit() and comma.text == ","
            and comma.start == first.end and second.kind == "num" and len(second.text) == 2
            and second.text.isdigit() and second.start == comma.end + 1):  # fmt: skip
        return None
    if i >= 2 and tokens[i - 1].text == "," and tokens[i - 2].kind == "num":
        return None
    if i >= 1 and tokens[i - 1].kind == "num":
        return None
    return float(first.text + "." + second.text)


def _number_at(tokens: list[Token], lows: list[str], i: int, v) -> Quantity | None:
    t, low = tokens[i], lows[i]
    if t.kind == "word" and low.partition("-")[0] not in v["starts"]:
        return None
    if t.kind == "num":
        parsed = parse_digits(t.text)
        if parsed is None:
            return None
        value, precision = parsed
        end = _spaced_thousands(tokens, lows, i, v) if precision == 0 and value < 1000 else i + 1
        for k in range(i + 1, end):  # "2 157 966 637 euros": thousands set off by spaces
            whole, _comma, decimals = tokens[k].text.partition(",")
            value = value * 1000 + int(whole)
            if decimals:  # ("1 730,7": a decimal comma after spaced thousands)
                value, precision = value + int(decimals) / 10 ** len(decimals), len(decimals)
        spaced = _comma_space_decimal(tokens, lows, i, v) if end == i + 1 else None
        if spaced is not None:  # "1, 72 percent": one share, its decimal comma set off
            return Quantity(i, i + 3, i, i + 3, spaced, precision=2)
        q = Quantity(i, end, i, end, value, precision=precision)
        if end > i + 1:
            return q
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        glued = i + 1 < len(tokens) and tokens[i + 1].start == t.end
        if glued and nxt in ("st", "nd", "rd", "th"):
            q.form, q.j, q.nj = "ordinal", i + 2, i + 2
            return q
        suffix, _, tail = nxt.partition("-")
        if glued and suffix in ("st", "nd", "rd", "th") and tail in v["superlatives"]:
            q.form, q.j, q.nj = "ordinal", i + 2, i + 2  # "the world's 14th-largest spender"
            q.superlative = tail
            return q
        if glued and nxt == "s" and precision == 0 and value % 10 == 0:
            q.form, q.j, q.nj = "decade", i + 2, i + 2  # "the 2010s": a decade, not a year
            return q
        if precision == 0 and 1900 <= value <= 2100 and len(t.text) == 4:
            q.form = "year"
        elif precision == 0 and len(t.text) == 2 and _clipped_year(tokens, lows, i, v):
            q.form = "year"  # "2.29% in '22": the year with its century cut off
            q.value = value + (2000.0 if value < _CENTURY_TURN else 1900.0)
        return q
    if t.kind != "word":
        return None
    hit = v["number_phrases"].match_at(lows, i)
    if hit:  # "two dozen", "half a dozen": round counts, read as about that many
        hedge = "about" if "dozen" in lows[i : i + hit[0]] else None
        return Quantity(i, i + hit[0], i, i + hit[0], hit[1], hedge=hedge, in_words=True)
    hit = v["fractions"].match_at(lows, i)
    if hit and lows[i + hit[0] : i + hit[0] + 1] != [] and lows[i + hit[0]] in _ORDINAL_AFTER:
        hit = None  # "a tenth consecutive annual rise", "a third straight year": an ordinal
    if hit:
        return Quantity(i, i + hit[0], i, i + hit[0], hit[1], form="fraction", in_words=True)
    if low in v["multipliers"]:
        return Quantity(i, i + 1, i, i + 1, v["multipliers"][low], form="multiplier",
                        in_words=True)  # fmt: skip
    said_year = _spoken_year(lows, i)
    if said_year is not None:  # "twenty nineteen", "two thousand and nineteen"
        end, year = said_year
        return Quantity(i, end, i, end, float(year), form="year", in_words=True)
    word_value = _word_number(low)
    if word_value is not None:
        spoken = _spoken(lows, i, word_value)
        if spoken is not None:  # "one point three seven", "one hundred and forty-nine"
            end, value, places = spoken
            return Quantity(i, end, i, end, value, precision=places, in_words=True)
        return Quantity(i, i + 1, i, i + 1, word_value, in_words=True)
    head, _, tail = low.partition("-")
    head_value = _word_number(head) if tail else None
    hyphened = _spoken(low.split("-"), 0, head_value) if head_value is not None else None
    if hyphened is not None and hyphened[0] == low.count("-") + 1 and hyphened[2]:
        # "one-point-two-eight": a decimal said in words, hyphenated into one word
        return Quantity(i, i + 1, i, i + 1, hyphened[1], precision=hyphened[2], in_words=True)
    if head_value is not None and v["percent"].match_at([tail], 0):
        # "the two-per-cent target", "a three-percent rise": the number and its unit in one word
        return Quantity(i, i + 1, i, i + 1, head_value, form="percent", in_words=True)
    if head in v["ordinals"] and (not tail or tail in v["superlatives"]):
        q = Quantity(i, i + 1, i, i + 1, float(v["ordinals"][head]), form="ordinal",
                     in_words=True)  # fmt: skip
        q.superlative = tail or None
        return q
    if money := _scale_currency(low, v):
        # "a trillion-euro package": one unit of the scale, in that currency
        scale, currency, form = money
        return Quantity(i, i + 1, i, i + 1, 1.0, form=form, scale=scale, currency=currency,
                        in_words=True)  # fmt: skip
    if low == "a" and i + 1 < len(lows) and lows[i + 1] in v["scales"]:
        nxt = lows[i + 2] if i + 2 < len(lows) else ""
        if v["cur_after"].match_at(lows, i + 2) if nxt else False:
            return Quantity(i, i + 1, i, i + 1, 1.0, in_words=True)
    return None


_PEOPLE = (["people"], ["inhabitants"], ["residents"], ["citizens"], ["troops"], ["soldiers"],
           ["personnel"], ["refugees"], ["voters"])  # fmt: skip


def _scale_currency(low: str, v) -> tuple[float, str, str] | None:
    """'billion-euro' -> (1e9, 'EUR', 'money'), else None."""
    head, _, tail = low.partition("-")
    hit = v["cur_after"].match_at([tail], 0) if head in v["scales"] and tail else None
    return (v["scales"][head], str(hit[1]), "money") if hit else None


def _units(tokens: list[Token], lows: list[str], q: Quantity, v) -> None:
    """Extend a number with what follows it: scale, percent sign, currency word, noun."""
    k, n = q.j, len(lows)
    if (
        q.form == "year"
        and k < n
        and (
            lows[k] in ("dollars", "dollar", "euros", "euro", "prices")
            or lows[k : k + 2] in (["us", "dollars"], ["us", "dollar"])
        )
    ):
        return  # "in constant 2021 dollars", "2015 US dollars": a price base, not an amount
        if q.form == "fraction" and k < n and lows[k] in ("of",):
            q.unit_word = "of"
        return
    if k + 1 < n and lows[k] == "-" and lows[k + 1] in v["scales"] and len(lows[k + 1]) > 1:
        k += 1  # "a $98-billion effort"
    elif k + 1 < n and lows[k] == "-" and (money := _scale_currency(lows[k + 1], v)):
        # "a 150-billion-euro fund": the scale and the currency in one word
        q.scale, q.currency, q.form = money
        q.j = k + 2
        return
    elif k < n and "-" in lows[k] and (money := _scale_currency(lows[k], v)):
        q.scale, q.currency, q.form = money  # "a 50 billion-kroner fund"
        q.j = k + 1
        return
    two = v["scale_phrases"].match_at(lows, k) if k < n else None
    if two is not None or (
        k < n
        and lows[k] in v["scales"]
        and (tokens[k].start == tokens[k - 1].end or lows[k] not in ("m", "b", "k"))
    ):
        if two is not None:  # "4,6 thousand million dollars", "6,75 mil milhões"
            q.scale, k = float(two[1]), k + int(two[0])
        else:
            q.scale, k = v["scales"][lows[k]], k + 1
        gloss = (v["scale_phrases"].match_at(lows, k + 1)
                 if lows[k : k + 1] == ["("] and k + 1 < n else None)  # fmt: skip
        if gloss is not None and lows[k + 1 + int(gloss[0]) : k + 2 + int(gloss[0])] == [")"]:
            k += 2 + int(gloss[0])  # "6,75 mil milhões (thousand million) euros": the scale
            # glossed in brackets, then the currency
        if q.scale >= 1e6 and lows[k : k + 1] not in _PEOPLE:
            q.form = "money"  # (but "a nation of 2.9 million people" counts people)
        # the currency after a scale's abbreviation or a preposition: "90,6 Mrd. Euro",
        # "64,3 milliards de dollars", "32 miliardi di euro"
        # (the abbreviation's dot is the figure's when the sentence goes on: "3 Mrd. short of")
        dot = k + 1 < n and lows[k] == "." and lows[k - 1] in v["scale_abbreviations"]
        if (
            k + 1 < n
            and (dot or lows[k] in v["currency_links"])
            and v["cur_after"].match_at(lows, k + 1)
        ):
            k += 1
        elif dot and tokens[k + 1].kind == "word" and tokens[k + 1].text[:1].islower():
            k += 1
    if k + 1 < n and lows[k] == "-" and v["percent"].match_at(lows, k + 1):
        k += 1  # "the 4-percent line"
    elif (
        k + 1 < n
        and lows[k] == ":"
        and q.i == (1 if lows[0] in _FACT_MARKS else 0)
        and q.scale == 1.0
        and v["percent"].match_at(lows, k + 1)
    ):
        k += 1  # "1.27: per cent of GDP NATO expects Canada to spend": a fact box's line led
        # by its figure, its unit after the colon
    hit = v["points"].match_at(lows, k) if k < n else None
    if hit and q.scale == 1.0:
        q.form, k = "points", k + hit[0]
    else:
        hit = v["percent"].match_at(lows, k) if k < n else None
        if hit and q.scale == 1.0:
            q.form, k = "percent", k + hit[0]
    hit = v["cur_after"].match_at(lows, k) if k < n and q.form != "percent" else None
    if hit:
        q.currency, q.form, k = str(hit[1]), "money", k + hit[0]
    if q.form == "year" and k > q.j:
        q.form = "plain"
    q.j = k
    if k < n and tokens[k].kind == "word":
        q.unit_word = lows[k]
    elif k < n and lows[k] == "-" and k + 1 < n:
        q.unit_word = lows[k + 1]


def _range(tokens: list[Token], lows: list[str], q: Quantity, v, out: list[Quantity]) -> None:
    """'between 2.1 and 2.3 percent', '2.1-2.3%': one quantity with a high end."""
    n = len(lows)
    k = q.j
    if q.form not in ("plain", "money", "percent") or k + 1 >= n:
        return
    joiner = lows[k]
    between = q.i > 0 and lows[q.i - 1] == "between"
    if (q.form == "percent" and joiner == "to" and q.i > 0
            and lows[q.i - 1] in ("around", "about", "roughly", "approximately", "some", "at")):  # fmt: skip
        joiner, between = "to", False  # "at around 1.2% to 1.3%": a range, not a change
        if k + 1 < n and tokens[k + 1].kind == "num":
            parsed = parse_digits(tokens[k + 1].text)
            high = (
                Quantity(k + 1, k + 2, k + 1, k + 2, parsed[0], precision=parsed[1])
                if parsed
                else None
            )
            if high is not None and parsed is not None and parsed[0] > q.value:
                _units(tokens, lows, high, v)
                if high.form == "percent":
                    q.high, q.precision = parsed[0], max(q.precision, parsed[1])
                    q.j, q.hedge, q.hedge_text = high.j, "range", "to"
        return
    if not ((joiner == "and" and between) or (joiner in ("-", "–") and tokens[k].start == tokens[k - 1].end)
            or (joiner == "to" and not (q.i > 0 and lows[q.i - 1] == "from")
                and q.form == "plain")):  # fmt: skip
        return
    if tokens[k + 1].kind != "num":
        return
    parsed = parse_digits(tokens[k + 1].text)
    if parsed is None or parsed[0] < q.value:
        return
    high = Quantity(k + 1, k + 2, k + 1, k + 2, parsed[0], precision=parsed[1])
    _units(tokens, lows, high, v)
    if high.form not in ("percent", "money") and q.form == "plain":
        return
    q.high = parsed[0]
    q.precision = max(q.precision, parsed[1])
    if q.form == "plain":
        q.form, q.scale, q.currency = high.form, high.scale, high.currency
    q.j, q.unit_word = high.j, high.unit_word
    q.hedge, q.hedge_text = "range", "between" if between else joiner
    if between:
        q.i -= 1


def _currency_before(lows: list[str], q: Quantity, v) -> None:
    if q.form in ("ordinal", "year", "percent", "points") or q.i == 0:
        return
    hit = v["cur_before"].ending_at(lows, q.i, reach=2)
    if hit:
        q.currency = str(hit[1])
        q.form = "money"
        q.i = hit[0]


def _currency_code(tokens: list[Token], q: Quantity, v) -> None:
    """A currency code written in capitals right before a sum ('ALL 49.8 billion', 'BGN 4.2
    billion'): read as written, as its lower case is a word ('all 32 allies')."""
    if q.currency is not None or q.form in ("ordinal", "year", "percent", "points") or q.i == 0:
        return
    code = v["cur_upper"].get(tokens[q.i - 1].text)
    if code is not None and q.scale >= 1e6:
        q.currency = code
        q.form = "money"
        q.i -= 1


_RAISING = patterns.word_set("raising_verbs")


# 'signed up to the 2% guideline', 'lived up to its 2% pledge', 'crept up to 1.7%': a phrasal
# verb's 'up to'; and the verbs of a change, up to where it got ('edged up to', 'rose to as
# much as')
# ("was back up to 1.9%": 'back up to' is a return to a level, not a ceiling)
_PHRASAL_UP = frozenset({"sign", "signs", "signed", "signing", "live", "lives", "lived", "living",
                         "measure", "measures", "measured", "step", "stepped", "own", "owned",
                         "edge", "edges", "creep", "creeps", "crept", "creeping", "inch", "inched",
                         "inches", "move", "moved", "moves", "go", "went", "goes", "shot", "crawl",
                         "crawled", "back"})  # fmt: skip
_CHANGING = frozenset(patterns.load()["cues"]["change"])


def _raised_up_to(lows: list[str], start: int, k: int) -> bool:
    """'to take defence spending up to 2.5%': 'up to' after a verb of raising or changing is
    where the figure got to, not a ceiling (nor after 'signed': 'signed up to the 2% goal');
    so too 'rose to as much as 2.3%'."""
    said = lows[start:k]
    if said == ["as", "much", "as"]:
        return lows[start - 1 : start] == ["to"] and bool(
            _CHANGING & set(lows[max(0, start - 4) : start])
        )
    if said != ["up", "to"]:
        return False
    before = lows[start - 1] if start else ""
    return (
        bool(_RAISING & set(lows[max(0, start - 5) : start]))
        or before in _PHRASAL_UP
        or (before in _CHANGING)
    )


_NOUN_BEFORE = frozenset({"the", "a", "an", "its", "their", "in", "of", "to"})
# a gap's unit right before "more than" or "below": the figure after is the one the gap is
# measured from, stated as it is, not a bound ("0.5 points above the 1.66% of 2023")
_GAP_UNITS: frozenset[str] = patterns.word_set("gap_units")
_BOUNDS: frozenset[str] = frozenset({"more_than", "less_than"})


def _dated_referent(lows: list[str], start: int, q: Quantity) -> bool:
    """Is the figure after a bound ('more than', 'below') a definite one dated right after it
    ('barely more than the 3.37% of 2024', 'just above the 1.9% of last year'): the level
    something else is compared with, stated as it is, not a bound on the figure?"""
    if "the" not in lows[start : q.i]:
        return False
    after = lows[q.j : q.j + 3]
    if after[:1] not in (["of"], ["in"]):
        return _dated_relative(lows[q.j : q.j + 8])
    return _year_word(after[1:2]) or (
        after[1:3] in (["last", "year"], ["the", "year"], ["a", "year"])
    )


def _year_word(words: list[str]) -> bool:
    return any(w.isdigit() and len(w) == 4 and w[:2] in ("19", "20") for w in words)


# the words that open a relative clause after a definite figure ('the 3.71% it spent in 2014',
# 'the 1.2% that the country managed last year')
_RELATIVES: frozenset[str] = patterns.word_set("referent_relatives")


def _dated_relative(after: list[str]) -> bool:
    """'below the 3.71% it spent in 2014': the figure is followed by a relative clause (its
    owner, a verb) dated by a year or 'last year': a level of that year, set beside another,
    not a bound on the figure."""
    k = 0
    while k < 3 and k < len(after) and after[k] in _RELATIVES:
        k += 1
    if k == 0 or k >= len(after) or not after[k].isalpha():
        return False
    k += 1  # the verb: "spent", "managed", "reached"
    if after[k : k + 2] == ["on", "defence"] or after[k : k + 2] == ["on", "defense"]:
        k += 2
    rest = after[k : k + 2]
    return (rest[:1] == ["in"] and _year_word(rest[1:2])) or rest == ["last", "year"]


def _asked_about(lows: list[str], start: int, k: int, v) -> bool:
    """Is the hedge at start 'about' as the preposition of a verb of asking or speaking, with
    a determiner before the figure ('asked about the 1.37% figure', 'spoke about the 2%')?"""
    return (
        lows[start] == "about"
        and start > 0
        and lows[start - 1] in v["about_verbs"]
        and lows[start + 1 : k] in (["the"], ["that"], ["this"])
    )


def _hedge(lows: list[str], q: Quantity, v) -> None:
    """The hedge right before a quantity ("more than", "about"), fillers allowed between."""
    if q.hedge == "range":
        return
    k = q.i
    steps = 0
    while steps < 3:
        hit = v["hedges"].ending_at(lows, k, reach=4)
        if hit and lows[hit[0]] == "top" and hit[0] > 0 and lows[hit[0] - 1] in _NOUN_BEFORE:
            break  # "the top 5%": a noun, not "allies top 5%"
        if hit and str(hit[1]) in _BOUNDS and hit[0] > 0 and lows[hit[0] - 1] in _GAP_UNITS:
            break  # "half a point more than the 1.66% of 2023": a gap to a stated figure
        if hit and str(hit[1]) in _BOUNDS and _dated_referent(lows, hit[0], q):
            break  # "barely more than the 3.37% of 2024": the figure compared with, as stated
        if hit and _asked_about(lows, hit[0], q.i, v):
            break  # "asked about the 1.37% figure": what the question is on, no hedge
        if hit and not _raised_up_to(lows, hit[0], k):
            start, kind = hit
            q.hedge, q.hedge_text, q.i = str(kind), " ".join(lows[start:k]), start
            if (
                kind == "exactly"
                and q.hedge_text in ("exactly", "precisely")
                and q.form == "percent"
            ):
                q.precision = max(q.precision, 2)  # "exactly 2%": 2.00, at two decimals
            break
        if k > 0 and lows[k - 1] in v["fillers"]:
            k -= 1
            steps += 1
            continue
        break
    k = q.j
    if lows[k : k + 2] == ["of", "gdp"]:  # "2% of GDP or more"
        k += 2
    if k < len(lows) and q.hedge is None:
        after = v["hedge_after"].match_at(lows, k)
        if after:
            q.hedge, q.hedge_text = str(after[1]), " ".join(lows[k : k + after[0]])
            if k == q.j:
                q.j += after[0]
