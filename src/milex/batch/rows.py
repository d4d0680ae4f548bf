"""An article's check as table rows: one row per article (counts, error), one per claim.

The rows are built from the Report's public JSON (report.schema.json) only; nested parts
(details, the full evidence, other editions) are kept as JSON text beside flat columns for
what one filters on (verdict, kind, subject, year, edition).
"""

from __future__ import annotations

import json
from pathlib import Path

VERDICTS = ("supported", "contradicted", "unverifiable")

ARTICLE_COLUMNS = {
    "article_id": "string", "source": "string", "row": "int64", "date": "string",
    "url": "string", "judged_at": "string", "date_source": "string", "title": "string",
    "form": "string", "characters": "int64", "sentences": "int64", "claims": "int64",
    "supported": "int64", "contradicted": "int64", "unverifiable": "int64",
    "notes": "string", "error": "string",
}  # fmt: skip
CLAIM_FIELDS = ("kind", "text", "sentence", "start", "end", "subject", "subject_code",
                "measure", "year", "value", "high", "unit", "hedge", "precision", "source",
                "speaker", "in_quote", "verdict", "explanation", "tolerance", "revised")  # fmt: skip
EVIDENCE_FIELDS = ("source", "edition", "published", "table", "measure", "unit", "country",
                   "year", "value", "estimate")  # fmt: skip
CLAIM_COLUMNS = {
    "article_id": "string", "claim_id": "string", "kind": "string", "text": "string",
    "sentence": "int64", "start": "int64", "end": "int64", "subject": "string",
    "subject_code": "string", "measure": "string", "year": "int64", "value": "float64",
    "high": "float64", "unit": "string", "hedge": "string", "precision": "int64",
    "source": "string", "speaker": "string", "in_quote": "bool", "verdict": "string",
    "explanation": "string", "tolerance": "string", "revised": "string",
    "evidence_source": "string", "evidence_edition": "int64", "evidence_published": "string",
    "evidence_table": "string", "evidence_measure": "string", "evidence_unit": "string",
    "evidence_country": "string", "evidence_year": "int64", "evidence_value": "float64",
    "evidence_estimate": "bool", "evidence": "string", "details": "string",
    "other_editions": "string",
}  # fmt: skip


def article_rows(row: int, item: dict, prefix: str, report: dict | None, error: str | None):
    """(article row, claim rows) for one article; `report` is Report.to_dict(), or None."""
    article = dict.fromkeys(ARTICLE_COLUMNS)
    article.update(article_id=item["id"], source=prefix.strip() or None, row=row,
                   date=item.get("date"), url=item.get("url"), error=error)  # fmt: skip
    if report is None:
        return article, []
    meta = report["article"]
    article.update(judged_at=meta["date"], date_source=meta["date_source"], title=meta["title"],
                   form=meta["form"], characters=meta["characters"], sentences=meta["sentences"],
                   claims=len(report["claims"]), notes=_json(report["notes"] or None),
                   **{v: report["summary"][v] for v in VERDICTS})  # fmt: skip
    claims = []
    for claim in report["claims"]:
        out = {"article_id": item["id"], "claim_id": claim["id"]}
        out.update({f: claim.get(f) for f in CLAIM_FIELDS})
        evidence = claim.get("evidence") or {}
        out.update({f"evidence_{f}": evidence.get(f) for f in EVIDENCE_FIELDS})
        out["evidence"] = _json(claim.get("evidence"))
        out["details"] = _json(claim.get("details") or None)
        out["other_editions"] = _json(claim.get("other_editions") or None)
        claims.append(out)
    return article, claims


def write_table(rows: list[dict], columns: dict[str, str], target: Path, fmt: str) -> None:
    """Write rows as Parquet or JSONL to a temporary file renamed onto `target`."""
    from milex.batch.store import replaced

    with replaced(target) as tmp:
        if fmt == "jsonl":
            with open(tmp, "w", encoding="utf-8") as sink:
                for r in rows:
                    sink.write(json.dumps(r, ensure_ascii=False) + "\n")
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(name, pa.type_for_alias(kind)) for name, kind in columns.items()])
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp, compression="zstd")


def _json(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
