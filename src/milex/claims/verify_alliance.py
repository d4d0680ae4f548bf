"""Verdicts on claims about the alliance as a whole: counts of allies and shares of its spending.

Counts come from the scorecard (milex.scorecard): its membership rule (Iceland in the
denominator, never meeting) and its per-ally values. A threshold that is not a guideline
("one of only five allies above 3%") is counted on the same scorecard values.
"""

from __future__ import annotations

import operator
from datetime import date
from functools import lru_cache

from milex.claims import evidence as ev
from milex.claims.model import VAGUE_FEW, Checked, Claim, Evidence
from milex.claims.verdicts import NO_FORCES, edition_label, stale_verdict, unverifiable
from milex.dataset import index as figures
from milex.dataset.selection import select
from milex.reference import alliance
from milex.reference import publications as pubs
from milex.reference.alliance import ALLIES, members, name_of
from milex.reference.commitments import commitment

_SIGN = {">=": "at or above", ">": "above", "<": "below", "<=": "at or below", "=": "at exactly"}
# a figure's test against the threshold ("=": at the tables' two decimals)
_TESTS = {">=": operator.ge, ">": operator.gt, "<": operator.lt, "<=": operator.le,
          "=": lambda v, threshold: _r2(v) == threshold}  # fmt: skip


# the guidelines NATO counts allies against ("N allies meet or exceed 2%"), by measure
_GUIDELINES = {("share_of_gdp", 2.0), ("share_of_gdp", 3.5), ("share_of_gdp", 5.0),
               ("equipment_share", 20.0)}  # fmt: skip


def _band(comparator: str, threshold: float) -> str:
    """'at or above 2', 'between 2 and 2.5'."""
    if comparator.startswith("between"):
        return f"between {threshold:g} and {comparator.split(':')[1]}"
    return f"{_SIGN[comparator]} {threshold:g}"


_ALLY_CODES = frozenset(a.iso3 for a in ALLIES)


@lru_cache(maxsize=256)
def _tally(measure: str, threshold: float, comparator: str, year: int, edition: int):
    """(meeting, allies, with data, names) on the scorecard's values for one year and edition."""
    allies, scored = ev.scored(measure, year, edition)
    if comparator.startswith("between"):
        high = float(comparator.split(":")[1])
        # a band is read at the figures' two decimals, rounded as pandas rounds them
        low = (lambda v: _r2(v) > threshold) if "open" in comparator else (
            lambda v: _r2(v) >= threshold)  # fmt: skip
        names = [name for name, v in scored if low(v) and _r2(v) <= high]
    else:
        names = [name for name, v in scored if _TESTS[comparator](v, threshold)]
    return len(names), allies, len(scored), "; ".join(names)


def _r2(value: float) -> float:
    return round(value * 100) / 100


def _nato_edition(day: date):
    """The NATO edition current on `day` (select() raises when none was published by then),
    found once per day and dataset in use: asked again for each count of an article."""
    return _edition_on(figures.current(), day)


@lru_cache(maxsize=64)
def _edition_on(index, day: date):
    return select(as_of=day, source="NATO").publication


def _vague_few(claim: Claim) -> bool:
    """Is the count a vague one of none ('almost no ally', 'hardly any ally'), read as 0 to
    VAGUE_FEW?"""
    return claim.hedge == "range" and claim.value == 0 and claim.high == VAGUE_FEW


