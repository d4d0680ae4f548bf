"""Check one partition on a worker: read its rows where they live, check each article,
write its two tables. Runs the same under either engine, so results are the same.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

from milex.batch import rows, sources
from milex.batch.store import Spool
from milex.errors import MilexError

_WARM = False


def prepare_worker() -> None:
    """Load the dataset and the checker's patterns once in this process (not per article)."""
    global _WARM
    if not _WARM:
        import milex

        milex.check("Poland spends 2% of GDP on defence.", date="2024-07-01")
        _WARM = True


def check_partition(part: sources.Partition, out: str, columns: sources.Columns,
                    formats: tuple[str, ...]) -> dict:  # fmt: skip
    """Check every article of `part` not yet in its spool; write its tables; its counts."""
    prepare_worker()
    spool = Spool(Path(out), part.id)
    checked = 0
    try:
        reader, last = sources.read(part, columns), part.first - 1
        while True:
            try:
                n, item = next(reader)
            except StopIteration:
                break
            except Exception as exc:  # the file itself (damaged, removed), not one article
                if last + 1 not in spool.results:
                    spool.add(_entry(last + 1, {"id": f"{part.prefix}{part.id}"}, part, None,
                                     f"cannot read {part.path} after row {last}: {exc}"))  # fmt: skip
                break
            last = n
            if n in spool.results:
                continue
            if spool.begun.get(n, 0) >= 2:
                entry = _entry(n, item, part, None, "the checker's process died twice on this "
                               "article (out of memory?); it was not checked")  # fmt: skip
            else:
                spool.begin(n)
                entry = check_one(n, item, part)
                checked += 1
            spool.add(entry)
        entries = [spool.results[k] for k in sorted(spool.results)]
    finally:
        spool.close()
    articles = [e["article"] for e in entries]
    claims = [c for e in entries for c in e["claims"]]
    for fmt in formats:
        for name, table, columns_of in (("articles", articles, rows.ARTICLE_COLUMNS),
                                        ("claims", claims, rows.CLAIM_COLUMNS)):  # fmt: skip
            rows.write_table(table, columns_of, Path(out) / name / f"{part.id}.{fmt}", fmt)
    summary = {"partition": part.id, "articles": len(articles), "claims": len(claims),
               "errors": sum(a["error"] is not None for a in articles), "checked": checked,
               "worker": f"{socket.gethostname()}:{os.getpid()}", "peak_rss": _peak_rss(),
               "cpu": _cpu_seconds()}  # fmt: skip
    for verdict in rows.VERDICTS:
        summary[verdict] = sum(a[verdict] or 0 for a in articles)
    return summary


def check_one(n: int, item: dict, part: sources.Partition) -> dict:
    """One article's spool entry; whatever goes wrong becomes its error, never the batch's."""
    import milex

    if "error" in item:
        return _entry(n, item, part, None, item["error"])
    try:
        if "path" in item:
            source = Path(item["path"]).read_bytes()
        else:
            source = item.get("html") or item.get("text") or ""
        report = milex.check(source, date=item.get("date"), url=item.get("url")).to_dict()
    except MilexError as exc:
        return _entry(n, item, part, None, str(exc))
    except OSError as exc:
        return _entry(n, item, part, None, f"cannot read: {exc}")
    except Exception as exc:  # a bug in the checker must not cost the rest of the archive
        return _entry(n, item, part, None, f"the checker failed: {type(exc).__name__}: {exc}")
    return _entry(n, item, part, report, None)


def _entry(n: int, item: dict, part: sources.Partition, report, error) -> dict:
    article, claims = rows.article_rows(n, item, part.prefix, report, error)
    return {"row": n, "article": article, "claims": claims}


def _cpu_seconds() -> float:
    """CPU time this process has used so far (start-up and dataset loading included)."""
    times = os.times()
    return times.user + times.system


def _peak_rss() -> int | None:
    """This process's peak resident memory in bytes."""
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024
