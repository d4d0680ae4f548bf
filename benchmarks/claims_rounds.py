"""The claim checker on the rounds of real text: short texts in our words that keep the
structures of published articles (lists, tables, quotes, asides, editions, hedges, whole
articles with sections), each figure with what a careful fact-checker says of it from the
official tables (`claims_rounds.jsonl`, written round by round while reading real articles).

An expectation is met when a claim with its value (and subject, when given) has an allowed
verdict (and kind and year, when given), and none of those claims has a forbidden one;
`null` among the verdicts allows no claim at all. A wrong "supported" or "contradicted" is a
claim of that value given a verdict the expectation does not allow: under the expected subject,
or under another when the expected one has no allowed verdict and no other figure of the text
has that value (a figure judged as someone else's is judged wrongly all the same).

    python benchmarks/claims_rounds.py           # counts by round
    python benchmarks/claims_rounds.py --show    # and every expectation not met
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import milex

ROUNDS = Path(__file__).with_name("claims_rounds.jsonl")


def _hits(claims, exp: dict) -> list:
    """The claims read at the expected figure: its value or an alternative, either sign (a
    fall written '1.4%' is read as -1.4; personnel in thousands, as NATO's table gives them,
    or in persons), of the expected subject if one is named."""
    values = [abs(float(v)) for v in (exp["value"], *exp.get("alt", []))]
    subject = (exp.get("subject") or "").lower()
    return [c for c in claims if c.claim.value is not None
            and any(abs(got - v) <= 1e-6 * max(1.0, v) for got in _read_as(c) for v in values)
            and subject in str(c.claim.subject or "").lower()]  # fmt: skip


def _read_as(c) -> list[float]:
    got = abs(float(c.claim.value))
    return [got, round(got * 1000, 6)] if c.claim.kind == "personnel" else [got]


def _elsewhere(claims, exp: dict, shared: bool) -> list:
    """The claims read at the expected figure for another subject than the one expected (none
    when another expectation of the text has the same figure): a verdict given there is given
    to the writer's figure under the wrong name."""
    if shared or not exp.get("subject"):
        return []
    return [c for c in _hits(claims, {**exp, "subject": ""}) if c not in _hits(claims, exp)]


def judge(claims, exp: dict, shared: bool = False) -> tuple[bool, str]:
    """(met, what went wrong: "" or "false supported" / "false contradicted" / "miss"); a
    verdict the expectation does not allow, given to its figure under another subject, is
    false too, and one it allows counts only as an abstention: "contradicted" under the
    wrong ally is right by accident, not a check of the writer's figure."""
    hits, allowed = _hits(claims, exp), set(exp["verdicts"])
    own = set(map(id, hits))
    if not any(c.verdict in allowed for c in hits):
        hits = hits + _elsewhere(claims, exp, shared)
    met = None in allowed and not hits
    for c in hits:
        if (
            c.verdict in allowed
            and (id(c) in own or c.verdict == "unverifiable")
            and exp.get("kind") in (None, c.claim.kind)
            and (exp.get("kind_not") != c.claim.kind)
            and ("year" not in exp or c.claim.year == exp["year"])
        ):
            met = True
    if any(c.verdict in exp.get("forbid", []) for c in hits) or (allowed == {None} and hits):
        met = False
    if met:
        return True, ""
    wrong = [c.verdict for c in hits if c.verdict not in allowed
             and c.verdict in ("supported", "contradicted")]  # fmt: skip
    return False, f"false {wrong[0]}" if wrong else "miss"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="print every expectation not met")
    args = ap.parse_args()
    items = [json.loads(line) for line in ROUNDS.read_text(encoding="utf-8").splitlines() if line]
    by_round: dict[str, Counter] = {}
    for item in items:
        claims = milex.check(item["text"], date=item["date"]).claims
        tally = by_round.setdefault(item["id"].split("-")[0], Counter())
        values = Counter(round(abs(float(e["value"])), 6) for e in item["expect"])
        for exp in item["expect"]:
            met, why = judge(claims, exp, values[round(abs(float(exp["value"])), 6)] > 1)
            tally["expectations"] += 1
            tally["met" if met else why] += 1
            if not met and args.show:
                shown = _hits(claims, exp) or _elsewhere(claims, exp, False)
                got = "; ".join(f"{c.verdict}/{c.claim.kind}/{c.claim.subject}/{c.claim.year}"
                                for c in shown) or "no claim"  # fmt: skip
                print(f"{item['id']} {exp['value']}: {why}: {got} | {exp.get('why', '')}")
    total: Counter = sum(by_round.values(), Counter())
    print(f"{len(items)} texts, {total['expectations']} expectations")
    for name, t in [*sorted(by_round.items()), ("all", total)]:
        print(
            f"  {name:5} {t['expectations']:5} expectations  met {t['met'] / t['expectations']:4.0%}"
            f"  false supported {t['false supported']:3}  false contradicted "
            f"{t['false contradicted']:3}  missed {t['miss']:3}"
        )


if __name__ == "__main__":
    main()
