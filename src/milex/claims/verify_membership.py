"""Verdicts on the alliance's membership: its size on a day ("NATO's 32 members"), when an
ally joined ("a member since March 7, 2024", "joined two years ago"), how many joined together
("seven countries were admitted in 2004"), and how many allies an edition covers ("it covered
spending by 31 out of 32 members"). The membership table (milex.reference.alliance) answers,
and says to what precision each date is confirmed.
"""

from __future__ import annotations

from datetime import date

from milex.claims import evidence as ev
from milex.claims.model import Checked, Claim, Evidence
from milex.claims.verdicts import edition_label, unverifiable
from milex.reference import publications as pubs
from milex.reference.alliance import ALLIES, JOINED_CONFIRMED_TO, members, sizes


def accession(claim: Claim, day: date) -> Checked:
    """'Finland joined in 2023', 'a member since April 4, 2023', 'joined two years ago': the
    ally's accession date, to the year, month or day the text gives."""
    if claim.unit == "allies":
        return _joiners(claim)
    ally = next((a for a in ALLIES if a.iso3 == claim.subject_code), None)
    if ally is None:
        return unverifiable(claim, "the accession is not said of one ally")
    evid = Evidence("milex.alliance", None, None, None, "accession", "date", ally.name,
                    ally.joined.year, float(ally.joined.year), note=ally.joined.isoformat())  # fmt: skip
    said = f"{ally.name} joined NATO on {ally.joined:%-d %B %Y}"
    if claim.unit == "years ago":
        return _years_ago(claim, day, said, evid)
    confirmed = JOINED_CONFIRMED_TO.get(ally.iso3, "day")
    if claim.stated_days:
        first, last = claim.stated_days[0], claim.stated_days[-1]
        if len(first) == 7:  # a month
            ok, tolerance = ally.joined.isoformat()[:7] == first, "the same month"
        else:
            ok, tolerance = first <= ally.joined.isoformat() <= last, "the same day"
        finer = {"year": 0, "month": 1, "day": 2}
        if finer["month" if len(first) == 7 else "day"] > finer[confirmed] and (
            int(first[:4]) == ally.joined.year
        ):
            return unverifiable(claim, f"{said} by the membership table, which confirms the date "
                                       f"only to the {confirmed}", evid)  # fmt: skip
    else:
        ok, tolerance = ally.joined.year == int(claim.value), "the same year"
    text = f"{said}, which {'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'."
    return Checked(claim, "supported" if ok else "contradicted", text, tolerance, evid)


def _joiners(claim: Claim) -> Checked:
    """'seven countries joined in 2004', with the allies listed when the text lists them."""
    joined = [a for a in ALLIES if a.joined.year == claim.year]
    names = ", ".join(a.name for a in joined) or "none"
    ok = len(joined) == int(claim.value)
    listed = set(claim.joiners)
    if ok and listed and listed != {a.iso3 for a in joined}:
        ok = False
        names += "; the text lists others"
    text = (f"{len(joined)} allies joined NATO in {claim.year} ({names}), which "
            f"{'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'.")  # fmt: skip
    evid = Evidence("milex.alliance", None, None, None, "accession", "allies", "NATO",
                    claim.year, float(len(joined)), note="accession dates of the allies")  # fmt: skip
    return Checked(claim, "supported" if ok else "contradicted", text, "exactly", evid)


def _years_ago(claim: Claim, day: date, said: str, evid: Evidence) -> Checked:
    """'joined NATO two years ago': the whole years between the accession and the article's
    date, or that number rounded; off by two or more is wrong, off by about one unclear."""
    ally_joined = date.fromisoformat(evid.note)
    elapsed = (day - ally_joined).days / 365.25
    n = claim.value
    tolerance = "the whole years elapsed, or that number rounded"
    base = f"{said}, {elapsed:.1f} years before the article's date ({day:%-d %B %Y})"
    if int(elapsed) == n or round(elapsed) == n:
        return Checked(claim, "supported", f"{base}, which agrees with '{claim.text.strip()}'.",
                       tolerance, evid)  # fmt: skip
    if abs(elapsed - n) >= 2:
        return Checked(claim, "contradicted", f"{base}, which does not agree with "
                       f"'{claim.text.strip()}'.", tolerance, evid)  # fmt: skip
    return unverifiable(claim, f"{base}: '{claim.text.strip()}' is a loose way to say it")


