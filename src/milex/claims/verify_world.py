"""Verdicts on shares of the world's military spending ('37% of the global total'): SIPRI's
figure for the country over its world total, both in current US dollars, in the release
current at the article's date."""

from __future__ import annotations

from datetime import date

from milex.claims import evidence as ev
from milex.claims.model import Checked, Claim, Evidence
from milex.claims.verdicts import edition_label, unverifiable

_MEASURE = "spending_usd_current"


def world_share(claim: Claim, day: date) -> Checked:
    if claim.subject_code is None or claim.subject_code.startswith("SIPRI:"):
        return unverifiable(claim, "; ".join(claim.doubts) or "the share is not said of a country")
    pub, _note = ev.edition_for("SIPRI", _MEASURE, day)
    if pub is None:
        return unverifiable(claim, f"no SIPRI release held was published by {day:%-d %B %Y}")
    note = ev.settle_tense_year(claim, "SIPRI", pub.edition, _MEASURE, day)
    if claim.year is None:
        return unverifiable(claim, "; ".join(claim.doubts) or "the year is unclear")
    part = ev.row("SIPRI", pub.edition, _MEASURE, claim.subject_code, claim.year)
    whole = ev.row("SIPRI", pub.edition, _MEASURE, "SIPRI:WORLD", claim.year)
    if part is None or whole is None or not whole.value:
        return unverifiable(claim, f"{edition_label(pub)} gives no {claim.year} figure for "
                                   f"{claim.subject} or the world in current US dollars")  # fmt: skip
    share = 100.0 * part.value / whole.value
    ok, tolerance = ev.agrees(claim.value, claim.high, claim.hedge, claim.precision, share)
    text = (f"{edition_label(pub)} puts {claim.subject} at {share:.1f}% of the world's military "
            f"spending in {claim.year} (USD {part.value:,.0f} m of {whole.value:,.0f} m, current "
            "prices)")  # fmt: skip
    verdict = "supported" if ok else "contradicted"
    if claim.doubts:
        verdict, text = "unverifiable", f"{text}, but " + "; ".join(claim.doubts)
    else:
        text += f", which {'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'"
    if note:
        text += f"; {note}"
    evid = Evidence("SIPRI", pub.edition, pub.published.isoformat(), "Current US$", _MEASURE,
                    "% of the world total", claim.subject_code, claim.year, round(share, 4),
                    note="country / world, current USD")  # fmt: skip
    return Checked(claim, verdict, text + ".", tolerance, evid)
