"""Start-up of the milex command line in a fresh process, against `python -c pass`.

Prints the median wall time of `milex --help` and `milex scorecard --year 2024` (each in a new
process, output discarded), their ratios to `python -c pass` (aims: under 3x and 5x), and the
modules that cost most to import on the scorecard's path (`python -X importtime`).

    python benchmarks/cli_startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time

# The entry point as the installed `milex` script runs it.
MILEX = "import sys; from milex.cli import main; sys.argv[0] = 'milex'; main()"
AIMS = {"milex --help": 3.0, "milex scorecard --year 2024": 5.0}
# Heavy packages worth naming in the import breakdown.
# Costs nest: numpy and pyarrow load inside pandas, typer inside milex.cli.
WATCHED = ("pandas", "numpy", "pyarrow", "typer", "pydantic", "rich", "duckdb", "milex.cli")


def median_time(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, *args], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def import_costs(args: list[str]) -> list[tuple[str, float]]:
    """Cumulative import time (ms) of top-level watched packages on a command's path."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *args], capture_output=True, text=True, check=True
    )
    costs: dict[str, float] = {}
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\s*)(\S+)", line)
        if match and match.group(3) in WATCHED:
            # The outermost import of a package carries its whole cost; keep the largest.
            costs[match.group(3)] = max(costs.get(match.group(3), 0.0), int(match.group(1)) / 1000)
    return sorted(costs.items(), key=lambda kv: -kv[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    baseline = median_time(["-c", "pass"], runs)
    print(f"{'python -c pass':32} {baseline * 1000:8.1f} ms   1.0x")
    commands = {
        "milex --help": ["-c", MILEX, "--help"],
        "milex scorecard --year 2024": ["-c", MILEX, "scorecard", "--year", "2024"],
    }
    for name, args in commands.items():
        took = median_time(args, runs)
        ratio = took / baseline
        verdict = "within" if ratio <= AIMS[name] else "over"
        print(f"{name:32} {took * 1000:8.1f} ms {ratio:5.1f}x  ({verdict} the {AIMS[name]:g}x aim)")
    print(f"(medians of {runs} runs each, {sys.executable})")
    for name, args in commands.items():
        listed = ", ".join(f"{pkg} {ms:.0f} ms" for pkg, ms in import_costs(args))
        print(f"imports on `{name}` (nested costs overlap): {listed}")
    only = median_time(["-c", "import pandas"], runs)
    label = "python -c 'import pandas'"
    print(f"{label:32} {only * 1000:8.1f} ms {only / baseline:5.1f}x")


if __name__ == "__main__":
    main()
