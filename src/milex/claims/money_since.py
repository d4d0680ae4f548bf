"""A change in money since a year: 'European allies and Canada have added $200 billion since
2014', 'the US raised its spending by $300 billion since 2014'.

No publisher prints such a figure, and the words allow two readings of it: the yearly level now
against the level then (Table 2, latest year less the base year), or the extra spent over all
the years in between (the sum, year by year, of the level above the base year's), which is how
NATO's own releases count 'additional spending since 2014'. The claim is supported when either
reading agrees, saying which; otherwise it is unverifiable with both values, never called
wrong: a writer may also have used a national budget or constant prices.
"""

from __future__ import annotations

from datetime import date

from milex.claims import evidence as ev
from milex.claims.model import Checked, Claim
from milex.claims.verdicts import edition_label, unverifiable

_MEASURE = "spending_usd_current"
_SCALE = {"m": 1.0, "bn": 1e3, "tn": 1e6}


def judge(claim: Claim, day: date) -> Checked:
    """The verdict on a change in US dollars since claim.since, up to claim.year."""
    code, since = claim.subject_code, claim.since
    if code is None:
        return unverifiable(claim, "; ".join(claim.doubts) or "the text does not say whose change")
    pub, _note = ev.edition_for(claim.source, _MEASURE, day)
    if pub is None or claim.year is None or since is None or claim.source not in ("NATO", "SIPRI"):
        return unverifiable(claim, "no edition held at the article's date has these years")
    held = [y for y in sorted(ev.years_held(claim.source, pub.edition, _MEASURE))
            if since <= y <= claim.year]  # fmt: skip
    rows = [ev.row(claim.source, pub.edition, _MEASURE, code, y) for y in held]
    if not held or held[0] != since or any(r is None for r in rows):
        return unverifiable(claim, f"{edition_label(pub)} does not give {claim.subject}'s "
                                   f"spending for every year from {since} to {claim.year}")  # fmt: skip
    scale = _SCALE.get(claim.unit.split()[-1], 1.0)
    base = rows[0].value
    readings = {
        f"the level in {held[-1]} less that of {since}": (rows[-1].value - base) / scale,
        f"the extra over {since}'s level, summed over {held[1]}-{held[-1]}":
            sum(r.value - base for r in rows[1:]) / scale,
    }  # fmt: skip
    currency, size = claim.unit.split()[0], claim.unit.split()[-1]

    def said(what: str) -> str:
        return f"{what}: {currency} {ev.figure_text(readings[what])} {size}"

    claim.year = held[-1]  # "have added ... since 2014": up to the latest year the edition has
    for what, value in readings.items():
        ok, tolerance = ev.agrees(claim.value, claim.high, claim.hedge, claim.precision, value,
                                  money=True)  # fmt: skip
        if ok and not claim.doubts:
            other = said(next(w for w in readings if w != what))
            text = (f"{edition_label(pub)}, Table 2 (current prices), gives {claim.subject} "
                    f"{currency} {ev.figure_text(value)} {size} as {what}, which agrees with "
                    f"'{claim.text.strip()}' (the other reading, {other})")  # fmt: skip
            evid = ev.evidence(claim.source, pub.edition, _MEASURE, code, held[-1], rows[-1],
                               value=value * scale, note=what)  # fmt: skip
            return Checked(claim, "supported", text + ".", tolerance, evid)
    why = "; ".join(claim.doubts) or ("neither reading of a change since a year agrees, and the "
                                      "writer may have used a national budget or other prices")  # fmt: skip
    return unverifiable(claim, f"{why}; {edition_label(pub)}, Table 2: "
                               + "; ".join(said(what) for what in readings))  # fmt: skip
