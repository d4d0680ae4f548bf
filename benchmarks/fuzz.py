"""Fuzz the claim checker and the web server: 100,000 generated inputs, counts by outcome.

    python benchmarks/fuzz.py [--n 100000] [--workers 2] [--seed 13]

Five kinds of input, in these shares: article text (numbers with every separator, percents,
money, allies, relative times, quotes, stray Unicode), HTML (nested, unclosed, with date
metadata), an article date from 0001-01-01 to 9999-12-31 with relative times ("last year",
"on Sunday", "next year"), web requests (query parameters of every page and API table, and
POST /api/check bodies of any JSON type), and recombined text: sentences of the reading
rounds (benchmarks/claims_rounds.jsonl) from different texts put side by side, their numbers
and allies swapped and words dropped, so that rules meet each other in orders no article
had (random tokens rarely reach the rules that read structure: a crash in a rank after a
rank was found by a reading round, not by them). Outcomes: a report, a clear refusal (milex's own
error), a web answer by status class; anything else is counted as "unexpected" with its
exception type, and the first few are printed. Each worker process checks its share with
its own seeded generator, so a run is reproducible.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
import time
import warnings
from concurrent.futures import ProcessPoolExecutor
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

WORDS = (
    "Poland Germany France Italy Spain Iceland NATO allies ally EU Europe Canada United States "
    "spends spent spend will reach met hit target GDP of on defence defense budget percent "
    "billion bn m trillion euros dollars $ € £ about nearly more than at least below exactly "
    "last year this next year ago a decade in by since the in fiscal Sunday Monday said "
    "minister Mr Ms 23 32 out of all every third second-largest largest twenty-three two"
).split()
NUMBERS = ("2", "2%", "2.0", "1.5", "4.12", "127.0.0.1", "1.000.000", "12.03.2024", "1,234,567.89",
           "12.345,6", "2,5", "0", "00", "9" * 30, "1e9", "3½", "٣", "²", "2024", "1900", "2100",
           "2014-2024", "2024/25", "2.1-2.3", "−4", "+3", "$1.2bn", "€900m", "£50bn", "4th",
           "2010s", ".5", "5.", "1,", ",1", "1..2", "1,,2")  # fmt: skip
JUNK = ('"', "“", "”", "‘", "’", "«", "»", "(", ")", ".", "!", "?", ";", ":", "\n", "\n\n", "\t",
        "\x00", "\ufeff", "\u202e", "🙂", "—", "-", "/", "\\", "<", ">", "&amp;", "%")  # fmt: skip
TAGS = ("div", "p", "article", "main", "span", "script", "style", "li", "ul", "time", "a", "b")
KINDS = (("text", 0.3), ("html", 0.15), ("dates", 0.15), ("web", 0.2), ("recombined", 0.2))
ROUNDS = ROOT / "benchmarks" / "claims_rounds.jsonl"
ALLIES = ("Poland", "Germany", "the United States", "Iceland", "Estonia", "Türkiye", "Spain",
          "Canada", "the UK", "European allies", "NATO", "the alliance", "Europe", "Russia")  # fmt: skip
GETS = ("/observations", "/allies", "/scorecard", "/counts", "/revisions",
        "/revisions/largest", "/compare", "/burden-sharing", "/compliance",
        "/ally/Poland", "/on-track", "/project", "/check", "/sources")  # fmt: skip
PARAMS = ("year", "years", "edition", "as_of", "ally", "measure", "guideline", "source", "n",
          "format", "from_edition", "to_edition", "text", "date", "table")  # fmt: skip


def _token(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.5:
        return rng.choice(WORDS)
    if pick < 0.8:
        return rng.choice(NUMBERS)
    if pick < 0.95:
        return rng.choice(JUNK)
    return "".join(chr(rng.randrange(1, 0x2FFF)) for _ in range(rng.randrange(1, 6)))


def text(rng: random.Random, tokens: int | None = None) -> str:
    n = tokens or rng.randrange(0, 80)
    return " ".join(_token(rng) for _ in range(n))


def html(rng: random.Random) -> str:
    parts = []
    if rng.random() < 0.5:
        day = _day(rng).isoformat()
        parts.append(f'<meta property="article:published_time" content="{day}">')
    for _ in range(rng.randrange(1, 30)):
        tag = rng.choice(TAGS)
        parts.append(f"<{tag}>" + text(rng, rng.randrange(0, 12)) + (f"</{tag}>" if rng.random()
                                                                    < 0.7 else ""))  # fmt: skip
    return "<html><body>" + "".join(parts)


def _day(rng: random.Random) -> date:
    return date(1, 1, 1) + timedelta(
        days=rng.randrange(0, (date(9999, 12, 31) - date(1, 1, 1)).days + 1)
    )


def dated(rng: random.Random) -> tuple[str, str]:
    phrases = ("last year", "this year", "next year", "on Sunday", "a decade ago",
               "the year before", "in 2024", "by 2035", "since 2014", "in fiscal 2024/25")  # fmt: skip
    body = " ".join(f"{rng.choice(WORDS)} {rng.choice(NUMBERS)} {rng.choice(phrases)}."
                    for _ in range(rng.randrange(1, 6)))  # fmt: skip
    day = _day(rng).isoformat()
    return (f"Date: {day}\n\n{body}", None) if rng.random() < 0.3 else (body, day)


_SENTENCES: list[str] = []


def recombined(rng: random.Random) -> tuple[str, str]:
    """Sentences of different round texts side by side, their numbers and allies swapped."""
    if not _SENTENCES:
        for line in ROUNDS.read_text(encoding="utf-8").splitlines():
            body = json.loads(line)["text"]
            _SENTENCES.extend(p for p in re.split(r"(?<=[.?!:])\s+|\n+", body) if p)
    words = []
    for _ in range(rng.randrange(1, 8)):
        sentence = rng.choice(_SENTENCES)
        for ally in ALLIES:
            if ally in sentence and rng.random() < 0.3:
                sentence = sentence.replace(ally, rng.choice(ALLIES))
        for word in sentence.split(" "):
            roll = rng.random()
            if roll < 0.03:
                continue  # a word dropped
            if roll < 0.2 and any(ch.isdigit() for ch in word):
                word = re.sub(r"\d+(?:[.,]\d+)?", lambda _m: rng.choice(NUMBERS[:4] + (
                    str(rng.randrange(1, 1000)), f"{rng.uniform(0, 60):.2f}")), word)  # fmt: skip
            words.append(word)
        words.append(rng.choice(("\n", "\n\n", "")))
    day = date(2014, 1, 1) + timedelta(days=rng.randrange(0, 13 * 366))
    return " ".join(words), min(day, date(2026, 12, 31)).isoformat()


def _value(rng: random.Random):
    return rng.choice([None, 5, -1, 2.5, True, [], ["x"], {}, {"a": 1}, "", "2024", "2024-07-01",
                       "0001-01-01", "9999-12-31", "1-10000000", "2024-2014", "Poland", "' or 1=1",
                       "<script>", text(rng, 3), "9" * 40])  # fmt: skip


def web_request(rng: random.Random):
    if rng.random() < 0.5:
        body = {
            k: _value(rng) for k in rng.sample(["text", "date", "url", "x"], rng.randrange(0, 4))
        }
        if rng.random() < 0.7:
            body["text"] = text(rng)
        return "POST", "/api/check", json.dumps(body)
    path = rng.choice(GETS) + rng.choice(("", ".json", ".csv"))
    params = {k: str(_value(rng)) for k in rng.sample(PARAMS, rng.randrange(0, 4))}
    return "GET", path, params


def _run(kind: str, seed: int, count: int) -> tuple[collections.Counter, list[str]]:
    warnings.simplefilter("ignore")
    import milex
    from milex.errors import MilexError

    rng = random.Random(seed)
    outcomes: collections.Counter = collections.Counter()
    examples: list[str] = []
    client = None
    if kind == "web":
        from fastapi.testclient import TestClient

        from milex.web.app import create_app

        client = TestClient(create_app(), raise_server_exceptions=False)
    for _ in range(count):
        try:
            if kind == "web":
                method, path, payload = web_request(rng)
                if method == "POST":
                    r = client.post(path, content=payload,
                                    headers={"content-type": "application/json"})  # fmt: skip
                else:
                    r = client.get(path, params=payload)
                outcome = f"web {r.status_code // 100}xx"
                if r.status_code == 503 and r.json()["error"]["type"] in ("busy", "timeout"):
                    outcome = "web 503: busy or past the check's deadline"
                elif r.status_code >= 500:
                    outcome = f"unexpected: web {r.status_code}"
                    payload_shown = payload
            else:
                source, day = (text(rng), None) if kind == "text" else (
                    (html(rng), None) if kind == "html" else
                    dated(rng) if kind == "dates" else recombined(rng))  # fmt: skip
                payload_shown = (source[:200], day)
                report = milex.check(source, date=day)
                outcome = f"{kind}: report"
                assert {c.verdict for c in report.claims} <= {"supported", "contradicted",
                                                             "unverifiable"}  # fmt: skip
        except MilexError:
            outcome = f"{kind}: refused (milex error)"
        except Exception as exc:  # noqa: BLE001  (the point: count what escapes)
            outcome = f"unexpected: {type(exc).__name__}"
            payload_shown = f"{exc!r}"[:200]
        outcomes[outcome] += 1
        if outcome.startswith("unexpected") and len(examples) < 5:
            examples.append(f"{outcome}: {payload_shown!r}"[:400])
    if client is not None:
        client.app.state.check_pool.close()
    return outcomes, examples


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    jobs, chunk = [], 2_000
    for k, (kind, share) in enumerate(KINDS):
        total = int(args.n * share)
        for start in range(0, total, chunk):
            jobs.append(
                (kind, args.seed * 1_000_003 + k * 100_003 + start, min(chunk, total - start))
            )
    began = time.perf_counter()
    outcomes: collections.Counter = collections.Counter()
    examples: list[str] = []
    with ProcessPoolExecutor(args.workers) as pool:
        for counts, found in pool.map(_run, *zip(*jobs, strict=True)):
            outcomes.update(counts)
            examples.extend(found)
    spent = time.perf_counter() - began
    print(f"{sum(outcomes.values()):,} inputs in {spent:.0f} s ({args.workers} workers, "
          f"seed {args.seed})")  # fmt: skip
    for outcome, count in sorted(outcomes.items()):
        print(f"  {outcome:<40} {count:>8,}")
    unexpected = sum(c for o, c in outcomes.items() if o.startswith("unexpected"))
    print(f"unexpected: {unexpected:,}")
    for line in examples[:10]:
        print("  e.g.", line)


if __name__ == "__main__":
    main()
