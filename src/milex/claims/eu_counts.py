"""Counts of EU member states: '19 EU countries have sought SAFE loans', '26 of the 27 EU
member states backed the programme'. milex holds which allies are in the EU, not the EU's own
membership nor who applied for or voted on what: such a count is listed, unverifiable, with
that reason, rather than left unread or judged as a count of allies."""

from __future__ import annotations

from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.model import Checked, Claim
from milex.claims.verdicts import unverifiable


def read_eu_counts(ctx: Context) -> None:
    eu = [m for m in ctx.mentions if m.code == "EU" and m.kind == "group"]
    if not eu:
        return
    for q in ctx.quantities:
        if q.form != "plain" or q.precision or not 2 <= q.value <= 27 or id(q) in ctx.consumed:
            continue
        k = q.j + (2 if ctx.lows[q.j : q.j + 2] == ["of", "the"] else 0)
        total = next((x for x in ctx.quantities if x.i == k and x is not q), None)
        if total is not None and any(m.i == total.j for m in eu):  # "26 of the 27 EU states"
            for x in (q, total):
                _claim(ctx, x)
        elif any(m.i == q.j for m in eu):  # "19 EU countries"
            _claim(ctx, q)


def _claim(ctx: Context, q) -> None:
    claim = new_claim(ctx, q, "eu_count", q.value, "EU member states")
    set_subject(claim, "EU")
    ctx.consumed.add(id(q))


def eu_count(claim: Claim) -> Checked:
    return unverifiable(claim, "milex holds which allies belong to the EU, not the EU's own "
                               "membership nor which member states applied for, received or "
                               "voted for what")  # fmt: skip
