"""The words around the numbers: subjects (allies, groups, pronouns) and sources (the times
are read in timewords.py).

Matching only: each finder returns spans over a sentence's tokens; interpret.py decides
which of them a number belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from milex.claims import patterns
from milex.claims.extract import Token
from milex.claims.model import field_values

_PARTITIVE = frozenset(
    "some several many most few other these those certain two three four five six seven eight "
    "nine ten eleven twelve only just all".split()
)
CLAUSE_BREAKS = frozenset({";", "while", "whereas", "but", "although", "though", "however"})


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

    # written out for mypyc, as Token's (extract.py)
    def __init__(
        self,
        i: int,
        j: int,
        code: str,
        kind: str,
        possessive: bool = False,
        is_object: bool = False,
    ) -> None:
        self.i = i
        self.j = j
        self.code = code
        self.kind = kind
        self.possessive = possessive
        self.is_object = is_object

    def __reduce__(self) -> tuple:  # (see model.field_values)
        return type(self), field_values(self)


@dataclass(slots=True)
class SourceMention:
    i: int
    j: int
    source: str  # "NATO", "SIPRI", "other"
    text: str

    # written out for mypyc, as Token's (extract.py)
    def __init__(
        self,
        i: int,
        j: int,
        source: str,
        text: str,
    ) -> None:
        self.i = i
        self.j = j
        self.source = source
        self.text = text

    def __reduce__(self) -> tuple:  # (see model.field_values)
        return type(self), field_values(self)


_CODES: dict[str, str] = {"US": "USA", "U.S.": "USA", "USA": "USA", "U.S.A.": "USA", "UK": "GBR",
                          "U.K.": "GBR"}  # fmt: skip


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
    for spelling, code in subjects["other_language_names"].items():
        names.setdefault(spelling, code)  # ("l'Italie (2,01 %)", "Royaume-Uni")
    for spelling, code in subjects["epithets"].items():
        names.setdefault(spelling, code)  # ("the Grand Duchy"; not "... of Tuscany", below)
    # ("European allies and Canada's spending": a joint group's possessive is the group's;
    # not "the alliance's second-largest army", whose owner is not the alliance)
    groups = patterns.Phrases({**subjects["groups"], **{
        f"{phrase}'s": code for phrase, code in subjects["groups"].items()
        if (" and " in phrase or " plus " in phrase) and not phrase.endswith("'s")}})  # fmt: skip
    institutions = patterns.Phrases(subjects["institutions"])
    names_phrases = patterns.Phrases(names)
    foreign = patterns.Phrases(subjects["foreign"], "FOREIGN")
    first = ({"world", "the", "that", "global"} | groups.first_words | foreign.first_words | institutions.first_words | names_phrases.first_words
             | set(subjects["demonyms"]) | set(subjects["capitals"]) | set(subjects["seats"])
             | set(subjects["first_person"]) | set(subjects["third_person"])
             | set(_peoples(subjects)))  # fmt: skip
    acronyms = {str(k): str(c) for k, c in subjects["institution_acronyms"].items()}
    return {
        "first": frozenset(first),
        "names": names_phrases,
        "epithets": frozenset(subjects["epithets"]),
        "acronyms": acronyms,
        "codes": _CODES,
        # what a mention may open on as written: a code, an acronym or half of a flag
        "text_starts": frozenset(_CODES) | frozenset(acronyms) | _INDICATORS,
        "groups": groups,
        "flags": {str(k): str(c) for k, c in subjects["flag_codes"].items()},
        "foreign_flags": {str(k): str(c) for k, c in subjects["foreign_flag_codes"].items()},
        "foreign_codes": {str(k): str(c) for k, c in subjects["foreign_codes"].items()},
        "us_left_out": patterns.Phrases(p["cues"]["us_left_out"]),
        "group_joiners": frozenset(p["words"]["group_joiners"]),
        "currency_names": frozenset(p["words"]["currency_name_nouns"]),
        "example_leads": frozenset(p["words"]["example_leads"]),
        "example_openers": frozenset(p["words"]["example_figure_openers"]),
        "foreign": foreign,
        "demonyms": subjects["demonyms"],
        "peoples": _peoples(subjects),
        "capitals": subjects["capitals"],
        "seated_in": frozenset(subjects["seated_in"]),
        "seats": subjects["seats"],
        "institutions": institutions,
        "first_person": frozenset(subjects["first_person"]),
        "restating_that": frozenset(p["words"]["restating_that_verbs"]),
        "programmes": patterns.Phrases(p["words"]["programme_names"]),
        "name_titles": frozenset(p["words"]["name_titles"]),
        "third_person": frozenset(subjects["third_person"]),
        "objects": frozenset(subjects["object_markers"]),
        "object_pairs": frozenset(subjects["object_marker_pairs"]),
        "scope_superlatives": frozenset(p["words"]["scope_superlatives"]),
        "scope_pronouns": frozenset(p["words"]["scope_superlative_pronouns"]),
        # the words a region's name may open on before its last ('western', 'central and')
        "region_openers": frozenset(
            w for phrase in p["ranking"]["subregion_scope"] for w in phrase.split()[:-1]
        ),
        "objects_after": frozenset(subjects["object_markers_after"]),
        "guideline_nouns": frozenset(p["guideline_nouns"]),
        "pressing": frozenset(p["words"]["pressing_participles"]),
        "labels": {w: name for name, words in p["source_labels"].items() for w in words},
        "label_links": frozenset(p["words"]["source_label_links"]),
        "label_nouns": frozenset(p["words"]["source_label_nouns"]),
        "tag_after": frozenset(p["words"]["source_tag_after"]),
        "sources": patterns.Phrases(  # (each name also as a possessive: "the EDA's figures")
            {
                form: name
                for name, phrases in p["sources"].items()
                for phrase in phrases
                for form in (phrase, phrase + "'s")
            }  # fmt: skip
        ),
    }


def subjects(tokens: list[Token], lows: list[str]) -> list[Mention]:
    """Allies, groups and pronouns mentioned, in order; objects of comparisons are marked."""
    v = _vocab()
    out: list[Mention] = []
    bare = [w.removesuffix("'s") for w in lows]
    # "Europe + Canada", "Europe & Canada": a group's parts joined by a sign, as by "and"
    joiners: frozenset[str] = v["group_joiners"]
    joined = lows if joiners.isdisjoint(lows) else ["and" if w in joiners else w for w in lows]
    n = len(lows)
    first, acronyms = v["first"], v["acronyms"]
    text_starts: frozenset[str] = v["text_starts"]
    # the tokens a mention can start at, found in one pass (most tokens start none)
    starts = [
        k
        for k, t in enumerate(tokens)
        if lows[k] in first
        or bare[k] in first
        or t.text in text_starts
        or (k + 1 < n and lows[k + 1].endswith("'s") and t.text[:1].isupper())
    ]
    # (typed, so that the compiled build calls their match_at() directly)
    groups: patterns.Phrases = v["groups"]
    names: patterns.Phrases = v["names"]
    foreign: patterns.Phrases = v["foreign"]
    institutions: patterns.Phrases = v["institutions"]
    i = 0
    for k in starts:
        if k < i:
            continue  # inside the mention before
        i = k
        t = tokens[i]
        found: Mention | None = None
        hit = groups.match_at(joined, i)
        if hit is None or int(hit[0]) < _REGION_WORDS:
            hit = _region_label(lows, i) or hit
        if (
            hit
            and lows[i] in v["example_leads"]
            and lows[i + hit[0] : i + hit[0] + 1]
            and (lows[i + hit[0]] in v["example_openers"])
        ):  # "than any ally, including the United States at 3.38%": an example given with
            # its own figure, not the alliance with the US in it ("including the US, 2.71%")
            i += 1
            continue
        if hit and str(hit[1]).startswith("SIPRI:") and _ranked_within(lows, i + int(hit[0]), v):
            i += int(hit[0])  # "the Middle East's biggest spender, at $80.3 billion": where
            continue  # the country ranks, not the region's own figure
        if hit:
            found = Mention(i, i + hit[0], str(hit[1]), "group")
            if str(hit[1]) == "NATO_EC" and _relative_after(lows, found.j):
                lead = v["us_left_out"].match_at(lows, i)
                if lead is not None:  # "without the United States, which spends 3.38%": the
                    # US, whose figure the relative clause gives (not the alliance without it)
                    found = Mention(i + int(lead[0]), found.j, "USA", "ally")
            if str(hit[1]) == "NATO" and lows[i : i + 2] == ["the", "alliance"] and hit[0] == 2:
                found = _alliance(lows, i)
        elif (letters := flag_letters(lows, i)) and _flag_item(tokens, i):
            # "🇵🇱 4.48%", ", 🇨🇳 $314bn": a country's flag opening an item of a list, a figure
            # after it, names that country as its name would (not "the 🇵🇱 squad won 4-0")
            end = i + 3 if i + 2 < n and tokens[i + 2].text == letters else i + 2  # ("🇬🇷 GR")
            if letters in v["flags"]:
                found = Mention(i, end, v["flags"][letters], "ally")
            elif letters in v["foreign_flags"]:
                found = Mention(i, end, "FOREIGN", "foreign")
        elif lows[i] in _WORLD_STARTS and (size := _world_as_subject(tokens, lows, i)):
            found = Mention(i, i + size, "SIPRI:WORLD", "group")
        elif t.text in v["codes"] or t.text.rstrip("'s").rstrip("’") in v["codes"]:
            found = Mention(i, i + 1, v["codes"][t.text.removesuffix("'s").removesuffix("’s")],
                            "ally")  # fmt: skip
        elif hit := names.match_at(lows, i) or _possessive_name(lows, i, v):
            if " ".join(lows[i : i + int(hit[0])]) in v["epithets"] and lows[
                i + int(hit[0]) : i + int(hit[0]) + 1
            ] == ["of"]:
                i += int(hit[0])  # "the Federal Republic of Yugoslavia": another state, not
                continue  # the ally the epithet alone names
            found = Mention(i, i + hit[0], str(hit[1]), "ally")
        elif t.text[:1].isupper() and lows[i] in v["demonyms"]:
            found = Mention(i, i + 1, v["demonyms"][lows[i]], "demonym")
        elif (
            t.text[:1].isupper()
            and lows[i] in v["peoples"]
            and (
                lows[i - 1 : i] == ["the"]
                or _people_at_level(lows, i)
                or _people_opening(lows, i)
                or _people_bracketed(lows, i)
            )
        ):
            found = Mention(i, i + 1, v["peoples"][lows[i]], "demonym")  # "The Danes are at
            # 2.37%": the country (not "58% of Danes back ...", a people polled)
        elif t.text[:1].isupper() and lows[i].removesuffix("'s") in v["capitals"]:
            nxt = lows[i + 1] if i + 1 < n else ""
            placed = i > 0 and lows[i - 1] in ("in", "at", "to", "from", "near", "of")
            if placed and lows[i - 1] == "in" and i > 1 and lows[i - 2] in v["seated_in"]:
                placed = False  # "the government in Stockholm", "officials in Rome": Sweden's
            if placed and i == 1 and lows[0] == "in" and nxt == ",":
                placed = False  # "In Ottawa, 1.37% is the number to beat": a capital that
                # frames the whole sentence stands for its government, as "in Canada" would
            if not placed and nxt not in (
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
        elif (t.text[:1].isupper() and lows[i] in v["seats"]
              and (i > 1 and lows[i - 1] == "in" and lows[i - 2] in v["seated_in"]
                   or "itself" in lows[i + 1 : i + 4])):  # fmt: skip
            # "officials in Vilnius", "Vilnius set itself a goal": a capital named for its
            # government only there (alone, "Vilnius" is the summit and its pledge)
            found = Mention(i, i + 1, v["seats"][lows[i]], "capital")
        elif t.text[:1].isupper() and (hit := foreign.match_at(lows, i)):
            found = Mention(i, i + hit[0], "FOREIGN", "foreign")
        elif hit := institutions.match_at(bare, i):
            found = Mention(i, i + hit[0], str(hit[1]), "institution")
        elif t.text in acronyms and lows[i - 1 : i] == ["("] and lows[i + 1 : i + 2] == [")"]:
            found = Mention(i, i + 1, acronyms[t.text], "institution")  # "the defence
            # ministry (MON)": the ministry glossed by its acronym, of one ally
        elif lows[i] in v["first_person"] and not (lows[i] == "us" and t.text == "US"):
            found = Mention(i, i + 1, "WE", "pronoun")
        elif lows[i] in v["third_person"] or _restating_that(lows, i, v):
            found = Mention(i, i + 1, "IT", "pronoun")  # (and "In money terms that is EUR
            # 124.7 billion": the figure before restated, of the same subject)
        if found is None:
            i += 1
            continue
        named_in = v["programmes"].ending_at(lows, found.j, reach=4)
        if named_in is not None and int(named_in[0]) < found.i:
            i = found.j  # "ReArm Europe: close to EUR 800 billion": a programme's name, not
            continue  # the place as a subject of the figures
        if found.kind == "ally" and _titled(tokens, found.i, v):
            i = found.j  # "after Prime Minister Montenegro's government ...": a title before
            continue  # the name makes it a person's (Luís Montenegro), not the ally's
        if (
            found.kind in ("ally", "demonym")
            and lows[found.j : found.j + 1]
            and (lows[found.j] in v["currency_names"])
        ):
            i = found.j  # "in current US dollars", "in Canadian dollars": a currency's name,
            continue  # not the country as a subject
        if "," in found.code:
            found.kind = "allies"
        if (
            found.code == "USA"
            and not _relative_after(lows, found.j)  # ("without the Americans, who spend
            # 3.38%": the US, whose figure the relative clause gives)
            and (lead := _us_left_out(lows, found.i, v)) is not None
        ):
            found = Mention(lead, found.j, "NATO_EC", "group")  # "Take out the Americans, and
            # the figure falls to 2.27%": the alliance without them, however they are named
        if (
            found.code == "NATO"
            and found.kind == "group"
            and lows[i - 1 : i] in (["which"], ["that"])
            and lows[found.j : found.j + 1]
            and lows[found.j] in _ESTIMATING
        ):
            i = found.j  # "the European allies' average, which the alliance puts at 2.02%":
            continue  # the estimator of the figure, whose subject is the relative's antecedent
        if (
            found.code == "NATO"
            and found.kind == "group"
            and i > 0
            and (
                lows[i - 1] in _PARTITIVE
                or lows[i - 1].isdigit()
                and not (_a_year(lows, i - 1) and not _estimator(lows, found.j))
            )
            and not _together(lows, found.j)
        ):
            i = found.j  # "some NATO members", "23 NATO allies": allies, not the alliance's total
            # (but "In 2025 the alliance as a whole spent 2.76%": a year before it, no count)
            continue
        if (
            found.code == "NATO"
            and found.kind == "group"
            and found.j < n
            and lows[found.j] in v["guideline_nouns"]
            and not lows[found.j - 1].endswith(("'s", "\u2019s"))
        ):
            i = found.j  # "meeting the alliance target, up from 1.47%": a noun naming whose
            continue  # target it is, not a subject of the figures around it
        if found.code == "NATO" and out and _restricted_before(out[-1], lows, found.i):
            i = found.j  # "Excluding the United States, the alliance spends 2.02%": the
            continue  # alliance restricted, Europe and Canada, one subject (not NATO as well)
        last = lows[found.j - 1]
        found.possessive = last.endswith("'s") or (found.j < n and lows[found.j] in ("'s", "'"))
        found.possessive = found.possessive or last in ("its", "our")
        found.is_object = (
            _is_object(lows, found.i, v)
            or (
                found.kind == "group"
                and (
                    _whole_of(lows, found.i)
                    or _superlatives_scope(lows, found.i, v)
                    or _led_region(lows, found.i, v)
                )
            )
            or (found.j < n and lows[found.j] in v["objects_after"])
        )  # ("spending in Europe, Russia included, rose 17%": a part of the subject named)
        out.append(found)
        i = found.j
    out = _flags_by_names(out, lows)
    _objects_in_runs(out, lows)
    _objects_in_appositions(out, lows)
    return out


def _titled(tokens: list[Token], i: int, v) -> bool:
    """Does a person's title, capitalised as one, come before the name at i, right before it
    or before a given name or two ('Prime Minister Montenegro', 'Prime Minister Luís
    Montenegro', 'President Georgia ...')? The name is then a person's."""
    if not tokens[i].text[:1].isupper():
        return False
    for k in range(i - 1, max(i - 4, -1), -1):
        before = tokens[k].text
        if not before[:1].isupper():
            return False
        if before.lower().rstrip(".") in v["name_titles"]:
            return True
    return False


def _restating_that(lows: list[str], i: int, v) -> bool:
    """'That is EUR 124.7 billion', 'In money terms that amounts to ...': 'that' opening a
    sentence (first, or after a fronted 'in ... terms') before a verb of restating, pointing
    back to the figure of the sentence before as 'it' would (not '...; that is 0.97%', which
    restates a figure of its own sentence, whose subject is the sentence's)."""
    if lows[i] != "that" or lows[i + 1 : i + 2] == [] or lows[i + 1] not in v["restating_that"]:
        return False
    if i == 0:
        return True
    return lows[0] == "in" and lows[i - 1] == "terms" and i <= 4  # ("In money terms that is")


def is_indicator(text: str) -> bool:
    """Is the token one regional indicator symbol, half of a flag emoji?"""
    return text in _INDICATORS


def flag_letters(words: list[str], k: int) -> str:
    """The two letters of the flag emoji (two regional indicator symbols) opening at word k
    ('🇵🇱' -> 'PL'), else ''."""
    pair = words[k : k + 2]
    if len(pair) != 2 or not (is_indicator(pair[0]) and is_indicator(pair[1])):
        return ""
    return "".join(chr(ord(c) - _INDICATOR_A + ord("A")) for c in pair)


def _flag_item(tokens: list[Token], k: int) -> bool:
    """Does the flag at token k open an item of a list (the line's or the sentence's start,
    after a bullet, a comma, a semicolon, a colon or a bar) with its figure right after it,
    perhaps past the country's short code ('🇺🇸 $997bn', '• 🇧🇪 1.30%', '🇹🇷 TR 2.85%')?"""
    if k > 0 and tokens[k - 1].text not in _FLAG_ITEM_OPENERS:
        return False
    after = k + 2
    if after + 1 < len(tokens) and tokens[after].text.isupper() and len(tokens[after].text) <= 3:
        after += 1  # ("🇬🇷 GR +33%")
    return after < len(tokens) and (
        tokens[after].kind in ("num", "cur") or tokens[after].text in _FIGURE_SIGNS
    )


_FLAG_ITEM_OPENERS: frozenset[str] = frozenset(
    {",", ";", ":", "|", ".", "!", "-", "–", "—", "•", "·", "*", "→", "(", "and"}
)
_FIGURE_SIGNS: frozenset[str] = frozenset({"+", "-", "−", "~", "≈"})


def _flags_by_names(mentions: list[Mention], lows: list[str]) -> list[Mention]:
    """The mentions without the flags of countries the sentence names in words too ('🇬🇧 UK
    $81.8bn', 'Croatia 🇭🇷 at 1.91%', 'Germany: 1.36% 🇩🇪'): a flag beside its country's name
    adorns it, and one country named twice is named once."""
    flags = [m for m in mentions if m.j - m.i in (2, 3) and flag_letters(lows, m.i)]
    if not flags:
        return mentions
    v = _vocab()
    worded = {_country_of(m, lows, v) for m in mentions if m not in flags}
    out: list[Mention] = []
    for m in mentions:
        if m in flags and _country_of(m, lows, v) in worded:
            continue
        out.append(m)
    return out


def _country_of(m: Mention, lows: list[str], v) -> str:
    """The ISO code of the country a mention names, by flag or by name ('' for a group)."""
    if m.kind in ("ally", "demonym", "capital"):
        return m.code
    if m.kind != "foreign":
        return ""
    letters = flag_letters(lows, m.i) if m.j - m.i in (2, 3) else ""
    if letters:
        return str(v["foreign_flags"].get(letters, ""))
    words = " ".join(lows[m.i : m.j]).removesuffix("'s")
    return str(v["foreign_codes"].get(words, ""))


_INDICATOR_A: int = 0x1F1E6  # REGIONAL INDICATOR SYMBOL LETTER A
_INDICATORS: frozenset[str] = frozenset(chr(_INDICATOR_A + n) for n in range(26))  # A to Z


_APPOSITION_STOPS: frozenset[str] = frozenset({";", ":", "(", ")", "–", "—", "and", "or", "%"})
_JOINERS: frozenset[str] = frozenset({"and", "or"})
# the words opening an aside that names the parts of the group or ally before it ("Europe,
# including Russia and Ukraine, ...")
_PART_ASIDES: frozenset[str] = patterns.word_set("part_aside_openers")
_PART_STOPS: frozenset[str] = frozenset({";", ":", "(", ")", "–", "—", "%"})


def _objects_in_appositions(mentions: list[Mention], lows: list[str]) -> None:
    """'Greece, long at the top with the US, spends 3.08%': an ally named inside a phrase set
    off by commas right after the ally that opens the clause describes that ally and is no
    subject of what follows (not a list: 'Greece, Italy, Spain', whose stretch opens with a
    name, nor a stretch holding a figure or another clause's joiner)."""
    starts = {m.i for m in mentions}
    for k, a in enumerate(mentions):
        if lows[a.j : a.j + 1] != [","]:
            continue
        parts = lows[a.j + 1 : a.j + 2] != [] and lows[a.j + 1] in _PART_ASIDES
        if a.kind not in ("ally", "capital", "demonym") and not (a.kind == "group" and parts):
            continue  # ("Europe, including Russia and Ukraine, spent $693bn": the region's
            # parts, named in an aside after it, own none of its figures)
        close = next((c for c in range(a.j + 1, min(len(lows), a.j + 12)) if lows[c] == ","), -1)
        inside = lows[a.j + 1 : close]
        if parts and close > 0 and not any(w[:1].isdigit() or w in _PART_STOPS for w in inside):
            for b in mentions[k + 1 :]:
                if b.i >= close:
                    break
                if b.kind in ("ally", "group", "capital", "demonym", "allies", "foreign"):
                    b.is_object = True
            continue
        if (
            close < 0
            or a.j + 1 in starts
            or close + 1 >= len(lows)
            or close + 1 in starts
            or not lows[close + 1].isalpha()
            or any(
                (w in _APPOSITION_STOPS and not (inside[:1] in (["a"], ["an"]) and w in _JOINERS))
                or w[:1].isdigit()
                for w in inside
            )  # fmt: skip
        ):  # (a stretch opening on 'a' is a description, never a list's items: "Türkiye, a
            # mediator between Kyiv and Moscow, ...")
            continue
        for b in mentions[k + 1 :]:
            if b.i >= close:
                break
            if b.kind in ("ally", "group", "capital", "demonym", "allies", "foreign"):
                b.is_object = True  # (not 'its' in "Italy, though its share is low, ...", nor
                # Moscow in "Türkiye, a mediator between Kyiv and Moscow, will spend 2.33%")


_WORLD_SPENDER = patterns.word_set("world_as_spender")
_WORLDS: frozenset[str] = frozenset({"world's", "world’s"})
_WORLD_STARTS: frozenset[str] = _WORLDS | {"world", "the", "global"}
_MONEY_SIGNS: frozenset[str] = frozenset(patterns.load()["currency_before"])
_LABEL_MARKS = frozenset({":", "-", "–", "—"})


def _restricted_before(before: Mention, lows: list[str], i: int) -> bool:
    """Is the mention just before, right before i or a comma before it, the alliance without
    the United States ('excluding the US', 'strip out the United States'), which the group
    named at i ('the alliance', 'the allies') restricts rather than adds to?"""
    return (
        before.code == "NATO_EC"
        and not _US_WORDS.isdisjoint(lows[before.i : before.j])
        and lows[before.j : i] in ([], [","])
    )


# verbs of a body that gives a figure ("which the alliance puts at 2.02%")
_ESTIMATING: frozenset[str] = (
    patterns.word_set("putting_verbs") | patterns.word_set("estimating_verbs")
) - {"has", "had"}

_US_WORDS: frozenset[str] = frozenset({"us", "u.s.", "united"})
_ESTIMATOR_VERBS: frozenset[str] = patterns.word_set("body_adverb_verbs") | patterns.word_set(
    "body_counting_verbs"
)  # (not 'put': "In 2025 the alliance as a whole put 2.76% into defence" is what it spent)


_RELATIVES: tuple[list[str], ...] = ([",", "who"], [",", "which"], [",", "whose"],
                                     [",", "that"])  # fmt: skip


def _relative_after(lows: list[str], j: int) -> bool:
    """Does a relative clause set off by a comma follow the name ending at j ('..., which
    spends 3.38%')? It says something of the name itself."""
    return lows[j : j + 2] in _RELATIVES


def _us_left_out(lows: list[str], i: int, v) -> int | None:
    """Where the words leaving out the United States named at i start ('take out the
    Americans', 'without Washington', 'excluding America'), else None."""
    end = i - 1 if lows[i - 1 : i] == ["the"] else i
    left_out: patterns.Phrases = v["us_left_out"]
    hit = left_out.ending_at(lows, end, reach=3)
    return None if hit is None else int(hit[0])


def _world_as_subject(tokens: list[Token], lows: list[str], i: int) -> int:
    """The world as the spender, SIPRI's world total (the length of the mention, else 0): a
    list's label ('- World: $2.72 trillion'), the subject of spending ('the world spent
    $2.7 trillion') or the owner of an amount ("the world's $2.7 trillion"); never 'the
    world's largest spender' nor 'in the world'."""
    k = i + 1 if lows[i] == "the" else i
    nxt = lows[k + 1] if k + 1 < len(lows) else ""
    if k < len(lows) and lows[k] in _WORLDS and nxt in _MONEY_SIGNS:
        return k + 1 - i  # "37% of the world's $2,718bn": the world's own total
    if k >= len(lows) or lows[k] not in ("world", "global"):
        return 0
    size = k + 1 - i
    if nxt in ("total", "totals") and k + 2 < len(lows):
        nxt, size = lows[k + 2], size + 1  # "World total: $2.72 trillion", "Global total –"
    elif lows[k] == "global":
        return 0  # ("global spending": the words of a sum, not its label)
    first = all(w in _LABEL_MARKS or not any(c.isalnum() for c in w) for w in lows[:i])
    if first and tokens[k].text[:1].isupper() and nxt in _LABEL_MARKS:
        return size  # "- World: $2.72 trillion", "World – $2.72tn", "World total: ..."
    if lows[k] == "global" or size > k + 1 - i:
        return 0
    if nxt in _WORLD_SPENDER and (i == 0 or lows[i - 1] not in ("in", "of", "around", "across")):
        return k + 1 - i  # "the world spent $2.44 trillion"
    return 0


# Words that make the allies listed after them the objects of a comparison (not examples:
# "such as Italy and Spain, are below 2%" names the subjects).
_COMPARING = patterns.word_set("comparing_words")
_SUBJECT_VERBS: frozenset[str] = patterns.word_set("clause_subject_verbs")
_FOCUS: frozenset[str] = patterns.word_set("comparison_focus_adverbs")


def _objects_in_runs(mentions: list[Mention], lows: list[str]) -> None:
    """'Along with the USA, Poland, Latvia and Estonia, Greece spent ...': every ally listed
    after 'along with' is an object, up to the one after 'and' (Greece is the subject)."""
    ended, compared = False, False
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.is_object and not compared:  # a run opens: after a comparison, not an example
            before = [w for w in lows[max(0, a.i - 4) : a.i] if w != "the" and w not in _FOCUS]
            compared = bool(before) and (
                before[-1] in _COMPARING or " ".join(before[-2:]) in _COMPARING
            )
        between = [w for w in lows[a.j : b.i] if w != "the"]
        if not (a.is_object and compared) or b.is_object:
            ended = compared = False
            continue
        if lows[b.j : b.j + 1] and lows[b.j] in _SUBJECT_VERBS:
            ended = compared = False  # ("just behind France, and South Korea was 11th": the
            continue  # subject of a clause of its own)
        if between == [","] and not ended and lows[b.j : b.j + 1] in ([","], ["and"], ["or"]):
            b.is_object = True  # (but "Unlike Germany, Poland took ...": Poland is the subject)
        elif between in (["and"], [",", "and"], ["or"], [",", "or"]) and not ended:
            b.is_object, ended = True, True
        else:
            ended = compared = False


def _together(lows: list[str], j: int) -> bool:
    """'all NATO countries' combined budget', 'NATO members together': their total."""
    return any(w in ("combined", "together", "collectively") for w in lows[j : j + 2])


_YEAR_LEADS: frozenset[str] = frozenset({"in", "since", "by", "for", "during", "until"})


def _a_year(lows: list[str], k: int) -> bool:
    """Is the number at k a year after its preposition ('In 2025 the alliance ...'), not a
    count ('23 NATO allies')?"""
    return (
        len(lows[k]) == 4 and 1900 <= int(lows[k]) <= 2100 and k > 0 and lows[k - 1] in _YEAR_LEADS
    )


def _estimator(lows: list[str], j: int) -> bool:
    """Is the name ending at j the subject of a verb of estimating, maybe after an adverb ('For
    2024 the alliance now counts 2.0%'): the body giving the figure, not its subject?"""
    k = j + (lows[j : j + 1] != [] and lows[j] in _BODY_ADVERBS)
    return lows[k : k + 1] != [] and lows[k] in _ESTIMATOR_VERBS


def _alliance(lows: list[str], i: int) -> Mention | None:
    """'the alliance' is a subject only when it spends; 'in the alliance' is a scope."""
    prev = lows[i - 1] if i > 0 else ""
    if prev in ("in", "of", "within", "across", "joined", "join", "to", "among", "from", "by"):
        return None
    return Mention(i, i + 2, "NATO", "group")


def _ranked_within(lows: list[str], j: int, v) -> bool:
    """Does a region's name in the possessive end right before a superlative ('the Middle
    East's biggest spender', "Western Europe's second-largest"): the scope of a rank?"""
    if j >= len(lows) or not lows[j - 1].endswith("'s"):
        return False
    word = lows[j].split("-")[-1]
    return word in v["scope_superlatives"] or word in ("top", "leading")


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


# SIPRI's subregions of Europe, which prose names loosely ('in western Europe, Germany ...'):
# read as SIPRI's totals only as a row's label
_EUROPE_SUBREGIONS: dict[tuple[str, str], str] = {
    ("western", "europe"): "SIPRI:WESTERN_EUROPE",
    ("central", "europe"): "SIPRI:CENTRAL_EUROPE",
    ("eastern", "europe"): "SIPRI:EASTERN_EUROPE",
}
_REGION_WORDS: int = 2
_ROW_OPENERS: frozenset[str] = frozenset({";", ":", "|", "•", "·", "-", "–", "—", "*"})
_LABEL_ENDS: frozenset[str] = frozenset({":", "(", "$", "us$", "€", "£", "|", "-", "–", "—"})


def _region_label(lows: list[str], i: int) -> tuple[int, object] | None:
    """(2, the region's code) for one of SIPRI's subregions of Europe named as a row's label,
    opening its line or item and followed by a colon, a bracket, a dash or its figure
    ('Western Europe: $397 billion', '...; Central Europe $75 billion'); else None."""
    code = _EUROPE_SUBREGIONS.get((lows[i], lows[i + 1] if i + 1 < len(lows) else ""))
    if code is None or (i > 0 and lows[i - 1] not in _ROW_OPENERS):
        return None
    nxt = lows[i + 2] if i + 2 < len(lows) else ""
    if nxt not in _LABEL_ENDS and not nxt[:1].isdigit():
        return None
    return _REGION_WORDS, code


_OUTDONE = frozenset({"overtaken", "surpassed", "outspent", "beaten", "passed", "outpaced",
                      "eclipsed", "outstripped", "outranked", "overhauled"})  # fmt: skip


def _superlatives_scope(lows: list[str], i: int, v) -> bool:
    """Is the group at i where a superlative holds ('the fastest growth in military spending
    in Europe'), not whose figure it is? (An ally there is: 'the fastest growth came in
    Poland'.)"""
    at = i - 1
    while at > 0 and lows[at] in v["region_openers"]:
        at -= 1  # ("in western Europe", "in the central and eastern Europe")
    return (
        at > 0
        and lows[at] in ("in", "across", "within")
        and (
            # (the last part of a compound too: "the fourth-largest in Europe")
            not v["scope_superlatives"].isdisjoint(
                w.split("-")[-1] for w in lows[max(0, at - 6) : at]
            )
            # ("$88.5 billion, the most in western Europe": the superlative as a pronoun)
            or (at > 1 and lows[at - 2] == "the" and lows[at - 1] in v["scope_pronouns"])
        )
    )


def _led_region(lows: list[str], i: int, v) -> bool:
    """Is the group at i a part of Europe an ally is said to lead, its name opening on words
    of the part ('Germany led central and western Europe with $88.5 billion'): what the ally
    leads, not whose figure it is?"""
    at = i - 1
    while at > 0 and lows[at] in v["region_openers"]:
        at -= 1
    return at < i - 1 and lows[at] in v["objects"]


_CLAUSE_OPENERS: frozenset[str] = frozenset({",", ";", ":", "and", "|"})
_PEOPLE_LINKS: frozenset[str] = patterns.word_set("people_level_links")


def _people_at_level(lows: list[str], i: int) -> bool:
    """A headline's people with no article, opening its clause and set at a level right after
    ('Czechs on 2.0%, Slovaks 2.04%'): the country, as 'the Czechs' is."""
    if i > 0 and lows[i - 1] not in _CLAUSE_OPENERS:
        return False
    k = i + 1
    if k < len(lows) and lows[k] in _PEOPLE_LINKS:
        k += 1
    if k + 1 >= len(lows) or lows[k + 1] not in ("%", "percent"):
        return False
    whole = lows[k].split(".")[0]
    return whole.isdigit() and int(whole) < _MOST_SHARE  # (not "Danes 58% in favour": a poll)


_MOST_SHARE: int = 10  # no ally has spent 10% of GDP: a people 'at' more is polled, not a country


def _people_opening(lows: list[str], i: int) -> bool:
    """A headline's people with no article opening the line or a clause after a colon, a
    semicolon or a word of contrast, then a verb of what the country does ('Czechs double
    down: spending up 55pc', 'Poles spend 4.1% of GDP', 'Less visible: Danes now put 3.2%',
    'while Brits trail on 2.6%'): the country; not a people's view ('Czechs back a 3% goal',
    'Danes say ...') nor a poll in the line."""
    if i != 0 and lows[i - 1] not in _PEOPLE_CLAUSE_OPENERS:
        return False
    if len(lows) < i + 3 or lows[i + 1] in _PEOPLE_VIEWS or lows[i + 1] in _PEOPLE_NOT_VERBS:
        return False
    return _POLL_WORDS.isdisjoint(lows)


# what may open the clause a people heads ("Less visible: Danes now put ...", "while Brits
# trail on 2.6%"; not ',' or 'and', which go on a list: "Danes, Swedes and Finns back ...")
_PEOPLE_CLAUSE_OPENERS: frozenset[str] = frozenset({";", ":", "|", "but", "while", "whereas",
                                                    "—", "–"})  # fmt: skip


def _people_bracketed(lows: list[str], i: int) -> bool:
    """A people with its figure in brackets right after ('leaving Brits ($110bn) and the French
    ($80bn) trailing', 'Czechs (2.0%)'): the country, as 'the Czechs' is; not a poll in the
    line ('highest among Danes (58%)': a share of the people, over any ally's share of GDP)."""
    if lows[i + 1 : i + 2] != ["("] or i + 2 >= len(lows) or not _POLL_WORDS.isdisjoint(lows):
        return False
    k = i + 2
    if lows[k] in _BRACKET_MONEY:
        return k + 1 < len(lows) and lows[k + 1][:1].isdigit()
    if lows[k + 1 : k + 2] not in (["%"], ["percent"]):
        return False
    whole = lows[k].split(".")[0]
    return whole.isdigit() and int(whole) < _MOST_SHARE


_BRACKET_MONEY: frozenset[str] = frozenset({"$", "€", "£", "us$", "usd", "eur", "gbp"})


_PEOPLE_VIEWS: frozenset[str] = patterns.word_set("people_view_verbs")
_POLL_WORDS: frozenset[str] = patterns.word_set("poll_words")
# what after a people's name makes it no subject ("Czechs in Prague", "Czechs and Slovaks")
_PEOPLE_NOT_VERBS: frozenset[str] = frozenset({"of", "in", "and", "or", ",", "who", "'", "’",
                                               "living", "abroad"})  # fmt: skip


def _peoples(subjects: dict) -> dict[str, str]:
    """The allies' peoples in the plural ('danes' -> 'DNK'), from subjects.residents."""
    return {w: c for w, c in subjects["residents"].items() if w.endswith("s")}


def _is_object(lows: list[str], i: int, v) -> bool:
    if i > 2 and lows[i - 1] in _FOCUS and lows[i - 2] != "the":
        # "behind just France": the marker before the adverb
        return _is_object(lows[: i - 1] + lows[i:], i - 1, v)
    if i > 3 and lows[i - 2] in _FOCUS and f"{lows[i - 3]} {lows[i - 1]}" in v["object_pairs"]:
        return True  # "ahead only of Belgium"
    prev = lows[i - 1] if i > 0 else ""
    prev2 = " ".join(lows[max(0, i - 2) : i])
    if prev == "the" and i > 1:
        prev, prev2 = lows[i - 2], " ".join(lows[max(0, i - 3) : i - 1])
    if prev == "like" and lows[i - 2 : i - 1] in (["countries"], ["allies"], ["nations"], ["members"],
                                                  ["states"]):  # fmt: skip
        return (
            False  # "countries like Spain, Italy and Belgium spend less": examples of the subject
        )
    if prev in v["objects"]:  # ("Poland leads the alliance with 4.48%": Poland's)
        return True
    at = i - 2 if lows[i - 1 : i] == ["the"] else i - 1  # where prev sits
    if prev == "not" and at > 0 and lows[at - 1] == ",":
        return True  # "Poland, not the US, is now the biggest spender": the one set aside
    if prev == "by" and at > 0 and lows[at - 1] in _OUTDONE:
        return True  # "the UK, overtaken by Poland in 2023, is now at 2.33%": the UK's
    if prev == "by" and at > 0 and lows[at - 1] in v["pressing"]:
        # "pushed by the US, the goal is 5%", "Germany, long criticised by Washington, ...": the
        # agent of a pressing verb (but "topped by the USA, which puts 3.5%": that one's)
        return True
    return prev2 in v["object_pairs"]
    # ("Ukraine spent $64.7 billion, roughly the same as France, but it ...": Ukraine's)


def ally_named(word: str) -> str | None:
    """The ally a one-word name names ('spain' -> 'ESP'), or None."""
    hit = _vocab()["names"].match_at([word], 0)
    return str(hit[1]) if hit else None


def sources(lows: list[str]) -> list[SourceMention]:
    v = _vocab()
    found = [SourceMention(i, j, str(name), " ".join(lows[i:j]).removesuffix("'s"))
             for i, j, name in v["sources"].find_all(lows) if not _addressed(lows, i)]  # fmt: skip
    if "nato's" in lows or "alliance's" in lows:
        taken_at = {s.i for s in found}
        for k in range(len(lows) - 2):
            end = _dated_release(lows, k) if lows[k] in _RELEASE_FIRSTS and k not in taken_at else 0
            if end:  # "NATO's August figures show": a release dated between name and noun
                found.append(SourceMention(k, end, "NATO", " ".join(lows[k:end])))
        found.sort(key=lambda s: s.i)
    if len(lows) > 2 and lows[1] == ":" and lows[0] in v["labels"] and not found:
        # "NATO: allies' spending this year (share of GDP)", a list's header: the body its
        # label names gives the figures under it
        found.append(SourceMention(0, 1, str(v["labels"][lows[0]]), lows[0]))
    if v["labels"].keys() & set(lows):  # "NATO, using a narrower definition, had put Germany
        # at 2.12%": a body, then an aside, then its verb of estimating
        taken = {k for s in found for k in range(s.i, s.j)}
        found += [SourceMention(k, k + 1, str(v["labels"][lows[k]]), lows[k])
                  for k in range(len(lows) - 2) if lows[k] in v["labels"] and k not in taken
                  and _verb_after_aside(lows, k + 1)]  # fmt: skip
        found.sort(key=lambda s: s.i)
    if not _BODY_ADVERBS.isdisjoint(lows):
        found = _with_adverb_before_verb(lows, found)
    if any(s.source != "NATO" for s in found):  # two bodies compared: a bare name before a
        # figure is its label ("SIPRI has 4.2% and NATO 4.15%", "NATO at 4.15%"), and so is
        # one in a table's header row ("| Ally | SIPRI 2024 | 2024, NATO |")
        taken = {k for s in found for k in range(s.i, s.j)}
        labels, row = v["labels"], "|" in lows
        found += [SourceMention(k, k + 1, str(labels[low]), low.removesuffix("'s"))
                  for k, low in enumerate(lows) if low in labels and k not in taken
                  and (row or labels_figure(lows, k + 1) or tags_figure(lows, k)
                       or records_figure(lows, k))]  # fmt: skip
        found.sort(key=lambda s: s.i)
    return found


# "the alliance now estimates", "NATO also records": a body, one adverb, its verb of saying
_BODY_ADVERBS: frozenset[str] = patterns.word_set("body_adverbs")
_BODY_ADVERB_VERBS: frozenset[str] = patterns.word_set("body_adverb_verbs")


def _with_adverb_before_verb(lows: list[str], found: list[SourceMention]) -> list[SourceMention]:
    """The sources found, and the bodies named just before an adverb and a verb of estimating
    or reporting ('the alliance now estimates 2.31%', 'NATO also records 2.00%'): a saying
    that attributes its clause, not the alliance as the subject of the figure."""
    taken = {k for s in found for k in range(s.i, s.j)}
    added = False
    for k in range(1, len(lows) - 1):
        if lows[k] not in _BODY_ADVERBS or lows[k + 1] not in _BODY_ADVERB_VERBS:
            continue
        start = k - 1
        if lows[start] == "alliance" and start >= 1 and lows[start - 1] == "the":
            start -= 1
            name = "NATO"
        elif lows[start] in _vocab()["labels"]:
            name = str(_vocab()["labels"][lows[start]])
        else:
            continue
        if start in taken or k in taken:
            continue
        found.append(SourceMention(start, k + 2, name, " ".join(lows[start : k + 2])))
        added = True
    if added:
        found.sort(key=lambda s: s.i)
    return found


def _verb_after_aside(lows: list[str], k: int) -> bool:
    """Does an aside set off by commas open at k and close before a verb of estimating or
    reporting (', using a narrower definition, had put', ', in its June report, puts')?"""
    if lows[k : k + 1] != [","]:
        return False
    close = next((c for c in range(k + 1, min(len(lows), k + 10)) if lows[c] in _SET_OFF), -1)
    if close < 0 or lows[close] != ",":
        return False
    verb = close + 1 + (lows[close + 1 : close + 2] in (["had"], ["has"], ["have"]))
    return lows[verb : verb + 1] != [] and lows[verb] in _ESTIMATING_VERBS


_ESTIMATING_VERBS: frozenset[str] = patterns.word_set("estimating_verbs") | patterns.word_set(
    "release_verbs"
)
_RELEASE_OWNERS = patterns.word_set("dated_release_owners")
# their first words ("nato's", "the"): only there can a dated release start
_RELEASE_FIRSTS: frozenset[str] = frozenset(o.split()[0] for o in _RELEASE_OWNERS)
_RELEASE_DATES = patterns.word_set("dated_release_dates") | frozenset(
    patterns.load()["time"]["months"]
)
_RELEASE_NOUNS = patterns.word_set("dated_release_nouns")


def _dated_release(lows: list[str], k: int) -> int:
    """The end of "NATO's August figures", "the alliance's June 2025 estimates", "NATO's
    latest annual data": NATO's release, dated between its name and its noun (0 if none)."""
    start = k + 1 if lows[k] == "the" else k
    if lows[k] == "the" and lows[start : start + 1] != ["alliance's"]:
        return 0
    if " ".join(lows[k : start + 1]) not in _RELEASE_OWNERS:
        return 0
    end = start + 1
    while (
        end < len(lows)
        and end - start <= 3
        and (lows[end] in _RELEASE_DATES or (len(lows[end]) == 4 and lows[end].isdigit()))
    ):
        end += 1
    if end == start + 1 or end >= len(lows) or lows[end] not in _RELEASE_NOUNS:
        return 0  # (no date between: "NATO's figures" is in the vocabulary already)
    return end + 1


def tags_figure(lows: list[str], k: int) -> bool:
    """Is the name at lows[k] a figure's tag in brackets right after it ('3.4% (SIPRI) and
    3.38% (NATO)'): the body whose figure that one is?"""
    return (
        0 < k - 1
        and lows[k - 1] == "("
        and lows[k + 1 : k + 2] == [")"]
        and (lows[k - 2] in _vocab()["tag_after"] or lows[k - 2][-1:].isdigit())
    )


def records_figure(lows: list[str], k: int) -> bool:
    """Is the name at lows[k] the subject of a verb of estimating right after a figure, in a
    relative clause that gives the figure to it ('the 1.28% NATO recorded for 2024', 'the
    $997bn SIPRI estimates')?"""
    return (
        0 < k
        and lows[k + 1 : k + 2] != []
        and lows[k + 1] in _BODY_ADVERB_VERBS
        and (lows[k - 1] in _vocab()["tag_after"] or lows[k - 1][-1:].isdigit())
    )


def figure_words(words: list[str]) -> bool:
    """Are these words only a figure's unit, between it and a tag ('of GDP')?"""
    return all(w == "of" or w in _vocab()["tag_after"] for w in words)


_LABEL_LINKS = 3  # words at most between a label and its figure: "NATO has it at 4.15%"


def labels_figure(lows: list[str], k: int) -> bool:
    """Does a figure (or a table column's year) start at lows[k], or after a few linking
    words ('at', 'has it at', ':')?"""
    links = _vocab()["label_links"]
    end = min(len(lows), k + _LABEL_LINKS)
    if lows[k + 1 : k + 2] == ["of"] and lows[k] in _vocab()["label_nouns"]:
        k += 2  # "NATO's reckoning of 2.1%", "SIPRI's estimate of 1.9%": the body's figure
    elif lows[k : k + 1] == ["of"] and lows[k - 1 : k] and lows[k - 1] in _vocab()["label_nouns"]:
        k += 1  # (the noun within the name matched: "NATO's estimate" then "of 2.1%")
    while k < end and lows[k] in links:
        k += 1
    if lows[k : k + 1] and lows[k] in _MONEY_SIGNS:
        k += 1  # "SIPRI at $997bn": a sum's sign before its digits
    return k < len(lows) and lows[k][:1].isdigit()


def _addressed(lows: list[str], i: int) -> bool:
    """'In remarks to the Wilson Center think tank': a body spoken to, not a source; nor is
    one compared with ('4.2%, higher than NATO's estimate')."""
    before = lows[max(0, i - 4) : i]
    if "to" in before and "according" not in before:
        # (but not "slipped to sixth place in SIPRI's table": the "to" of a move, its
        # preposition between it and the body)
        to = max(k for k, w in enumerate(before) if w == "to")
        if any(w[:1].isdigit() or w in _SET_OFF for w in before[to + 1 :]):
            return False  # (nor "and Denmark's to $1,670, SIPRI data show", "devotes 1.9% of
            # GDP to defence, SIPRI said": the "to" of a figure reached or of the clause before
            # the comma, the body named after it the one saying it)
        return _BETWEEN_PLACES.isdisjoint(before[to + 1 :])
    return bool(before) and before[-1] in _COMPARED


_SET_OFF: frozenset[str] = frozenset({",", ";", ":", "(", ")", "—", "–"})
_BETWEEN_PLACES: frozenset[str] = frozenset({"in", "on", "by", "from", "under", "at"})


_COMPARED = frozenset({"than", "above", "below", "against", "beside", "versus", "vs"})


def clause_breaks(lows: list[str]) -> list[int]:
    """Token indexes that end a clause: ';', 'while', 'but', 'although', 'even though'..."""
    out = []
    for k in [k for k, low in enumerate(lows) if low in CLAUSE_BREAKS or low == "even"]:
        low = lows[k]  # (only these can end a clause: the other words not looked at again)
        if low in _ADVERB_BREAKS and k > 0 and lows[k - 1] == "," and lows[k + 1 : k + 2] == [","]:
            continue  # "Canada, though, is going backwards": an adverb set off, no new clause
        if (
            low == "but"
            and lows[k + 1 : k + 2]
            and lows[k + 1] in _BUT_COUNTS
            and (lows[k + 2 : k + 3] in ([], [","], [")"], ["-"], ["–"], ["—"], ["."]))
        ):
            continue  # "Finland, the newest member but one, will spend": 'but' as 'except',
            # no new clause (but "small, but one of the fastest" opens one)
        if low in CLAUSE_BREAKS or (low == "even" and lows[k + 1 : k + 2] == ["though"]):
            out.append(k)
    return out


# what 'but' excepts in "the newest but one", "the last but two"
_BUT_COUNTS: frozenset[str] = frozenset({"one", "two", "three"})

# clause breaks that are adverbs when set off by commas of their own ("Canada, though, ...")
_ADVERB_BREAKS: frozenset[str] = frozenset({"though", "however"})
