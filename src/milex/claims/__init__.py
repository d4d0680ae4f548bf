"""The claim checker: read an article, verify its defence-spending figures against the data.

    article text/HTML ─▶ input ─▶ extract ─▶ interpret (readings) ─▶ verify ─▶ report

- input.py: text, HTML, URL; the article's date.
- extract.py, numbers.py, context.py: matching only: sentences, quotations and speakers,
  numbers with unit and hedge, times, allies and groups, sources.
- interpret.py with readings.py, counts.py, rankings.py, measures.py, policy.py: what each
  number states (kind, subject, measure, year, hedge, precision), as a `Claim`.
- verify.py, verify_alliance.py, verify_commitments.py, evidence.py: the verdict against the
  edition current at the article's date, with the evidence and what later editions say.
- report.py, render.py: JSON (report.schema.json), terminal, HTML, ClaimReview; batch.py.
- patterns.json (via patterns.py): every word list, checked at load time.

>>> import milex
>>> report = milex.check("Poland spends more than 4% of GDP on defence.", date="2024-07-01")
>>> report.claims[0].verdict
'supported'
"""

from __future__ import annotations

import gc
from datetime import date as _date

from milex.claims.report import Report

__all__ = ["Report", "check", "check_article"]


def check(
    text_or_html: str | bytes, date: _date | str | None = None, url: str | None = None
) -> Report:
    """Check every defence-spending figure in an article (plain text or HTML).

    date: the article's publication date (YYYY-MM-DD); by default the one in the page's
    metadata or a leading "Date:" line, else the latest edition held is assumed (and said).
    Figures are judged against the editions published on or before that date.
    """
    from milex.claims import input as article_input

    article = article_input.read(text_or_html, date)
    article.url = url
    return check_article(article)


def check_article(article) -> Report:
    """Check an already-read article (see milex.claims.input)."""
    from milex.claims import extract, interpret, verify
    from milex.reference import publications as pubs

    notes = []
    day = article.date
    if day is None:
        latest = pubs.latest("NATO")
        day = latest.published
        notes.append(
            "No publication date was found in the article (no article:published_time, "
            "datePublished, <time> or 'Date:' line) and none was given: it is judged as of "
            f"{day:%-d %B %Y}, the date of the latest edition held (NATO {latest.edition}), so "
            f"the latest editions apply and 'this year' means {day.year}. Give --date for "
            "a fair verdict."
        )
    # The checker allocates many small objects and frees them all at the end: the cyclic
    # garbage collector would re-scan them again and again on a long input (time growing
    # faster than the text), so it pauses while one article is read.
    paused = gc.isenabled()
    gc.disable()
    try:
        sentences = extract.sentences(article.text)
        quotes = extract.quotations(article.text)
        claims = interpret.read_article(sentences, quotes, day)
        checked = [verify.check(c, day) for c in claims]
    finally:
        if paused:
            gc.enable()
    return Report(article=article, date=day, sentences=sentences, quotes=quotes,
                  checked=checked, notes=notes)  # fmt: skip