def count(claim: Claim, day: date) -> Checked:
    if claim.year is None:
        return unverifiable(claim, "; ".join(claim.doubts) or "the year of the count is unclear")
    if claim.since is not None:
        return count_change(claim, day, claim.since)
    measure, threshold = claim.measure or "share_of_gdp", float(claim.threshold or 2.0)
    comparator = claim.comparator or ">="
    if (
        claim.source == "SIPRI"
        and measure == "share_of_gdp"
        and not comparator.startswith("between")
    ):
        return _sipri_count(claim, day, threshold, comparator)
    if claim.source != "NATO":
        return unverifiable(
            claim,
            f"counts are only scored on NATO's and SIPRI's shares of GDP, not {claim.source}'s",
        )
    if comparator == "between":
        comparator = f"between:{claim.threshold_high:g}"
    try:
        pub = _nato_edition(day)
    except Exception:
        later = _count_editions(claim, measure, threshold, comparator)
        said = ", ".join(f"{o['value']:.0f} in the {o['edition']} edition" for o in later)
        return unverifiable(claim, f"no NATO edition held was published by {day:%-d %B %Y}"
                                   + (f"; later published: {said}" if said else ""),
                            other_editions=later)  # fmt: skip
    pub, named_note = ev.named(pub, claim, "NATO", day)  # "Last year's NATO report expected 23"
    earlier = f"; {named_note}" if named_note else ""
    settled = ""
    if claim.earlier_edition:
        # (a year the text gives by tense only is the latest out at the date, as for the
        # current edition: the earlier estimate is the one of that year)
        settled = ev.settle_tense_year(claim, "NATO", pub.edition, measure, day)
        older, why = ev.earlier_estimate(pub, "NATO", measure, claim.year, day)
        why = "; ".join(x for x in (why, settled) if x)
        if older is None:
            return unverifiable(claim, why)
        earlier, pub = f"; {why}", older
    else:  # "last year's NATO report expected 23 allies to reach 2%": judged on that edition
        pub, named_note = ev.named(pub, claim, "NATO", day)
        earlier = f"; {named_note}" if named_note else ""
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
    if claim.rank_scope == "eu":
        return _eu_count(claim, pub, measure, threshold, comparator)
    if claim.total is not None and claim.total < len(members(day)) // 2:
        return _group_count(claim, pub, measure, threshold, comparator)
    meeting, allies, with_data, names = _tally(
        measure, threshold, comparator, claim.year, pub.edition
    )
    ok, tolerance = ev.agrees(claim.value, claim.high, claim.hedge, 0, meeting, count=True)
    what = "% of GDP" if measure == "share_of_gdp" else "% of defence spending on equipment"
    if not ok and _vague_few(claim) and 2 * meeting < with_data:  # ("almost no ally": 5 may
        claim.doubts.append(f"'{claim.text.strip()}' is a vague count, of a few allies at most, "
                            "and how few it allows is unsaid")  # fmt: skip
        # be 'almost none' to a writer, 20 of 31 is not)
    # "nine of NATO's 32 members fall short": all but those at the level, as NATO's own "23
    # of 32" counts, Iceland (no armed forces, no figure) among them
    complement = (not ok and comparator == "<" and claim.total == allies and claim.hedge is None
                  and allies - with_data == len(NO_FORCES)
                  and claim.value == meeting + len(NO_FORCES))  # fmt: skip
    # "Four allies - Poland, Lithuania, Latvia and Estonia - spend more than 3.5%": one of
    # those it names is not at the level, whatever the allies with no figure did
    missed = "" if ok else _counted_missing(claim, measure, threshold, comparator, pub.edition)
    # allies with armed forces but no figure that year (Germany 2025 in the 2025 edition)
    if not complement and not missed and _unconfirmable(claim, comparator, meeting, allies,
                                                        with_data):  # fmt: skip
        return unverifiable(claim, f"{edition_label(pub)} counts {meeting} of the {with_data} "
                                   f"allies with a {claim.year} figure "
                                   f"{_band(comparator, threshold)}{what}; {_none(allies - with_data)}, "
                                   "so the count cannot be confirmed")  # fmt: skip
    text = (f"{edition_label(pub)} counts {meeting} of {allies} allies "
            f"{_band(comparator, threshold)}{what} in {claim.year} ({with_data} with figures)")  # fmt: skip
    if missed:
        text += f"; not every ally the text counts is at the level ({missed})"
    if complement:
        ok = True
        text += (f"; with Iceland, which has no figure, {claim.value:.0f} of the {allies} are "
                 "not at the level, as the text counts")  # fmt: skip
    today = len(members(day))
    if claim.total is not None and claim.total not in (allies, with_data, today,
                                                       today - len(NO_FORCES)):  # fmt: skip
        # (the alliance's size on the article's day, or its allies with figures, name it:
        # "3 of NATO's 32 members met 2% in 2014")
        ok = False
        text += f"; the alliance had {allies} members then, not {claim.total}"
    verdict = "supported" if ok else "contradicted"
    if (
        not ok
        and claim.earlier_edition
        and (older := _older_count(claim, pub.edition, measure, threshold, comparator))
    ):  # "not the 23 announced at the time": an earlier estimate, but which one?
        claim.doubts.append(older)
    elif not ok and claim.earlier_edition and settled:
        # "initial estimates had forecast that 25 would reach it", no year said: the estimate
        # of the latest year in the edition held may not be the one meant (NATO also gave
        # earlier forecasts, before its summits, that milex does not hold)
        claim.doubts.append("the text does not say which earlier estimate, nor of which year: "
                            "NATO published others that milex does not hold")  # fmt: skip
    if not ok and claim.threshold_guessed and (other := _other_guideline(claim, day, pub.edition)):
        claim.doubts.append(f"the text does not name the target, and the article names none "
                            f"before: it was read as 2%, but {other}")  # fmt: skip
    if not ok and comparator == ">":
        at_or_above = _tally(measure, threshold, ">=", claim.year, pub.edition)[0]
        if not ev.agrees(claim.value, claim.high, claim.hedge, 0, at_or_above, count=True)[0]:
            if (
                not missed
                and (measure, threshold) in _GUIDELINES
                and _unconfirmable(claim, ">=", at_or_above, allies, with_data)
            ):  # "every ally is above 2%" in 2025: all those with figures at or above it,
                # but Germany has none in the 2025 edition
                claim.doubts.append(
                    f"NATO counts the allies at or above the guideline: {at_or_above} of the "
                    f"{with_data} with a {claim.year} figure; {_without_figure(claim, pub.edition, measure)}, "
                    "so the count cannot be confirmed"
                )  # fmt: skip
        elif (measure, threshold) in _GUIDELINES:  # "23 allies are above 2%": NATO's own count
            ok, verdict = True, "supported"
            text += (f"; NATO counts the allies at or above the guideline: {at_or_above}, "
                     f"{meeting} of them strictly above")  # fmt: skip
        else:
            claim.doubts.append(f"{at_or_above} are at or above {threshold:g}: whether the allies "
                                f"at exactly {threshold:g} count as 'above' decides it")  # fmt: skip
    if not ok and comparator.startswith("between"):
        above = _tally(measure, threshold, comparator + ":open", claim.year, pub.edition)[0]
        if ev.agrees(claim.value, claim.high, claim.hedge, 0, above, count=True)[0]:
            claim.doubts.append(f"{above} are strictly above {threshold:g}: whether the allies "
                                f"at exactly {threshold:g} are in the band decides it")  # fmt: skip
    if not ok and not claim.doubts and claim.year_basis not in ("stated", "header"):
        matching = [y for y in sorted(held) if y != claim.year and
                    _tally(measure, threshold, comparator, y, pub.edition)[0] == claim.value]  # fmt: skip
        if matching:  # "before the invasion, only six allies": the year is not in the words
            claim.doubts.append(f"the count is the edition's for {matching[-1]}, and the text "
                                "does not tie it to a year")  # fmt: skip
        elif (later_pub := ev.article_year_edition(claim, "NATO", pub, measure, day)) and _tally(
            measure, threshold, comparator, day.year, later_pub.edition
        )[0] == claim.value:
            claim.doubts.append(f"the text gives no year, and the {later_pub.edition} edition, "
                                f"published later, counts {claim.value:g} for {day.year}, the "
                                "article's own year, whose budgets the writer may know")  # fmt: skip
    if not claim.doubts and not claim.earlier_edition and (lag := ev.stale("NATO", day)):
        held_values = [meeting] + [o["value"] for o in others]
        verdict = stale_verdict(claim, ok, lag, held_values, _count_spread(measure, threshold))
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
    doubt = (
        ev.basis_doubt(pub, others) if verdict == "contradicted" and not claim.core_named else ""
    )
    if doubt:
        verdict, text = "unverifiable", f"{doubt[0].upper()}{doubt[1:]}. {text}"
    evid = Evidence("NATO", pub.edition, pub.published.isoformat(), "8a" if "equipment" in measure else "3",
                    measure, "allies", None, claim.year, float(meeting),
                    note=f"{_band(comparator, threshold)}: {names}")  # fmt: skip
    return Checked(claim, verdict, text + ".", tolerance, evid, others, revised)