def membership(claim: Claim, day: date) -> Checked:
    if claim.doubts:  # "grew from 16 members ... to 32 today": a size of no date said
        return unverifiable(claim, "; ".join(claim.doubts))
    held = sizes()
    if claim.value not in held and claim.value < max(held):
        return unverifiable(claim, f"NATO has never had {claim.value:g} members: the number is "
                                   "probably a count of something else")  # fmt: skip
    when = day
    if claim.as_of:
        when = date.fromisoformat(claim.as_of)
    elif claim.year is not None and claim.year < day.year:
        when = date(claim.year, 12, 31)
    n = len(members(when))
    ok = n == int(claim.value)
    then = [y for y in claim.nearby_years if len(members(date(y, 12, 31))) == claim.value]
    if not ok and then and not claim.as_of:
        # "in 1949, 12 states founded NATO": the size in a year the sentence names
        when = date(then[0], 12, 31)
        n, ok = int(claim.value), True
    joined = max((a for a in members(when)), key=lambda a: a.joined)
    text = (f"NATO had {n} members on {when:%-d %B %Y} (the latest to join: {joined.name}, "
            f"{joined.joined:%-d %B %Y})")  # fmt: skip
    text += f", which {'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'."
    evid = Evidence("milex.alliance", None, None, None, "members", "allies", "NATO",
                    when.year, float(n), note="accession dates of the allies")  # fmt: skip
    return Checked(claim, "supported" if ok else "contradicted", text, "exactly", evid)


def coverage(claim: Claim, day: date) -> Checked:
    """'It covered spending by 31 out of 32 members': the allies the edition current at the
    date gives figures for, of the members NATO had when it was published."""
    pub, _note = ev.edition_for("NATO", "share_of_gdp", day)
    if pub is None:
        return unverifiable(claim, f"no NATO edition held was published by {day:%-d %B %Y}")
    newer = pubs.newer_not_held(day, "NATO")
    if newer:  # the text may speak of that release, whose coverage milex does not hold
        return unverifiable(claim, f"the release current at the article's date is not held "
                                   f"({newer[-1].title}, {newer[-1].published:%-d %B %Y})")  # fmt: skip
    rows = ev.figures.rows("NATO", pub.edition, "share_of_gdp")
    allies = {a.iso3 for a in ALLIES}
    covered = sorted({code for code, _year in rows} & allies)
    latest = max(year for _code, year in rows)
    in_latest = {code for code, year in rows if year == latest} & allies
    n, total = len(covered), len(members(pub.published))
    # "31 of 32" counts the allies the edition covers; for its latest year it may be fewer
    # (Germany has no 2025 figure in the 2025 edition): either reading agrees
    ok = int(claim.value) in (n, len(in_latest)) and claim.total in (None, total)
    left = [a.name for a in members(pub.published) if a.iso3 not in covered]
    text = (f"{edition_label(pub)} gives figures for {n} of the {total} allies NATO had then "
            f"(none for {', '.join(left) or 'no ally'}")  # fmt: skip
    if len(in_latest) != n:
        text += f"; {len(in_latest)} for {latest}"
    text += f"), which {'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'"
    evid = Evidence("NATO", pub.edition, pub.published.isoformat(), "3", "share_of_gdp",
                    "allies", "NATO", None, float(n), note=f"of {total} members")  # fmt: skip
    return Checked(claim, "supported" if ok else "contradicted", text + ".", "exactly", evid)
