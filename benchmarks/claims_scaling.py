"""Is the claim checker linear and fast on every shape of input? Seconds per MB, peak memory.

    python benchmarks/claims_scaling.py [--sizes 0.5 1 2 4] [--runs 3] [--shapes ...]
    python benchmarks/claims_scaling.py --profile "2% " --sizes 0.5

Nine shapes, each built to the size asked: a normal article (the example repeated), quotes,
"2% " and "2%\\n" repeated, "$1.2bn " repeated, numbers with separators, nested divs,
the same claim repeated, and long lines with no full stop. Each (shape, size) is checked in a
fresh process (so its peak memory is its own), --runs times, with the per-article budget off
(no deadline, no cap on claims or numbers); the figures are the medians of the CPU seconds the
checking process spent (not wall time: the machine may be shared). Linear time shows as a
flat seconds-per-MB row; the last column compares each shape's worst seconds per MB with the
normal article's.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

MB = 1_000_000
NORMAL = "normal article"


def _article() -> str:
    article = (ROOT / "examples" / "article-2025-09.txt").read_text(encoding="utf-8")
    return article.split("\n", 2)[2]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


SHAPES = {
    NORMAL: lambda size: "Date: 2025-09-15\n\n" + _repeat(_article(), size),
    "quotes": lambda size: _repeat('"Poland spends 4% of GDP," he said. "It will rise." ', size),
    "2% ": lambda size: _repeat("2% ", size),
    "2%\\n": lambda size: _repeat("2%\n", size),
    "$1.2bn ": lambda size: _repeat("$1.2bn ", size),
    "separators": lambda size: _repeat("1,234,567.89 12.345,6 1.000.000 127.0.0.1 ", size),
    "nested divs": lambda size: (
        "<div>" * (size // 10) + _repeat("<p>Poland spends 4% of GDP.</p>", size // 2)
    ),
    "repeated claims": lambda size: _repeat("Poland spent 4.12% of GDP on defence in 2024. ", size),
    "long lines": lambda size: _repeat("Poland spends 4% of GDP and Germany 2% and ", size),
}


def _measure(shape: str, size: int, runs: int, queue) -> None:
    import milex

    milex.check(_article(), date="2025-09-15")  # data, patterns and tallies loaded
    text = SHAPES[shape](size)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    times = []
    for _ in range(runs):
        start = time.process_time()
        milex.check(text, date="2024-07-01", deadline=None, max_claims=None)
        times.append(time.process_time() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    queue.put((statistics.median(times), (peak - base) / 1024))


def measure(shape: str, size: int, runs: int) -> tuple[float, float]:
    """(median CPU seconds, extra peak memory in MB) of checking one input, in a fresh process."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_measure, args=(shape, size, runs, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def profile(shape: str, size: int) -> None:
    import cProfile
    import pstats

    import milex

    milex.check(_article(), date="2025-09-15")
    text = SHAPES[shape](size)
    cProfile.runctx("milex.check(text, date='2024-07-01', deadline=None, max_claims=None)",
                    globals(),
                    {"milex": milex, "text": text}, "/tmp/claims_scaling.prof")  # fmt: skip
    pstats.Stats("/tmp/claims_scaling.prof").sort_stats("cumulative").print_stats(30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2, 4], help="megabytes")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=list(SHAPES))
    ap.add_argument("--profile", choices=list(SHAPES), help="profile one shape instead")
    args = ap.parse_args()
    if args.profile:
        profile(args.profile, int(args.sizes[0] * MB))
        return
    print(f"{'shape':<16}" + "".join(f"{s:>8g} MB" for s in args.sizes)
          + "   peak MB   linear   worst s/MB vs normal")  # fmt: skip
    normal_worst = None
    for shape in args.shapes:
        per_mb, peaks = [], []
        for mb in args.sizes:
            secs, peak = measure(shape, int(mb * MB), args.runs)
            per_mb.append(secs / mb)
            peaks.append(peak)
        worst = max(per_mb)
        if shape == NORMAL:
            normal_worst = worst
        ratio = f"{worst / normal_worst:.1f}x" if normal_worst else "-"
        growth = per_mb[-1] / per_mb[0] if per_mb[0] else float("nan")
        print(f"{shape:<16}" + "".join(f"{s:>9.2f}s" for s in per_mb)
              + f"   {max(peaks):>7.0f}   {growth:>5.2f}x   {ratio}", flush=True)  # fmt: skip
    print("(CPU seconds per MB at each size; peak = extra resident memory of the check; linear =\n"
          " seconds per MB at the largest size over the smallest, 1.00x when the cost grows\n"
          " linearly with the text)")  # fmt: skip


if __name__ == "__main__":
    main()
