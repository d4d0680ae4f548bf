"""Verdicts on rankings: an ally's place among the allies with figures in one table of the
edition current at the date (share of GDP, spending in current dollars, equipment share,
military personnel, real change), a group named as the top N, 'among the three biggest',
and the European allies alone ('fourth in Europe').

A place that disagrees is called contradicted only when the table was named by the words or
the sentence's figures; when it was read from a bare 'spender' or from a sentence before, and
the other table (dollars or share of GDP) gives the stated place or is not held for the year,
the verdict is unverifiable.
"""

from __future__ import annotations

from datetime import date

from milex.claims import evidence as ev
from milex.claims.model import UNSTATED_BASIS, Checked, Claim
from milex.claims.verdicts import NO_FORCES, edition_label, unverifiable
from milex.reference import publications as pubs
from milex.reference import regions
from milex.reference.alliance import ALLIES, members, name_of

_WHAT = {"share_of_gdp": "share of GDP", "spending_usd_current": "spending in current USD",
         "equipment_share": "equipment share", "personnel": "military personnel",
         "real_change": "real change",
         "spending_per_capita_usd_constant": "spending per head (constant USD)",
         "personnel_share": "share of spending on personnel"}  # fmt: skip
_OTHER = {"share_of_gdp": "spending_usd_current", "spending_usd_current": "share_of_gdp"}
_NOT_EUROPE = {"USA", "CAN"}


def allies_ranked(source, edition, measure, year, pub, scope=None) -> dict[str, float]:
    if scope == "world":  # every country SIPRI gives a figure for, never its regional totals
        return {k: v for k, v in ev.values(source, edition, measure, year).items()
                if k and not regions.is_region(k)}  # fmt: skip
    cutoff = min(date(year, 12, 31), pub.published)
    allowed = {a.iso3 for a in members(cutoff)} - NO_FORCES
    if scope == "europe":
        allowed -= _NOT_EUROPE
    return {k: v for k, v in ev.values(source, edition, measure, year).items() if k in allowed}


def place(values: dict[str, float], code: str, order: str | None) -> int:
    mine = values[code]
    if order == "lowest":
        return 1 + sum(1 for v in values.values() if v < mine)
    return 1 + sum(1 for v in values.values() if v > mine)


def _holds(claim: Claim, values: dict[str, float], order: str) -> bool | None:
    """Whether the stated place holds in `values` (None when an ally named has no figure)."""
    codes = claim.ranked_with or [claim.subject_code]
    if any(c not in values for c in codes):
        return None
    places = [place(values, c, order) for c in codes]
    n = int(claim.value)
    if claim.ahead_of is not None:  # "A and B among those ahead of it": above that ally
        if claim.ahead_of not in values:
            return None
        return all(p < place(values, claim.ahead_of, order) for p in places)
    if claim.comparator == "ordered":  # "ranked from the bottom up: A, B, C": in that order
        # (allies level in the table may come either way round)
        return all(places[k] <= places[k + 1] for k in range(len(places) - 1))
    if claim.ranked_with:  # "Poland and Lithuania lead the way": both in the top two
        return all(p <= n for p in places)
    if claim.comparator in ("<=", "vague", "group"):
        return places[0] <= n
    # "ninth" of an ally level with another in 8th: the two share 8th and 9th, either holds
    return places[0] <= n < places[0] + 1 + len(level_with(values, codes[0]))


def level_with(values: dict[str, float], code: str) -> list[str]:
    """The other allies whose figure equals the ally's, who share its places."""
    mine = values[code]
    return [c for c, v in values.items() if c != code and v == mine]


_WORLD_SURE: int = 15  # world places beyond this may move with the countries SIPRI lacks


def _one_place(claim: Claim, order: str) -> bool:
    """Is the claim one country's exact place from the top ('ranked 17th in the world'), no
    range, group or other country named with it?"""
    return (
        claim.comparator is None
        and not claim.ranked_with
        and claim.ahead_of is None
        and order == "highest"
    )


