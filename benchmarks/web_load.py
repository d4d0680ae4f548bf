"""Load on loopback: milex's web server against Datasette serving the same data.

Starts, on free 127.0.0.1 ports: milex (uvicorn, no access log; with and without its response
cache) and Datasette on the SQLite file `milex export --format sqlite` writes. Then, at 1 and
50 concurrent clients, measures requests per second and p50/p99 latency for

  - the scorecard JSON (/scorecard.json?year=2024&edition=2024),
  - the same table query in both servers: NATO's 2024-edition share of GDP for 2024
    (milex /observations.json vs Datasette's table view and its SQL endpoint),
  - a claim check of a 600-word article (POST /api/check), when milex.check exists.

Every run is bounded in time (--duration seconds) and, with the Python load generator, in
count as well. The load generator is `wrk` when it is on PATH (a C client leaves the CPU to
the servers), else an httpx async client. Figures are medians of --runs runs.

    python benchmarks/web_load.py [--duration 5] [--runs 3] [--workers 1]
    python benchmarks/web_load.py --hostile [--duration 20]

--hostile runs the denial-of-service scenario instead (benchmarks/web_hostile.py): 45
clients posting 8 KB of "2% " and one posting 2 MB, while a prober times uncached GETs; then
the CPU after the clients leave, and the memory of a fresh server under 20 concurrent checks.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
HOST = "127.0.0.1"  # loopback only
MAX_REQUESTS = 200_000  # per run, for the Python load generator
ARTICLE_WORDS = 600


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_ready(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server for {url} exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server for {url} not ready after {timeout:.0f} s")


def start(cmd: list[str], ready_url: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    wait_ready(ready_url, proc)
    return proc


def sqlite_file(folder: Path) -> tuple[Path, str]:
    """The dataset as SQLite: `milex export` when it exists, else pandas to_sql (said so)."""
    out = folder / "milex.db"
    milex_cli = Path(PY).with_name("milex")
    done = subprocess.run(
        [str(milex_cli), "export", "--format", "sqlite", "--out", str(out)],
        capture_output=True,
        text=True,
    )
    if done.returncode == 0 and out.exists():
        return out, "milex export --format sqlite"
    import sqlite3

    from milex.dataset import table

    with sqlite3.connect(out) as db:
        table("observations").astype({"published": str}).to_sql("observations", db, index=False)
    return out, "pandas to_sql (milex export was not available)"


def article() -> tuple[str, str]:
    """A 600-word article: the example article, topped up with corpus sentences of its time."""
    text = (ROOT / "examples" / "article-2025-09.txt").read_text(encoding="utf-8")
    date = re.search(r"^Date:\s*(\S+)", text, flags=re.M).group(1)
    body = re.sub(r"^(Date|Headline):.*\n", "", text, flags=re.M).strip()
    corpus = ROOT / "src" / "milex" / "claims" / "corpus" / "corpus.jsonl"
    extra = []
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if len((body + " " + " ".join(extra)).split()) >= ARTICLE_WORDS:
            break
        item = json.loads(line)
        if item.get("date", "9999") <= date:
            extra.append(item["text"])
    words = (body + "\n\n" + " ".join(extra)).split()[:ARTICLE_WORDS]
    return " ".join(words), date


# --- load generators --------------------------------------------------------------------


def run_wrk(url: str, clients: int, duration: float, body: str | None) -> dict:
    cmd = ["wrk", "-t1", f"-c{clients}", f"-d{duration:g}s", "--latency", "--timeout", "10s"]
    script = None
    if body is not None:
        script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
        script.write(
            'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
            f"wrk.body = [==[{body}]==]\n"
        )
        script.close()
        cmd += ["-s", script.name]
    out = subprocess.run(cmd + [url], capture_output=True, text=True, timeout=duration + 60)
    if script is not None:
        os.unlink(script.name)
    text = out.stdout

    def ms(label: str) -> float:
        found = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\b", text, flags=re.M)
        value, unit = float(found.group(1)), found.group(2)
        return value * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text
    )
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)),
        "p50": ms("50%"),
        "p99": ms("99%"),
        "failed": int(failed.group(1)) if failed else 0,
        "socket_errors": sum(int(g) for g in errors.groups()) if errors else 0,
    }


async def _httpx_load(url: str, clients: int, duration: float, body: str | None) -> dict:
    import httpx

    latencies: list[float] = []
    failed = 0
    stop = time.monotonic() + duration
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=10) as client:

        async def one_client():
            nonlocal failed
            while time.monotonic() < stop and len(latencies) < MAX_REQUESTS:
                t0 = time.perf_counter()
                if body is None:
                    r = await client.get(url)
                else:
                    r = await client.post(
                        url, content=body, headers={"content-type": "application/json"}
                    )
                latencies.append((time.perf_counter() - t0) * 1000)
                failed += r.status_code >= 300

        began = time.monotonic()
        await asyncio.gather(*(one_client() for _ in range(clients)))
        spent = time.monotonic() - began
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]  # noqa: E731
    return {"rps": len(latencies) / spent, "p50": pick(0.5), "p99": pick(0.99),
            "failed": failed, "socket_errors": 0}  # fmt: skip


def measure(url: str, clients: int, duration: float, runs: int, body: str | None) -> dict:
    """Medians over runs (after a short warm-up) of rps, p50 and p99 in milliseconds."""
    load = run_wrk if shutil.which("wrk") else (
        lambda *a: asyncio.run(_httpx_load(*a))
    )  # fmt: skip
    load(url, clients, min(1.0, duration), body)  # warm-up: caches, connections
    results = [load(url, clients, duration, body) for _ in range(runs)]
    return {
        key: statistics.median(r[key] for r in results)
        for key in ("rps", "p50", "p99", "failed", "socket_errors")
    }


# --- the run ------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per run (max 30)")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median taken)")
    parser.add_argument("--workers", type=int, default=1, help="milex uvicorn workers")
    parser.add_argument("--clients", default="1,50", help="concurrent clients, comma-separated")
    parser.add_argument("--hostile", action="store_true", help="the denial-of-service scenario")
    args = parser.parse_args()
    if args.hostile:
        sys.path.insert(0, str(Path(__file__).parent))
        from web_hostile import hostile

        hostile(min(max(args.duration, 5.0), 120.0))
        return
    duration = min(max(args.duration, 1.0), 30.0)
    runs = min(max(args.runs, 1), 10)
    levels = [int(c) for c in args.clients.split(",")]

    folder = Path(tempfile.mkdtemp(prefix="milex-bench-"))
    db, made_by = sqlite_file(folder)
    ports = {"milex": free_port(), "uncached": free_port(), "datasette": free_port()}
    uvicorn = [PY, "-m", "uvicorn", "--host", HOST, "--no-access-log", "--log-level", "warning"]
    procs = []
    try:
        procs.append(start(uvicorn + ["milex.web.app:app", "--port", str(ports["milex"]),
                                      "--workers", str(args.workers)],
                           f"http://{HOST}:{ports['milex']}/api/measures"))  # fmt: skip
        procs.append(start(uvicorn + ["milex.web.app:uncached", "--factory", "--port",
                                      str(ports["uncached"])],
                           f"http://{HOST}:{ports['uncached']}/api/measures"))  # fmt: skip
        procs.append(start([PY, "-m", "datasette", "serve", "-i", str(db), "--host", HOST,
                            "--port", str(ports["datasette"])],
                           f"http://{HOST}:{ports['datasette']}/-/versions.json"))  # fmt: skip
        report(ports, db, made_by, levels, duration, runs, args.workers)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(folder, ignore_errors=True)


def report(ports, db, made_by, levels, duration, runs, workers) -> None:
    import httpx

    m, u, d = (f"http://{HOST}:{ports[k]}" for k in ("milex", "uncached", "datasette"))
    name = db.stem
    where = "measure=share_of_gdp&year=2024&edition=2024&source=NATO"
    sql = (
        "select * from observations where measure='share_of_gdp' and year=2024 "
        "and edition=2024 and source='NATO'"
    )
    targets = {
        "milex scorecard JSON": (f"{m}/scorecard.json?year=2024&edition=2024", None),
        "milex scorecard JSON, response cache off": (
            f"{u}/scorecard.json?year=2024&edition=2024", None),
        "milex table query": (
            f"{m}/observations.json?measure=share_of_gdp&years=2024&edition=2024", None),
        "milex table query, response cache off": (
            f"{u}/observations.json?measure=share_of_gdp&years=2024&edition=2024", None),
        "Datasette table view": (f"{d}/{name}/observations.json?{where}&_shape=array", None),
        "Datasette SQL": (f"{d}/{name}.json?" + str(httpx.QueryParams(sql=sql, _shape="array")),
                          None),
    }  # fmt: skip
    text, date = article()
    check = json.dumps({"text": text, "date": date})
    probe = httpx.post(f"{m}/api/check", content=check,
                       headers={"content-type": "application/json"}, timeout=60)  # fmt: skip
    if probe.status_code == 200:
        targets[f"milex check, {len(text.split())}-word article"] = (f"{m}/api/check", check)
    else:
        print(f"(no check figures: POST /api/check answered {probe.status_code})")

    for label, (url, body) in targets.items():
        if body is None:
            status = httpx.get(url, timeout=30).status_code
            assert status == 200, (label, url, status)
    rows = {}
    for clients in levels:
        for label, (url, body) in targets.items():
            rows[(label, clients)] = measure(url, clients, duration, runs, body)

    tool = "wrk" if shutil.which("wrk") else "httpx (Python)"
    print(f"milex web load on loopback: {tool}, {duration:g} s x {runs} runs (medians), "
          f"milex workers: {workers}, {os.cpu_count()} CPUs; SQLite by {made_by}")  # fmt: skip
    print(f"{'target':48} {'clients':>7} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}")
    for (label, clients), r in rows.items():
        errors = int(r["failed"] + r["socket_errors"])
        print(f"{label:48} {clients:7d} {r['rps']:9.0f} {r['p50']:8.2f} {r['p99']:8.2f} "
              f"{errors:6d}")  # fmt: skip
    print()
    for clients in levels:
        best = max(("Datasette table view", "Datasette SQL"),
                   key=lambda k: rows[(k, clients)]["rps"])  # fmt: skip
        ds = rows[(best, clients)]
        for label in ("milex table query", "milex scorecard JSON"):
            ours = rows[(label, clients)]
            print(f"{clients:2d} clients: {label} / {best}: "
                  f"{ours['rps'] / ds['rps']:.1f}x requests per second; "
                  f"p99 {ours['p99']:.2f} ms vs {ds['p99']:.2f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
