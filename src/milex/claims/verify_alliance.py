"""Verdicts on claims about the alliance as a whole: counts of allies, rankings, membership.

Counts come from the scorecard (milex.scorecard): its membership rule (Iceland in the
denominator, never meeting) and its per-ally values. A threshold that is not a guideline
("one of only five allies above 3%") is counted on the same scorecard values.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from milex.claims import evidence as ev
from milex.claims.model import Checked, Claim, Evidence
from milex.claims.verdicts import NO_FORCES, edition_label, unverifiable
from milex.reference import publications as pubs
from milex.reference.alliance import ALLIES, members

_GUIDELINES = {("share_of_gdp", 2.0): "2pct", ("share_of_gdp", 3.5): "hague-core",
               ("equipment_share", 20.0): "20pct-equipment"}  # fmt: skip
_SAME_MEASURE = {"share_of_gdp": "2pct", "equipment_share": "20pct-equipment"}
_SIGN = {">=": "at or above", ">": "above", "<": "below"}


@lru_cache(maxsize=256)
def _tally(measure: str, threshold: float, comparator: str, year: int, edition: int):
    """(meeting, allies, with data, names) from the scorecard for one year and edition."""
    from milex.analysis import scorecard

    guideline = _GUIDELINES.get((measure, threshold))
    if guideline and comparator == ">=":
        row = scorecard.counts(guideline, years=[year], edition=edition).iloc[0]
        return int(row["meeting"]), int(row["allies"]), int(row["with_data"]), row["meeting_names"]
    frame = scorecard.compliance(_SAME_MEASURE[measure], year=year, edition=edition)
    scored = frame[frame["status"].isin([scorecard.MEETS, scorecard.BELOW])]
    test = {">=": scored["value"] >= threshold, ">": scored["value"] > threshold,
            "<": scored["value"] < threshold}[comparator]  # fmt: skip
    names = "; ".join(scored.loc[test, "ally"])
    return int(test.sum()), len(frame), len(scored), names


def count(claim: Claim, day: date) -> Checked:
    if claim.year is None:
        return unverifiable(claim, "; ".join(claim.doubts) or "the year of the count is unclear")
    if claim.source != "NATO":
        return unverifiable(
            claim, f"counts are only scored on NATO's figures, not {claim.source}'s"
        )
    measure, threshold = claim.measure or "share_of_gdp", float(claim.threshold or 2.0)
    comparator = claim.comparator or ">="
    try:
        pub = pubs.edition_as_of(day, "NATO")
    except Exception:
        later = _count_editions(claim, measure, threshold, comparator)
        said = ", ".join(f"{o['value']:.0f} in the {o['edition']} edition" for o in later)
        return unverifiable(claim, f"no NATO edition held was published by {day:%-d %B %Y}"
                                   + (f"; later published: {said}" if said else ""),
                            other_editions=later)  # fmt: skip
    earlier = ""
    if claim.earlier_edition:
        older = ev.earlier_than(pub, "NATO", measure, claim.year)
        if older is None:
            return unverifiable(claim, "the text speaks of an earlier estimate, and no earlier "
                                       "edition held has this count")  # fmt: skip
        earlier = (f"; the text speaks of an earlier estimate: judged on the {older.edition} "
                   f"edition, the one before the {pub.edition} edition")  # fmt: skip
        pub = older
    tense_note = ev.settle_tense_year(claim, "NATO", pub.edition, measure, day)
    if tense_note:
        earlier += f"; {tense_note}"
    held = ev.years_held("NATO", pub.edition, measure)
    others = _count_editions(claim, measure, threshold, comparator)
    if claim.year not in held:
        said = ", ".join(f"{o['value']:.0f} in the {o['edition']} edition" for o in others)
        only_newer = ev.not_held_reason("NATO", claim.year, day)
        return unverifiable(claim, (f"{only_newer}; " if only_newer else "") + f"{edition_label(pub)} covers {min(held)}-{max(held)}, not "
                                   f"{claim.year}" + (f"; later published: {said}" if said else ""),
                            other_editions=others)  # fmt: skip
    meeting, allies, with_data, names = _tally(
        measure, threshold, comparator, claim.year, pub.edition
    )
    ok, tolerance = ev.agrees(claim.value, None, claim.hedge, 0, meeting, count=True)
    what = "% of GDP" if measure == "share_of_gdp" else "% of defence spending on equipment"
    if claim.value >= allies > with_data == meeting and comparator == ">=":
        # "all 32 allies meet 2%": every ally with a figure does, but some have none
        return unverifiable(claim, f"{edition_label(pub)} has figures for {with_data} of the "
                                   f"{allies} allies in {claim.year}, and all {with_data} are "
                                   f"{_SIGN[comparator]} {threshold:g}{what}; 'all' cannot be "
                                   "confirmed for the allies without a figure")  # fmt: skip
    text = (f"{edition_label(pub)} counts {meeting} of {allies} allies {_SIGN[comparator]} "
            f"{threshold:g}{what} in {claim.year} ({with_data} with figures)")  # fmt: skip
    if claim.total is not None and claim.total not in (allies, with_data):
        ok = False
        text += f"; the alliance had {allies} members then, not {claim.total}"
    verdict = "supported" if ok else "contradicted"
    if claim.doubts:
        verdict = "unverifiable"
        text += ", but " + "; ".join(claim.doubts)
    else:
        text += f", which {'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'"
    revised = _count_revised(pub, others, meeting)
    if revised:
        text += f"; {revised}"
    text += earlier
    if not claim.earlier_edition and (held_note := ev.not_held_note("NATO", day)):
        text += f"; {held_note}"
    doubt = ev.basis_doubt(pub, others) if verdict == "contradicted" else ""
    if doubt:
        verdict, text = "unverifiable", f"{doubt[0].upper()}{doubt[1:]}. {text}"
    evid = Evidence("NATO", pub.edition, pub.published.isoformat(), "8a" if "equipment" in measure else "3",
                    measure, "allies", None, claim.year, float(meeting),
                    note=f"{_SIGN[comparator]} {threshold:g}: {names}")  # fmt: skip
    return Checked(claim, verdict, text + ".", tolerance, evid, others, revised)


def _count_editions(claim, measure, threshold, comparator) -> list[dict]:
    out = []
    for pub in pubs.publications("NATO"):
        if claim.year not in ev.years_held("NATO", pub.edition, measure):
            continue
        meeting = _tally(measure, threshold, comparator, claim.year, pub.edition)[0]
        ok, _ = ev.agrees(claim.value, None, claim.hedge, 0, meeting, count=True)
        out.append(
            {
                "source": "NATO",
                "edition": pub.edition,
                "published": pub.published.isoformat(),
                "value": float(meeting),
                "verdict": "supported" if ok else "contradicted",
            }
        )
    return out


def _count_revised(pub, others, meeting) -> str | None:
    parts = []
    for o in others:
        if o["value"] != meeting:
            other = pubs.publication("NATO", o["edition"])
            if o["edition"] > pub.edition:
                parts.append(f"revised since: {o['value']:.0f} in the {o['edition']} edition"
                             + ev.definition_change(pub, other.basis))  # fmt: skip
            else:
                change = ev.definition_change(other, pub.basis)
                parts.append(f"the {o['edition']} edition had counted {o['value']:.0f}, "
                             f"{'changed' if change else 'revised'} to {meeting} in the "
                             f"{pub.edition} edition{change}")  # fmt: skip
    return "; ".join(parts) or None


def _allies_ranked(source, edition, measure, year, pub) -> dict[str, float]:
    cutoff = min(date(year, 12, 31), pub.published)
    allowed = {a.iso3 for a in members(cutoff)} - NO_FORCES
    return {k: v for k, v in ev.values(source, edition, measure, year).items() if k in allowed}


def ranking(claim: Claim, day: date) -> Checked:
    code = claim.subject_code
    if code is None or code not in {a.iso3 for a in ALLIES}:
        return unverifiable(claim, "; ".join(claim.doubts) or "the ranking is not said of one ally")
    if claim.year is None or claim.measure is None:
        return unverifiable(claim, "; ".join(claim.doubts) or "the year or the measure is unclear")
    source = claim.source if claim.source in ("NATO", "SIPRI") else "NATO"
    pub, note = ev.edition_for(source, claim.measure, day)
    if pub is None:
        return unverifiable(claim, f"no {source} edition held was published by {day:%-d %B %Y}")
    note = "; ".join(
        x for x in (note, ev.settle_tense_year(claim, source, pub.edition, claim.measure, day)) if x
    )
    values = _allies_ranked(source, pub.edition, claim.measure, claim.year, pub)
    if code not in values:
        return unverifiable(claim, f"{edition_label(pub)} has no {claim.measure} for "
                                   f"{claim.subject} in {claim.year}")  # fmt: skip
    rank = _rank(values, code, claim.order)
    ok = rank == int(claim.value)
    order = sorted(values, key=values.get, reverse=claim.order != "lowest")
    from milex.reference.alliance import name_of

    top = ", ".join(f"{name_of(c)} {values[c]:,.2f}" for c in order[: max(3, rank)])
    what = {"share_of_gdp": "share of GDP", "spending_usd_current": "spending in current USD",
            "equipment_share": "equipment share"}.get(claim.measure, claim.measure)  # fmt: skip
    place = "lowest" if claim.order == "lowest" else "highest"
    text = (f"By {what} in {claim.year}, {edition_label(pub)} puts {claim.subject} "
            f"{_ordinal(rank)} {place} of {len(values)} allies with figures ({top})")  # fmt: skip
    verdict = "supported" if ok else "contradicted"
    if claim.doubts:
        verdict, text = "unverifiable", text + ", but " + "; ".join(claim.doubts)
    if note:
        text += f"; {note}"
    others, revised = [], None
    for other in pubs.publications(source):
        if other.edition == pub.edition or claim.year not in ev.years_held(
            source, other.edition, claim.measure
        ):
            continue
        vals = _allies_ranked(source, other.edition, claim.measure, claim.year, other)
        if code in vals:
            r = _rank(vals, code, claim.order)
            others.append(
                {
                    "source": source,
                    "edition": other.edition,
                    "published": other.published.isoformat(),
                    "value": float(r),
                    "verdict": "supported" if r == int(claim.value) else "contradicted",
                }
            )
            if r != rank and other.edition > pub.edition:
                revised = f"revised since: {_ordinal(r)} in the {other.edition} edition"
    if revised:
        text += f"; {revised}"
    doubt = ev.basis_doubt(pub, others) if verdict == "contradicted" else ""
    if doubt:
        verdict, text = "unverifiable", f"{doubt[0].upper()}{doubt[1:]}. {text}"
    row = ev.row(source, pub.edition, claim.measure, code, claim.year)
    evid = ev.evidence(source, pub.edition, claim.measure, code, claim.year, row,
                       note=f"rank {rank} ({place} first)")  # fmt: skip
    return Checked(
        claim, verdict, text + ".", f"rank exactly {int(claim.value)}", evid, others, revised
    )


def _rank(values: dict[str, float], code: str, order: str | None) -> int:
    mine = values[code]
    if order == "lowest":
        return 1 + sum(1 for v in values.values() if v < mine)
    return 1 + sum(1 for v in values.values() if v > mine)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _sizes() -> set[int]:
    """Every number of members NATO has had (12 in 1949 ... 32 since March 2024)."""
    return {len(members(a.joined)) for a in ALLIES}


def membership(claim: Claim, day: date) -> Checked:
    sizes = _sizes()
    if claim.value not in sizes and claim.value < max(sizes):
        return unverifiable(claim, f"NATO has never had {claim.value:g} members: the number is "
                                   "probably a count of something else")  # fmt: skip
    when = day
    if claim.as_of:
        when = date.fromisoformat(claim.as_of)
    elif claim.year is not None and claim.year < day.year:
        when = date(claim.year, 12, 31)
    n = len(members(when))
    ok = n == int(claim.value)
    joined = max((a for a in members(when)), key=lambda a: a.joined)
    text = (f"NATO had {n} members on {when:%-d %B %Y} (the latest to join: {joined.name}, "
            f"{joined.joined:%-d %B %Y})")  # fmt: skip
    text += f", which {'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'."
    evid = Evidence("milex.alliance", None, None, None, "members", "allies", "NATO",
                    when.year, float(n), note="accession dates of the allies")  # fmt: skip
    return Checked(claim, "supported" if ok else "contradicted", text, "exactly", evid)
