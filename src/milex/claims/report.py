"""A checked article and its renderings: terminal text, JSON, HTML, ClaimReview, DataFrame."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from milex.claims.model import Checked

SCHEMA_VERSION = 1


@dataclass
class Report:
    article: Any  # milex.claims.input.Article
    date: date  # the date the article is judged at
    sentences: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    checked: list[Checked] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def claims(self) -> list[Checked]:
        return self.checked

    def counts(self) -> dict[str, int]:
        out = {"supported": 0, "contradicted": 0, "unverifiable": 0}
        for c in self.checked:
            out[c.verdict] += 1
        return out

    def to_dict(self) -> dict:
        a = self.article
        return {
            "schema_version": SCHEMA_VERSION,
            "article": {
                "title": a.title,
                "url": a.url,
                "form": a.form,
                "date": self.date.isoformat(),
                "date_source": a.date_source if a.date else "assumed",
                "characters": len(a.text),
                "sentences": len(self.sentences),
            },
            "notes": list(self.notes),
            "summary": self.counts(),
            "claims": [_claim_dict(c, i) for i, c in enumerate(self.checked)],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_frame(self):
        import pandas as pd

        rows = []
        for c in self.checked:
            cl = c.claim
            rows.append({
                "sentence": cl.sentence, "kind": cl.kind, "text": cl.text, "subject": cl.subject,
                "year": cl.year, "value": cl.value, "unit": cl.unit, "hedge": cl.hedge,
                "source": cl.source, "speaker": cl.speaker, "verdict": c.verdict,
                "data_value": c.evidence.value if c.evidence else None,
                "edition": c.evidence.edition if c.evidence else None,
                "explanation": c.explanation,
            })  # fmt: skip
        return pd.DataFrame(rows)

    def to_html(self) -> str:
        from milex.claims.render import html_page

        return html_page(self)

    def to_claimreview(self) -> list[dict]:
        from milex.claims.render import claim_reviews

        return claim_reviews(self)

    def to_text(self, width: int = 100) -> str:
        from milex.claims.render import terminal_text

        return terminal_text(self, width)


def _claim_dict(c: Checked, i: int) -> dict:
    cl = c.claim
    return {
        "id": f"c{i + 1}",
        "kind": cl.kind,
        "text": cl.text,
        "sentence": cl.sentence,
        "start": cl.start,
        "end": cl.end,
        "subject": cl.subject,
        "subject_code": cl.subject_code,
        "measure": cl.measure,
        "year": cl.year,
        "value": cl.value,
        "high": cl.high,
        "unit": cl.unit,
        "hedge": cl.hedge,
        "precision": cl.precision,
        "source": cl.source,
        "speaker": cl.speaker,
        "in_quote": cl.in_quote,
        "details": {
            k: v
            for k, v in {
                "total": cl.total,
                "threshold": cl.threshold,
                "comparator": cl.comparator,
                "order": cl.order,
                "ranked_with": cl.ranked_with or None,
                "members": cl.members or None,
                "rank_scope": cl.rank_scope,
                "deadline": cl.deadline,
                "within": cl.within,
                "since": cl.since,
                "price_base": cl.price_base,
                "as_of": cl.as_of,
                "stated_days": cl.stated_days or None,
                "currency": cl.currency,
                "figures": cl.figures or None,
                "earlier_edition": cl.earlier_edition or None,
                "doubts": cl.doubts or None,
            }.items()
            if v is not None
        },  # fmt: skip
        "verdict": c.verdict,
        "explanation": c.explanation,
        "tolerance": c.tolerance,
        "evidence": c.evidence.as_dict() if c.evidence else None,
        "other_editions": c.other_editions,
        "revised": c.revised,
    }
