"""Where the claim checker stands on the grown corpus (src/milex/claims/corpus/grown.jsonl).

    python benchmarks/corpus_grown_status.py [--all] [--id g001 ...]

The grown corpus is written in the structures real published text uses (list headers,
"respectively", parentheses, pronouns, quotations, a guideline named paragraphs earlier,
money in words, SIPRI against NATO attribution, text dated between editions, numbers that are
not claims). Its articles that the checker gets wholly right were moved into corpus.jsonl,
which the tests assert label by label; the ones left here are the measured backlog, and the
tests do not read them. For each article this prints every label: found or
missed, and when found whether the checker's verdict is the labelled one; then the numbers
read as claims that are labelled as not claims. A label is found with the matching rule of
tests/test_claims_corpus.py (kind, subject, year, value), each detected claim used once.
Totals follow: by kind, by labelled verdict and by structure tag, with false "supported" and
false "contradicted" counted apart (the worst errors). By default only articles with a
problem are listed; --all lists every one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.test_claims_corpus import _matches  # noqa: E402  (the tests' own matching rule)

import milex  # noqa: E402

GROWN = ROOT / "src" / "milex" / "claims" / "corpus" / "grown.jsonl"


def _stray(article: dict, checked) -> str | None:
    """The not-claim phrase a detected, unmatched claim falls on, as the corpus test reads it."""
    if checked.claim.kind == "unread":
        return None  # listed, never judged: as the corpus test reads it
    text = checked.claim.text.lower()
    for words in article["not_claims"]:
        if words.lower() in text or text in words.lower():
            return words
    return None


def status(article: dict) -> dict:
    report = milex.check(article["text"], date=article["date"])
    used: set[int] = set()
    rows = []
    for label in article["claims"]:
        found = next((c for c in report.claims if id(c) not in used and _matches(label, c)), None)
        if found is not None:
            used.add(id(found))
        rows.append((label, found))
    strays = [
        (c, words)
        for c in report.claims
        if id(c) not in used and (words := _stray(article, c)) is not None
    ]
    return {"rows": rows, "strays": strays}


def _label(label: dict) -> str:
    return f"{label['kind']} {label['subject']} {label.get('year')} = {label['value']}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--all", action="store_true", help="list every article, not only problems")
    ap.add_argument("--id", nargs="*", help="only these article ids")
    ap.add_argument("--path", type=Path, default=GROWN)
    args = ap.parse_args()
    if not args.path.exists():
        print(f"no grown corpus at {args.path}")
        return
    articles = [json.loads(line) for line in args.path.read_text("utf-8").splitlines() if line]
    if args.id:
        articles = [a for a in articles if a["id"] in set(args.id)]

    tally: dict[str, Counter] = defaultdict(Counter)
    items_ok = 0
    for article in articles:
        result = status(article)
        lines = []
        problem = bool(result["strays"])
        for label, found in result["rows"]:
            keys = [
                "all",
                f"kind {label['kind']}",
                f"verdict {label['verdict']}",
                *(f"tag {t}" for t in article.get("tags", [])),
            ]
            right = found is not None and found.verdict == label["verdict"]
            for key in keys:
                tally[key]["labels"] += 1
                tally[key]["found"] += found is not None
                tally[key]["right"] += right
                if found is not None and not right and found.verdict != "unverifiable":
                    tally[key][f"false {found.verdict}"] += 1
            if found is None:
                lines.append(f"  MISSED  {_label(label)} [{label['verdict']}]")
                problem = True
            elif not right:
                lines.append(
                    f"  WRONG   {_label(label)}: labelled {label['verdict']}, checker "
                    f"{found.verdict} ({found.explanation[:120]})"
                )
                problem = True
            else:
                lines.append(f"  ok      {_label(label)} [{label['verdict']}]")
        for checked, words in result["strays"]:
            lines.append(
                f"  STRAY   {checked.claim.kind} on not-claim {words!r}: {checked.verdict}"
            )
            for key in ["all", *(f"tag {t}" for t in article.get("tags", []))]:
                tally[key]["strays"] += 1
        items_ok += not problem
        if problem or args.all:
            print(f"{article['id']} {article['date']} {article['style']}: {article['text'][:70]!r}")
            print("\n".join(lines))

    print()
    print(
        f"{len(articles)} articles, {items_ok} fully right (every label found and judged as labelled)"
    )
    print(
        f"{'':34} {'labels':>6} {'found':>6} {'right':>6} {'right%':>7} {'f.supp':>6} {'f.contr':>7} {'strays':>6}"
    )
    for key in sorted(tally, key=lambda k: (k != "all", k.split()[0], -tally[k]["labels"])):
        t = tally[key]
        share = 100 * t["right"] / t["labels"] if t["labels"] else 0.0
        print(
            f"{key:34} {t['labels']:6} {t['found']:6} {t['right']:6} {share:6.1f}% "
            f"{t['false supported']:6} {t['false contradicted']:7} {t['strays']:6}"
        )


if __name__ == "__main__":
    main()