def count_change(claim: Claim, day: date, since: int) -> Checked:
    """'11 more than the year before', 'a threefold rise from 2021': the count of the claim's
    year against the count of `since`, both in the edition current at the date."""
    assert claim.year is not None
    measure, threshold = claim.measure or "share_of_gdp", float(claim.threshold or 2.0)
    comparator = claim.comparator or ">="
    if claim.doubts:
        return unverifiable(claim, "; ".join(claim.doubts))
    if claim.source != "NATO" or comparator not in _TESTS:
        return unverifiable(claim, "a change in a count is only scored on NATO's counts at a level")
    try:
        pub = _nato_edition(day)
    except Exception:
        return unverifiable(claim, f"no NATO edition held was published by {day:%-d %B %Y}")
    held = ev.years_held("NATO", pub.edition, measure)
    if claim.year not in held or since not in held:
        return unverifiable(claim, f"{edition_label(pub)} covers {min(held)}-{max(held)}, not "
                                   f"both {since} and {claim.year}")  # fmt: skip
    now, allies, with_data, names = _tally(measure, threshold, comparator, claim.year, pub.edition)
    then, allies_then, with_then, _ = _tally(measure, threshold, comparator, since, pub.edition)
    band = _band(comparator, threshold)
    what = "% of GDP" if measure == "share_of_gdp" else "% of defence spending on equipment"
    if allies - with_data > len(NO_FORCES) or allies_then - with_then > len(NO_FORCES):
        return unverifiable(claim, f"{edition_label(pub)} has no figure for some allies in "
                                   f"{since} or {claim.year}, so the change cannot be counted")  # fmt: skip
    text = (f"{edition_label(pub)} counts {now} allies {band}{what} in {claim.year} and "
            f"{then} in {since}")  # fmt: skip
    if claim.unit == "times":
        if then == 0:
            return unverifiable(claim, text + ": no multiple of none")
        times = now / then
        ok, tolerance = ev.multiple_agrees(times, claim.value, claim.hedge)
        text += f", {times:.2f} times as many"
        value, unit = round(times, 4), "times"
    else:
        moved = then - now if claim.order == "fewer" else now - then
        ok, tolerance = ev.agrees(claim.value, claim.high, claim.hedge, 0, moved, count=True)
        text += f", {abs(now - then)} {'fewer' if now < then else 'more'}"
        value, unit = float(moved), "allies"
    if not ok and claim.year_basis not in ("stated", "header"):
        return unverifiable(claim, text + f", but the text does not tie the count to {claim.year}")
    text += f", which {'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'"
    evid = Evidence("NATO", pub.edition, pub.published.isoformat(), "8a" if "equipment" in measure else "3",
                    measure, unit, None, claim.year, value,
                    note=f"{band}: {now} in {claim.year} ({names}); {then} in {since}")  # fmt: skip
    return Checked(claim, "supported" if ok else "contradicted", text + ".", tolerance, evid)


