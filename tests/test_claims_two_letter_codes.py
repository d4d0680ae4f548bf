"""Allies given by two-letter codes in the items of a list ('PL 234 · TR 494' under a header
of personnel, 'NL 2.05 | BE 1.30' as a row of cells): each code is its ally, as the ISO
alpha-3 codes and the flags of such lists are. Only in a list of several so given: alone,
two capitals ('IT', 'NO', 'CA') may be a word or anything else.

Official values, looked up with milex.observations:
("personnel", "Poland", years=[2025], edition=2025) 233.78 thousand (R23C13); "Türkiye"
  494.47 (R30C13); "Germany" 186.41 (R12C13).
("share_of_gdp", "Netherlands", years=[2024], edition=2024) 2.05 (TABLE3 N29); "Belgium"
  1.30 (N12).
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str, date: str) -> list[tuple[str | None, float, str]]:
    return [(c.claim.subject, c.claim.value, c.verdict)
            for c in milex.check(text, date=date).claims]  # fmt: skip


@pytest.mark.parametrize("turkey, verdict", [("494", "supported"), ("394", "contradicted")])
def test_codes_under_a_header(turkey, verdict):
    text = f"Troops (thousands), 2025 estimates: PL 234 · TR {turkey} · DE 186"
    assert _found(text, "2025-09-02") == [
        ("Poland", 234.0, "supported"),
        ("Türkiye", float(turkey), verdict),
        ("Germany", 186.0, "supported"),
    ]


# (a row of cells under no header names no measure: read only to support, never to contradict)
@pytest.mark.parametrize("belgium, verdict", [("1.30", "supported"), ("1.90", "unverifiable")])
def test_codes_in_a_row_of_cells(belgium, verdict):
    found = _found(f"NL 2.05 | BE {belgium} | DE 2.12", "2024-06-19")
    assert ("Netherlands", 2.05, "supported") in found
    assert ("Belgium", float(belgium), verdict) in found
