"""Allies named in French ('l'Italie', 'le Royaume-Uni', 'l'Allemagne') are allies: a figure
in brackets after such a name is that ally's, not the ally named in English spelling
earlier in the sentence ('la France').

Official values, looked up with `milex.observations("share_of_gdp", ..., years=[2025],
edition=2025)`: NATO 2025 edition (28 August 2025): France 2.05, Italy 2.01 (2.0067).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-10-10"


@pytest.mark.parametrize(("level", "verdict"), [("2,01", "supported"), ("1,81", "contradicted")])
def test_bracketed_figure_after_a_french_name(level, verdict):
    text = f"Selon l'OTAN, la France (2,05 %) reste devant l'Italie ({level} %) cette année."
    found = {c.claim.value: c for c in milex.check(text, date=DAY).claims}
    assert (found[2.05].claim.subject, found[2.05].verdict) == ("France", "supported")
    got = found[float(level.replace(",", "."))]
    assert (got.claim.subject, got.verdict) == ("Italy", verdict)