def _older_count(
    claim: Claim, edition: int, measure: str, threshold: float, comparator: str
) -> str:
    """For a count the text calls an earlier estimate, judged on the edition before the one
    current at the date: an edition earlier still whose count agrees ("" when none does). The
    text does not say which earlier release it means, so neither can be held against it."""
    assert claim.year is not None
    for older in reversed(pubs.publications("NATO")):
        if older.edition >= edition or claim.year not in ev.years_held("NATO", older.edition,
                                                                        measure):  # fmt: skip
            continue
        counted = _tally(measure, threshold, comparator, claim.year, older.edition)[0]
        if ev.agrees(claim.value, claim.high, claim.hedge, 0, counted, count=True)[0]:
            return (f"the {older.edition} edition, earlier still, counted {counted}: the text "
                    "does not say which earlier estimate it means")  # fmt: skip
    return ""


def _group_count(claim: Claim, pub, measure: str, threshold: float, comparator: str) -> Checked:
    """'Of the three Baltic states, two spend more than 3.5%': a count among a group, not the
    alliance; counted among the allies the sentence names when it names as many as the total."""
    group = list(dict.fromkeys(c for c in claim.nearby_subjects if c in _ALLY_CODES))
    among = f"a count among {claim.total:g} countries, not among all the allies"
    if len(group) != claim.total or comparator.startswith("between"):
        return unverifiable(claim, f"{among}, and the text does not name the {claim.total:g} "
                                   "allies it counts among")  # fmt: skip
    found = {
        code: ev.lookup("NATO", pub.edition, measure, code, claim.year, None) for code in group
    }
    if any(f is None for f in found.values()):
        return unverifiable(claim, f"{among}; {edition_label(pub)} lacks a {claim.year} figure "
                                   "for one of them")  # fmt: skip
    values = {name_of(code): f[1] for code, f in found.items() if f is not None}
    meeting = [name for name, v in values.items() if _TESTS[comparator](v, threshold)]
    ok, tolerance = ev.agrees(claim.value, claim.high, claim.hedge, 0, len(meeting), count=True)
    what = "% of GDP" if measure == "share_of_gdp" else "% of defence spending on equipment"
    shown = "; ".join(f"{name} {v:.2f}" for name, v in values.items())
    text = (f"{edition_label(pub)} gives {shown} for {claim.year}: {len(meeting)} of the "
            f"{claim.total:g} {_band(comparator, threshold)}{what}, which "
            f"{'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'.")  # fmt: skip
    evid = Evidence("NATO", pub.edition, pub.published.isoformat(), "3", measure, "allies", None,
                    claim.year, float(len(meeting)), note=f"{_band(comparator, threshold)}: "
                    + "; ".join(meeting))  # fmt: skip
    return Checked(claim, "supported" if ok else "contradicted", text, tolerance, evid)


