"""The words of a verdict on a measured figure: what the edition gives, what earlier and later
editions said, what is missing, and which years break a 'since' claim (used by verify.py)."""

from __future__ import annotations

from milex.claims import evidence as ev
from milex.claims.model import Claim
from milex.claims.verdicts import edition_label
from milex.reference import publications as pubs
from milex.reference.alliance import name_of

MILLIONS: dict[str, float] = {"m": 1.0, "bn": 1e3, "tn": 1e6}  # a sum's unit word, in millions


def measure_of(claim: Claim) -> tuple[str | None, float, str]:
    """(dataset measure, factor from the data's unit to the claim's, a note on conversion)."""
    if claim.kind != "spending_amount":
        return claim.measure, 1.0, ""
    scale = MILLIONS.get(claim.unit.split()[-1], 1.0)
    if claim.measure in (ev.MONEY_CHANGE, "spending_per_capita_usd_constant",
                         "spending_per_capita_usd_current"):  # fmt: skip
        return claim.measure, scale, ""
    currency = claim.currency
    if claim.price_base:
        return "spending_usd_constant" if currency == "USD" else None, scale, ""
    if currency == "USD":
        return "spending_usd_current", scale, ""
    return "spending_nc_current", scale, currency or ""


def years_failing(claim, source, edition, measure, scale, currency) -> list[tuple[int, float]]:
    """The years since claim.since for which the comparison does not hold, each with its figure
    in the claim's unit ((2019, 1.99))."""
    out: list[tuple[int, float]] = []
    for year in range(claim.since, claim.year):
        found = ev.lookup(source, edition, measure, claim.subject_code, year, currency)
        if found is None:
            continue
        value = found[1] / scale
        ok, _ = ev.agrees(claim.value, None, claim.hedge, claim.precision, value)
        if not ok:
            out.append((year, value))
    return out


def failing_text(failing: list[tuple[int, float]]) -> str:
    """'2017 (1.89), 2019 (1.99)'."""
    return ", ".join(f"{year} ({ev.figure_text(value)})" for year, value in failing)


def missing_text(source, pub, measure, code, year, currency) -> str:
    held = ev.years_held(source, pub.edition, measure)
    where = edition_label(pub)
    if held and year not in held:
        return f"{where} covers {min(held)}-{max(held)}, not {year}"
    if measure == "spending_nc_current" and currency and currency != "EUR":
        own = next((r.unit.split()[-1] for y in sorted(held, reverse=True)
                    if (r := ev.row(source, pub.edition, measure, code, y))), None)  # fmt: skip
        if own and own != currency:
            return f"{where} gives {name_of(code)}'s spending in {own}, not {currency}"
    return f"{where} has no {measure} figure for {name_of(code)} in {year}"


def editions_of(claim: Claim, source: str, measure: str, scale: float, currency) -> list[dict]:
    """The same figure in every edition held, with the verdict each would give."""
    out = []
    for pub, found in ev.in_every_edition(source, measure, claim.subject_code, claim.year,
                                          currency):  # fmt: skip
        value = found[1] / scale
        ok, _ = ev.agrees(claim.value, claim.high, claim.hedge, claim.precision, value,
                          money=claim.kind == "spending_amount")  # fmt: skip
        out.append({"source": source, "edition": pub.edition, "published": pub.published.isoformat(),
                    "value": round(value, 4), "estimate": bool(found[0].estimate),
                    "basis": found[0].basis,
                    "verdict": "supported" if ok else "contradicted"})  # fmt: skip
    return out


def later_text(others: list[dict]) -> str:
    if not others:
        return ""
    said = ", ".join(f"{ev.figure_text(o['value'])} in the {o['edition']} edition" for o in others)
    return f"; later published: {said}"


def revised_text(pub, others: list[dict], shown: float, basis: str = "") -> str | None:
    """Later editions that differ; one on another basis is named a change of definition."""
    later = [o for o in others if o["edition"] > pub.edition and abs(o["value"] - shown) >= 0.005]
    if later:
        return "revised since: " + ", ".join(
            f"{ev.figure_text(o['value'])} in the {o['edition']} edition"
            + ev.definition_change(pub, o.get("basis", basis))
            for o in later
        )
    return None


def explain(claim: Claim, pub, shown, estimate, ok, verdict, note, conv, revised) -> str:
    what = {"share_of_gdp": "% of GDP", "equipment_share": "% of defence spending on equipment",
            "personnel_share": "% of defence spending on personnel",
            "infrastructure_share": "% of defence spending on infrastructure",
            "other_share": "% of defence spending on other items (operations and maintenance)",
            "share_of_government_spending": "% of government spending",
            "real_change": "% real change", "spending_amount": claim.unit,
            "personnel": "thousand personnel"}[claim.kind]  # fmt: skip
    if claim.measure == "real_change_since_2014":
        what = "% real change since 2014"
    est = " (estimate)" if estimate else ""
    if claim.kind == "personnel":
        amount = f"{shown:,.1f} {what}"
    elif what.startswith("%"):
        amount = f"{ev.figure_text(shown)}{what}"
    else:
        amount = f"{what.split()[0]} {ev.figure_text(shown)} {what.split()[-1]}"
    if claim.measure == ev.MONEY_CHANGE:
        amount = f"a rise of {amount} on the year before (Table 2, current prices)"
    if claim.measure == "spending_per_capita_usd_constant":
        amount = f"USD {ev.figure_text(shown)} a head at constant {pub.constant_prices} prices"
    if claim.measure == "spending_per_capita_usd_current":
        amount = f"USD {ev.figure_text(shown)} a head at current prices"
    if claim.measure == ev.SHARE_CHANGE:
        amount = f"a change of {shown:+.2f} points of GDP on the year before"
    text = f"{edition_label(pub)} gives {amount} for {claim.subject} in {claim.year}{est}"
    stated = claim.text.strip()
    if verdict == "unverifiable":
        text += f", but {'; '.join(claim.doubts)}"
    elif ok:
        text += f", which agrees with '{stated}'"
    else:
        text += f", which does not agree with '{stated}'"
    earlier = _editions_before(pub, claim)
    if note:
        text += f"; {note}"
    if conv:
        text += f"; {conv}"
    if revised:
        text += f"; {revised}"
    if earlier:
        text += "; " + earlier[0]
    return text + "."


def _editions_before(pub, claim: Claim) -> list[str]:
    """'the 2024 edition had 4.12 (estimate), revised to 3.79': what an earlier edition said."""
    measure, scale, currency = measure_of(claim)
    if measure is None or claim.subject_code is None or claim.year is None:
        return []
    out = []
    cur = None  # the figure in `pub`, looked up once (when an older edition has one)
    for older in pubs.publications(claim.source):
        if older.edition >= pub.edition:
            continue
        found = ev.lookup(
            claim.source, older.edition, measure, claim.subject_code, claim.year, currency
        )
        if found is None:
            continue
        value = found[1] / scale
        if cur is None:
            cur = ev.lookup(
                claim.source, pub.edition, measure, claim.subject_code, claim.year, currency
            )
        if cur is not None and abs(cur[1] / scale - value) >= 0.005:
            est = " (estimate)" if found[0].estimate else ""
            change = ev.definition_change(older, cur[0].basis)
            out.append(f"the {older.edition} edition had {ev.figure_text(value)}{est}, "
                       f"{'changed' if change else 'revised'} to "
                       f"{ev.figure_text(cur[1] / scale)} in the {pub.edition} edition{change}")  # fmt: skip
    return out
