"""The overview's first render in Chromium, with the server warm: time and page weight.

Starts milex on a free 127.0.0.1 port, warms it (every URL the overview loads, fetched
once), then opens the overview --runs times in a fresh browser context each time (empty
browser cache: every byte is fetched again) and once more per run in the same context (a
reload, the browser's cache in use). Reads from the browser's own Performance API:

  - first contentful paint (the headline and the server-drawn parts),
  - the first interactive chart drawn by Vega (a mark set by static/milex.js),
  - bytes transferred and decoded (the HTML and every resource).

Debian's chromium drives it (never a browser downloaded by playwright). Medians of the runs.

    python benchmarks/web_first_render.py [--runs 7] [--path "/?edition=2025"]
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"]  # fmt: skip
MEASURE = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const chart = performance.getEntriesByName('milex:first-chart')[0];
  const resources = performance.getEntriesByType('resource');
  const sum = (key) => resources.reduce((n, r) => n + r[key], nav[key]);
  return {fcp: paint ? paint.startTime : null, chart: chart ? chart.startTime : null,
          transferred: sum('transferSize'), decoded: sum('decodedBodySize'),
          requests: resources.length + 1};
}"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start_server(port: int) -> subprocess.Popen:
    import httpx

    cmd = [sys.executable, "-m", "uvicorn", "milex.web.app:app", "--host", HOST,
           "--port", str(port), "--no-access-log", "--log-level", "warning"]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        try:
            httpx.get(f"http://{HOST}:{port}/sources.json", timeout=2)
            return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("the server did not start within 60 s")


def load(context, url: str) -> dict:
    page = context.new_page()
    page.goto(url)
    page.wait_for_function("performance.getEntriesByName('milex:first-chart').length > 0",
                           timeout=30_000)  # fmt: skip
    page.wait_for_load_state("load")
    found = page.evaluate(MEASURE)
    page.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="page loads (median taken)")
    parser.add_argument("--path", default="/", help="the page to load")
    args = parser.parse_args()
    runs = min(max(args.runs, 1), 50)
    chromium = shutil.which("chromium")
    if chromium is None:
        raise SystemExit("Debian's chromium is needed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    port = free_port()
    server = start_server(port)
    url = f"http://{HOST}:{port}{args.path}"
    cold, warm = [], []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=BROWSER_ARGS)
            warmup = browser.new_context()
            load(warmup, url)  # warms the server: page, assets, response cache
            warmup.close()
            for _ in range(runs):
                context = browser.new_context()
                cold.append(load(context, url))
                warm.append(load(context, url))
                context.close()
            version = browser.version
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=15)

    def median(rows, key):
        return statistics.median(r[key] for r in rows)

    print(f"milex overview first render: {url}, Chromium {version}, {runs} runs (medians)")
    print(f"{'browser cache':14} {'FCP ms':>8} {'chart ms':>9} {'transferred KB':>15} "
          f"{'decoded KB':>11} {'requests':>9}")  # fmt: skip
    for label, rows in (("empty", cold), ("warm (reload)", warm)):
        print(f"{label:14} {median(rows, 'fcp'):8.0f} {median(rows, 'chart'):9.0f} "
              f"{median(rows, 'transferred') / 1024:15.0f} {median(rows, 'decoded') / 1024:11.0f} "
              f"{median(rows, 'requests'):9.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