def _eu_count(claim: Claim, pub, measure: str, threshold: float, comparator: str) -> Checked:
    """'14 of the 23 EU member states in NATO reached 2% in 2024': a count among the allies
    that were EU member states in the edition's membership of that year, on its figures. An
    EU ally with no figure that year leaves the count unconfirmed unless it cannot matter."""
    year = int(claim.year or 0)
    if comparator.startswith("between"):
        return unverifiable(claim, "a band of the EU's allies, which milex does not count")
    eu, values, no_figure, meeting = _eu_tally(pub, measure, threshold, comparator, year)
    if not values:
        return unverifiable(claim, f"{edition_label(pub)} has no {year} figures for the EU's "
                                   "allies")  # fmt: skip
    ok, tolerance = ev.agrees(claim.value, claim.high, claim.hedge, 0, len(meeting), count=True)
    # with a missing figure, the count could be any from those meeting to those and the missing
    possible = [
        ev.agrees(claim.value, claim.high, claim.hedge, 0, len(meeting) + k, count=True)[0]
        for k in range(len(no_figure) + 1)
    ]
    what = "% of GDP" if measure == "share_of_gdp" else "% of defence spending on equipment"
    text = (f"{edition_label(pub)} counts {len(meeting)} of the {len(eu)} allies that were EU "
            f"member states {_band(comparator, threshold)}{what} in {claim.year} "
            f"({len(values)} with figures)")  # fmt: skip
    if not ok and not any(possible) and claim.year_basis not in ("stated", "header"):
        other = [y for y in sorted(ev.years_held("NATO", pub.edition, measure)) if y != year
                 and len(_eu_tally(pub, measure, threshold, comparator, y)[3]) == claim.value]  # fmt: skip
        if other:  # a count with no year said, which another year's figures give
            claim.doubts.append(f"the count is the edition's for {other[-1]}, and the text "
                                "does not tie it to a year")  # fmt: skip
    if no_figure and any(possible) and not all(possible):
        verdict = "unverifiable"
        text += (
            f"; {', '.join(no_figure)} had no {claim.year} figure, so the count cannot be confirmed"
        )
    elif claim.doubts:
        verdict = "unverifiable"
        text += ", but " + "; ".join(claim.doubts)
    else:
        ok = ok or (bool(no_figure) and all(possible))
        verdict = "supported" if ok else "contradicted"
        text += f", which {'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'"
    evid = Evidence("NATO", pub.edition, pub.published.isoformat(), "8a" if "equipment" in measure else "3",
                    measure, "allies", "EU", claim.year, float(len(meeting)),
                    note=f"EU allies {_band(comparator, threshold)}: {'; '.join(meeting)}")  # fmt: skip
    return Checked(claim, verdict, text + ".", tolerance, evid)


def _eu_tally(pub, measure: str, threshold: float, comparator: str, year: int):
    """(the EU's allies in the edition's membership of the year, their figures by name, those
    with armed forces but no figure, those at the level) on one edition's figures."""
    eu = alliance.eu_allies(alliance.membership_date(year, pub))
    names = frozenset(a.name for a in eu)
    values = {name: v for name, v in ev.scored(measure, year, pub.edition)[1] if name in names}
    no_figure = [a.name for a in eu if a.has_armed_forces and a.name not in values]
    meeting = [name for name, v in values.items() if _TESTS[comparator](v, threshold)]
    return eu, values, no_figure, meeting


