"""check-batch at scale: articles/s and memory per worker, local processes and Dask.

    python benchmarks/batch_scale.py [--sizes 10000,100000] [--runs 3] [--once-from 100000]

For each size, made-up articles (milex.batch.synthetic: corpus sentences and background
paragraphs, about 1,300 characters each, one in four HTML) are written once as Parquet shards
of 10,000; then each engine checks them into a fresh output folder: local with 1 and with 2
processes, and Dask on a LocalCluster of 2 single-threaded workers. Articles/s is over the
whole run, worker start-up and dataset loading included; memory is the largest peak resident
size of a worker process. Runs of the engines alternate, and the median of --runs runs is
printed (sizes at or above --once-from are run once: say so when quoting them).

On a machine shared with other work, wall-clock rates say more about the neighbours than
about the engine, so the CPU time of the workers is measured too: "per CPU-s" is articles
per CPU-second of the workers (start-up included), "x if a core each" the speed-up over one
local process that the engine would reach were each worker given a core of its own, and
"CPU share" the fraction of a core each worker actually got.
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


def measure(archive: Path, work: Path, engine: str, workers: int) -> dict:
    """One run into a fresh folder: articles/s, per worker CPU-second, worker memory."""
    out = work / f"out-{engine}-{workers}-{time.monotonic_ns()}"
    start = time.perf_counter()
    run = check_archive(archive, out, engine=engine, workers=workers)
    seconds = time.perf_counter() - start
    return {"rate": run.checked / seconds, "per_cpu": run.checked / run.cpu_seconds,
            "cpu_share": run.cpu_seconds / (workers * seconds),
            "mb": max(run.workers.values()) / 2**20}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--once-from", type=int, default=100_000)
    parser.add_argument("--engines", default="local:1,local:2,dask:2",
                        help="ENGINE:WORKERS,...; the first is the base of the speed-ups")  # fmt: skip
    args = parser.parse_args()
    engines = [(e, int(w)) for e, _, w in (x.partition(":") for x in args.engines.split(","))]
    print(
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the start; median of "
        f"{args.runs} runs below {args.once_from:,} articles, one run from there on",
        flush=True,
    )
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="milex-batch-") as tmp:
            archive = Path(tmp) / "archive"
            synthetic.write_archive(size, archive)
            runs = 1 if size >= args.once_from else args.runs
            seen: dict = {e: [] for e in engines}
            for _ in range(runs):
                for engine in engines:
                    m = measure(archive, Path(tmp), *engine)
                    seen[engine].append(m)
                    print(f"  run: {size:,} {engine[0]} {engine[1]}: {m['rate']:.1f} articles/s, "
                          f"CPU share {m['cpu_share']:.2f}, load {os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
            median = {e: {k: statistics.median(m[k] for m in ms) for k in ms[0]}
                      for e, ms in seen.items()}  # fmt: skip
            base = median[engines[0]]
            print(f"{'articles':>9} {'engine':>7} {'workers':>7} {'runs':>4} {'articles/s':>10} "
                  f"{'x ' + '-'.join(map(str, engines[0])):>9} {'per CPU-s':>9} {'x if a core each':>16} {'CPU share':>9} "
                  f"{'MB/worker':>9}")  # fmt: skip
            for (engine, workers), m in median.items():
                ideal = workers * m["per_cpu"] / base["per_cpu"]
                print(f"{size:>9,} {engine:>7} {workers:>7} {runs:>4} {m['rate']:>10,.1f} "
                      f"{m['rate'] / base['rate']:>9.2f} {m['per_cpu']:>9,.1f} {ideal:>16.2f} "
                      f"{m['cpu_share']:>9.2f} {m['mb']:>9,.0f}", flush=True)  # fmt: skip
    print(f"load average {os.getloadavg()[0]:.1f} at the end (other work on the machine)")


if __name__ == "__main__":
    main()
