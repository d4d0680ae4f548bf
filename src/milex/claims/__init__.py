"""The claim checker: read an article, verify its defence-spending figures against the data.

    article text/HTML ─▶ input ─▶ extract ─▶ interpret (readings) ─▶ verify ─▶ report

- input.py: text, HTML, URL; the article's date.
- extract.py, numbers.py, timewords.py, context.py: matching only: sentences, quotations and
  speakers, numbers with unit and hedge, times, allies and groups, sources.
- interpret.py: the document, sentence by sentence, carrying the subject, source, guideline
  and list header forward (tables.py reads lines under a header); clause.py: one sentence's
  context and the source of each figure, subjects.py its subject, years.py its year
  (frames.py: under 'should' or 'would', a demand, a projection or a statement).
- readings.py with counts.py (every.py: "every ally"), membership.py, listed.py,
  guidelines.py, meets.py,
  rank_groups.py (with rankings.py), measures.py (with figure_kinds.py, changes.py,
  amounts.py and shares_of_total.py),
  policy.py, accession.py, adoption.py, personnel.py: what each number states and in which
  frame (measured, a commitment, a plan or demand, something else), as a `Claim`;
  unread.py lists the defence figures none of them could place, unjudged.
- verify.py (with explain.py for its words), verify_alliance.py, verify_membership.py,
  verify_rank.py, verify_commitments.py, abstain.py, verdicts.py, evidence.py: the verdict
  against the edition current at the article's date,
  abstaining where another reading of the words would make the figure right (abstain.py),
  with the evidence and what later editions say.
- report.py, render.py: JSON (report.schema.json), terminal, HTML, ClaimReview; archives: milex.batch.
- patterns.json (via patterns.py): every word list, checked at load time.

>>> import milex
>>> report = milex.check("Poland spends more than 4% of GDP on defence.", date="2024-07-01")
>>> report.claims[0].verdict
'supported'
"""

from __future__ import annotations

import gc
import time
from datetime import date as _date

from milex.claims.report import Report

__all__ = ["Report", "check", "check_article"]

# The budget of one article: no reader states more figures than this, and a check that runs
# past its deadline stops and reports what it has, saying so, rather than holding a worker.
MAX_CLAIMS = 1_000
MAX_NUMBERS = 5_000  # numbers in digits or in words; the text past them is not read
DEADLINE = 60.0  # seconds


def check(
    text_or_html: str | bytes,
    date: _date | str | None = None,
    url: str | None = None,
    deadline: float | None = DEADLINE,
    max_claims: int | None = MAX_CLAIMS,
) -> Report:
    """Check every defence-spending figure in an article (plain text or HTML).

    date: the article's publication date (YYYY-MM-DD); by default the one in the page's
    metadata or a leading "Date:" line, else the latest edition held is assumed (and said).
    Figures are judged against the editions published on or before that date.
    deadline: seconds; past it the check stops and the report says which figures were left.
    max_claims: the most figures checked (None: no limit on claims or numbers read); the
    report says where reading stopped.
    """
    from milex.claims import input as article_input

    started = time.monotonic()
    article = article_input.read(text_or_html, date)
    article.url = article_input.redacted(url) if url else None
    if deadline is not None:
        deadline -= time.monotonic() - started
    return check_article(article, deadline, max_claims)


def check_article(
    article, deadline: float | None = DEADLINE, max_claims: int | None = MAX_CLAIMS
) -> Report:
    """Check an already-read article (see milex.claims.input)."""
    from milex.claims import alternatives, extract, interpret, verify
    from milex.claims.input import judgeable
    from milex.dataset.selection import select

    ends = None if deadline is None else time.monotonic() + deadline
    notes = []
    day = article.date if article.date is None else judgeable(article.date)
    if day is None:
        latest = select(source="NATO").publication
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
    sentences, quotes, read, checked = [], [], [], []
    stopped = False
    text = article.text if max_claims is None else _within_budget(article.text)
    try:
        sentences = extract.sentences(text)
        stopped = _late(ends)
        if not stopped:
            quotes = extract.quotations(text)
            stopped = _late(ends)
        if not stopped:
            read = interpret.read_article(sentences, quotes, day, limit=max_claims)
        claims = read[:max_claims]
        alternatives.note_rivals(claims)
        for claim in claims:
            stopped = _late(ends)
            if stopped:
                break
            if verify.quoted_beside(claim, checked, sentences):
                claim.source_text = verify.BESIDE_NATO  # ("against 98.0 billion in 2023")
            checked.append(verify.check(claim, day))
        if not stopped:
            checked = verify.measured_by_siblings(checked, day)
            checked = verify.answered_years(checked, day, sentences)
            checked = verify.rebutted_by_nato(checked, day, sentences)
    finally:
        if paused:
            _resume_gc()
    if stopped:
        notes.append(
            f"The check stopped at its deadline of {deadline:.0f} s: "
            + (f"{len(checked):,} figures were checked, the rest of the article was not."
               if checked else "no figure was checked; send a shorter text.")
        )  # fmt: skip
    elif len(text) < len(article.text):
        notes.append(
            f"The article holds more than {MAX_NUMBERS:,} numbers, the limit for one article: "
            f"only its first {len(text):,} characters of {len(article.text):,} were read."
        )
    if not stopped and max_claims is not None and len(read) >= max_claims:
        last = claims[-1].end
        unread = next((s.end for s in sentences if s.start <= last <= s.end), last)
        if len(read) > max_claims or unread < len(article.text.rstrip()):
            notes.append(
                f"The article holds more than {max_claims:,} figures read as claims, the limit "
                f"for one article: only the first {max_claims:,} are checked, none after "
                f"character {last:,} of {len(article.text):,}."
            )
    return Report(article=article, date=day, sentences=sentences, quotes=quotes,
                  checked=checked, notes=notes)  # fmt: skip


def _within_budget(text: str) -> str:
    """The text up to the line (else the sentence) holding its MAX_NUMBERS-th number."""
    from milex.claims.numbers import any_number

    if len(text) <= 2 * MAX_NUMBERS:
        return text  # every number takes a character and a separator: too short to hold more
    for k, m in enumerate(any_number().finditer(text)):
        if k == MAX_NUMBERS:
            at = m.start()
            cut = text.rfind("\n", 0, at)
            if cut <= 0:
                cut = text.rfind(". ", 0, at) + 1
            return text[: cut if cut > 0 else at]
    return text


def _resume_gc() -> None:
    """Turn the collector back on after a check. What the check allocated and still holds
    (the report's sentences, claims and verdicts) would otherwise all be traversed by the
    young collection the next allocation starts, to free nothing: a few percent of the check.
    gc.freeze() then gc.unfreeze() moves it to the oldest generation at once instead (not
    when the program has frozen objects of its own, which unfreeze() would release)."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
    gc.enable()


def _late(ends: float | None) -> bool:
    return ends is not None and time.monotonic() > ends
