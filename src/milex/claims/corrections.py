"""A sentence that gives the year, or the ally, of the figure just before it: a correction or
a gloss.

    In one post I gave Portugal 1.48% for 2024. That was its 2023 figure.
    Türkiye is at 2.33% this year, not 2.13%. The 2.13 was 2024.

The sentence names no ally and no figure of its own: a pronoun ('that', 'this') or the figure
itself ('the 2.13') as its subject, a form of 'to be', and a year, maybe as '(its|the) 2023
figure'. The figure of the sentence before (the one it names, else the only one there, in the
same paragraph) is then of that year, whatever year the sentence before gave it, so a figure
the text itself re-dates is judged in the year the text settles on, never in the first one.
"""

from __future__ import annotations

import re

from milex.claims import context as ctxmod
from milex.claims import patterns
from milex.claims.clause import set_subject
from milex.claims.extract import Sentence, tokenize
from milex.claims.model import Claim


def _alternatives(name: str) -> str:
    return "|".join(re.escape(w) for w in sorted(patterns.word_set(name), key=len, reverse=True))


_RETRACTION: re.Pattern[str] = re.compile(
    rf"^\s*(?:(?:{_alternatives('retraction_pronouns')})|the\s+(?P<figure>\d+(?:\.\d+)?)\s*%?)"
    r"\s+(?:was|is)\s+(?:(?:its|the|their|for|from|in)\s+)?"
    r"(?P<year>(?:19|20)\d\d)(?:'s)?"
    rf"(?:\s+(?:{_alternatives('retraction_adjectives')}))?"  # ("2024's old figure")
    rf"(?:\s+(?:{_alternatives('retraction_nouns')}))?\s*(?:[.;,!]|$)",
    re.IGNORECASE,
)


def redate(claims: list[Claim], sents: list[Sentence]) -> None:
    """Give the figure of the sentence before a re-dating sentence the year it says."""
    for n in range(1, len(sents)):
        found = _RETRACTION.match(sents[n].text)
        before = sents[n - 1]
        if found is None or before.paragraph != sents[n].paragraph:
            continue
        year = int(found.group("year"))
        figure = found.group("figure")
        there = [c for c in claims if c.sentence == before.index and c.year is not None]
        if figure is not None:
            there = [
                c for c in there if c.value is not None and abs(c.value - float(figure)) < 1e-9
            ]
        if len(there) != 1:
            continue  # which figure it re-dates is unclear: left as read
        there[0].year = year
        there[0].year_basis = "stated"


# "an earlier version of this story said ...", "this article originally gave ...": a figure the
# text withdraws, up to the end of its clause (what follows a ';' is the corrected one)
_WITHDRAWN: re.Pattern[str] = re.compile(
    rf"\b(?:(?:{_alternatives('earlier_version_words')})\s+version\s+of\s+(?:this|the|our)\s+"
    rf"(?:[\w:.]+\s+){{0,2}}?(?:{_alternatives('own_text_nouns')})"
    rf"|(?:this|the|our)\s+(?:{_alternatives('own_text_nouns')})\s+"
    rf"(?:{_alternatives('own_text_slips')}))\b[^;]*",
    re.IGNORECASE,
)
WITHDRAWN = "the text withdraws this figure: an earlier version's, which a correction replaces"


# the pattern cannot match without one of these words: most sentences are passed over at once
_WITHDRAWN_CUES: tuple[str, ...] = ("version", *sorted(patterns.word_set("own_text_slips")))


def withdrawn_span(text: str) -> tuple[int, int] | None:
    """Where in a sentence the clause of a withdrawn figure is (offsets in it), or None."""
    low = text.lower()
    if not any(cue in low for cue in _WITHDRAWN_CUES):
        return None
    found = _WITHDRAWN.search(text)
    return None if found is None else (found.start(), found.end())


