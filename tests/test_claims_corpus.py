"""The claim checker on the evaluation corpus: every labelled claim found and judged as labelled.

The corpus (src/milex/claims/corpus/corpus.jsonl) was written and labelled from NATO's and
SIPRI's published tables, independently of the checker. Each line is one article: its date,
its text, the claims in it (kind, subject, year, value, verdict, speaker) and the numbers in
it that are not claims.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import milex

CORPUS = Path(milex.__file__).parent / "claims" / "corpus" / "corpus.jsonl"
ARTICLES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
# kinds whose labels carry no year (a guideline or a membership count is not "of" a year)
YEARLESS = {"guideline_value", "membership_count"}


def _matches(label: dict, checked) -> bool:
    claim = checked.claim
    if claim.kind != label["kind"] or (claim.subject or "") != label["subject"]:
        return False
    if label["kind"] not in YEARLESS and claim.year != label["year"]:
        return False
    value = label["value"]
    if isinstance(value, list):
        return (
            claim.high is not None
            and abs(claim.value - value[0]) < 0.01
            and abs(claim.high - value[1]) < 0.01
        )
    return abs(claim.value - value) <= max(0.011, 0.002 * abs(value))


@pytest.fixture(scope="module")
def reports():
    return {a["id"]: milex.check(a["text"], date=a["date"]) for a in ARTICLES}


def test_corpus_is_there_and_sizeable():
    assert len(ARTICLES) >= 200
    assert sum(len(a["claims"]) for a in ARTICLES) >= 250


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_every_label(article, reports):
    report = reports[article["id"]]
    used: set[int] = set()
    for label in article["claims"]:
        found = next((c for c in report.claims if id(c) not in used and _matches(label, c)), None)
        assert found is not None, (
            f"{article['id']}: no {label['kind']} claim for {label['subject']} {label['year']} "
            f"= {label['value']} in {article['text']!r}; found "
            + "; ".join(
                f"{c.claim.kind} {c.claim.subject} {c.claim.year} {c.claim.value}"
                for c in report.claims
            )  # fmt: skip
        )
        used.add(id(found))
        assert found.verdict == label["verdict"], (
            f"{article['id']}: {label['kind']} {label['subject']} {label['value']} judged "
            f"{found.verdict}, labelled {label['verdict']} ({label['why']}); "
            f"checker said: {found.explanation}"
        )
        if label.get("speaker"):
            assert found.claim.speaker == label["speaker"]
    for checked in report.claims:
        if id(checked) in used or checked.claim.kind == "unread":
            continue  # (an unread figure is listed, never judged: see test_claims_unread.py)
        for words in article["not_claims"]:
            assert words.lower() not in checked.claim.text.lower() and (
                checked.claim.text.lower() not in words.lower()
            ), f"{article['id']}: {words!r} is not a claim, but was read as {checked.claim.kind}"


def test_no_false_supported_anywhere(reports):
    """The worst bug: a claim the data contradict or cannot decide reported as supported."""
    wrong = []
    for article in ARTICLES:
        report = reports[article["id"]]
        for label in article["claims"]:
            if label["verdict"] == "supported":
                continue
            for checked in report.claims:
                if _matches(label, checked) and checked.verdict == "supported":
                    wrong.append(f"{article['id']}: {label['kind']} {label['subject']}")
    assert not wrong, "claims reported supported against their labels: " + ", ".join(wrong)


def test_every_claim_in_the_corpus_validates_against_the_report_schema(reports):
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = Path(milex.__file__).parent / "claims" / "report.schema.json"
    validator = jsonschema.Draft202012Validator(json.loads(schema_path.read_text()))
    for article_id, report in reports.items():
        errors = list(validator.iter_errors(json.loads(report.to_json())))
        assert not errors, f"{article_id}: {errors[0].message} at {list(errors[0].path)}"
