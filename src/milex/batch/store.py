"""The output folder of a batch: its layout, the manifest, and each partition's spool.

    OUT/manifest.json            the run's input fingerprint and every finished partition
    OUT/articles/part-NNNNN.*    one row per article (counts, error)
    OUT/claims/part-NNNNN.*      one row per claim
    OUT/_work/part-NNNNN.jsonl   results of a partition being checked, one line per article

Every file is written to a temporary name and renamed, so a kill leaves either the old file
or the new one. A worker appends each article's result to its partition's spool as soon as
it has it: a restarted run takes the spooled results and checks only the articles after them.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from milex.errors import MilexError

MANIFEST = "manifest.json"
SAVE_EVERY = 2.0  # seconds: rewriting the manifest for each partition is quadratic over millions
TABLES = ("articles", "claims")
WORK = "_work"
_OURS = re.compile(r"part-\d{5,}\.(parquet|jsonl)$")


class OutputInUse(MilexError):
    """--out holds something a new run must not overwrite without --force."""


@contextlib.contextmanager
def replaced(target: Path) -> Iterator[Path]:
    """A temporary path beside `target`, renamed onto it when the block ends without error."""
    target = Path(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(name)
        os.replace(name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise


class Manifest:
    """What a run is (its fingerprint) and which partitions are finished, kept on disk."""

    def __init__(self, out: Path, fingerprint: dict, done: dict[str, dict] | None = None):
        self.out, self.fingerprint, self.done = Path(out), fingerprint, done or {}
        self._unsaved: list[str] = []
        self._saved_at = time.monotonic()

    @classmethod
    def open(cls, out: Path, fingerprint: dict, force: bool = False) -> Manifest:
        """The manifest of `out` to resume, or a new one (the folder made ready for it).

        A folder holding another run's results, or files milex did not write, is refused
        unless `force`, and even then only milex's own files are replaced.
        """
        from milex import outputs

        out = outputs.target(out, force=True, folder=True)  # a folder we may write in
        path = out / MANIFEST
        if path.is_file():
            try:
                saved = json.loads(path.read_text(encoding="utf-8"))
            except ValueError:
                saved = {}
            if saved.get("fingerprint") == fingerprint:
                done = saved.get("partitions") or {}
                for partition in done:  # left by a kill between the manifest and the unlink
                    with contextlib.suppress(FileNotFoundError):
                        spool_path(out, partition).unlink()
                return cls(out, fingerprint, done)
            if not force:
                raise OutputInUse(
                    f"--out: folder {out} holds the results of another run (other input or "
                    "options); choose another or pass --force to replace them"
                )
        elif out.is_dir() and any(out.iterdir()) and not force:
            raise OutputInUse(
                f"--out: folder {out} is not empty; choose another or pass --force to write "
                "into it (only milex's own result files are replaced)"
            )
        for sub in (*TABLES, WORK):
            (out / sub).mkdir(parents=True, exist_ok=True)
            for file in (out / sub).iterdir():
                if _OURS.match(file.name):
                    file.unlink()
        manifest = cls(out, fingerprint)
        manifest.save()
        return manifest

    def record(self, summary: dict) -> None:
        """Mark a partition finished (its tables are written); saved within `SAVE_EVERY` s."""
        self.done[summary["partition"]] = {k: v for k, v in summary.items() if k in COUNTED}
        self._unsaved.append(summary["partition"])
        if time.monotonic() - self._saved_at >= SAVE_EVERY:
            self.save()

    def save(self) -> None:
        """Write the manifest, then drop the spools of the partitions it now records (till
        then a restart finds their results in the spool and checks nothing again)."""
        body = {"fingerprint": self.fingerprint, "partitions": self.done}
        with replaced(self.out / MANIFEST) as tmp:
            tmp.write_text(json.dumps(body, indent=1, sort_keys=True), encoding="utf-8")
        self._saved_at = time.monotonic()
        for partition in self._unsaved:
            with contextlib.suppress(FileNotFoundError):
                spool_path(self.out, partition).unlink()
        self._unsaved = []


COUNTED = ("articles", "claims", "errors", "supported", "contradicted", "unverifiable")


def spool_path(out: Path, partition: str) -> Path:
    return Path(out) / WORK / f"{partition}.jsonl"


class Spool:
    """A partition's results so far, appended one article at a time (worker side).

    Before checking an article the worker writes {"begin": row}; a row begun twice with no
    result means the checker's process died on it twice (memory, a crash in C code): the
    third attempt records it as an error instead of dying again.
    """

    def __init__(self, out: Path, partition: str):
        self.path = spool_path(out, partition)
        self.results: dict[int, dict] = {}
        self.begun: dict[int, int] = {}
        self._sink = open(self.path, "a+b")  # noqa: SIM115  (closed by close())
        _lock(self._sink)
        self._load()

    def _load(self) -> None:
        self._sink.seek(0)
        good = 0
        for line in self._sink:
            try:
                entry = json.loads(line)
            except ValueError:
                break  # a line cut by a kill: it and anything after it are dropped
            good += len(line)
            if "begin" in entry:
                self.begun[entry["begin"]] = self.begun.get(entry["begin"], 0) + 1
            else:
                self.results[entry["row"]] = entry
        self._sink.truncate(good)
        self._sink.seek(good)

    def begin(self, row: int) -> None:
        self._write({"begin": row})

    def add(self, entry: dict) -> None:
        self.results[entry["row"]] = entry
        self._write(entry)

    def _write(self, entry: dict) -> None:
        self._sink.write(json.dumps(entry, ensure_ascii=False).encode() + b"\n")
        self._sink.flush()

    def close(self) -> None:
        self._sink.close()


def _lock(stream) -> None:
    """Hold the spool alone: a task left running by an interrupted run on a remote worker
    finishes before a new attempt at the same partition reads the spool."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; runs there are local anyway
        return
    fcntl.flock(stream.fileno(), fcntl.LOCK_EX)
