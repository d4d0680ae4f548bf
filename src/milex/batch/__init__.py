"""Check a news archive: millions of articles, on this machine's cores or a Dask cluster.

    archive ─▶ sources (partitions) ─▶ engines / cluster ─▶ partition (on a worker: read,
    check each article with milex.check, spool, write tables) ─▶ store (manifest) ─▶ OUT

- sources.py: JSONL (.gz), Parquet, folders of shards or of text files; column mapping.
- partition.py: the task a worker runs; rows.py: an article's report as table rows.
- engines.py: the driver loop and the local process engine; cluster.py: the Dask engine.
- store.py: the output folder, its manifest and spools (resuming); progress.py: the tally.

>>> from milex.batch import check_archive
>>> run = check_archive("articles.jsonl", "results/", engine="local", workers=2)  # doctest: +SKIP
>>> run.articles, run.claims, run.rate  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from milex.batch import sources
from milex.batch.progress import Tally
from milex.batch.sources import BadArchive, Columns
from milex.batch.store import Manifest, OutputInUse
from milex.errors import MilexError

__all__ = ["BadArchive", "BatchRun", "Columns", "OutputInUse", "check_archive"]

FORMATS = ("parquet", "jsonl")


@dataclass
class BatchRun:
    """What a run did: totals over the whole output (earlier runs included) and its pace."""

    partitions: int
    articles: int
    claims: int
    errors: int
    supported: int
    contradicted: int
    unverifiable: int
    checked: int  # articles checked by this run (the others were done before it)
    seconds: float
    workers: dict[str, int]  # worker -> peak memory in bytes, for workers of this run
    cpu_seconds: float = 0.0  # CPU time of this run's workers, their start-up included

    @property
    def rate(self) -> float:
        """Articles checked per second by this run."""
        return self.checked / self.seconds if self.seconds else 0.0


def check_archive(
    source: str | Path,
    out: str | Path,
    *,
    engine: str = "local",
    workers: int = 2,
    scheduler: str | None = None,
    partition_size: int = 500,
    columns: Columns | None = None,
    formats: tuple[str, ...] = ("parquet",),
    force: bool = False,
    on_tick: Callable[[Tally], None] | None = None,
    announce: Callable[[str], None] = lambda message: None,
) -> BatchRun:
    """Check every article of an archive into OUT/articles and OUT/claims (one file per
    partition); a run restarted on the same OUT goes on where the last one stopped.

    engine: "local" (`workers` processes) or "dask" (the cluster at `scheduler`, else a
    LocalCluster of `workers` processes). formats: "parquet" and/or "jsonl".
    on_tick(tally) is called a few times a second; announce(message) says what happens.
    """
    source, out = Path(source), Path(out)
    columns = columns or Columns()
    if engine not in ("local", "dask"):
        raise MilexError(f"unknown engine {engine!r}: local or dask")
    if scheduler and engine != "dask":
        raise MilexError("a scheduler address needs the dask engine (--engine dask)")
    if not formats or set(formats) - set(FORMATS):
        raise MilexError(f"output formats are {' and '.join(FORMATS)}")
    if partition_size < 1:
        raise MilexError("a partition holds at least one article")
    if source.is_dir() and out.resolve().is_relative_to(source.resolve()):
        raise MilexError(f"--out {out} is inside the archive {source}: give a folder outside it")
    parts = sources.plan(source, partition_size, columns)
    fingerprint = {"input": sources.fingerprint(parts), "columns": asdict(columns),
                   "partition_size": partition_size, "formats": sorted(formats)}  # fmt: skip
    manifest = Manifest.open(out, fingerprint, force)
    tally = Tally(out, total=sum(p.articles for p in parts))
    for pid, counts in manifest.done.items():
        tally.add_finished({**counts, "partition": pid}, this_run=False)
    tally.scan(finished=set(manifest.done))
    tally.before = tally.articles
    todo = [p for p in parts if p.id not in manifest.done]
    if manifest.done:
        announce(f"resuming: {len(manifest.done)} of {len(parts)} partitions done, "
                 f"{tally.articles:,} of {tally.total:,} articles")  # fmt: skip

    def finished(summary: dict) -> None:
        manifest.record(summary)
        tally.add_finished(summary)

    def tick() -> None:
        tally.scan(finished=set(manifest.done))
        if on_tick:
            on_tick(tally)

    args = (str(out.resolve()), columns, tuple(sorted(formats)))
    try:
        if todo and engine == "local":
            from milex.batch.engines import run_local

            run_local(todo, args, workers, finished, tick)
        elif todo:
            from milex.batch.cluster import run_dask

            run_dask(todo, args, scheduler, workers, finished, tick, announce)
    finally:
        manifest.save()  # what finished is recorded, also when the run is interrupted
    tick()
    done = tally.done
    return BatchRun(partitions=len(parts), articles=done["articles"], claims=done["claims"],
                    errors=done["errors"], supported=done["supported"],
                    contradicted=done["contradicted"], unverifiable=done["unverifiable"],
                    checked=tally.checked, seconds=tally.seconds, workers=tally.workers,
                    cpu_seconds=sum(tally.cpu.values()))  # fmt: skip
