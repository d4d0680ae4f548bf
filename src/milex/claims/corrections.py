"""A sentence that gives the year of the figure just before it: a correction or a gloss.

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

from milex.claims import patterns
from milex.claims.extract import Sentence
from milex.claims.model import Claim


def _alternatives(name: str) -> str:
    return "|".join(re.escape(w) for w in sorted(patterns.word_set(name), key=len, reverse=True))


_RETRACTION: re.Pattern[str] = re.compile(
    rf"^\s*(?:(?:{_alternatives('retraction_pronouns')})|the\s+(?P<figure>\d+(?:\.\d+)?)\s*%?)"
    r"\s+(?:was|is)\s+(?:(?:its|the|their|for|from|in)\s+)?"
    r"(?P<year>(?:19|20)\d\d)(?:'s)?"
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