def withdraw(claims: list[Claim], sents: list[Sentence]) -> None:
    """'Correction: an earlier version of this story said 18 allies would meet the target; the
    figure is 23': the figures of the clause that reports what an earlier version of the text
    said are not the text's claims: judged as nobody's reading (unverifiable), whatever the
    data show, while the figure given in their place is read as usual."""
    for sent in sents:
        found = withdrawn_span(sent.text)
        if found is None:
            continue
        lo, hi = sent.start + found[0], sent.start + found[1]
        for c in claims:
            if c.sentence == sent.index and lo <= c.start < hi and WITHDRAWN not in c.doubts:
                c.doubts.append(WITHDRAWN)


# "That's Finland.", "HOST: That was Finland's figure.": the figure just before is another
# ally's, says the speaker; the ally's name is the whole rest of the sentence
_RENAMED: re.Pattern[str] = re.compile(
    rf"^\s*(?:{_alternatives('retraction_pronouns')})(?:\s*['’]s|\s+is|\s+was)\s+"
    r"(?P<name>[^.!?;,:]{2,40}?)"
    rf"(?:\s+(?:{_alternatives('retraction_nouns')}))?\s*[.!]?\s*$",
    re.IGNORECASE,
)
_ASSENT: re.Pattern[str] = re.compile(
    rf"^\s*(?:{_alternatives('assent_openers')})(?![\w'’])", re.IGNORECASE
)


# "HOST: 2023, surely.", "Q: You mean 2023?": a turn that gives only another year
_YEAR_TURN: re.Pattern[str] = re.compile(
    r"^\s*(?:no,?\s+|you mean\s+|surely\s+|in\s+)?(?P<year>(?:19|20)[0-9][0-9])"
    r"(?:,?\s+(?:surely|you mean|i think))?\s*[.?!]?\s*$",
    re.IGNORECASE,
)


def _named_ally(name: str) -> str | None:
    """The one ally a name is, all of it ("Finland", "the Finns", "Finland's"), else None."""
    tokens = tokenize(name)
    lows = [t.low for t in tokens]
    while lows and lows[-1] in ("'s", "’s", "s", "'", "’"):
        tokens, lows = tokens[:-1], lows[:-1]
    start = 1 if lows[:1] == ["the"] else 0
    found = ctxmod.subjects(tokens, lows)
    if len(found) != 1 or found[0].kind not in ("ally", "demonym"):
        return None
    if found[0].i != start or found[0].j != len(lows):
        return None  # ("That's Poland for you": more than a name)
    return found[0].code


def resubject(claims: list[Claim], sents: list[Sentence], labels: list[int]) -> None:
    """'EXPERT: 2.41 percent last year.' then 'HOST: That's Finland.': the figure just before
    (the only one of the sentence before, in the same paragraph or the turn before) is said to
    be another ally's. If the next turn assents ('You're right, Finland.'), it is judged as that
    ally's; else its ally is in dispute and it is judged as nobody's (unverifiable), never as
    the ally first read. A turn giving only another year ('HOST: 2023, surely.') re-dates the
    figure the same way, but only when the next turn assents: a year in dispute stays as its
    speaker said it. `labels` gives where each sentence's words begin after a speaker's label
    (-1: no label)."""
    for n in range(1, len(sents)):
        at = labels[n]
        if at < 0 and sents[n - 1].paragraph != sents[n].paragraph:
            continue  # (across paragraphs only from one speaker's turn to the next)
        words = sents[n].text[max(at, 0) :]
        found = _RENAMED.match(words)
        code = _named_ally(found.group("name")) if found is not None else None
        dated = _YEAR_TURN.match(words) if at >= 0 else None
        if code is None and dated is None:
            continue
        there = [c for c in claims if c.sentence == sents[n - 1].index and c.value is not None]
        if len(there) != 1:
            continue
        after = sents[n + 1] if n + 1 < len(sents) else None
        assent = after is not None and bool(_ASSENT.match(after.text[max(labels[n + 1], 0) :]))
        if dated is not None:  # "GUEST: Up from 2.05 in 2022." then "HOST: 2023, surely."
            if assent and there[0].year is not None:  # and "GUEST: Right, 2023."
                there[0].year = int(dated.group("year"))
                there[0].year_basis = "stated"
            continue
        if there[0].subject_code in (None, code):
            continue
        set_subject(there[0], code if assent else None)