def _other_guideline(claim: Claim, day: date, edition: int) -> str | None:
    """For a count of allies meeting 'the target' read as 2%: another guideline in force
    on the day under which the count agrees (20% on equipment; The Hague's 3.5% core)."""
    others = [("equipment_share", 20.0, "20% on equipment")]
    if day >= commitment("hague-core").agreed:
        others.append(("share_of_gdp", 3.5, "3.5% core"))
    for measure, threshold, name in others:
        if claim.year not in ev.years_held("NATO", edition, measure):
            continue
        meeting = _tally(measure, threshold, ">=", claim.year, edition)[0]
        if ev.agrees(claim.value, claim.high, claim.hedge, 0, meeting, count=True)[0]:
            return f"{meeting} meet {name}"
    return None


def _sipri_count(claim: Claim, day: date, threshold: float, comparator: str) -> Checked:
    """'According to SIPRI, no ally reached 5%': the allies of that year-end counted on SIPRI's
    shares of GDP (at two decimals, as NATO's), among those SIPRI has a figure for."""
    pub, _note = ev.edition_for("SIPRI", "share_of_gdp", day)
    tense_note = (
        ev.settle_tense_year(claim, "SIPRI", pub.edition, "share_of_gdp", day) if pub else ""
    )
    if pub is None or claim.year not in ev.years_held("SIPRI", pub.edition, "share_of_gdp"):
        return unverifiable(claim, f"no SIPRI edition held by {day:%-d %B %Y} covers {claim.year}")
    shares = ev.values("SIPRI", pub.edition, "share_of_gdp", claim.year)
    allies = members(date(claim.year, 12, 31))
    scored = {a.name: round(shares[a.iso3], 2) for a in allies if a.iso3 in shares}
    names = [n for n, v in scored.items() if _TESTS[comparator](v, threshold)]
    ok, tolerance = ev.agrees(claim.value, claim.high, claim.hedge, 0, len(names), count=True)
    if not ok and comparator == ">" and ("share_of_gdp", threshold) in _GUIDELINES:
        # "18 allies were above 2%": counted as NATO counts a guideline, at or above it
        at_or_above = [n for n, v in scored.items() if v >= threshold]
        if (
            found := ev.agrees(
                claim.value, claim.high, claim.hedge, 0, len(at_or_above), count=True
            )
        )[0]:
            (ok, tolerance), comparator, names = found, ">=", at_or_above
    text = (f"{edition_label(pub)} puts {len(names)} of the {len(allies)} allies "
            f"{_band(comparator, threshold)}% of GDP in {claim.year} ({len(scored)} with "
            f"figures), which {'agrees' if ok else 'does not agree'} with "
            f"'{claim.text.strip()}'" + (f"; {tense_note}." if tense_note else "."))  # fmt: skip
    evid = Evidence("SIPRI", pub.edition, pub.published.isoformat(), "Share of GDP",
                    "share_of_gdp", "allies", None, claim.year, float(len(names)),
                    note=f"{_band(comparator, threshold)}: {'; '.join(names)}")  # fmt: skip
    return Checked(claim, "supported" if ok else "contradicted", text, tolerance, evid)


@lru_cache(maxsize=16)
def _count_spread(measure: str, threshold: float) -> float:
    """The largest change in a count between two held editions (23 -> 18 for 2024)."""
    counts: dict[int, list[int]] = {}
    for pub in pubs.publications("NATO"):
        for year in ev.years_held("NATO", pub.edition, measure):
            counts.setdefault(year, []).append(
                _tally(measure, threshold, ">=", year, pub.edition)[0]
            )
    return float(max((max(c) - min(c) for c in counts.values() if len(c) > 1), default=0))


def _without_figure(claim: Claim, edition: int, measure: str) -> str:
    """Which allies have no figure for the count's year in the edition ('Germany and Iceland
    have none')."""
    year = claim.year or 0
    scored = {name for name, _v in ev.scored(measure, year, edition)[1]}
    missing = sorted(a.name for a in members(date(year, 12, 31)) if a.name not in scored)
    if not missing:
        return "every ally has one"
    said = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " and " + missing[-1]
    return f"{said} {'has' if len(missing) == 1 else 'have'} none"


