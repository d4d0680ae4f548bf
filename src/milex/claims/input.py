"""What the checker reads: plain text, an HTML page, a URL or stdin, and the article's date.

HTML is reduced to its main text: the <article> (else <main>, else <body>) without
navigation, header, footer, asides, scripts, styles and forms. The publication date comes
from the page's metadata (article:published_time, datePublished in meta/itemprop/JSON-LD,
<time datetime>) or a leading "Date: YYYY-MM-DD" line; a date given by the caller wins.
Input above MAX_BYTES, or that is not text at all, is refused with a message saying so.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from milex.errors import BadParameter, MilexError

MAX_BYTES = 25 * 1024 * 1024  # 25 MB: far above any article, low enough to answer in seconds
# An article is judged at a day between the signing of the North Atlantic Treaty and a horizon
# far past any edition: a date given outside is refused, one found in the page is ignored, so
# that "last year" or "on Sunday" never steps off the calendar.
EARLIEST_DAY = date(1949, 4, 4)
LATEST_DAY = date(2199, 12, 31)

_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF file (save its text first)",
    b"PK\x03\x04": "a ZIP archive (or a Word/Excel file)",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip archive",
}
_DROP = "script, style, nav, header, footer, aside, form, noscript, svg, iframe, button, template"
# page furniture that sites put in plain <div>s: related links, newsletters, comments, ads
_FURNITURE = ", ".join(
    f'[{attr}*="{word}"]'
    for attr in ("class", "id")
    for word in ("related", "newsletter", "comment", "cookie", "promo", "advert", "social",
                 "subscribe", "paywall", "breadcrumb", "sidebar", "recommend", "most-read")
)  # fmt: skip
_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, table, dd, dt, figcaption"
_DATE_LINE = re.compile(r"\s*(?:date|published|dated)\s*:\s*(\S.{0,40})", re.IGNORECASE)
_MONTHS = ("january february march april may june july august september october november "
           "december").split()  # fmt: skip
_HUMAN_DAY = re.compile(r"(\d{1,2})\s+([a-z]+)\s+(\d{4})|([a-z]+)\s+(\d{1,2}),?\s+(\d{4})", re.I)
_TITLE_LINE = re.compile(r"\s*(?:headline|title)\s*:\s*(\S.{0,300})", re.IGNORECASE)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


class UnreadableArticle(MilexError):
    """The input is empty, too large, binary, or cannot be fetched."""


@dataclass
class Article:
    text: str
    date: date | None
    date_source: str  # where the date came from ("--date", "meta article:published_time", ...)
    title: str | None = None
    url: str | None = None
    form: str = "text"  # "text" or "html"


def read(source: str | bytes | Path, date_given: date | str | None = None) -> Article:
    """An article from text or HTML (str), raw bytes, or a path to a file."""
    if isinstance(source, Path):
        if source.is_dir():
            raise UnreadableArticle(
                f"{source} is a folder: give one article's file (check-batch reads a folder)"
            )
        try:
            _check_size(source.stat().st_size, str(source))
            source = source.read_bytes()
        except OSError as exc:
            raise UnreadableArticle(f"cannot read {source}: {exc.strerror or exc}") from None
    if isinstance(source, bytes):
        source = decode(source)
    _check_size(len(source), "the text")
    article = from_html(source) if looks_like_html(source) else from_text(source)
    if date_given is not None:
        article.date = _as_date(date_given)
        article.date_source = "given by the caller"
    return article


def _check_size(size: int, what: str) -> None:
    if size > MAX_BYTES:
        raise UnreadableArticle(
            f"{what} is {size / 1e6:.1f} MB, above the {MAX_BYTES // (1024 * 1024)} MB limit for "
            "one article: split it, or pass the articles as a JSONL batch"
        )


def decode(data: bytes) -> str:
    """Bytes -> text, refusing what is evidently not text (images, archives, PDFs)."""
    _check_size(len(data), "the input")
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise UnreadableArticle(f"the input is {what}, not an article's text or HTML")
    head = data[:8192]
    if b"\x00" in head:
        raise UnreadableArticle("the input is binary data, not an article's text or HTML")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    sample = text[:8192]
    control = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    if sample and control / len(sample) > 0.05:
        raise UnreadableArticle("the input is binary data, not an article's text or HTML")
    return text


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(?:html|body|article|main|p|div|head)[\s>]", head)
    )


def from_text(text: str) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    day, where, title = None, "none found", None
    for line in text.split("\n", 8)[:8]:
        m = _DATE_LINE.match(line)
        if m and day is None:
            day, where = _parse_day(m.group(1)) or _human_day(m.group(1)), "a 'Date:' line"
        m = _TITLE_LINE.match(line)
        if m and title is None:
            title = m.group(1).strip()
    return Article(text, day, where if day else "none found", title, form="text")


# Browsers' parsers (lexbor among them) slow down with the square of the nesting depth; no
# real page nests this deep, so past it the tags are stripped by a linear scan instead.
MAX_DEPTH = 1_000
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,15})[^<>]{0,2000}?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta source track wbr p li".split())
_SKIP_BLOCKS = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_BLOCK_TAGS = frozenset(
    "p div br li h1 h2 h3 h4 h5 h6 tr td th article section main header footer blockquote "
    "ul ol table dd dt figcaption".split()
)


def nesting_depth(html: str, stop: int = MAX_DEPTH) -> int:
    """The deepest nesting of elements, counted up to `stop` (a linear scan of the tags)."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        name = m.group(2).lower()
        if m.group(3) or name in _VOID:
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
        if deepest >= stop:
            break
    return deepest


