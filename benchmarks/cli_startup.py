"""Start-up of the milex command line in a fresh process, against `python -c pass`.

Prints the median wall time and CPU time of `milex --help`, `milex check FILE` and
`milex scorecard --year 2024` (each in a new process, output discarded), their ratios to
`python -c pass` (aims: 3x, 12x and 5x), and the modules that cost most to import on each
path (`python -X importtime`). CPU time (user + system of the child) is the steadier figure
on a machine shared with other work. Each command runs once before it is timed: the first
`milex check` of a dataset writes the checker's index (milex.dataset.index).

--bytecode times the children with Python's bytecode cache (in a temporary folder), as an
installed package runs: pip writes every module's bytecode when it installs milex, whatever
PYTHONDONTWRITEBYTECODE says (that variable only stops Python writing it at run time). Without
--bytecode they run as this environment says: in an editable checkout with
PYTHONDONTWRITEBYTECODE set, every milex module on the path is compiled again on each start
(about 60 ms for `milex check`). The aims are judged with --bytecode, as users start milex;
both figures are worth reporting.

    python benchmarks/cli_startup.py [--runs 15] [--bytecode]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The entry point as the installed `milex` script runs it.
MILEX = "import sys; from milex.cli import main; sys.argv[0] = 'milex'; main()"
AIMS = {"milex --help": 3.0, "milex check FILE": 12.0, "milex scorecard --year 2024": 5.0}
ARTICLE = str(Path(__file__).resolve().parents[1] / "examples" / "article-2025-09.txt")
# Packages worth naming in the import breakdown; a name covers its submodules.
# Costs nest: numpy and pyarrow load inside pandas, pydantic inside typer.
WATCHED = ("pandas", "numpy", "pyarrow", "typer", "pydantic", "rich", "duckdb", "fastapi",
           "platformdirs", "milex.cli", "milex.claims", "milex.dataset")  # fmt: skip

ENV = dict(os.environ)


def median_times(commands: dict[str, list[str]], runs: int) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds of a fresh process running `python ARGS`, for each command.

    The commands take turns (one run of each, `runs` times over, after one untimed run), so
    that a busy spell on a shared machine weighs on all of them and not on one alone.
    """
    for args in commands.values():
        subprocess.run([sys.executable, *args], capture_output=True, check=True, env=ENV)
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, args in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([sys.executable, *args], capture_output=True, check=True, env=ENV)
            walls[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return {n: (statistics.median(walls[n]), statistics.median(cpus[n])) for n in commands}


def import_costs(args: list[str]) -> list[tuple[str, float]]:
    """Import time (ms) of each watched package on a command's path, wherever it is imported.

    A module's cumulative time counts for the package it belongs to unless an enclosing import
    of the same package already counts it: the milex.claims modules that the checker imports
    as it runs add up to one figure for milex.claims.
    """
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *args],
        capture_output=True,
        text=True,
        check=True,
        env=ENV,
    )
    lines = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\s*)(\S+)", line)
        if match:
            lines.append((len(match.group(2)), match.group(3), int(match.group(1)) / 1000))
    costs: dict[str, float] = {}
    enclosing: list[tuple[int, str | None]] = []  # (depth, package) of the imports around
    # -X importtime writes an import after those it made: read backwards, parents come first.
    for depth, module, ms in reversed(lines):
        while enclosing and enclosing[-1][0] >= depth:
            enclosing.pop()
        package = next((w for w in WATCHED if module == w or module.startswith(w + ".")), None)
        if package and all(package != outer for _, outer in enclosing):
            costs[package] = costs.get(package, 0.0) + ms
        enclosing.append((depth, package))
    return sorted(costs.items(), key=lambda kv: -kv[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--bytecode", action="store_true", help="with a bytecode cache")
    options = parser.parse_args()
    runs = options.runs
    # removed when the script ends
    bytecode = tempfile.TemporaryDirectory(prefix="milex-bytecode-") if options.bytecode else None
    if bytecode is not None:
        ENV.pop("PYTHONDONTWRITEBYTECODE", None)
        ENV["PYTHONPYCACHEPREFIX"] = bytecode.name
    commands = {
        "milex --help": ["-c", MILEX, "--help"],
        "milex check FILE": ["-c", MILEX, "check", ARTICLE],
        "milex scorecard --year 2024": ["-c", MILEX, "scorecard", "--year", "2024"],
    }
    pandas = "python -c 'import pandas'"
    timed = median_times({"python -c pass": ["-c", "pass"], **commands,
                          pandas: ["-c", "import pandas"]}, runs)  # fmt: skip
    baseline, baseline_cpu = timed["python -c pass"]
    print(f"{'':32} {'wall':>8}    {'ratio':>5}   {'cpu':>8}    {'ratio':>5}")
    print(
        f"{'python -c pass':32} {baseline * 1000:8.1f} ms {1:5.1f}x  {baseline_cpu * 1000:8.1f} ms"
    )
    for name in commands:
        took, cpu = timed[name]
        ratio, cpu_ratio = took / baseline, cpu / max(baseline_cpu, 1e-9)
        verdict = "within" if ratio <= AIMS[name] else "over"
        print(
            f"{name:32} {took * 1000:8.1f} ms {ratio:5.1f}x  {cpu * 1000:8.1f} ms {cpu_ratio:5.1f}x"
            f"  (wall {verdict} the {AIMS[name]:g}x aim)"
        )
    cache = ("with a bytecode cache" if bytecode else
             "bytecode as the environment says; the aims are judged with --bytecode")  # fmt: skip
    print(f"(medians of {runs} runs each, {sys.executable}, {cache}; FILE = {ARTICLE})")
    for name, args in commands.items():
        listed = ", ".join(f"{pkg} {ms:.0f} ms" for pkg, ms in import_costs(args))
        print(f"imports on `{name}` (nested costs overlap): {listed}")
    only, _ = timed[pandas]
    print(f"{pandas:32} {only * 1000:8.1f} ms {only / baseline:5.1f}x")


if __name__ == "__main__":
    main()
