"""The web server under hostile claim checks (run through `web_load.py --hostile`).

1. A fresh server (response cache off, one uvicorn process): its memory (the server process's
   RSS, and the whole tree's RSS and PSS with the check workers) idle and at the peak of 20
   concurrent checks of the 600-word article.
2. 45 clients posting 8 KB of "2% " in a loop and one posting 2 MB of it, for --duration
   seconds, while a prober times an uncached GET (/observations.json) every 50 ms: p50/p99 of
   the GETs, and the answers the posts got.
3. The clients leave at once (connections dropped): seconds until the server's CPU (all its
   processes) is idle again, beside the check deadline.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import time
from pathlib import Path

from web_load import HOST, PY, ROOT, article, free_port, start

IDLE = 0.05  # CPU seconds per second: below this the server counts as idle


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def family(pid: int) -> list[int]:
    tree, out, todo = _children(), [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(tree.get(p, []))
    return out


def memory(pid: int) -> tuple[float, float, float]:
    """(server RSS, tree RSS, tree PSS) in MB."""
    rss_main = rss = pss = 0.0
    for p in family(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += float(line.split()[1]) / 1024
                    rss_main += float(line.split()[1]) / 1024 if p == pid else 0
                elif line.startswith("Pss:"):
                    pss += float(line.split()[1]) / 1024
        except OSError:
            continue
    return rss_main, rss, pss


def cpu_seconds(pid: int) -> float:
    total = 0.0
    for p in family(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


async def _post_loop(client, url: str, body: str, stop: float, codes: dict) -> None:
    while time.monotonic() < stop:
        try:
            r = await client.post(url, content=body, headers={"content-type": "application/json"})
            codes[r.status_code] = codes.get(r.status_code, 0) + 1
        except Exception as exc:  # noqa: BLE001  (a figure: how many posts failed, and how)
            codes[type(exc).__name__] = codes.get(type(exc).__name__, 0) + 1


async def _probe(client, url: str, stop: float, latencies: list, failed: list) -> None:
    while time.monotonic() < stop:
        t0 = time.perf_counter()
        r = await client.get(url)
        latencies.append((time.perf_counter() - t0) * 1000)
        failed.append(r.status_code != 200)
        await asyncio.sleep(0.05)


async def _attack(base: str, duration: float) -> dict:
    import httpx

    small = json.dumps({"text": "2% " * (8192 // 3), "date": "2025-09-15"})
    large = json.dumps({"text": "2% " * (2_000_000 // 3), "date": "2025-09-15"})
    get = f"{base}/observations.json?measure=share_of_gdp&years=2024&edition=2024"
    codes: dict = {}
    latencies: list[float] = []
    failed: list[bool] = []
    stop = time.monotonic() + duration
    limits = httpx.Limits(max_connections=100)
    async with (
        httpx.AsyncClient(limits=limits, timeout=60) as posts,
        httpx.AsyncClient(timeout=30) as prober,
    ):
        tasks = [asyncio.create_task(_post_loop(posts, f"{base}/api/check", small, stop, codes))
                 for _ in range(45)]  # fmt: skip
        tasks.append(asyncio.create_task(_post_loop(posts, f"{base}/api/check", large, stop,
                                                    codes)))  # fmt: skip
        await _probe(prober, get, stop, latencies, failed)
        for task in tasks:  # the clients leave: requests in flight are dropped
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    latencies.sort()
    return {
        "gets": len(latencies),
        "p50": statistics.median(latencies),
        "p99": latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
        "get_errors": sum(failed),
        "posts": codes,
    }


def _settle(pid: int, limit: float) -> float | None:
    """Seconds until the server's processes use under IDLE CPU for a whole second."""
    began = time.monotonic()
    before = cpu_seconds(pid)
    while time.monotonic() - began < limit:
        time.sleep(1.0)
        now = cpu_seconds(pid)
        if now - before < IDLE:
            return time.monotonic() - began - 1.0
        before = now
    return None


async def _concurrent_checks(base: str, n: int, pid: int) -> tuple[list, list]:
    import httpx

    text, date = article()
    body = json.dumps({"text": text, "date": date})
    peaks: list[tuple[float, float, float]] = []
    done = False

    async def sample():
        while not done:
            peaks.append(memory(pid))
            await asyncio.sleep(0.1)

    async with httpx.AsyncClient(timeout=120, limits=httpx.Limits(max_connections=n)) as c:
        sampler = asyncio.create_task(sample())
        answers = await asyncio.gather(*(c.post(f"{base}/api/check", content=body,
                                                headers={"content-type": "application/json"})
                                         for _ in range(n)))  # fmt: skip
        done = True
        await sampler
    return peaks, [r.status_code for r in answers]


def hostile(duration: float) -> None:
    from milex.web.check_pool import DEADLINE

    port = free_port()
    base = f"http://{HOST}:{port}"
    cmd = [PY, "-m", "uvicorn", "--host", HOST, "--port", str(port), "--no-access-log",
           "--log-level", "warning", "milex.web.app:uncached", "--factory"]  # fmt: skip
    proc = start(cmd, f"{base}/api/measures")
    try:
        idle = memory(proc.pid)
        peaks, statuses = asyncio.run(_concurrent_checks(base, 20, proc.pid))
        top = [max(p[k] for p in peaks) for k in range(3)]
        print(f"fresh server, idle: server RSS {idle[0]:.0f} MB, tree RSS {idle[1]:.0f} MB, "
              f"tree PSS {idle[2]:.0f} MB")  # fmt: skip
        print(f"20 concurrent checks of the 600-word article (answers {sorted(set(statuses))}): "
              f"peak server RSS {top[0]:.0f} MB, tree RSS {top[1]:.0f} MB, tree PSS "
              f"{top[2]:.0f} MB")  # fmt: skip
        figures = asyncio.run(_attack(base, duration))
        left = time.monotonic()
        settled = _settle(proc.pid, DEADLINE * 3)
        print(f"45 x 8 KB '2% ' posts + one 2 MB post for {duration:g} s: uncached GET "
              f"p50 {figures['p50']:.1f} ms, p99 {figures['p99']:.1f} ms over "
              f"{figures['gets']} GETs, {figures['get_errors']} GET errors; posts answered "
              f"{dict(sorted(figures['posts'].items(), key=str))}")  # fmt: skip
        after = "not within 3x the deadline" if settled is None else f"{settled:.1f} s"
        print(f"server CPU idle again {after} after the clients left (deadline {DEADLINE:g} s; "
              f"measured from {time.monotonic() - left:.1f} s of watching)")  # fmt: skip
        print(f"server memory after: {memory(proc.pid)[0]:.0f} MB RSS (server), "
              f"{memory(proc.pid)[2]:.0f} MB PSS (tree)")  # fmt: skip
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    os.chdir(ROOT)
    hostile(20.0)
