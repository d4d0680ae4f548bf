"""What every verifier shares: the unverifiable verdict, how an edition is named, and the
allies without armed forces (whose share of GDP is never a miss).
"""

from __future__ import annotations

from functools import cache

from milex.claims.model import Checked, Claim, Evidence
from milex.reference import publications as pubs
from milex.reference.alliance import ALLIES

NO_FORCES = {a.iso3 for a in ALLIES if not a.has_armed_forces}


def unverifiable(claim: Claim, why: str, evidence: Evidence | None = None, **extra) -> Checked:
    return Checked(claim, "unverifiable", why[0].upper() + why[1:] + ".", evidence=evidence,
                   **extra)  # fmt: skip


@cache
def edition_label(pub: pubs.Publication) -> str:
    """ "NATO's 2025 edition (28 August 2025)"; an edition on NATO's core basis says so."""
    core = "; core defence expenditure" if pub.basis == "core defence expenditure" else ""
    return f"{pub.source}'s {pub.edition} edition ({pub.published:%-d %B %Y}{core})"


_OLDER_THAN_HELD = 2.0  # how many times the largest revision a text older than every edition
# held must be off by to be called wrong


def held_agree(claim, held: list[float], bracketed: bool) -> bool:
    """Do the editions held before and after the release milex lacks all give the figure the
    same, at the precision the text uses (Estonia's 2014 share: 1.93, 1.93, 1.90 and 1.9 round
    to 1.9)? Then the release between them, revised by neither, gave it so too. Only when the
    caller says the figure is `bracketed`: a final figure (no estimate) of an edition held from
    before the article's date; editions published after alone may have revised it."""
    if not bracketed or len(held) < 2:
        return False
    digits = max(0, claim.precision)
    return len({round(v + 0.0, digits) for v in held}) == 1


SETTLED = (
    "every edition held, from before the article and since, gives it alike at the precision "
    "the text uses, so the release of the day that milex lacks did too"
)


def stale_verdict(
    claim, ok: bool, lag: str, held: list[float], spread: float, bracketed: bool = False
) -> str:
    """The verdict when the article's date is past a release milex does not hold.

    Agreeing with the edition held is support only when nothing but interim figures came out
    since; otherwise the release of the day may have said something else. Disagreeing is a
    contradiction only beyond every revision seen between the editions held; when the article
    is older than every edition held (lag "edition"), whose data of its day are not held at
    all, only beyond twice that ('Germany spends 0.2%' in 2018, of 1.24 in every edition).
    """
    if ok and lag == "update":
        return "supported"
    gap = min(abs(claim.value - v) for v in held)
    inside = min(held) <= claim.value <= max(held)
    if held_agree(claim, held, bracketed) and (ok or not inside):
        return "supported" if ok else "contradicted"  # (see held_agree; callers say so)
    beyond = spread * (_OLDER_THAN_HELD if lag == "edition" else 1.0)
    if not ok and gap > beyond and not inside and spread > 0:
        return "contradicted"  # (with one release held, no revision was ever measured: never)
    if ok:
        why = "; the editions held agree with it"
    elif gap <= 0.005 * max(abs(claim.value), 1.0):
        why = ", and a later edition held agrees with it"
    elif lag == "edition":
        why = (
            ", and no edition held was out by then: the ones published since prove a figure of "
            f"that date wrong only beyond twice the largest revision seen between editions ({spread:g})"
        )
    elif inside:
        why = ", and the figure lies between figures the editions held give for it"
    elif spread <= 0:
        why = (
            ", and milex has seen no revision of this figure between the releases it holds "
            "to measure against"
        )  # (one release held, or none comparable)
    else:
        why = f", and the figure is within the largest revision seen between editions ({spread:g})"
    claim.doubts.append("the release current at the article's date is not held" + why)
    return "unverifiable"
