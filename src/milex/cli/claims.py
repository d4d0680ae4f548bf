"""`milex check`: verify the defence-spending figures in an article (check-batch: batch.py)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from milex.cli.base import command, fail


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    html = "html"
    claimreview = "claimreview"


DateOpt = Annotated[
    str | None,
    typer.Option(
        "--date", help="the article's publication date, YYYY-MM-DD (default: its metadata)"
    ),
]


@command("check")
def check_article(
    source: Annotated[str, typer.Argument(help="a text or HTML file, a URL, or - for stdin")],
    date: DateOpt = None,
    fmt: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="text, json, html or claimreview")
    ] = CheckFormat.text,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="write here, not stdout")] = None,
    force: Annotated[bool, typer.Option("--force", help="replace an existing --out file")] = False,
) -> None:
    """Check an article's defence-spending figures against the data of its day.

    Each figure is judged against the NATO (or SIPRI) edition published on or before the
    article's date: supported, contradicted or unverifiable, with the evidence.

    Example: milex check examples/article-2025-09.txt --format json
    """
    import json

    from milex import outputs
    from milex.claims import check
    from milex.claims import input as article_input

    if out is not None:
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
        from rich.console import Console

        from milex.claims.render import renderables

        console = Console()
        for item in renderables(report):
            console.print(item, highlight=False)
        return
    text = {
        CheckFormat.text: report.to_text,
        CheckFormat.json: report.to_json,
        CheckFormat.html: report.to_html,
        CheckFormat.claimreview: lambda: json.dumps(
            report.to_claimreview(), ensure_ascii=False, indent=2
        ),
    }[fmt]()
    if out is None:
        typer.echo(text)
    else:
        outputs.write_text(out, text, force)
        typer.echo(f"milex: wrote {out} ({len(report.checked)} claims)", err=True)