def _stripped_text(html: str) -> str:
    """Text of pathologically nested HTML: tags removed, block tags as paragraph breaks."""
    import html as htmllib

    text = _SKIP_BLOCKS.sub(" ", html)

    def tag(m: re.Match) -> str:
        return "\n\n" if m.group(2).lower() in _BLOCK_TAGS else ""

    text = _TAG.sub(tag, text)
    paragraphs = (" ".join(p.split()) for p in htmllib.unescape(text).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def from_html(html: str) -> Article:
    from selectolax.lexbor import LexborHTMLParser

    if nesting_depth(html) >= MAX_DEPTH:
        day, where = None, "none found"
        m = re.search(r'article:published_time"\s+content="([^"]{0,40})', html[:200_000])
        if m:
            day, where = _parse_day(m.group(1)), "meta article:published_time"
        return Article(_stripped_text(html), day, where if day else "none found", form="html")
    tree = LexborHTMLParser(html)
    day, where = _html_date(tree)
    title = _html_title(tree)
    for node in tree.css(_DROP):
        node.decompose()
    for node in tree.css(_FURNITURE):
        if node.tag not in ("html", "body", "article", "main"):
            node.decompose()
    for node in tree.css("br"):
        node.replace_with("\n")  # a line of its own: "Top spenders:<br>United States 968bn"
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    paragraphs = []
    if root is not None:
        blocks = root.css(_BLOCKS)
        nested = set()
        for node in blocks:
            for inner in node.css(_BLOCKS):
                if inner.mem_id != node.mem_id:
                    nested.add(node.mem_id)
                    break
        for node in blocks:
            if node.mem_id in nested:
                continue
            text = (
                _table(node) if node.tag == "table" else _lines(node.text(deep=True, separator=""))
            )
            if text:
                paragraphs.append(text)
        if not paragraphs:
            paragraphs = [" ".join(root.text(deep=True, separator=" ").split())]
    return Article("\n\n".join(p for p in paragraphs if p), day, where, title, form="html")


def _lines(text: str) -> str:
    """A block's text, its spaces collapsed, its line breaks kept."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


def _table(node) -> str:
    """A table as the lines of a text table ('| Country | 2014 | 2024 |', a rule under a row
    of headers), so that its column headers stay with its figures."""
    lines = []
    for row in node.css("tr"):
        cells = [" ".join(c.text(deep=True, separator=" ").split()) for c in row.css("td, th")]
        if any(cells):
            lines.append("| " + " | ".join(cells) + " |")
            if len(lines) == 1 and row.css_first("th") is not None:
                lines.append("|" + "---|" * len(cells))
    return "\n".join(lines)


def _html_title(tree) -> str | None:
    for selector, attr in (('meta[property="og:title"]', "content"), ("title", None), ("h1", None)):
        node = tree.css_first(selector)
        if node is not None:
            value = node.attributes.get(attr) if attr else node.text(strip=True)
            if value:
                return " ".join(value.split())
    return None


def _html_date(tree) -> tuple[date | None, str]:
    metas = (
        ('meta[property="article:published_time"]', "meta article:published_time"),
        ('meta[property="og:published_time"]', "meta og:published_time"),
        ('meta[itemprop="datePublished"]', "meta itemprop datePublished"),
        ('meta[name="datePublished"]', "meta datePublished"),
        ('meta[name="date"]', "meta date"),
        ('meta[name="pubdate"]', "meta pubdate"),
        ('meta[name="dc.date"]', "meta dc.date"),
    )
    for selector, where in metas:
        node = tree.css_first(selector)
        day = _parse_day(node.attributes.get("content") if node is not None else None)
        if day:
            return day, where
    node = tree.css_first('[itemprop="datePublished"]')
    if node is not None:
        day = _parse_day(node.attributes.get("datetime") or node.attributes.get("content"))
        if day:
            return day, "itemprop datePublished"
    for script in tree.css('script[type="application/ld+json"]'):
        day = _json_ld_date(script.text())
        if day:
            return day, "JSON-LD datePublished"
    node = tree.css_first("time[datetime]")
    if node is not None:
        day = _parse_day(node.attributes.get("datetime"))
        if day:
            return day, "a <time datetime> element"
    return None, "none found"


def _json_ld_date(text: str) -> date | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    stack, seen = [data], 0
    while stack and seen < 1000:
        seen += 1
        item = stack.pop()
        if isinstance(item, dict):
            day = _parse_day(item.get("datePublished"))
            if day:
                return day
            stack.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend(item)
    return None


def _parse_day(value) -> date | None:
    if not isinstance(value, str):
        return None
    m = _ISO_DAY.search(value[:40])
    if not m:
        return None
    try:
        day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return day if in_range(day) else None


def _human_day(value: str) -> date | None:
    """'2 July 2024' or 'July 2, 2024'."""
    m = _HUMAN_DAY.search(value)
    if not m:
        return None
    day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (
        m.group(5), m.group(4), m.group(6))  # fmt: skip
    names = [name for name in _MONTHS if name.startswith(month.lower()[:3])]
    if not names or len(month) < 3:
        return None
    try:
        found = date(int(year), _MONTHS.index(names[0]) + 1, int(day))
    except ValueError:
        return None
    return found if in_range(found) else None


def _as_date(value: date | str) -> date:
    from milex.dataset.selection import as_date

    if not isinstance(value, date | str):
        raise UnreadableArticle(f"not a date: {value!r} (expected YYYY-MM-DD)")
    try:
        day = as_date(value, "date")
    except BadParameter as exc:
        raise UnreadableArticle(str(exc)) from None
    return judgeable(day)


def in_range(day: date | None) -> bool:
    return day is not None and EARLIEST_DAY <= day <= LATEST_DAY


def judgeable(day: date) -> date:
    """The day itself, if an article can be judged at it; else a clear refusal."""
    if not in_range(day):
        raise UnreadableArticle(
            f"date {day.isoformat()} is outside the range an article can be judged at "
            f"({EARLIEST_DAY.isoformat()}, when the North Atlantic Treaty was signed, to "
            f"{LATEST_DAY.isoformat()})"
        )
    return day


FETCH_DEADLINE = 30.0  # seconds for a whole page, however slowly the server sends it


def fetch(url: str, timeout: float = FETCH_DEADLINE, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes at a URL within `timeout` seconds overall and `max_bytes`; else a clear error.

    The download runs in a thread that the caller stops waiting for at the deadline, so a
    server that trickles a byte at a time cannot hold the check.
    """
    import threading

    shown = redacted(url)
    outcome: dict = {}

    def download() -> None:
        try:
            outcome["data"] = _download(url, shown, timeout, max_bytes)
        except BaseException as exc:  # handed to the waiting caller
            outcome["error"] = exc

    worker = threading.Thread(target=download, name="milex-fetch", daemon=True)
    worker.start()
    worker.join(timeout + 1.0)
    if worker.is_alive():
        raise UnreadableArticle(f"{shown} did not send the page within {timeout:g} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["data"]


def _download(url: str, shown: str, deadline: float, max_bytes: int) -> bytes:
    import time

    import httpx

    ends = time.monotonic() + deadline
    try:
        with httpx.Client(follow_redirects=True, timeout=deadline) as client:
            with client.stream("GET", url, headers={"User-Agent": "milex claim checker"}) as resp:
                resp.raise_for_status()
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    _check_size(int(declared), shown)
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        _check_size(size, shown)
                    if time.monotonic() > ends:
                        raise UnreadableArticle(
                            f"{shown} did not send the page within {deadline:g} s"
                        )
                    chunks.append(chunk)
                return b"".join(chunks)
    except httpx.HTTPStatusError as exc:
        raise UnreadableArticle(f"{shown} answered {exc.response.status_code}") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol, ValueError) as exc:
        raise UnreadableArticle(f"{shown} is not a URL that can be fetched ({exc})") from None
    except httpx.HTTPError as exc:
        raise UnreadableArticle(
            f"cannot fetch {shown} ({type(exc).__name__}); are you offline? Save the page "
            "and pass the file instead"
        ) from None


def redacted(url: str) -> str:
    """The URL without any user name or password in it, for messages and reports."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    host_end = min((k for k in (rest.find(c) for c in "/?#") if k != -1), default=len(rest))
    authority = rest[:host_end]
    if "@" not in authority:
        return url
    return f"{scheme}://{authority.rpartition('@')[2]}{rest[host_end:]}"


def is_url(source: str) -> bool:
    return source[:8].lower().startswith(("http://", "https://"))