# the labels of a fact-check's parts ("CLAIM:", "WHAT WAS SAID:", "RATING:", "THE FACTS:")
_CHECK_LABEL: re.Pattern[str] = re.compile(
    rf"^\s*(?:\d+\.\s*)?(?:{_alternatives('fact_check_labels')})\s*[:|]", re.IGNORECASE
)
WE_UNTIED = "'we' could not be tied to an ally"  # (subjects.subjects_for's doubt)
_ANSWER_REACH: int = 3  # sentences after the claim its fact-check answers it in


def answered_we(claims: list[Claim], sents: list[Sentence]) -> None:
    """'CLAIM: "We pay 4.3 percent of our GDP," the president said. RATING: False. NATO puts
    American spending at 3.42%.': a fact-check's claim in the first person by a speaker of no
    known country is the claim about the ally its answer, a few sentences on, gives the same
    kind of figure for. Only under a fact-check's labels, and only when the answer names one
    ally: otherwise 'we' stays untied."""
    labelled = {n for n, sent in enumerate(sents) if _CHECK_LABEL.match(sent.text)}
    if not labelled:
        return
    for claim in claims:
        if WE_UNTIED not in claim.doubts or claim.subject_code is not None:
            continue
        if not {claim.sentence, claim.sentence + 1} & labelled:
            continue
        later = [c for c in claims if claim.sentence < c.sentence <= claim.sentence + _ANSWER_REACH
                 and not c.in_quote and c.kind == claim.kind and c.measure == claim.measure]  # fmt: skip
        if not later:
            continue
        first = [c for c in later if c.sentence == later[0].sentence]
        codes = {c.subject_code for c in first}
        code = next(iter(codes)) if len(codes) == 1 else None
        if code is None or len(code) != 3:
            continue
        set_subject(claim, code)
        claim.doubts = [d for d in claim.doubts if d != WE_UNTIED]


_NATO_NAMED: re.Pattern[str] = re.compile(r"\b(?:NATO|the alliance)\b", re.IGNORECASE)
# the text's own denial of a claim: "It doesn't:", "Not so:", "Contrary to what he said"
_DENIAL: re.Pattern[str] = re.compile(
    rf"(?<![\w'’])(?:{_alternatives('denial_phrases')})(?![\w'’])", re.IGNORECASE
)


def answered_by_nato(claims: list[Claim], sents: list[Sentence]) -> None:
    """'The minister said the country spends "over 2.5%". It doesn't: NATO's estimate for 2024
    is 2.22%.': a government's own figure, which is judged on NATO's tables only to support it
    (clause._national_voice), is denied by the text itself on NATO's figure when the same or
    the next sentence gives NATO's figure of the same ally, measure and year, and one of the
    two denies the claim ('It doesn't', 'Not so', 'Contrary to what the minister said'): it
    is then judged on NATO's tables as any figure is. (NATO's figure set beside it with no
    denial, 'the government says 3.17%; NATO puts it at 2.85%', leaves it the government's.)"""
    by_sentence: dict[int, list[Claim]] = {}  # (looked up by sentence: linear in the claims)
    for claim in claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    texts = {s.index: s.text for s in sents}
    for claim in claims:
        if not claim.other_body or claim.year is None or claim.subject_code is None:
            continue
        near = by_sentence.get(claim.sentence, []) + by_sentence.get(claim.sentence + 1, [])
        for other in near:
            if other is claim:
                continue
            if other.other_body or other.source != "NATO" or other.in_quote:
                continue
            if (other.subject_code, other.kind, other.measure, other.year) != (
                claim.subject_code, claim.kind, claim.measure, claim.year,
            ):  # fmt: skip
                continue
            answer = texts.get(other.sentence, "")
            if not (other.source_text or _NATO_NAMED.search(answer)):
                continue
            if not (_DENIAL.search(answer) or _DENIAL.search(texts.get(claim.sentence, ""))):
                continue
            claim.other_body = ""
            break
