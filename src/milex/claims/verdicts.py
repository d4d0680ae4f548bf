"""What every verifier shares: the unverifiable verdict, how an edition is named, and the
allies without armed forces (whose share of GDP is never a miss).
"""

from __future__ import annotations

from milex.claims.model import Checked, Claim, Evidence
from milex.reference import publications as pubs
from milex.reference.alliance import ALLIES

NO_FORCES = {a.iso3 for a in ALLIES if not a.has_armed_forces}


def unverifiable(claim: Claim, why: str, evidence: Evidence | None = None, **extra) -> Checked:
    return Checked(claim, "unverifiable", why[0].upper() + why[1:] + ".", evidence=evidence,
                   **extra)  # fmt: skip


def edition_label(pub: pubs.Publication) -> str:
    """ "NATO's 2025 edition (28 August 2025)"; an edition on NATO's core basis says so."""
    core = "; core defence expenditure" if pub.basis == "core defence expenditure" else ""
    return f"{pub.source}'s {pub.edition} edition ({pub.published:%-d %B %Y}{core})"
