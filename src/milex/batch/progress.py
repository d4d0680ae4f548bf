"""How far a batch has got: articles and claims done, rate, time left, workers' memory.

Finished partitions are counted from their summaries; partitions in flight from their
spools, read from where the last look stopped (the spools are the workers' only channel
back, so both engines are followed the same way).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from milex.batch.store import COUNTED, WORK


@dataclass
class Tally:
    out: Path
    total: int  # articles in the archive
    done: dict = field(default_factory=dict)  # counts of finished partitions (all runs)
    before: int = 0  # articles already done when this run started
    checked: int = 0  # articles checked by this run, in finished partitions
    workers: dict[str, int] = field(default_factory=dict)  # worker -> peak memory, bytes
    cpu: dict[str, float] = field(default_factory=dict)  # worker -> CPU seconds used
    started: float = field(default_factory=time.monotonic)
    _flight: dict[str, list[int]] = field(default_factory=dict)  # partition -> offset, n, claims

    def __post_init__(self) -> None:
        self.done = dict.fromkeys(COUNTED, 0)

    def add_finished(self, summary: dict, this_run: bool = True) -> None:
        for k in COUNTED:
            self.done[k] += summary.get(k) or 0
        self._flight.pop(summary["partition"], None)
        if this_run:
            self.checked += summary.get("checked", 0)
            if summary.get("peak_rss"):
                worker = summary["worker"]
                self.workers[worker] = max(self.workers.get(worker, 0), summary["peak_rss"])
                self.cpu[worker] = max(self.cpu.get(worker, 0.0), summary.get("cpu", 0.0))

    def scan(self, finished: set[str] | frozenset = frozenset()) -> None:
        """Read what the spools of partitions in flight gained since the last look."""
        for spool in (self.out / WORK).glob("part-*.jsonl"):
            if spool.stem in finished:
                continue
            offset, articles, claims = self._flight.get(spool.stem, (0, 0, 0))
            try:
                with spool.open("rb") as stream:
                    stream.seek(offset)
                    chunk = stream.read()
            except FileNotFoundError:
                continue  # finished meanwhile: counted from its summary
            end = chunk.rfind(b"\n") + 1
            for line in chunk[:end].splitlines():
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue
                if "begin" not in entry:
                    articles += 1
                    claims += len(entry["claims"])
            self._flight[spool.stem] = [offset + end, articles, claims]

    @property
    def articles(self) -> int:
        return self.done["articles"] + sum(f[1] for f in self._flight.values())

    @property
    def claims(self) -> int:
        return self.done["claims"] + sum(f[2] for f in self._flight.values())

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        """Articles checked per second by this run."""
        return (self.articles - self.before) / max(self.seconds, 1e-9)

    @property
    def eta(self) -> float | None:
        """Seconds left at the present rate, None before the first article."""
        rate = self.rate
        return (self.total - self.articles) / rate if rate > 0 else None
