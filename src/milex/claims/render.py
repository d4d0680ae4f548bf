"""Renderings of a checked article: terminal (rich), a self-contained HTML page, ClaimReview.

The HTML page embeds its style and its ClaimReview JSON-LD and loads nothing from outside;
every piece of article text is escaped.
"""

from __future__ import annotations

import html
import json
from datetime import date

from milex import __version__

STYLE = {"supported": "bold green", "contradicted": "bold red", "unverifiable": "bold yellow"}
LABEL = {"supported": "SUPPORTED", "contradicted": "CONTRADICTED", "unverifiable": "UNVERIFIABLE"}
RATING = {"supported": 3, "unverifiable": 2, "contradicted": 1}


def tally(report) -> str:
    """'31 claims: 26 supported, 4 contradicted, 1 unverifiable (1 of them an unread figure)'."""
    counts = report.counts()
    unread = sum(c.claim.kind == "unread" for c in report.checked)
    return (f"{len(report.checked)} claims: {counts['supported']} supported, "
            f"{counts['contradicted']} contradicted, {counts['unverifiable']} unverifiable"
            + (f" ({unread} of them unread: figures listed, not judged)" if unread else ""))  # fmt: skip


def _spans(report) -> dict[int, list[tuple[int, int, list[int]]]]:
    """Per sentence: non-overlapping (start, end, claim indexes), in text order."""
    by_sentence: dict[int, list[tuple[int, int, list[int]]]] = {}
    order = sorted(range(len(report.checked)), key=lambda k: report.checked[k].claim.start)
    for k in order:
        cl = report.checked[k].claim
        spans = by_sentence.setdefault(cl.sentence, [])
        if spans and cl.start < spans[-1][1]:
            start, end, ids = spans[-1]
            spans[-1] = (start, max(end, cl.end), ids + [k])
        else:
            spans.append((cl.start, cl.end, [k]))
    return by_sentence


def _verdict_of(report, ids: list[int]) -> str:
    verdicts = {report.checked[k].verdict for k in ids}
    return verdicts.pop() if len(verdicts) == 1 else "mixed"


def renderables(report) -> list:
    """The rich objects the terminal report is made of (sentences with claims marked)."""
    from rich.panel import Panel
    from rich.text import Text

    out = []
    a = report.article
    head = Text()
    head.append(a.title or "Article", style="bold")
    head.append(f"\njudged as of {report.date:%-d %B %Y} (date: {a.date_source})", style="dim")
    head.append("\n" + tally(report))
    out.append(Panel(head, expand=True))
    for note in report.notes:
        out.append(Text(note, style="dim"))
    spans = _spans(report)
    sentences = {s.index: s for s in report.sentences}
    number = {k: i + 1 for i, k in enumerate(sorted(range(len(report.checked)),
                                                    key=lambda k: report.checked[k].claim.start))}  # fmt: skip
    for index in sorted(spans):
        sent = sentences[index]
        line = Text()
        pos = sent.start
        for start, end, ids in spans[index]:
            line.append(sent.text[pos - sent.start : start - sent.start])
            style = STYLE.get(_verdict_of(report, ids), "bold magenta") + " underline"
            line.append(sent.text[start - sent.start : end - sent.start], style=style)
            line.append("[" + ",".join(str(number[k]) for k in ids) + "]", style="dim")
            pos = end
        line.append(sent.text[pos - sent.start :])
        out.append(Text(""))
        out.append(line)
        for _s, _e, ids in spans[index]:
            for k in ids:
                out.append(_claim_text(report.checked[k], number[k]))
    return out


def _claim_text(c, n: int):
    from rich.text import Text

    cl = c.claim
    t = Text("  ")
    t.append(f"[{n}] {LABEL[c.verdict]}", style=STYLE[c.verdict])
    what = f" {cl.kind.replace('_', ' ')} · {cl.subject or '?'}"
    if cl.year:
        what += f" · {cl.year}"
    if cl.speaker:
        what += f" · said by {cl.speaker}"
    if cl.source != "NATO":
        what += f" · attributed to {cl.source_text or cl.source}"
    t.append(what, style="bold")
    t.append(f"\n      {c.explanation}")
    if c.tolerance:
        t.append(f"\n      tolerance: {c.tolerance}", style="dim")
    e = c.evidence
    if e is not None and e.edition is not None:
        where = f"{e.source} {e.edition} edition, table {e.table}, {e.file or ''} {e.sheet or ''} {e.cell or ''}"
        t.append(f"\n      evidence: {' '.join(where.split())}", style="dim")
    return t


def terminal_text(report, width: int = 100) -> str:
    """The terminal report as plain text (no colours), e.g. for a file."""
    import io

    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=False, color_system=None)
    for item in renderables(report):
        console.print(item, highlight=False)
    return buffer.getvalue()


