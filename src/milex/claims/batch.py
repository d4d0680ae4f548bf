"""Check many articles: a folder of .txt/.html files or a JSONL of {"id","date","text"|"html"}.

Articles are checked in worker processes (the dataset index is loaded once per worker) and
the results come back in input order, one JSON object per article; an article that cannot
be read gives {"id", "error"} instead of stopping the batch.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from milex.errors import MilexError

SUFFIXES = (".txt", ".html", ".htm", ".md", ".text")


def articles(path: Path) -> Iterator[dict]:
    """Items {"id", "date", "text"|"html"|"path"} from a folder or a JSONL file."""
    if path.is_dir():
        for file in sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES):
            yield {"id": str(file.relative_to(path)), "path": str(file)}
        return
    if not path.exists():
        raise MilexError(f"{path} does not exist: give a folder of articles or a .jsonl file")
    with path.open("rb") as head:
        binary = b"\x00" in head.read(8192)
    if binary:
        raise MilexError(f"{path} is binary data: give a folder of articles or a .jsonl file")
    with path.open(encoding="utf-8", errors="replace") as lines:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as exc:
                yield {"id": f"line {n}", "error": f"not JSON ({exc})"}
                continue
            if not isinstance(item, dict) or not ("text" in item or "html" in item):
                yield {"id": f"line {n}", "error": 'expected {"id", "date", "text" or "html"}'}
                continue
            item.setdefault("id", f"line {n}")
            yield item


def check_item(item: dict) -> dict:
    """One article's result row (the report's JSON plus its id), or its error."""
    from milex.claims import check

    if "error" in item:
        return {"id": item["id"], "error": item["error"]}
    try:
        if "path" in item:
            source = Path(item["path"]).read_bytes()
        else:
            source = item.get("html") or item.get("text") or ""
        report = check(source, date=item.get("date") or None, url=item.get("url"))
    except MilexError as exc:
        return {"id": item["id"], "error": str(exc)}
    except OSError as exc:
        return {"id": item["id"], "error": f"cannot read: {exc}"}
    return {"id": item["id"], **report.to_dict()}


def _warm() -> None:
    from milex.claims import evidence, patterns

    patterns.load()
    evidence.warm()
    import milex.analysis.scorecard  # noqa: F401  (the counts import it on first use)


def _check_chunk(items: list[dict]) -> list[dict]:
    return [check_item(item) for item in items]


def check_many(items, workers: int = 2, on_result=None, chunk: int = 16) -> Iterator[dict]:
    """Results in input order; `on_result(row)` is called as each one arrives.

    Articles travel to the workers in chunks, so that short articles are not dominated by
    the cost of passing them between processes.
    """
    if workers <= 1:
        _warm()
        for item in items:
            row = check_item(item)
            if on_result:
                on_result(row)
            yield row
        return
    window = workers * 4  # chunks in flight: keeps memory flat on long batches
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        pending: deque = deque()

        def drain(limit: int):
            while len(pending) > limit:
                for row in pending.popleft().result():
                    if on_result:
                        on_result(row)
                    yield row

        batch: list[dict] = []
        for item in items:
            batch.append(item)
            if len(batch) >= chunk:
                pending.append(pool.submit(_check_chunk, batch))
                batch = []
                yield from drain(window)
        if batch:
            pending.append(pool.submit(_check_chunk, batch))
        yield from drain(0)