def _none(missing: int) -> str:
    if missing == len(NO_FORCES):
        return "Iceland, which has no armed forces, has none, and the text does not say whether it counts it"
    return f"{missing} {'has' if missing == 1 else 'have'} none"


def _counted_missing(claim: Claim, measure: str, threshold: float, comparator: str,
                     edition: int) -> str:  # fmt: skip
    """The allies a count names as all it counts whose figure is not at its level ('Estonia
    3.38'), or ''."""
    if not claim.counted or comparator not in _TESTS:
        return ""
    values = dict(ev.scored(measure, claim.year or 0, edition)[1])
    out = [f"{name_of(code)} {values[name_of(code)]:.2f}" for code in claim.counted
           if name_of(code) in values
           and not _TESTS[comparator](_r2(values[name_of(code)]), threshold)]  # fmt: skip
    return "; ".join(out)


def _unconfirmable(claim, comparator: str, meeting: int, allies: int, with_data: int) -> bool:
    """'All 32 allies meet 2%', '31 of 32': true only if the allies without a figure did
    (Germany 2025 in the 2025 edition; Iceland, which has no armed forces, only for 'all');
    'all but one ally, Iceland, meet it': one below, true if Iceland (named) or an ally with
    no figure is it; 'nine remain below 2%' with no total: nine of 32 or eight of the 31
    with figures, the text does not say which."""
    unknown = max(allies - with_data - len(NO_FORCES), 0)
    if comparator in ("<", "<="):
        iceland = len(NO_FORCES & set(claim.nearby_subjects)) or (
            len(NO_FORCES) if claim.total in (allies, None) else 0
        )  # (Iceland named, counted in "two of the 32", or perhaps in "nine remain below 2%")
        return meeting < claim.value <= meeting + unknown + iceland
    return comparator in (">=", ">", "=") and meeting < claim.value <= meeting + unknown + (
        len(NO_FORCES) if claim.value >= allies else 0
    )


