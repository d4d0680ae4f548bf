"""check-batch at scale: articles/s and memory per worker, local processes and Dask.

    python benchmarks/batch_scale.py [--sizes 10000,100000] [--runs 3] [--once-from 100000]

For each size, made-up articles (milex.batch.synthetic: corpus sentences and background
paragraphs, about 1,300 characters each, one in four HTML) are written once as Parquet shards
of 10,000; then each engine checks them into a fresh output folder: local with 1 and with 2
processes, and Dask on a LocalCluster of 2 single-threaded workers. Articles/s is over the
whole run, worker start-up and dataset loading included; memory is the largest peak resident
size of a worker process. Runs of the engines alternate, and the median of --runs runs is
printed (sizes at or above --once-from are run once: say so when quoting them).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from milex.batch import check_archive, synthetic  # noqa: E402

ENGINES = (("local", 1), ("local", 2), ("dask", 2))


def measure(archive: Path, work: Path, engine: str, workers: int) -> tuple[float, float]:
    """(articles/s, peak MB of the largest worker) for one run into a fresh folder."""
    out = work / f"out-{engine}-{workers}-{time.monotonic_ns()}"
    start = time.perf_counter()
    run = check_archive(archive, out, engine=engine, workers=workers)
    seconds = time.perf_counter() - start
    return run.checked / seconds, max(run.workers.values()) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--once-from", type=int, default=100_000)
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the start; median of {args.runs} runs below {args.once_from:,} articles, "
          "one run from there on")  # fmt: skip
    print(f"{'articles':>9} {'engine':>7} {'workers':>7} {'runs':>4} {'articles/s':>10} "
          f"{'x local-1':>9} {'MB/worker':>9}")  # fmt: skip
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="milex-batch-") as tmp:
            archive = Path(tmp) / "archive"
            synthetic.write_archive(size, archive)
            runs = 1 if size >= args.once_from else args.runs
            rates: dict = {e: [] for e in ENGINES}
            memory: dict = {e: [] for e in ENGINES}
            for _ in range(runs):
                for engine in ENGINES:
                    rate, mb = measure(archive, Path(tmp), *engine)
                    rates[engine].append(rate)
                    memory[engine].append(mb)
            base = statistics.median(rates[ENGINES[0]])
            for engine, workers in ENGINES:
                rate = statistics.median(rates[engine, workers])
                mb = statistics.median(memory[engine, workers])
                print(f"{size:>9,} {engine:>7} {workers:>7} {runs:>4} {rate:>10,.1f} "
                      f"{rate / base:>9.2f} {mb:>9,.0f}", flush=True)  # fmt: skip
    print(f"load average {os.getloadavg()[0]:.1f} at the end (other work on the machine)")


if __name__ == "__main__":
    main()
