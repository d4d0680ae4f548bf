"""Import milex and answer a first query in a fresh process, against `python -c pass`.

Prints the median wall time of each (several runs), the ratio, and the peak memory (max RSS)
of the process that answered the query.

    python benchmarks/import_and_first_query.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

FIRST_QUERY = """
import resource, milex
rows = milex.observations("share_of_gdp", "Poland", years=2024, edition="all")
assert sorted(rows["value"].round(2)) == [3.79, 4.12]
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def timed(code: str, runs: int) -> tuple[float, str]:
    times, out = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        times.append(time.perf_counter() - start)
        out = done.stdout.strip()
    return statistics.median(times), out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    baseline, _ = timed("pass", runs)
    bare, _ = timed("import milex", runs)
    query, rss_kb = timed(FIRST_QUERY, runs)
    print(f"python -c pass                      {baseline * 1000:8.1f} ms   1.0x")
    print(f"import milex                        {bare * 1000:8.1f} ms  {bare / baseline:5.1f}x")
    print(f"import milex + first query          {query * 1000:8.1f} ms  {query / baseline:5.1f}x")
    print(f"peak memory of the query process    {int(rss_kb) / 1024:8.1f} MiB")
    print(f"(medians of {runs} runs each, {sys.executable})")


if __name__ == "__main__":
    main()
