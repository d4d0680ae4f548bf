"""Does checking time grow linearly with the size of the input? Times 1, 2, 4 and 8 MB.

    python benchmarks/claims_scaling.py [--sizes 1 2 4 8] [--runs 3]

Each input kind is built to the size asked: news-like text (the example article repeated),
one "sentence" with no full stop, a run of digits, nested quotes, unclosed nested HTML. For
each it prints the median seconds and the ratio to the previous size: about 2.0 at each
doubling means linear time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import milex  # noqa: E402

MB = 1_000_000


def inputs(size: int) -> dict[str, str]:
    article = (ROOT / "examples" / "article-2025-09.txt").read_text(encoding="utf-8")
    body = article.split("\n", 2)[2]
    repeat = size // len(body) + 1
    return {
        "news text": "Date: 2025-09-15\n\n" + (body * repeat)[:size],
        "one sentence": ("Poland spends 4% of GDP and " * (size // 28 + 1))[:size],
        "digits": "7" * size,
        "nested quotes": ('"' * (size // 2)) + "Poland spends 4% of GDP." + ('"' * (size // 2)),
        "unclosed HTML": "<div>" * (size // 10) + "<p>Poland spends 4% of GDP.</p>" * (size // 62),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4, 8], help="megabytes")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    milex.check("Poland spends 4% of GDP.", date="2024-07-01")  # load the data first
    results: dict[str, list[float]] = {}
    for mb in args.sizes:
        for name, text in inputs(mb * MB).items():
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                milex.check(text, date="2024-07-01")
                times.append(time.perf_counter() - start)
            results.setdefault(name, []).append(statistics.median(times))
    print(f"{'input':<15}" + "".join(f"{s:>9} MB" for s in args.sizes) + "   ratios (x2 size)")
    for name, secs in results.items():
        ratios = [b / a if a else float("nan") for a, b in zip(secs, secs[1:], strict=False)]
        print(f"{name:<15}" + "".join(f"{s:>10.2f}s" for s in secs) + "   "
              + ", ".join(f"{r:.2f}" for r in ratios))  # fmt: skip


if __name__ == "__main__":
    main()