def _count_editions(claim: Claim, measure: str, threshold: float, comparator: str) -> list[dict]:
    out = []
    for pub in pubs.publications("NATO"):
        if claim.year not in ev.years_held("NATO", pub.edition, measure):
            continue
        meeting, allies, with_data, _ = _tally(
            measure, threshold, comparator, claim.year, pub.edition
        )
        ok, _ = ev.agrees(claim.value, claim.high, claim.hedge, 0, meeting, count=True)
        verdict = "supported" if ok else "contradicted"
        if not ok and _unconfirmable(claim, comparator, meeting, allies, with_data):
            verdict = "unverifiable"
        out.append(
            {
                "source": "NATO",
                "edition": pub.edition,
                "published": pub.published.isoformat(),
                "value": float(meeting),
                "verdict": verdict,
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


def _shares_of_total(source: str, edition: int, code: str) -> dict[int, float]:
    """year -> an ally's (or group's) share of the allies' total spending, current USD, %
    (worked out once per dataset in use; the caller does not change it)."""
    return _shares(figures.current(), source, edition, code)


@lru_cache(maxsize=1024)
def _shares(index, source: str, edition: int, code: str) -> dict[int, float]:
    out = {}
    for year in sorted(ev.years_held(source, edition, "spending_usd_current")):
        mine = ev.row(source, edition, "spending_usd_current", code, year)
        total = ev.row(source, edition, "spending_usd_current", "NATO", year)
        if mine is not None and total is not None and total.value:
            out[year] = 100.0 * mine.value / total.value
    return out


def _share_spread(source: str) -> float:
    """How far an ally's share of the allies' total moved between two held editions on one
    basis, at the 99th percentile (0 when no two editions with the total overlap)."""
    return _spread_of_shares(figures.current(), source)


@lru_cache(maxsize=8)
def _spread_of_shares(index, source: str) -> float:
    seen: dict[tuple, list[float]] = {}
    codes = {a for p in pubs.publications(source) for y in ev.years_held(source, p.edition,
             "spending_usd_current") for a in ev.values(source, p.edition, "spending_usd_current", y)
             if a and not a.startswith("NATO")}  # fmt: skip
    for pub in pubs.publications(source):
        for code in codes:
            for year, share in _shares_of_total(source, pub.edition, code).items():
                seen.setdefault((code, year, pub.basis), []).append(share)
    moves = sorted(max(v) - min(v) for v in seen.values() if len(v) > 1)
    return moves[int(0.99 * (len(moves) - 1))] if moves else 0.0


def alliance_share(claim: Claim, day: date) -> Checked:
    """'the US pays two thirds of NATO's spending': its share of the allies' total, from
    NATO's Table 2 (current prices), or from SIPRI's figures summed when the text is SIPRI's.
    A figure beyond every year of every edition held is wrong whatever year is meant;
    otherwise the year must be known. A share of a group milex sums (the European allies) is
    never called wrong: writers also say 'European' of Europe and Canada."""
    code = claim.subject_code
    if code is None or code == "NATO":
        return unverifiable(claim, "; ".join(claim.doubts) or "the share is not said of an ally")
    source = "NATO" if claim.source != "SIPRI" else "SIPRI"
    every = {(pub.edition, y): v for pub in pubs.publications(source)
             for y, v in _shares_of_total(source, pub.edition, code).items()}  # fmt: skip
    if not every:
        return unverifiable(claim, f"no {source} edition held gives {claim.subject}'s spending")
    low, high = min(every.values()), max(every.values())
    span = (f"every edition held puts {claim.subject}'s share of the allies' spending between "
            f"{low:.1f}% and {high:.1f}% in {min(y for _, y in every)}-{max(y for _, y in every)}")  # fmt: skip
    # "more than every other ally combined" (over 50%) is far only if 50 is above them all
    above, below = claim.value > high * 1.15, claim.value < low * 0.85
    far = {"more_than": above, "at_least": above, "less_than": below,
           "at_most": below}.get(claim.hedge or "", above or below)  # fmt: skip
    pub, note = ev.edition_for(source, "spending_usd_current", day)
    fallback = bool(note)  # the edition of the day lacks the table: an older one answers
    if pub is not None and not note:  # (the edition of the day lacks the table: an older one
        # answers, and a present tense may speak of a year it does not have)
        note = ev.settle_tense_year(claim, source, pub.edition, "spending_usd_current", day)
    value = every.get((pub.edition, claim.year)) if pub is not None and claim.year else None
    if value is None:
        if far and code != "EUROPE":  # wrong in every year held: the year need not be known
            return Checked(claim, "contradicted", f"{span[0].upper()}{span[1:]}: far from "
                           f"'{claim.text.strip()}', whatever the year.", "beyond every edition",
                           None)  # fmt: skip
        return unverifiable(
            claim, "; ".join(claim.doubts) or f"{note or 'the year is unclear'}; {span}"
        )
    ok, tolerance = ev.agrees(claim.value, claim.high, claim.hedge, claim.precision, value)
    table = "Table 2, current USD" if source == "NATO" else "current USD, allies' figures summed"
    text = (f"{edition_label(pub)} gives {claim.subject} {value:.1f}% of the allies' total "
            f"spending in {claim.year} ({table})")  # fmt: skip
    verdict = "supported" if ok else "contradicted"
    if not ok and code == "EUROPE":
        claim.doubts.append("'European' may mean another group (with Canada, or without Türkiye)")
    lag = ev.stale(source, day) or ("update" if fallback else "")
    if not claim.doubts and not claim.earlier_edition and lag and not (far and not ok):
        # past a release milex lacks (NATO's annual report): judged as shares of GDP are
        held = [value] + [v for (e, y), v in every.items() if y == claim.year and e != pub.edition]
        verdict = stale_verdict(claim, ok, lag, held, _share_spread(source))
    if claim.doubts:
        verdict, text = "unverifiable", text + ", but " + "; ".join(claim.doubts)
    else:
        text += f", which {'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'"
    if note:
        text += f"; {note}"
    if not claim.earlier_edition and (held_note := ev.not_held_note(source, day)):
        text += f"; {held_note}"
    evid = Evidence(source, pub.edition, pub.published.isoformat(),
                    "2" if source == "NATO" else "", "spending_usd_current",
                    "% of the allies' total", code, claim.year, round(value, 4),
                    note="ally / total of the allies, current USD")  # fmt: skip
    return Checked(claim, verdict, text + ".", tolerance, evid)
