"""Sentences written apart from the checker's development (benchmarks/claims_holdout.jsonl).

The checker is not tuned to find every claim here (recall on these is measured by
benchmarks/claims_benchmark.py), but a labelled claim it finds must get the labelled verdict,
so a contradicted or unverifiable one is never "supported"; a sentence without claims gives none.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import milex

HOLDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "claims_holdout.jsonl"
ARTICLES = [json.loads(line) for line in HOLDOUT.read_text(encoding="utf-8").splitlines() if line]


def _same(label: dict, claim) -> bool:
    if claim.kind != label["kind"] or (claim.subject or "") != label["subject"]:
        return False
    if label["year"] is not None and claim.year != label["year"]:
        return False
    return abs(claim.value - label["value"]) <= max(0.011, 0.002 * abs(label["value"]))


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_no_wrong_supported_and_found_claims_get_their_verdict(article):
    report = milex.check(article["text"], date=article["date"])
    for label in article["claims"]:
        for found in (c for c in report.claims if _same(label, c.claim)):
            assert found.verdict == label["verdict"], (label, found.explanation)
    if not article["claims"]:
        assert report.claims == [], [c.claim.text for c in report.claims]