def claim_reviews(report) -> list[dict]:
    """schema.org ClaimReview objects, one per claim."""
    a = report.article
    out = []
    for c in report.checked:
        cl = c.claim
        sentence = next((s.text for s in report.sentences if s.index == cl.sentence), cl.text)
        item = {"@type": "Claim", "datePublished": report.date.isoformat(),
                "appearance": {"@type": "CreativeWork", "headline": a.title, "url": a.url}}  # fmt: skip
        if cl.speaker:
            item["author"] = {"@type": "Person", "name": cl.speaker}
        item["appearance"] = {k: v for k, v in item["appearance"].items() if v}
        out.append({
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": sentence,
            "datePublished": date.today().isoformat(),
            "author": {"@type": "Organization", "name": f"milex claim checker {__version__}"},
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": RATING[c.verdict],
                "bestRating": 3,
                "worstRating": 1,
                "alternateName": c.verdict,
                "ratingExplanation": c.explanation,
            },
            "itemReviewed": item,
        })  # fmt: skip
    return out


_CSS = """
body{font:16px/1.55 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}.meta,.note{color:#555;font-size:.9rem}
mark{padding:0 .15em;border-radius:3px}mark.supported{background:#c9efc9}
mark.contradicted{background:#f7c6c6}mark.unverifiable{background:#fbe9a6}mark.mixed{background:#e2d4f7}
mark a{color:inherit;text-decoration:none}sup{font-size:.7em;color:#555}
.claims{font:14px/1.45 system-ui,sans-serif}.claim{border-left:4px solid #aaa;padding:.3rem .8rem;margin:.8rem 0}
.claim.supported{border-color:#2a8a2a}.claim.contradicted{border-color:#c02b2b}.claim.unverifiable{border-color:#c9a400}
.verdict{font-weight:bold;text-transform:uppercase}.dim{color:#666}
"""


def html_page(report) -> str:
    """A self-contained page: the article with its claims highlighted, then the verdicts."""
    e = html.escape
    a = report.article
    numbers = {k: i + 1 for i, k in enumerate(sorted(range(len(report.checked)),
                                                     key=lambda k: report.checked[k].claim.start))}  # fmt: skip
    spans = _spans(report)
    paragraphs: dict[int, list[str]] = {}
    for sent in report.sentences:
        parts, pos = [], sent.start
        for start, end, ids in spans.get(sent.index, []):
            parts.append(e(sent.text[pos - sent.start : start - sent.start]))
            label = " / ".join(f"{LABEL[report.checked[k].verdict]}: {report.checked[k].explanation}"
                               for k in ids)  # fmt: skip
            refs = ",".join(f'<a href="#claim-{numbers[k]}">{numbers[k]}</a>' for k in ids)
            parts.append(f'<mark class="{_verdict_of(report, ids)}" title="{e(label)}">'
                         f"{e(sent.text[start - sent.start : end - sent.start])}<sup>{refs}</sup></mark>")  # fmt: skip
            pos = end
        parts.append(e(sent.text[pos - sent.start :]))
        paragraphs.setdefault(sent.paragraph, []).append("".join(parts))
    body = "\n".join(f"<p>{' '.join(p)}</p>" for _, p in sorted(paragraphs.items()))
    claims_html = []
    for k in sorted(numbers, key=numbers.get):
        c = report.checked[k]
        cl = c.claim
        ev = c.evidence
        evidence = ""
        if ev is not None and ev.edition is not None:
            evidence = (f"<div class='dim'>evidence: {e(ev.source)} {ev.edition} edition, table "
                        f"{e(str(ev.table))}, {e(ev.measure or '')}, {e(ev.country or '')} "
                        f"{ev.year}: {ev.value:,.4g} — {e(ev.file or '')} {e(ev.sheet or '')} "
                        f"{e(ev.cell or '')}</div>")  # fmt: skip
        who = f" · said by {e(cl.speaker)}" if cl.speaker else ""
        claims_html.append(
            f"<div class='claim {c.verdict}' id='claim-{numbers[k]}'><span class='verdict'>"
            f"[{numbers[k]}] {e(c.verdict)}</span> — {e(cl.kind.replace('_', ' '))} · "
            f"{e(cl.subject or '?')}{' · ' + str(cl.year) if cl.year else ''}{who}: "
            f"“{e(cl.text)}”<div>{e(c.explanation)}</div>"
            f"<div class='dim'>tolerance: {e(c.tolerance or '—')}</div>{evidence}</div>"
        )
    # inside <script>, markup characters are written as JSON escapes so no text can end it
    reviews = (
        json.dumps(claim_reviews(report), ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
    notes = "".join(f"<p class='note'>{e(n)}</p>" for n in report.notes)
    title = e(a.title or "Checked article")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} — milex claim check</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{_CSS}</style>
<script type="application/ld+json">{reviews}</script>
</head><body>
<h1>{title}</h1>
<p class="meta">Judged as of {report.date.isoformat()} (date: {e(a.date_source)}).
{e(tally(report))}. Data: NATO, <i>Defence Expenditure of NATO Countries</i>;
SIPRI Military Expenditure Database.</p>
{notes}
<article>
{body}
</article>
<section class="claims"><h2>Claims</h2>
{"".join(claims_html)}
</section>
<p class="meta">Checked with milex {e(__version__)}.</p>
</body></html>
"""
