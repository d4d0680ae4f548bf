"""Claim checker: detection precision and recall, verdict accuracy, speed, and a peer.

    python benchmarks/claims_benchmark.py [--runs 5] [--peer-python /tmp/qvenv/bin/python]

Quality is measured on the labelled corpus (src/milex/claims/corpus/corpus.jsonl): a
detected claim is a true positive when kind, subject, year and value match a label; a label
nobody matched is a miss; any other detected claim counts against precision (a figure the
checker lists as unread, unjudged, is counted apart). Speed is the
median of several runs, single process and in batch (2 worker processes, start-up included),
on the corpus articles and on the two example articles, after one warm-up pass (the
dataset index and the scorecard counts are loaded once per process, as in a server). The peer is quantulum3's
`parser.parse` (quantity extraction only) on the same texts: imported if installed, else run
in the interpreter given with --peer-python (quantulum3 is not a milex dependency), else
skipped with a message.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import milex  # noqa: E402
from milex.batch import check_archive  # noqa: E402

CORPUS = ROOT / "src" / "milex" / "claims" / "corpus" / "corpus.jsonl"
# Written apart from the checker's development and never tuned against: its figures estimate
# how the checker does on sentences it has not seen.
HOLDOUT = ROOT / "benchmarks" / "claims_holdout.jsonl"
EXAMPLES = [ROOT / "examples" / "article-2025-09.txt", ROOT / "examples" / "article-2024-07.html"]


def _matches(label: dict, claim) -> bool:
    if claim.kind != label["kind"] or (claim.subject or "") != label["subject"]:
        return False
    if label["kind"] not in ("guideline_value", "membership_count") and claim.year != label["year"]:
        return False
    value = label["value"]
    if isinstance(value, list):
        return claim.high is not None and abs(claim.value - value[0]) < 0.01
    return abs(claim.value - value) <= max(0.011, 0.002 * abs(value))


def quality(articles: list[dict]) -> dict:
    tp = fp = fn = right = unread = 0
    false_supported = 0
    for a in articles:
        report = milex.check(a["text"], date=a["date"])
        used: set[int] = set()
        for label in a["claims"]:
            hit = next((c for c in report.claims if id(c) not in used and _matches(label, c.claim)),
                       None)  # fmt: skip
            if hit is None:
                fn += 1
                continue
            used.add(id(hit))
            tp += 1
            right += hit.verdict == label["verdict"]
            false_supported += hit.verdict == "supported" and label["verdict"] != "supported"
        # a figure listed as unread is reported unjudged, not detected as a claim
        fp += sum(1 for c in report.claims if id(c) not in used and c.claim.kind != "unread")
        unread += sum(1 for c in report.claims if id(c) not in used and c.claim.kind == "unread")
    return {
        "labels": tp + fn,
        "detected": tp + fp,
        "unread": unread,
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "verdict_accuracy": right / tp if tp else 0.0,
        "false_supported": false_supported,
    }


def _timed(fn, runs: int) -> float:
    fn()  # warm: the dataset index and the scorecard counts are loaded once per process
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def speed(texts: list[tuple[str, str | None]], runs: int) -> dict:
    milex.check(texts[0][0], date=texts[0][1])  # load the dataset index once, as a server would

    def single():
        for text, day in texts:
            milex.check(text, date=day)

    items = [{"id": str(k), "text": t, "date": d} for k, (t, d) in enumerate(texts)]
    items = items * max(4, 2000 // len(items))  # enough work to amortise the start-up

    def batch():
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "articles.jsonl"
            source.write_text("".join(json.dumps(item) + "\n" for item in items))
            check_archive(source, Path(tmp) / "out", workers=2)

    one = _timed(single, runs)
    batch_times = []
    for _ in range(max(1, runs // 2)):  # cold workers each time: pool start-up is included
        start = time.perf_counter()
        batch()
        batch_times.append(time.perf_counter() - start)
    two = statistics.median(batch_times)
    return {"single_per_s": len(texts) / one, "batch_per_s": len(items) / two, "single_s": one}


_PEER = """
import json, statistics, sys, time, warnings
warnings.filterwarnings("ignore")
from quantulum3 import parser
texts = json.load(open(sys.argv[1]))
parser.parse(texts[0])
times = []
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    for t in texts:
        parser.parse(t)
    times.append(time.perf_counter() - start)
print(statistics.median(times))
"""


def peer_seconds(texts: list[str], runs: int, python: str | None) -> float | None:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(texts, f)
    try:
        import quantulum3  # noqa: F401

        python = sys.executable
    except ImportError:
        if not python:
            return None
    out = subprocess.run([python, "-c", _PEER, f.name, str(runs)], capture_output=True,
                         text=True, check=False)  # fmt: skip
    if out.returncode != 0:
        print(f"  (quantulum3 run failed: {out.stderr.strip().splitlines()[-1:]})")
        return None
    return float(out.stdout.strip().splitlines()[-1])


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--peer-python", help="an interpreter with quantulum3 installed")
    args = ap.parse_args()
    articles = _read(CORPUS)
    for name, labelled in (("corpus", articles), ("hold-out", _read(HOLDOUT))):
        q = quality(labelled)
        print(f"{name}: {len(labelled)} articles, {q['labels']} labelled claims, "
              f"{q['detected']} detected, {q['unread']} more figures listed unread")  # fmt: skip
        print(f"  claim detection: precision {q['precision']:.3f}, recall {q['recall']:.3f}")
        print(f"  verdict accuracy (on claims found): {q['verdict_accuracy']:.3f}")
        print(f"  false 'supported': {q['false_supported']}")

    _claims_dev()

    sets = {
        "corpus articles": [(a["text"], a["date"]) for a in articles],
        "example articles": [(p.read_text(encoding="utf-8"), None) for p in EXAMPLES],
    }
    for name, texts in sets.items():
        s = speed(texts, args.runs)
        print(f"{name} ({len(texts)}): {s['single_per_s']:,.0f} articles/s single process, "
              f"{s['batch_per_s']:,.0f} articles/s batch (2 workers, start-up included)")  # fmt: skip
        peer = peer_seconds([t for t, _ in texts], args.runs, args.peer_python)
        if peer is None:
            print("  quantulum3 not importable (pip install quantulum3 in a separate venv and "
                  "pass --peer-python): comparison skipped")  # fmt: skip
        else:
            print(f"  quantulum3 parser.parse: {len(texts) / peer:,.0f} articles/s; milex is "
                  f"{peer / s['single_s']:.1f}x its speed (single process)")  # fmt: skip


def _claims_dev() -> None:
    """Real published text (../shared/claims-dev, rewritten, labelled apart from milex), scored
    by the shared scorer: recall, right verdicts, false supported / contradicted, per measure."""
    scorer = ROOT.parent / "shared" / "tools" / "score_claims_dev.py"
    if not scorer.exists():
        print(f"claims-dev: {scorer} not found (the development set lives beside the checkout); "
              "skipped")  # fmt: skip
        return
    import subprocess
    import sys

    subprocess.run([sys.executable, str(scorer)], cwd=ROOT, check=False)


if __name__ == "__main__":
    main()
