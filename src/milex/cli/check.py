"""`milex check`: verify the defence-spending figures in an article (check-batch: batch.py).

Declared as a table of parameters (milex.cli.plain) so that it runs without importing typer;
claims.py registers it with typer from the same table, for its help and its usage errors.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

from milex.cli.plain import Param, fail


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    html = "html"
    claimreview = "claimreview"


PARAMS = (
    Param("source", help="a text or HTML file, a URL, or - for stdin"),
    Param("date", ("--date",),
          help="the article's publication date, YYYY-MM-DD (default: its metadata)"),
    Param("fmt", ("--format", "-f"), help="text, json, html or claimreview", kind=CheckFormat,
          default=CheckFormat.text),
    Param("out", ("--out", "-o"), help="write here, not stdout", kind=Path),
    Param("force", ("--force",), help="replace an existing --out file", kind=bool,
          default=False),
)  # fmt: skip


def run(
    source: str,
    date: str | None = None,
    fmt: CheckFormat = CheckFormat.text,
    out: Path | None = None,
    force: bool = False,
) -> None:
    """Check an article's defence-spending figures against the data of its day.

    Each figure is judged against the NATO (or SIPRI) edition published on or before the
    article's date: supported, contradicted or unverifiable, with the evidence.

    Example: milex check examples/article-2025-09.txt --format json
    """
    from milex.claims import check
    from milex.claims import input as article_input

    if out is not None:
        from milex import outputs  # only to write a file: it brings tempfile and shutil

        outputs.target(out, force)  # refused before the work, not after
    url = None
    if source == "-":
        data: bytes | Path = sys.stdin.buffer.read()
    elif article_input.is_url(source):
        url = source
        data = article_input.fetch(source)
    else:
        data = Path(source)
        if not source.strip() or not data.exists():
            fail(f"{source!r} does not exist (give a file, a URL, or - for stdin)", 2)
    report = check(data, date=date, url=url)
    if fmt is CheckFormat.text and out is None:
        from rich.console import Console, Group

        from milex.claims.render import renderables

        # printed at once: each print costs rich its set-up (half the time of an article's report)
        Console().print(Group(*renderables(report)), highlight=False)
        return
    if fmt is CheckFormat.claimreview:
        import json

        text = json.dumps(report.to_claimreview(), ensure_ascii=False, indent=2)
    else:
        text = {CheckFormat.text: report.to_text, CheckFormat.json: report.to_json,
                CheckFormat.html: report.to_html}[fmt]()  # fmt: skip
    if out is None:
        print(text)
    else:
        outputs.write_text(out, text, force)
        print(f"milex: wrote {out} ({len(report.checked)} claims)", file=sys.stderr)