def _name(source: str, edition: int, measure: str, code: str, year: int) -> str:
    """An ally's name, or the country's as the source gives it (SIPRI's world ranks)."""
    if code in {a.iso3 for a in ALLIES}:
        return name_of(code)
    row = ev.row(source, edition, measure, code, year)
    return row.country if row is not None and row.country else code


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ranking(claim: Claim, day: date) -> Checked:
    code = claim.subject_code
    if code is None or code not in {a.iso3 for a in ALLIES} and claim.rank_scope != "world":
        return unverifiable(claim, "; ".join(claim.doubts) or "the ranking is not said of one ally")
    if claim.year is None or claim.measure is None:
        return unverifiable(claim, "; ".join(claim.doubts) or "the year or the measure is unclear")
    source = claim.source if claim.source in ("NATO", "SIPRI") else "NATO"
    if claim.rank_scope == "world":
        source = "SIPRI"  # the only tables held that rank every country
    pub, note = ev.edition_for(source, claim.measure, day)
    fallback = bool(note)
    if pub is None:
        return unverifiable(claim, f"no {source} edition held was published by {day:%-d %B %Y}")
    note = "; ".join(
        x for x in (note, ev.settle_tense_year(claim, source, pub.edition, claim.measure, day)) if x
    )
    scope = claim.rank_scope
    values = allies_ranked(source, pub.edition, claim.measure, claim.year, pub, scope)
    if code not in values:
        return unverifiable(claim, f"{edition_label(pub)} has no {claim.measure} for "
                                   f"{claim.subject} in {claim.year}")  # fmt: skip
    order = claim.order or "highest"
    said_order, said_place = order, int(claim.value)  # as the text put it, before turning
    if order == "lowest" and not claim.ranked_with and claim.comparator is None:
        # "the lowest of the allies" is last of those ranked: 31st of 31 by share of GDP
        claim.value, order = float(len(values) + 1 - int(claim.value)), "highest"
    claim.order = order
    if claim.comparator == "group":  # "among the lowest in NATO": the quarter at that end
        claim.value = float(-(-len(values) // GROUP_PART))
    ok = _holds(claim, values, order)
    if ok is None:
        missing = [name_of(c) for c in claim.ranked_with if c not in values]
        return unverifiable(claim, f"{edition_label(pub)} has no {claim.measure} for "
                                   f"{', '.join(missing)} in {claim.year}")  # fmt: skip
    rank = place(values, code, order)
    ranked = sorted(values, key=values.get, reverse=order != "lowest")
    shown = max(3, rank, int(claim.value))
    top = ", ".join(f"{_name(source, pub.edition, claim.measure, c, claim.year)} {values[c]:,.2f}"
                    for c in ranked[:shown])  # fmt: skip
    what = _WHAT.get(claim.measure, claim.measure)
    among = {"europe": "European allies", "world": "countries"}.get(scope or "", "allies")
    text = (f"By {what} in {claim.year}, {edition_label(pub)} puts {claim.subject} "
            f"{ordinal(rank)} {order} of {len(values)} {among} with figures ({top})")  # fmt: skip
    level = level_with(values, code)
    if level:  # "Norway and the US, both at 3.17%, share 8th and 9th"
        text += (f"; level with {', '.join(_name(source, pub.edition, claim.measure, c, claim.year) for c in level)}"
                 f" at {values[code]:,.2f}, sharing places {rank} to {rank + len(level)}")  # fmt: skip
    if claim.ranked_with:  # "Poland and Lithuania lead the way": every ally named, placed
        text += "; the allies named: " + ", ".join(
            f"{name_of(c)} {ordinal(place(values, c, order))}" for c in claim.ranked_with
        )
    verdict = "supported" if ok else "contradicted"
    tolerance = _tolerance(claim)
    if fallback and claim.year_basis != "stated":
        claim.doubts.append(f"the text gives no year, and {claim.year} is only the latest year "
                            "of the older edition used for want of this table in the current one")  # fmt: skip
    elif (
        scope == "world"
        and max(rank, int(claim.value)) > _WORLD_SURE
        and not (_one_place(claim, order) and int(claim.value) <= rank)
    ):
        claim.doubts.append("SIPRI has no figure for some countries, which could change a "
                            "place this far down")  # fmt: skip
    elif scope == "world" and max(rank, int(claim.value)) > _WORLD_SURE:
        # "Pakistan was placed 29th": a place among the countries SIPRI has figures for; those
        # it has none for could only move it further down, never up
        text += (" (SIPRI has no figure for some countries, which could only move a place "
                 "further down" + (")" if ok else ": not up to the place the text gives)"))  # fmt: skip
    elif not ok:
        doubt = _why_not_contradicted(claim, source, pub, order, scope)
        if doubt:
            claim.doubts.append(doubt)
    ahead = _missing_ahead(claim, source, pub, values, said_order, scope)
    exact = claim.comparator is None and not claim.ranked_with
    if (
        ahead
        and claim.ahead_of is None
        and (ok or exact and place(values, code, said_order) < said_place)
    ):
        claim.doubts.append(f"{ahead} has no {claim.year} figure in this edition and was ahead "
                            f"of {claim.subject} the year before, so the place is uncertain")  # fmt: skip
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
        vals = allies_ranked(source, other.edition, claim.measure, claim.year, other, scope)
        if code in vals:
            r = place(vals, code, order)
            holds = _holds(claim, vals, order)
            others.append({"source": source, "edition": other.edition,
                           "published": other.published.isoformat(), "value": float(r),
                           "verdict": "supported" if holds else "contradicted"})  # fmt: skip
            if r != rank and other.edition > pub.edition:
                revised = f"revised since: {ordinal(r)} in the {other.edition} edition"
    if revised:
        text += f"; {revised}"
    doubt = (
        ev.basis_doubt(pub, others) if verdict == "contradicted" and not claim.core_named else ""
    )
    if doubt:
        verdict, text = "unverifiable", f"{doubt[0].upper()}{doubt[1:]}. {text}"
    row = ev.row(source, pub.edition, claim.measure, code, claim.year)
    evid = ev.evidence(source, pub.edition, claim.measure, code, claim.year, row,
                       note=f"rank {rank} ({order} first)")  # fmt: skip
    return Checked(claim, verdict, text + ".", tolerance, evid, others, revised)


def _missing_ahead(claim: Claim, source, pub, values, order, scope) -> str:
    """An ally with no figure for the year (the US's personnel in 2025, Germany's spending in
    2025 in the 2025 edition) that was ahead of the ally ranked the year before: missing is
    missing, so the place among the allies with figures may not be the place."""
    if scope == "world":
        return ""
    cutoff = min(date(claim.year, 12, 31), pub.published)
    allowed = {a.iso3 for a in members(cutoff)} - NO_FORCES - (_NOT_EUROPE if scope else set())
    missing = allowed - set(values)
    if not missing:
        return ""
    before = ev.values(source, pub.edition, claim.measure, claim.year - 1)
    mine = before.get(claim.subject_code)
    if mine is None:
        return ""
    for code in sorted(missing):
        theirs = before.get(code)
        if theirs is not None and (theirs > mine if order == "highest" else theirs < mine):
            return name_of(code)
    return ""


GROUP_PART: int = 4  # 'among the lowest' of the allies: the quarter at that end


def values_of(claim: Claim, source: str, pub, scope) -> dict[str, float]:
    return allies_ranked(source, pub.edition, claim.measure, claim.year, pub, scope)


def _tolerance(claim: Claim) -> str:
    n = int(claim.value)
    if claim.comparator == "ordered":
        return f"the {n} allies named in order, {claim.order} first"
    if claim.ranked_with:
        return f"each ally named within the {claim.order} {n}"
    if claim.comparator == "<=":
        return f"rank {n} or better"
    if claim.comparator == "vague":
        return "'one of the ...' read as the top three"
    if claim.comparator == "group":
        return f"'among the {claim.order} ...' read as the {claim.order} {n} (a quarter)"
    return f"rank exactly {n}"


def _why_not_contradicted(claim: Claim, source, pub, order, scope) -> str:
    """Why a place that disagrees is not a contradiction, or '' when it is one."""
    if claim.comparator == "vague":
        return ("'one of the ...' names no cut-off: it was read as the top three, and a "
                "lower place may still be meant")  # fmt: skip
    if claim.comparator == "group":
        mine = place(values_of(claim, source, pub, scope), claim.subject_code, order)
        if mine > len(values_of(claim, source, pub, scope)) / 2:
            return ""  # past the middle: not among those at that end, however many are meant
        return (f"'among the {order} ...' names no cut-off: it was read as the {order} quarter, "
                "and a place short of the middle may still be meant")  # fmt: skip
    if scope == "europe":
        return "'Europe' may also take in countries outside the alliance (Russia, Ukraine)"
    if claim.measure_basis == UNSTATED_BASIS:
        return ("the text names no measure: the place was read by share of GDP, NATO's "
                "headline table, and the words may mean another")  # fmt: skip
    other = _OTHER.get(claim.measure or "")
    if claim.measure_basis in ("stated", "figures") or other is None:
        return ""
    if claim.year not in ev.years_held(source, pub.edition, other):
        return (f"the text does not say whether the place is by {_WHAT[claim.measure]} or by "
                f"{_WHAT[other]}, and the edition has no {_WHAT[other]} for {claim.year}")  # fmt: skip
    values = allies_ranked(source, pub.edition, other, claim.year, pub, scope)
    if _holds(claim, values, order):
        return f"by {_WHAT[other]}, which the words may mean instead, the place is right"
    return ""
